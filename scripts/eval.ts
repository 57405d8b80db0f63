/**
 * Scores the intent handler on a question set (default ../shared/eval/dev.jsonl) and prints
 * intent, roles, joint (intent and roles) and content accuracy. `--verbose` lists each miss.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { answerText, createCareerBot } from "../src/bot";
import { loadCareerData } from "../src/data/load";

const CaseSchema = z.object({
  q: z.string(),
  intent: z.union([z.string(), z.array(z.string())]),
  roles: z.array(z.array(z.string())),
  expect: z.array(z.string()).optional(),
});

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const file = resolve(
  args.find((a) => !a.startsWith("--")) ?? new URL("../../shared/eval/dev.jsonl", import.meta.url).pathname,
);
const cases = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => CaseSchema.parse(JSON.parse(l)));

const bot = createCareerBot(loadCareerData());
const squash = (s: string) => s.toLowerCase().replace(/[,$]/g, "");
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

let intentOk = 0;
let rolesOk = 0;
let jointOk = 0;
let contentOk = 0;
for (const c of cases) {
  const { answer, text } = answerText(bot, c.q);
  const intents = Array.isArray(c.intent) ? c.intent : [c.intent];
  const i = intents.includes(answer.intent);
  const r = c.roles.some((set) => sameSet(set, answer.roles));
  const missing = (c.expect ?? []).filter((e) => !squash(text).includes(squash(e)));
  intentOk += Number(i);
  rolesOk += Number(r);
  jointOk += Number(i && r);
  contentOk += Number(i && r && missing.length === 0);
  if (verbose && !(i && r && missing.length === 0)) {
    console.log(
      `MISS ${JSON.stringify(c.q)} -> ${answer.intent} [${answer.roles.join(",")}]; want ${intents.join("|")} ${JSON.stringify(c.roles)}${missing.length ? ` missing ${JSON.stringify(missing)}` : ""}`,
    );
  }
}
const pct = (n: number) => `${((100 * n) / cases.length).toFixed(1)}%`;
console.log(
  `questions ${cases.length} | intent ${pct(intentOk)} | roles ${pct(rolesOk)} | joint ${pct(jointOk)} | content ${pct(contentOk)}`,
);
