/**
 * Scores the intent handler on a question set (default ../shared/eval/dev.jsonl) and prints intent, roles,
 * joint (intent and roles) and content accuracy. `--verbose` lists each miss. `npm run eval [-- FILE] [--verbose]`
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createCareerBot } from "../src/bot";
import { loadCareerData } from "../src/data/load";
import { parseEvalFile, scoreCases } from "../src/evaluation/score";

const args = process.argv.slice(2);
const file = resolve(
  args.find((a) => !a.startsWith("--")) ?? new URL("../../shared/eval/dev.jsonl", import.meta.url).pathname,
);
const result = scoreCases(createCareerBot(loadCareerData()), parseEvalFile(readFileSync(file, "utf8")));
if (args.includes("--verbose")) for (const miss of result.misses) console.log(`MISS ${miss}`);
const pct = (n: number) => `${((100 * n) / result.total).toFixed(1)}%`;
console.log(
  `questions ${result.total} | intent ${pct(result.intent)} | roles ${pct(result.roles)} | joint ${pct(result.joint)} | content ${pct(result.content)}`,
);
