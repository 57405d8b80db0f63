import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseEvalFile, scoreCases } from "../../src/evaluation/score";
import { bot } from "../helpers";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
// dev.jsonl (the development set) and the holdout sets all live in test/fixtures.
const sets = readdirSync(fixtures)
  .filter((f) => f.endsWith(".jsonl"))
  .map((f) => join(fixtures, f));

describe("accuracy on question sets (a regression guard: these sets were used during development)", () => {
  it.each(sets)("%s: at least 95%% joint and content", (path) => {
    const result = scoreCases(bot, parseEvalFile(readFileSync(path, "utf8")));
    expect(result.misses).toEqual(result.misses.slice(0, Math.floor(result.total * 0.05)));
    expect(result.joint / result.total).toBeGreaterThanOrEqual(0.95);
    expect(result.content / result.total).toBeGreaterThanOrEqual(0.95);
  });
});
