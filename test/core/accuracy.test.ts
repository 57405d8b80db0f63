import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEvalFile, scoreCases } from "../../src/evaluation/score";
import { bot } from "../helpers";

const sets = [
  "../fixtures/holdout.jsonl",
  "../fixtures/holdout-2.jsonl",
  "../fixtures/holdout-3.jsonl",
  "../../../shared/eval/dev.jsonl",
]
  .map((f) => new URL(f, import.meta.url).pathname)
  .filter((path) => existsSync(path));

describe("accuracy on question sets (a regression guard: these sets were used during development)", () => {
  it.each(sets)("%s: at least 95%% joint and content", (path) => {
    const result = scoreCases(bot, parseEvalFile(readFileSync(path, "utf8")));
    expect(result.misses).toEqual(result.misses.slice(0, Math.floor(result.total * 0.05)));
    expect(result.joint / result.total).toBeGreaterThanOrEqual(0.95);
    expect(result.content / result.total).toBeGreaterThanOrEqual(0.95);
  });
});
