import type { Answer } from "./types";

/**
 * "just the number pls", "short answer", Hinglish "ek line mein bata do", "max 5 bullets", Korean "한 줄로요": the asker
 * wants the line asked for and nothing around it. ("TL;DR pay / degree / cloud?" sums up their own message, "tl;dr
 * request: what tools ..., which certs ..." still wants each answer, and so does "one line each".)
 */
const ASKS_FOR_BRIEF =
  /\b(just|only) (the|a|one) (number|figure|amount|salary|range|list|names)\b|\bone (number|figure)\b|\bshort answer\b|\bshort list\b|\bkeep it (?:brief|short)\b|\blong answers overwhelm\b|\bno essays?\b|\bkeep it short\b|\b(?:in )?one line\b(?!\s*(?:each|per|for each))|\bon (my )?(mobile|phone)\b|\bek line (?:me|mein|main)\b|\bno gyaan\b|一言で/i;

/** A comparison's first line that names its answer: "X pays more: ...", "X is the more senior role ...". */
const NAMES_A_VERDICT =
  /^the (?:most|least) \w+:|^[^:.]{3,80}? (?:pays (?:more|less|the most|the least)|is the (?:more|most|less|least) \w+|needs (?:more|less|the most|the least))\b/i;

/** "max 5 bullets": how many lines a brief list may keep. */
export function briefLimit(message: string): number | undefined {
  const limit = /\bmax(?:imum)? (\d+) (?:bullets|lines|points|sentences)\b/i.exec(message)?.[1];
  if (limit !== undefined) return Number(limit);
  // ("in one line", "한 줄로": one.)
  return ONE_LINE.test(message) ? 1 : undefined;
}
const ONE_LINE = /\bin one line\b(?!\s*(?:each|per|for each))|\bone-liner\b|한 ?줄로|一行で/i;

export function asksForBrief(message: string): boolean {
  return ASKS_FOR_BRIEF.test(message) || briefLimit(message) !== undefined;
}

/**
 * The answer without its "also in the guide" extras, nor the questions to try next ("one line answer pls: ..." wants
 * one line, not a line of suggestions under it); a part per question stays, each brief.
 */
export function briefly(answer: Answer, atMost?: number): Answer {
  // A side-by-side comparison is its sections: without them nothing of it is left; a verdict named first is enough
  // ("Lead Machine Learning Architect is the more senior role ...").
  if (!answer.summary || (answer.intent === "compare" && !NAMES_A_VERDICT.test(answer.summary))) return answer;
  const sections = listIntroduced(answer, atMost !== undefined).map((section) =>
    atMost === undefined ? section : { ...section, lines: section.lines.slice(0, atMost) },
  );
  // "in one line, what's the hardest part?": the list's first item is the line, not its introduction.
  const firstItem = atMost === 1 ? sections[0]?.lines[0] : undefined;
  return {
    ...answer,
    ...(firstItem ? { summary: firstItem.replace(/^\d+\.\s*/, ""), sections: [] } : { sections }),
    followUps: [],
    ...(answer.parts ? { parts: answer.parts.map((part) => briefly(part, atMost)) } : {}),
  };
}

/**
 * Briefly, a list of roles is their names; and a summary that ends in ":" introduces the list the answer is ("Best
 * practices for ...:"): briefly, that list's item names ("1. Define Clear Objectives"), not nothing.
 */
function listIntroduced(answer: Answer, counted: boolean): Answer["sections"] {
  // "which roles does the guide cover? just the names pls, no essay": the roles are the sections, so their names.
  if (answer.intent === "list_roles" && answer.sections.length > 0)
    return [{ heading: "Roles", lines: answer.sections.map((s) => s.heading) }];
  if (!answer.summary.trimEnd().endsWith(":")) return [];
  // "... tl;dr, max 5 bullets": over a section a challenge ("What makes machine learning projects hard ...:"), the
  // challenges' names.
  if (counted && answer.sections.length > 1)
    return [{ heading: "In short", lines: answer.sections.map((s) => s.heading.replace(/:\s*$/, "")) }];
  const list = answer.sections[0];
  return list ? [{ ...list, lines: list.lines.map((line) => line.split(": ")[0] ?? line) }] : [];
}
