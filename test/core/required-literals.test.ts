/**
 * A pattern never matches a text that contains none of its required literals: checked for every pattern the lexicon
 * exports (the cue lists anyPattern tests first) on every fixture question, its parts and odd texts, and on small
 * patterns with each construct the reader follows or skips.
 */
import { describe, expect, it } from "vitest";
import * as lexicon from "../../src/intent/lexicon";
import { segmentMessage } from "../../src/intent/segment";
import { requiredLiterals } from "../../src/text/requiredLiterals";
import { fixtureQuestions } from "../fixtureQuestions";

const texts = [
  ...fixtureQuestions,
  ...fixtureQuestions.flatMap((q) => segmentMessage(q).map((s) => s.text)),
  "",
  "İstanbul, ſalary, \u212Aubernetes, WHAT AM I MISSING",
  "a\u{1F600}b\u{1F600} \uD83D",
].flatMap((t) => [t, t.toLowerCase()]);

/** Every regular expression the lexicon exports, alone, in a list, or as the `pattern` of an entry. */
function patternsIn(value: unknown): RegExp[] {
  if (value instanceof RegExp) return [value];
  if (Array.isArray(value)) return value.flatMap(patternsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(patternsIn);
  return [];
}

/** Whether the text holds one of the literals, as anyPattern looks for them. */
function holds(pattern: RegExp, literals: readonly string[], text: string): boolean {
  const haystack = pattern.ignoreCase ? text.toLowerCase() : text;
  return literals.some((l) => haystack.includes(l));
}

describe("requiredLiterals", () => {
  it("never rules out a text a lexicon pattern matches, in every fixture question, part and odd text", () => {
    const patterns = patternsIn(Object.values(lexicon));
    expect(patterns.length).toBeGreaterThan(100);
    let checked = 0;
    for (const pattern of patterns) {
      const literals = requiredLiterals(pattern);
      if (!literals) continue;
      const plain = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ""));
      for (const text of texts) {
        if (!plain.test(text)) continue;
        checked++;
        expect(holds(pattern, literals, text), `/${pattern.source}/ on ${text}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("follows literals through groups, options and alternatives, and requires nothing it cannot follow", () => {
    expect(requiredLiterals(/\bwhat'?s left\b/)).toEqual(["whats left", "what's left"]);
    expect(requiredLiterals(/\b(good|best) fit\b/)).toEqual(["good fit", "best fit"]);
    expect(requiredLiterals(/^(a|\w+) fits?$/)).toEqual([" fit"]);
    expect(requiredLiterals(/Ph\.D/i)).toEqual(["ph.d"]);
    expect(requiredLiterals(/x(?=yz)y/)).toEqual(["xy"]);
    expect(requiredLiterals(/años/i)).toEqual(["os"]); // "ñ" may match "Ñ": only the ASCII stretch counts
    for (const nothing of [/\w+/, /a|\d/, /(.)\1/, /a?/, /[abc]+/, /pay/iu, /(?<x>pay)|\k<x>/])
      expect(requiredLiterals(nothing), String(nothing)).toBeUndefined();
  });
});
