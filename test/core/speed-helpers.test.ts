/**
 * The helpers that make understanding faster give exactly what the plain ways give: execAll what String.matchAll
 * gives, anyPattern what testing each pattern gives, extractInterests what extractProfile's interests are; checked
 * on every fixture question and on edge cases.
 */
import { describe, expect, it } from "vitest";
import { FOCUS_WORDS, RECOMMEND_FOR_ME, SKILL_GAP, SMALLTALK, VERDICT_CUES } from "../../src/intent/lexicon";
import { extractInterests, extractProfile } from "../../src/intent/profile";
import { segmentMessage } from "../../src/intent/segment";
import { anyPattern, oneByOne, unionOf } from "../../src/text/anyPattern";
import { execAll } from "../../src/text/execAll";
import { tokenize } from "../../src/text/normalize";
import { fixtureQuestions } from "../fixtureQuestions";

/**
 * Every third fixture question, in file order: the fixtures grew to over 2,000 questions and the shapes compared here
 * don't depend on which ones; the whole set made this file the slowest of `test:unit` (7 s of its 30).
 */
const questions = fixtureQuestions.filter((_, i) => i % 3 === 0);
/** Each question, its parts, and some odd texts: empty, emoji, surrogate pairs, long runs. */
const texts = [
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

describe("execAll", () => {
  const shape = (matches: Iterable<RegExpMatchArray>) =>
    [...matches].map((m) => ({ index: m.index, all: [...m], groups: m.groups }));
  const patterns = [
    /\b(\d+)\s*(years?|yrs?)\b/g,
    /\b(?<word>[a-z]+)\b/gi,
    /(?:)/g, // empty matches at every position
    /(?:)/gu, // empty matches, stepping over surrogate pairs
    /\p{Extended_Pictographic}?/gu,
    /\s*/g,
  ];

  it("finds what String.matchAll finds, in every fixture question and odd text", () => {
    for (const pattern of patterns)
      for (const text of texts)
        expect(shape(execAll(pattern, text)), `${pattern} on ${text}`).toEqual(shape(text.matchAll(pattern)));
  });

  it("leaves the pattern's own lastIndex as it was, and starts from it as matchAll does", () => {
    const pattern = /o/g;
    pattern.lastIndex = 5;
    expect(execAll(pattern, "foo boo").map((m) => m.index)).toEqual([5, 6]);
    expect(pattern.lastIndex).toBe(5);
  });

  it("refuses a pattern without the global flag, as matchAll does", () => {
    expect(() => execAll(/o/, "foo")).toThrow(TypeError);
  });
});

describe("anyPattern", () => {
  const lists: { name: string; patterns: readonly RegExp[] }[] = [
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

  it("says whether some pattern of the list matches, in every fixture question and odd text", () => {
    const wrong: string[] = [];
    for (const { name, patterns } of lists) {
      // The list's test, and each of its two tiers on its own (the test moves to the union after a few texts).
      const tests = [anyPattern(patterns), oneByOne(patterns), unionOf(patterns)];
      const plain = patterns.map((p) => new RegExp(p.source, p.flags.replace("g", "")));
      for (const text of texts) {
        for (const variant of [text, text.toLowerCase()]) {
          const expected = plain.some((p) => p.test(variant));
          for (const [i, any] of tests.entries())
            if (any(variant) !== expected) wrong.push(`${name} (test ${i}) on ${variant}: not ${expected}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("is built once per list", () => {
    expect(anyPattern(SKILL_GAP)).toBe(anyPattern(SKILL_GAP));
  });
});

describe("extractInterests", () => {
  it("gives extractProfile's interests, in every fixture question and part", () => {
    for (const text of [...texts, "never led a team, love research and building products", "my wife does nlp"])
      expect(extractInterests(text), text).toEqual(extractProfile(text).interests);
  });
});

describe("tokenize", () => {
  it("reads the names of Object's own properties as words", () => {
    expect(tokenize("constructor hasOwnProperty __proto__ valueOf")).toEqual([
      "constructor",
      "hasownproperty",
      "proto",
      "valueof",
    ]);
  });
});
