/**
 * Grades advice and conversation sets in-process (the rules of src/evaluation/grade.ts, a port of the check.py
 * grader the advice sets were written for): `npm run grade -- FILE... [--show-misses]`; with no file, every set in
 * test/fixtures/advice. Kept apart from `npm run eval`, which scores the intent sets in test/fixtures/*.jsonl.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createCareerBot } from "../src/bot";
import { loadCareerData } from "../src/data/load";
import { gradeCase, parseGradedFile } from "../src/evaluation/grade";

const args = process.argv.slice(2);
const own = fileURLToPath(new URL("../test/fixtures/advice/", import.meta.url));
const files = args.filter((a) => !a.startsWith("--"));
const sets =
  files.length > 0
    ? files
    : readdirSync(own)
        .filter((f) => f.endsWith(".jsonl"))
        .map((f) => join(own, f));
const bot = createCareerBot(loadCareerData());
for (const file of sets) {
  const cases = parseGradedFile(readFileSync(file, "utf8"));
  let passed = 0;
  for (const c of cases) {
    const why = gradeCase(bot, c);
    if (why.length === 0) passed++;
    else if (args.includes("--show-misses"))
      console.log(`  ${JSON.stringify(c.q ?? c.turns?.join(" / "))}: ${why.join("; ")}`);
  }
  console.log(`${file}: passed ${passed}/${cases.length} = ${((100 * passed) / cases.length).toFixed(1)}%`);
}
