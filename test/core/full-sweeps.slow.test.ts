/**
 * The full sweeps behind checks that `test:unit` runs on a part (they take seconds each): `npm test` runs them whole,
 * so a regression outside the part still fails the suite. Each unit file names its part.
 */
import { describe, expect, it, vi } from "vitest";
import { fixtureQuestions } from "../fixtureQuestions";
import { fuzzyWordsAgainstFuse } from "./fuzzyWordChecks";
import { hostileAnswerFaults } from "./hostileInputs";
import { jobTitleFinderDifferences } from "./jobTitleChecks";
import { phraseStartsMisses } from "./phraseStartsChecks";
import { anyPatternDifferences, execAllDifferences, interestDifferences, speedHelperTexts } from "./speedHelperChecks";

// Each sweep reads every fixture text (tens of thousands): seconds alone, far longer beside the other end-to-end files
// on a busy 2-core machine. What decides them is what they find; the time limit only stops a sweep that hangs.
vi.setConfig({ testTimeout: 300_000 });

describe("PhraseStarts, on every fixture question (phrase-starts.test.ts: every tenth)", () => {
  it("names every topic whose pattern matches, in every fixture question, its parts and odd texts", () => {
    const { misses, matched } = phraseStartsMisses(fixtureQuestions);
    expect(misses).toEqual([]);
    expect(matched).toBeGreaterThan(500);
  });
});

describe("speed helpers, on every fixture question (speed-helpers.test.ts: every tenth)", () => {
  const texts = speedHelperTexts(fixtureQuestions);

  it("execAll finds what String.matchAll finds, in every fixture question and odd text", () => {
    expect(execAllDifferences(texts)).toEqual([]);
  });

  it("anyPattern says whether some pattern of the list matches, in every fixture question and odd text", () => {
    expect(anyPatternDifferences(texts)).toEqual([]);
  });

  it("extractInterests gives extractProfile's interests, in every fixture question and part", () => {
    expect(interestDifferences(texts)).toEqual([]);
  });
});

describe("JobTitleFinder, on every fixture question (fast-paths.test.ts: every tenth)", () => {
  it("finds what one expression of every title finds, in every fixture question and in edge cases", () => {
    const { differ, found } = jobTitleFinderDifferences(fixtureQuestions);
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(50);
  });
});

describe("FuzzyWordIndex, 200 words (fast-paths.test.ts: 25)", () => {
  it("gives Fuse's best hit at or under the score, for words, their misspellings and gibberish", () => {
    const { differ, queries, hits } = fuzzyWordsAgainstFuse(200);
    expect(differ).toEqual([]);
    expect(hits).toBeGreaterThan(500);
    expect(queries - hits).toBeGreaterThan(200);
  });
});

describe("robustness, all 10,000 inputs (robustness.test.ts: the first 1,000)", () => {
  it("answers 10,000 random and hostile inputs without throwing", () => {
    expect(hostileAnswerFaults(10_000)).toEqual([]);
  });
});
