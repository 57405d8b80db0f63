/**
 * The check behind phrase-starts.test.ts (a part of the fixture questions) and full-sweeps.slow.test.ts (all of
 * them): the phrase lookup that stands in for one pattern of every not-covered phrase names every topic whose
 * pattern matches. Compares in plain code and returns the first differences, for one assertion.
 */
import { segmentMessage } from "../../src/intent/segment";
import { PhraseStarts } from "../../src/text/phraseStarts";
import { escapeRegExp } from "../../src/text/regex";
import { bot } from "../helpers";

const topics = bot.data.notCovered;

/** Texts made to trip the lookup: case, digits, signs, non-ASCII, a long run. */
const ODD = [
  "",
  "NEGOTIATING My Offer?",
  "5yrs exp, 40hrs/week, 150k+ — 50+ hrs?",
  "Counter-Offer from FAANG (is that a fair offer?)",
  "data_scientist, xdata scientist, data scientists-ish",
  "İstanbul DATA SCİENTİST salary, ſalary, \u212Aubernetes",
  "¿cómo negocio? años de experiencia",
  "a\u{1F600}b\u{1F600} visa? \uD83D",
  "x".repeat(300),
];

/** The pattern of one topic's phrases, as NotCoveredMatcher writes it. */
const phrasePattern = (phrase: string) =>
  phrase.endsWith("*") ? `${escapeRegExp(phrase.slice(0, -1))}\\w*` : `${escapeRegExp(phrase)}s?(?![\\w-])`;
const topicPatterns = topics.map(
  (t) => new RegExp(`(?:\\b|(?<=\\d))(?:${t.phrases.map((p) => phrasePattern(p.toLowerCase())).join("|")})`, "i"),
);

/**
 * The topics the lookup fails to name where their pattern matches ("topic in text", at most ten), and how many
 * (text, topic) matches were checked, over the questions, their parts and the odd texts, each as written, lower and
 * upper case.
 */
export function phraseStartsMisses(questions: readonly string[]): { misses: string[]; matched: number } {
  const starts = new PhraseStarts(topics.map((t) => t.phrases));
  const texts = [...ODD, ...questions, ...questions.flatMap((q) => segmentMessage(q).map((s) => s.text))].flatMap(
    (t) => [t, t.toLowerCase(), t.toUpperCase()],
  );
  const misses: string[] = [];
  let matched = 0;
  for (const text of texts) {
    const candidates = starts.candidates(text);
    for (const [i, pattern] of topicPatterns.entries()) {
      if (!pattern.test(text)) continue;
      matched++;
      if (!candidates.has(i) && misses.length < 10) misses.push(`${topics[i]?.id} in ${text}`);
    }
  }
  return { misses, matched };
}
