/**
 * Scores the intent handler on question sets and prints intent, roles, joint (intent and roles) and content
 * accuracy. With no FILE it scores the project's own sets, every test/fixtures/*.jsonl (dev.jsonl, the development
 * set, and the holdout sets), one line each and a total. `--verbose` lists each miss.
 * `npm run eval [-- FILE...] [--verbose]`
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createCareerBot } from "../src/bot";
import { loadCareerData } from "../src/data/load";
import { type EvalResult, parseEvalFile, scoreCases } from "../src/evaluation/score";

const args = process.argv.slice(2);
const fixtures = fileURLToPath(new URL("../test/fixtures/", import.meta.url));
const named = args.filter((a) => !a.startsWith("--")).map((f) => resolve(f));
const files =
  named.length > 0
    ? named
    : readdirSync(fixtures)
        .filter((f) => f.endsWith(".jsonl"))
        .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
        .map((f) => join(fixtures, f));

const bot = createCareerBot(loadCareerData());
const line = (label: string, r: EvalResult) => {
  const pct = (n: number) => `${((100 * n) / r.total).toFixed(1)}%`;
  return `${label}: questions ${r.total} | intent ${pct(r.intent)} | roles ${pct(r.roles)} | joint ${pct(r.joint)} | content ${pct(r.content)}`;
};

const total: EvalResult = { total: 0, intent: 0, roles: 0, joint: 0, content: 0, misses: [] };
let failed = false;
for (const file of files) {
  let result: EvalResult;
  try {
    result = scoreCases(bot, parseEvalFile(readFileSync(file, "utf8")));
  } catch (error) {
    console.error(`${file}: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  const label = relative(process.cwd(), file) || file;
  if (args.includes("--verbose")) for (const miss of result.misses) console.log(`MISS ${label}: ${miss}`);
  console.log(line(label, result));
  for (const key of ["total", "intent", "roles", "joint", "content"] as const) total[key] += result[key];
}
if (files.length > 1 && total.total > 0) console.log(line("all", total));
process.exitCode = failed ? 1 : 0;
