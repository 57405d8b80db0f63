import { describe, expect, it, vi } from "vitest";
import { createCareerBot } from "../../src/bot";
import { syntheticWord, withSyntheticRoles } from "../../src/evaluation/synthetic";
import { tokenize } from "../../src/text/normalize";
import { PhraseIndex } from "../../src/text/phrases";
import { bot } from "../helpers";

describe("PhraseIndex", () => {
  it("finds the longest phrase first whatever the order of adding, also after adds between lookups", () => {
    const index = new PhraseIndex<string>();
    index.add("machine", "short");
    index.add("machine learning architect", "long");
    expect(index.findLongest(tokenize("lead machine learning architect"))).toEqual([
      { value: "long", start: 1, end: 4 },
    ]);
    index.add("machine learning", "middle");
    index.add("machine learning architect lead", "longest");
    const tokens = tokenize("machine learning architect lead");
    expect(index.findLongest(tokens).map((h) => h.value)).toEqual(["longest"]);
    expect(index.findAll(tokens).map((h) => h.value)).toEqual(["longest", "long", "middle", "short"]);
    expect([...index.words()].sort()).toEqual(["architect", "lead", "learning", "machine"]);
  });

  it("keeps every value of a phrase shared by several, in the order they were added", () => {
    const index = new PhraseIndex<string>().freeze();
    index.add("research scientist", "nlp");
    index.add("research", "other");
    index.add("research scientist", "multimodal");
    expect(index.findLongest(tokenize("a research scientist")).map((h) => h.value)).toEqual(["nlp", "multimodal"]);
  });

  it("indexes 20,000 phrases sharing a first word without re-sorting on every add", () => {
    // Sorting on each add made this quadratic (seconds). Counted, not timed: one list, sorted once, on freeze.
    const index = new PhraseIndex<number>();
    const sorts = vi.spyOn(Array.prototype, "sort");
    try {
      for (let n = 0; n < 20_000; n++) index.add(`lead ${syntheticWord(n)} engineer`, n);
      index.freeze();
      expect(sorts).toHaveBeenCalledTimes(1);
    } finally {
      sorts.mockRestore();
    }
    expect(index.findLongest(tokenize(`lead ${syntheticWord(12_345)} engineer salary`))).toEqual([
      { value: 12_345, start: 0, end: 3 },
    ]);
  });
});

describe("a catalogue of 1,000 roles", () => {
  // The same at 10,000 roles in catalogue.slow.test.ts (`npm test`): building that takes about a second.
  it("builds its indexes and still answers each role by name", () => {
    const big = createCareerBot(withSyntheticRoles(bot.data, 1_000));
    expect(big.answer(`${syntheticWord(999)} specialist salary`).roles).toEqual(["synthetic-999"]);
    expect(big.answer(`what does a ${syntheticWord(42)} systems specialist do`).roles).toEqual(["synthetic-42"]);
    expect(big.answer("lead ml architect salary").roles).toEqual(["lead-ml-architect"]);
  });
});
