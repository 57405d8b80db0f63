import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseEvalFile, scoreCases } from "../../src/evaluation/score";
import { bot } from "../helpers";
import { KNOWN_MISSES_FILE, missChanges, questionSets } from "./knownMisses";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
// dev.jsonl (the development set) and the holdout sets all live in test/fixtures, beside their known-misses.json.
const { sets, knownMisses, unknownSets } = questionSets(fixtures);

describe("accuracy on question sets (a regression guard: these sets were used during development)", () => {
  it.each(sets)("%s: misses exactly its known misses (joint and content)", (set) => {
    const misses = parseEvalFile(readFileSync(join(fixtures, set), "utf8")).flatMap((c) => {
      const why = scoreCases(bot, [c]).misses[0];
      return why === undefined ? [] : [{ question: c.q, why }];
    });
    expect(missChanges(misses, knownMisses(set))).toBeUndefined();
  });

  it(`${KNOWN_MISSES_FILE} names only sets that exist`, () => {
    expect(unknownSets).toEqual([]);
  });
});
