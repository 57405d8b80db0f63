import { describe, expect, it } from "vitest";
import { isPlainEnglish } from "../../src/text/plainEnglish";
import { SpellingCorrector } from "../../src/text/spelling";

/** The spelling corrector on its own: which typos it fixes, and which words it leaves alone. */
describe("spelling correction", () => {
  const speller = new SpellingCorrector(["salary", "research", "skills", "sally"]);

  it("corrects two neighbouring letters swapped as one slip, even in a short word", () => {
    expect(speller.correct("salray")).toBe("salary");
    expect(speller.correct("reserach")).toBe("research");
  });

  it("leaves a word alone when two letters apart were swapped (two edits in a short word)", () => {
    expect(speller.correct("salyra")).toBeUndefined();
  });

  it("keeps the first letter and the known words as they are", () => {
    expect(speller.correct("kills")).toBeUndefined();
    expect(speller.correct("skills")).toBeUndefined();
  });

  it("turns a common English word into another word never, into itself with another ending yes", () => {
    const plain = new SpellingCorrector(["black", "biased", "grind", "deploy", "salary"], [], isPlainEnglish);
    expect([plain.correct("back"), plain.correct("based"), plain.correct("grand")]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(plain.correct("deployed")).toBe("deploy");
    expect(plain.correct("salery")).toBe("salary");
  });
});
