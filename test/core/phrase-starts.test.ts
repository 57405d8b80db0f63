/**
 * The phrase lookup that stands in for one pattern of every not-covered phrase never misses a topic whose pattern
 * matches, so NotCoveredMatcher, which runs only the patterns of the topics it names, finds what running them all
 * finds: checked on the quick sample of fixture questions, its parts, and texts made to trip the lookup (case, digits,
 * non-ASCII); on every fixture question in full-sweeps.slow.test.ts.
 */
import { describe, expect, it } from "vitest";
import { PhraseStarts } from "../../src/text/phraseStarts";
import { quickSample } from "../fixtureQuestions";
import { phraseStartsMisses } from "./phraseStartsChecks";

/** The quick sample of fixture questions (quickSample): the shapes checked don't depend on which; `npm test` checks all. */
const questions = quickSample();

describe("PhraseStarts", () => {
  it("names every topic whose pattern matches, in the quick sample of fixture questions, its parts and odd texts", () => {
    const { misses, matched } = phraseStartsMisses(questions);
    expect(misses).toEqual([]);
    expect(matched).toBeGreaterThan(100); // the check above ran on texts that do name topics
  });

  it("names a phrase only where a word starts or a digit ends (a sign: anywhere), in either case", () => {
    const index = new PhraseStarts([["visa"], ["hrs/week"], ["% equity"], ["a raise"], ["¿cuánto"], ["πολύ αργά"]]);
    expect([...index.candidates("nothing here")]).toEqual([]);
    expect([...index.candidates("need a VISA?")]).toEqual([0]);
    // A beginning beyond ASCII: wherever its first character is, in either case.
    expect([...index.candidates("¿Cuánto gana?")]).toEqual([4]);
    expect([...index.candidates("ΠΟΛΎ αργά;")]).toEqual([5]);
    expect(index.candidates("5% Equity").has(2)).toBe(true); // "%": wherever it is found
    expect(index.candidates("5 % of equity").has(2)).toBe(false);
    expect(index.candidates("advisa").has(0)).toBe(false);
    expect(index.candidates("40hrs/week").has(1)).toBe(true);
    expect(index.candidates("xhrs/week").has(1)).toBe(false);
    expect(index.candidates("got A RAISE").has(3)).toBe(true);
    expect(index.candidates("got a rai").has(3)).toBe(false);
  });
});
