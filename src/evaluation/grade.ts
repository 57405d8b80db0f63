import * as z from "zod";
import { renderPlainText } from "../answer/plainText";
import type { Answer } from "../answer/types";
import type { CareerBot, Reply } from "../bot";
import { statedProfile } from "../intent/profile";
import type { ConversationContext } from "../intent/understand";

/**
 * One advice, conversation or channel-message case, graded exactly as `shared/eval/check.py` grades it: a single
 * question (`q`) or a conversation (`turns`, the last answer graded), with accepted intents, first roles, role
 * sets, text anywhere, text in the first 300 characters, alternatives of each, forbidden text, an order, what was
 * understood of the asker (`profile`), and a line limit.
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
    expect_any: z.array(z.array(z.string())).default([]),
    lead_any: z.array(z.array(z.string())).default([]),
    forbid: z.array(z.string()).default([]),
    order: z.array(z.string()).default([]),
    profile: z.record(z.string(), z.unknown()).optional(),
    max_lines: z.number().int().positive().optional(),
    why: z.string().optional(),
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

/**
 * The fixture sets were written in 2026, and "since 2015" is counted up to the current year: tests and
 * `npm run grade -- --write-known-misses` answer them as of this day, so their expected counts of years hold later too.
 */
export const FIXTURE_SETS_WRITTEN = new Date("2026-12-02T12:00:00Z");

/** The reply a case is graded on: the only one, or the last of its conversation. */
export function lastReply(bot: CareerBot, c: GradedCase): Reply {
  let context: ConversationContext | undefined;
  let reply: Reply | undefined;
  for (const turn of c.turns ?? [c.q ?? ""]) {
    // As check.py sends it: one stdin line a question, its line breaks turned into spaces.
    reply = bot.reply(turn.replace(/\n/g, " "), c.turns ? context : undefined);
    context = reply.context;
  }
  return reply as Reply;
}

/** The answer a case is graded on. */
export function lastAnswer(bot: CareerBot, c: GradedCase): Answer {
  return lastReply(bot, c).answer;
}

/** check.py's `have in (None, [], False)`: in Python 0 == False, so a count of 0 passes for "not stated" too. */
const unstated = (v: unknown) =>
  v === undefined || v === null || v === false || v === 0 || (Array.isArray(v) && v.length === 0);

/** A `profile` check, as check.py reads it: equal, null for "not stated", a list contained, `{"any": [...]}`. */
function profileMisses(want: Record<string, unknown>, got: Record<string, unknown>): string[] {
  const why: string[] = [];
  for (const [key, expected] of Object.entries(want)) {
    const have = got[key];
    if (expected && typeof expected === "object" && !Array.isArray(expected) && "any" in expected) {
      const options = (expected as { any: unknown[] }).any;
      if (!options.some((o) => (o === null ? unstated(have) : o === have)))
        why.push(`profile.${key} ${JSON.stringify(have)}`);
    } else if (expected === null) {
      if (!unstated(have)) why.push(`profile.${key} ${JSON.stringify(have)} (not stated)`);
    } else if (Array.isArray(expected)) {
      const names = (Array.isArray(have) ? have : []).map((x) => String(x).toLowerCase());
      const lacking = expected.filter((e) => !names.includes(String(e).toLowerCase()));
      if (lacking.length > 0) why.push(`profile.${key} lacks ${JSON.stringify(lacking)}`);
    } else if (have !== expected) why.push(`profile.${key} ${JSON.stringify(have)} != ${JSON.stringify(expected)}`);
  }
  return why;
}

/** Why a case fails; empty when it passes. */
export function gradeCase(bot: CareerBot, c: GradedCase): string[] {
  return gradeReply(c, lastReply(bot, c));
}

/** Why a case fails on its last reply (`lastReply`), given: tests answer each case once for several checks. */
export function gradeReply(c: GradedCase, reply: Reply): string[] {
  const answer = reply.answer;
  const text = renderPlainText(answer);
  const all = squash(text);
  const lead = squash(text.slice(0, 300));
  const why: string[] = [];
  const intents = Array.isArray(c.intent) ? c.intent : [c.intent];
  if (!intents.includes(answer.intent)) why.push(`intent ${answer.intent}`);
  if (c.top && !c.top.includes(answer.roles[0] ?? "")) why.push(`top ${answer.roles[0] ?? "none"}`);
  if (c.roles && !c.roles.some((set) => sameSet(set, answer.roles))) why.push(`roles [${answer.roles.join(",")}]`);
  const missing = c.expect.filter((e) => !all.includes(squash(e)));
  if (missing.length > 0) why.push(`text lacks ${JSON.stringify(missing)}`);
  const notLead = c.lead.filter((e) => !lead.includes(squash(e)));
  if (notLead.length > 0) why.push(`lead lacks ${JSON.stringify(notLead)}`);
  for (const alternatives of c.expect_any)
    if (!alternatives.some((e) => all.includes(squash(e))))
      why.push(`text lacks one of ${JSON.stringify(alternatives)}`);
  for (const alternatives of c.lead_any)
    if (!alternatives.some((e) => lead.includes(squash(e))))
      why.push(`lead lacks one of ${JSON.stringify(alternatives)}`);
  const forbidden = c.forbid.filter((e) => all.includes(squash(e)));
  if (forbidden.length > 0) why.push(`text has forbidden ${JSON.stringify(forbidden)}`);
  let position = 0;
  for (const e of c.order) {
    const at = all.indexOf(squash(e), position);
    if (at < 0) {
      why.push(`order: ${JSON.stringify(e)} missing or out of order`);
      break;
    }
    position = at + squash(e).length;
  }
  if (c.profile)
    why.push(...profileMisses(c.profile, statedProfile(reply.understanding.profile) as Record<string, unknown>));
  const lines = text.trim().split("\n").length;
  if (c.max_lines !== undefined && lines > c.max_lines) why.push(`${lines} lines > ${c.max_lines}`);
  return why;
}
