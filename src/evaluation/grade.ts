import * as z from "zod";
import { renderPlainText } from "../answer/plainText";
import type { Answer } from "../answer/types";
import type { CareerBot } from "../bot";
import type { ConversationContext } from "../intent/understand";

/**
 * One advice or conversation case, graded as the project's question sets are: a single question (`q`) or a
 * conversation (`turns`, the last answer graded), with accepted intents, first roles, role sets, text anywhere,
 * text in the first 300 characters, and a line limit.
 */
export const GradedCaseSchema = z
  .object({
    q: z.string().optional(),
    turns: z.array(z.string()).min(1).optional(),
    intent: z.union([z.string(), z.array(z.string())]),
    top: z.array(z.string()).optional(),
    roles: z.array(z.array(z.string())).optional(),
    expect: z.array(z.string()).default([]),
    lead: z.array(z.string()).default([]),
    max_lines: z.number().int().positive().optional(),
  })
  .refine((c) => (c.q === undefined) !== (c.turns === undefined), { message: "give either q or turns" });
export type GradedCase = z.infer<typeof GradedCaseSchema>;

export function parseGradedFile(text: string): GradedCase[] {
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => GradedCaseSchema.parse(JSON.parse(l)));
}

const squash = (s: string) => s.toLowerCase().replace(/[,$]/g, "");
const sameSet = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

/** The answer a case is graded on: the only answer, or the last of its conversation. */
export function lastAnswer(bot: CareerBot, c: GradedCase): Answer {
  let context: ConversationContext | undefined;
  let answer: Answer | undefined;
  for (const turn of c.turns ?? [c.q ?? ""]) {
    const reply = bot.reply(turn, c.turns ? context : undefined);
    context = reply.context;
    answer = reply.answer;
  }
  return answer as Answer;
}

/** Why a case fails; empty when it passes. */
export function gradeCase(bot: CareerBot, c: GradedCase): string[] {
  const answer = lastAnswer(bot, c);
  const text = renderPlainText(answer);
  const why: string[] = [];
  const intents = Array.isArray(c.intent) ? c.intent : [c.intent];
  if (!intents.includes(answer.intent)) why.push(`intent ${answer.intent}`);
  if (c.top && !c.top.includes(answer.roles[0] ?? "")) why.push(`top ${answer.roles[0] ?? "none"}`);
  if (c.roles && !c.roles.some((set) => sameSet(set, answer.roles))) why.push(`roles [${answer.roles.join(",")}]`);
  const missing = c.expect.filter((e) => !squash(text).includes(squash(e)));
  if (missing.length > 0) why.push(`text lacks ${JSON.stringify(missing)}`);
  const notLead = c.lead.filter((e) => !squash(text.slice(0, 300)).includes(squash(e)));
  if (notLead.length > 0) why.push(`lead lacks ${JSON.stringify(notLead)}`);
  const lines = text.trim().split("\n").length;
  if (c.max_lines !== undefined && lines > c.max_lines) why.push(`${lines} lines > ${c.max_lines}`);
  return why;
}
