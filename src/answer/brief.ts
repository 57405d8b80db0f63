import type { Answer } from "./types";

/**
 * "just the number pls", "short answer", Hinglish "ek line mein bata do": the asker wants the line asked for and nothing around it. ("TL;DR pay /
 * degree / cloud?" sums up their own message, and "one line each" still wants each answer.)
 */
const ASKS_FOR_BRIEF =
  /\b(just|only) (the|a|one) (number|figure|amount|salary|range|list|names)\b|\bone (number|figure)\b|\bshort answer\b|\bone-liner\b|\bno essays?\b|\bkeep it short\b|\b(?:in )?one line\b(?!\s*(?:each|per|for each))|\bon (my )?(mobile|phone)\b|\bek line (?:me|mein|main)\b|\bno gyaan\b/i;

export function asksForBrief(message: string): boolean {
  return ASKS_FOR_BRIEF.test(message);
}

/**
 * The answer without its "also in the guide" extras, nor the questions to try next ("one line answer pls: ..." wants
 * one line, not a line of suggestions under it); a part per question stays, each brief.
 */
export function briefly(answer: Answer): Answer {
  // A side-by-side comparison is its sections: without them nothing of it is left.
  if (!answer.summary || answer.intent === "compare") return answer;
  return {
    ...answer,
    sections: listIntroduced(answer),
    followUps: [],
    ...(answer.parts ? { parts: answer.parts.map(briefly) } : {}),
  };
}

/**
 * Briefly, a list of roles is their names; and a summary that ends in ":" introduces the list the answer is ("Best
 * practices for ...:"): briefly, that list's item names ("1. Define Clear Objectives"), not nothing.
 */
function listIntroduced(answer: Answer): Answer["sections"] {
  // "which roles does the guide cover? just the names pls, no essay": the roles are the sections, so their names.
  if (answer.intent === "list_roles" && answer.sections.length > 0)
    return [{ heading: "Roles", lines: answer.sections.map((s) => s.heading) }];
  const list = answer.summary.trimEnd().endsWith(":") ? answer.sections[0] : undefined;
  return list ? [{ ...list, lines: list.lines.map((line) => line.split(": ")[0] ?? line) }] : [];
}
