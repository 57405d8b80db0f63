import * as z from "zod";
import { renderPlainText } from "../answer/plainText";
import type { Answer } from "../answer/types";
import type { CareerBot } from "../bot";

/** One line of an eval file: the question, accepted intents, accepted role-id sets, substrings the answer must hold. */
export const EvalCaseSchema = z.object({
  q: z.string(),
  intent: z.union([z.string(), z.array(z.string())]),
  roles: z.array(z.array(z.string())),
  expect: z.array(z.string()).optional(),
});
export type EvalCase = z.infer<typeof EvalCaseSchema>;

export interface EvalResult {
  total: number;
  intent: number;
  roles: number;
  joint: number;
  content: number;
  misses: string[];
}

export function parseEvalFile(text: string): EvalCase[] {
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => EvalCaseSchema.parse(JSON.parse(l)));
}

const squash = (s: string) => s.toLowerCase().replace(/[,$]/g, "");
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Scores the bot as the eval harness does: joint = intent and roles right; content = joint and every `expect` found. */
export function scoreCases(bot: CareerBot, cases: readonly EvalCase[]): EvalResult {
  const result: EvalResult = { total: cases.length, intent: 0, roles: 0, joint: 0, content: 0, misses: [] };
  for (const c of cases) {
    const { intentOk, rolesOk, miss } = scoreAnswer(c, bot.answer(c.q));
    result.intent += Number(intentOk);
    result.roles += Number(rolesOk);
    result.joint += Number(intentOk && rolesOk);
    result.content += Number(miss === undefined);
    if (miss !== undefined) result.misses.push(miss);
  }
  return result;
}

/** One case scored on its answer, given: tests answer each case once for several checks. `miss` says what is wrong. */
export function scoreAnswer(c: EvalCase, answer: Answer): { intentOk: boolean; rolesOk: boolean; miss?: string } {
  const text = renderPlainText(answer);
  const intents = Array.isArray(c.intent) ? c.intent : [c.intent];
  const intentOk = intents.includes(answer.intent);
  const rolesOk = c.roles.some((set) => sameSet(set, answer.roles));
  const missing = (c.expect ?? []).filter((e) => !squash(text).includes(squash(e)));
  if (intentOk && rolesOk && missing.length === 0) return { intentOk, rolesOk };
  return {
    intentOk,
    rolesOk,
    miss: `${JSON.stringify(c.q)} -> ${answer.intent} [${answer.roles.join(",")}]; want ${intents.join("|")} ${JSON.stringify(c.roles)}${missing.length ? ` missing ${JSON.stringify(missing)}` : ""}`,
  };
}
