/**
 * Grades advice and conversation sets in-process (the rules of src/evaluation/grade.ts, a port of the check.py
 * grader the advice sets were written for): `npm run grade -- FILE... [--show-misses]`; with no file, every set in
 * test/fixtures/advice. Kept apart from `npm run eval`, which scores the intent sets in test/fixtures/*.jsonl.
 *
 * `npm run grade -- --write-known-misses` rewrites test/fixtures/advice/known-misses.json from what the bot misses
 * now (answered as of FIXTURE_SETS_WRITTEN, as the tests answer them); `git diff` then shows fixes (-) and
 * regressions (+).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import "../adapters"; // the platform registry: mention markup of every platform
import { createCareerBot } from "../src/bot";
import { loadCareerData } from "../src/data/load";
import { FIXTURE_SETS_WRITTEN, gradeCase, parseGradedFile } from "../src/evaluation/grade";

const args = process.argv.slice(2);
const writeKnownMisses = args.includes("--write-known-misses");
const own = fileURLToPath(new URL("../test/fixtures/advice/", import.meta.url));
const files = args.filter((a) => !a.startsWith("--"));
const sets =
  files.length > 0 && !writeKnownMisses
    ? files
    : readdirSync(own)
        .filter((f) => f.endsWith(".jsonl"))
        .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
        .map((f) => join(own, f));

if (writeKnownMisses) answerAsOf(FIXTURE_SETS_WRITTEN);
const bot = createCareerBot(loadCareerData());
const knownMisses: Record<string, string[]> = {};
for (const file of sets) {
  const cases = parseGradedFile(readFileSync(file, "utf8"));
  const misses: string[] = [];
  for (const c of cases) {
    const why = gradeCase(bot, c);
    if (why.length === 0) continue;
    const question = c.q ?? c.turns?.join(" / ") ?? "";
    misses.push(question);
    if (args.includes("--show-misses")) console.log(`  ${JSON.stringify(question)}: ${why.join("; ")}`);
  }
  knownMisses[basename(file)] = misses;
  const passed = cases.length - misses.length;
  console.log(`${file}: passed ${passed}/${cases.length} = ${((100 * passed) / cases.length).toFixed(1)}%`);
}

if (writeKnownMisses) {
  const path = join(own, "known-misses.json");
  writeFileSync(path, `${JSON.stringify(knownMisses, null, 2)}\n`);
  execFileSync("npx", ["biome", "format", "--write", path], { stdio: "ignore" });
  console.log(`wrote ${path}`);
}

/** Makes `new Date()` and `Date.now()` say `day` for this process, as vitest's fake timers do in the tests. */
function answerAsOf(day: Date): void {
  const RealDate = Date;
  globalThis.Date = class extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(day.getTime());
      else super(...(args as ConstructorParameters<DateConstructor>));
    }
    static override now(): number {
      return day.getTime();
    }
  } as DateConstructor;
}
