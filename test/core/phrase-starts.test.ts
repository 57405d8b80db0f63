/**
 * The phrase lookup that stands in for one pattern of every not-covered phrase never misses a topic whose pattern
 * matches, so NotCoveredMatcher, which runs only the patterns of the topics it names, finds what running them all
 * finds: checked on every fixture question, its parts, and texts made to trip the lookup (case, digits, non-ASCII).
 */
import { describe, expect, it } from "vitest";
import { segmentMessage } from "../../src/intent/segment";
import { PhraseStarts } from "../../src/text/phraseStarts";
import { escapeRegExp } from "../../src/text/regex";
import { fixtureQuestions } from "../fixtureQuestions";
import { bot } from "../helpers";

const topics = bot.data.notCovered;
const odd = [
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
const texts = [
  ...odd,
  ...fixtureQuestions,
  ...fixtureQuestions.flatMap((q) => segmentMessage(q).map((s) => s.text)),
].flatMap((t) => [t, t.toLowerCase(), t.toUpperCase()]);

/** The pattern of one topic's phrases, as NotCoveredMatcher writes it. */
const phrasePattern = (phrase: string) =>
  phrase.endsWith("*") ? `${escapeRegExp(phrase.slice(0, -1))}\\w*` : `${escapeRegExp(phrase)}s?(?![\\w-])`;
const topicPatterns = topics.map(
  (t) => new RegExp(`(?:\\b|(?<=\\d))(?:${t.phrases.map((p) => phrasePattern(p.toLowerCase())).join("|")})`, "i"),
);

describe("PhraseStarts", () => {
  const starts = new PhraseStarts(topics.map((t) => t.phrases));

  it("names every topic whose pattern matches, in every fixture question, part and odd text", () => {
    let matched = 0;
    for (const text of texts) {
      const candidates = starts.candidates(text);
      for (const [i, pattern] of topicPatterns.entries()) {
        if (!pattern.test(text)) continue;
        matched++;
        expect(candidates.has(i), `${topics[i]?.id} in ${text}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(500); // the check above ran on texts that do name topics
  });

  it("names a phrase only where a word starts or a digit ends (a sign: anywhere), in either case", () => {
    const index = new PhraseStarts([["visa"], ["hrs/week"], ["% equity"], ["a raise"], ["¿cuánto"]]);
    expect([...index.candidates("nothing here")]).toEqual([4]); // a non-ASCII beginning: always a candidate
    expect([...index.candidates("need a VISA?")].sort()).toEqual([0, 4]);
    expect(index.candidates("5% Equity").has(2)).toBe(true); // "%": wherever it is found
    expect(index.candidates("5 % of equity").has(2)).toBe(false);
    expect(index.candidates("advisa").has(0)).toBe(false);
    expect(index.candidates("40hrs/week").has(1)).toBe(true);
    expect(index.candidates("xhrs/week").has(1)).toBe(false);
    expect(index.candidates("got A RAISE").has(3)).toBe(true);
    expect(index.candidates("got a rai").has(3)).toBe(false);
  });
});
