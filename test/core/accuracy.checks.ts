import { describe, expect, it } from "vitest";
import { scoreAnswer } from "../../src/evaluation/score";
import { answeredEvalSet, EVAL_FIXTURES, isFirstShard, type Shard } from "../fixtureAnswers";
import { KNOWN_MISSES_FILE, missChanges, questionSets } from "./knownMisses";

// dev.jsonl (the development set) and the holdout sets all live in test/fixtures, beside their known-misses.json.
/** The sets of test/fixtures in this shard; the first shard also checks known-misses.json names only real sets. */
export function checkAccuracy(shard: Shard): void {
  const { sets, knownMisses, unknownSets } = questionSets(EVAL_FIXTURES, shard);
  describe("accuracy on question sets (a regression guard: these sets were used during development)", () => {
    it.each(sets)("%s: misses exactly its known misses (joint and content)", (set) => {
      const misses = answeredEvalSet(set).flatMap(({ case: c, answer }) => {
        const why = scoreAnswer(c, answer).miss;
        return why === undefined ? [] : [{ question: c.q, why }];
      });
      expect(missChanges(misses, knownMisses(set))).toBeUndefined();
    });

    if (isFirstShard(shard))
      it(`${KNOWN_MISSES_FILE} names only sets that exist`, () => {
        expect(unknownSets).toEqual([]);
      });
  });
}
