import { withArticle } from "../answer/format";
import type { CareerData } from "../data/schema";

/** Discord's limits for autocomplete: 25 choices, names and values of 100 characters. */
export const MAX_SUGGESTIONS = 25;
const MAX_CHOICE_CHARS = 100;

const COMMON_QUESTIONS = [
  "help",
  "roles",
  "salaries",
  "which role pays the most?",
  "which role fits me?",
  "what are the current trends in AI and ML",
  "how big is the AI market",
  "ML best practices",
  "common challenges in ML",
  "forget me",
];

/** A question to offer, and the words it is found by (its own, plus its role's aliases: "ml architect"). */
export interface Suggestion {
  question: string;
  words: string[];
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every question the autocomplete can offer: common ones, then each role's name and usual questions. */
export function suggestionList(data: CareerData): Suggestion[] {
  const common = COMMON_QUESTIONS.map((q) => ({ question: q, words: words(q) }));
  const perRole = data.roles.flatMap((r) => {
    const t = withArticle(r.title);
    const aliasWords = r.aliases.flatMap(words);
    return [
      r.title,
      `What does ${t} earn?`,
      `${r.title} salary`,
      `Tell me about ${t}`,
      `Skills for ${t}`,
      `How do I become ${t}?`,
      `What degree does ${t} need?`,
      `Job outlook for ${t}`,
    ].map((q) => ({ question: q, words: [...new Set([...words(q), ...aliasWords])] }));
  });
  const seen = new Set<string>();
  return [...common, ...perRole].filter(
    (s) => s.question.length <= MAX_CHOICE_CHARS && !seen.has(s.question) && seen.add(s.question),
  );
}

/**
 * Suggestions for what has been typed so far: every typed word must start a word of the suggestion or of its
 * role's aliases (the last one may be half typed); those that start with the typed text come first. Microseconds.
 */
export function suggestQuestions(list: readonly Suggestion[], typed: string, limit = MAX_SUGGESTIONS): string[] {
  const typedWords = words(typed);
  if (typedWords.length === 0) return list.slice(0, limit).map((s) => s.question);
  const start = typed.trim().toLowerCase();
  const matches = list
    .filter((s) => typedWords.every((w) => s.words.some((o) => o.startsWith(w))))
    .map((s) => s.question);
  const first = matches.filter((q) => q.toLowerCase().startsWith(start));
  return [...new Set([...first, ...matches])].slice(0, limit);
}
