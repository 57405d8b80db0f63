/**
 * The equivalence checks of the speed helpers (execAll, anyPattern, extractInterests) against the plain ways, over a
 * list of texts. Each compares in plain code (deep strict equality, stricter than toEqual) and returns the first
 * differences, for one assertion: an expect() a text cost more than the helpers checked. `test:unit` runs them on
 * every tenth fixture question (speed-helpers.test.ts), `npm test` also on all of them (full-sweeps.slow.test.ts).
 */
import { isDeepStrictEqual } from "node:util";
import { FOCUS_WORDS, RECOMMEND_FOR_ME, SKILL_GAP, SMALLTALK, VERDICT_CUES } from "../../src/intent/lexicon";
import { extractInterests, extractProfile } from "../../src/intent/profile";
import { segmentMessage } from "../../src/intent/segment";
import { anyPattern, oneByOne, unionOf } from "../../src/text/anyPattern";
import { execAll } from "../../src/text/execAll";

/** Each question, its parts, and some odd texts: empty, emoji, surrogate pairs, long runs. */
export function speedHelperTexts(questions: readonly string[]): string[] {
  return [
    ...questions,
    ...questions.flatMap((q) => segmentMessage(q).map((s) => s.text)),
    "",
    " ",
    "🙏🙏 what?",
    "a\u{1F600}b\u{1F600}",
    "\uD83D",
    "x".repeat(500),
    "1) pay? 2) degree? 3) remote?",
  ];
}

const EXEC_ALL_PATTERNS = [
  /\b(\d+)\s*(years?|yrs?)\b/g,
  /\b(?<word>[a-z]+)\b/gi,
  /(?:)/g, // empty matches at every position
  /(?:)/gu, // empty matches, stepping over surrogate pairs
  /\p{Extended_Pictographic}?/gu,
  /\s*/g,
];

const shape = (matches: Iterable<RegExpMatchArray>) =>
  [...matches].map((m) => ({ index: m.index, all: [...m], groups: m.groups }));

/** The same matches: index, text, captures and named groups (what `shape` shows), compared without copying. */
const sameMatches = (found: RegExpMatchArray[], expected: RegExpMatchArray[]) =>
  found.length === expected.length &&
  found.every((m, i) => {
    const e = expected[i] as RegExpMatchArray;
    return (
      m.index === e.index &&
      m.length === e.length &&
      m.every((part, j) => part === e[j]) &&
      (m.groups === e.groups || isDeepStrictEqual(m.groups, e.groups))
    );
  });

/**
 * The checks stop at this many differences: one fails the test, and vitest takes minutes to print a diff of
 * thousands (a broken helper differs on most texts).
 */
const SHOWN = 10;

/** Where execAll finds other matches than String.matchAll, for each pattern and text (the first few). */
export function execAllDifferences(texts: readonly string[]) {
  const differ: { on: string; found: unknown; expected: unknown }[] = [];
  for (const pattern of EXEC_ALL_PATTERNS) {
    for (const text of texts) {
      const found = execAll(pattern, text);
      const expected = [...text.matchAll(pattern)];
      if (sameMatches(found, expected)) continue;
      differ.push({ on: `${pattern} on ${text}`, found: shape(found), expected: shape(expected) });
      if (differ.length === SHOWN) return differ;
    }
  }
  return differ;
}

const PATTERN_LISTS: { name: string; patterns: readonly RegExp[] }[] = [
  { name: "RECOMMEND_FOR_ME", patterns: RECOMMEND_FOR_ME },
  { name: "SKILL_GAP", patterns: SKILL_GAP },
  { name: "FOCUS_WORDS", patterns: Object.values(FOCUS_WORDS) },
  { name: "SMALLTALK", patterns: SMALLTALK.map((s) => s.pattern) },
  { name: "VERDICT_CUES", patterns: VERDICT_CUES.map((v) => v.pattern) },
  // Joined, these would read differently: each is tested on its own.
  { name: "back-reference", patterns: [/(\w)\1/, /(a)(b)\2/] },
  { name: "mixed flags", patterns: [/WHAT/i, /what/] },
  { name: "named groups", patterns: [/(?<x>pay)/, /(?<x>salary)/] },
  { name: "global", patterns: [/pay/g, /salary/g] },
  { name: "empty", patterns: [] },
];

/**
 * Where anyPattern, or either of its tiers on its own, says otherwise than each pattern of the list, on each text and
 * its lower case (the first few).
 */
export function anyPatternDifferences(texts: readonly string[]): string[] {
  const differ: string[] = [];
  for (const { name, patterns } of PATTERN_LISTS) {
    // The list's test, and each of its two tiers on its own (the test moves to the union after a few texts).
    const tests = [anyPattern(patterns), oneByOne(patterns), unionOf(patterns)];
    const plain = patterns.map((p) => new RegExp(p.source, p.flags.replace("g", "")));
    for (const text of texts) {
      for (const variant of [text, text.toLowerCase()]) {
        // From the start each time, as a fresh expression would (a sticky one keeps its lastIndex).
        const expected = plain.some((p) => {
          p.lastIndex = 0;
          return p.test(variant);
        });
        for (const [i, any] of tests.entries()) {
          if (any(variant) === expected) continue;
          differ.push(`${name} (test ${i}) on ${variant}: not ${expected}`);
          if (differ.length === SHOWN) return differ;
        }
      }
    }
  }
  return differ;
}

/** Where extractInterests gives other interests than extractProfile (the first few). */
export function interestDifferences(texts: readonly string[]) {
  const differ: { text: string; found: unknown; expected: unknown }[] = [];
  for (const text of [...texts, "never led a team, love research and building products", "my wife does nlp"]) {
    const found = extractInterests(text);
    const expected = extractProfile(text).interests;
    if (isDeepStrictEqual(found, expected)) continue;
    differ.push({ text, found, expected });
    if (differ.length === SHOWN) return differ;
  }
  return differ;
}
