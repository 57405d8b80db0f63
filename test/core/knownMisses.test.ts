import { describe, expect, it } from "vitest";
import { missChanges } from "./knownMisses";

const miss = (question: string) => ({ question, why: `${question} -> unknown` });

describe("missChanges (what the accuracy tests compare)", () => {
  it("is undefined when the misses are exactly the known ones, duplicates included", () => {
    expect(missChanges([], [])).toBeUndefined();
    expect(missChanges([miss("a"), miss("b"), miss("a")], ["a", "a", "b"])).toBeUndefined();
  });

  it("names a new miss with its reason", () => {
    expect(missChanges([miss("a"), miss("b")], ["a"])).toBe("new misses:\n  b -> unknown");
  });

  it("names a known miss that now passes", () => {
    expect(missChanges([], ["a"])).toBe("known misses that now pass (remove them from known-misses.json):\n  a");
  });
});
