import { describe, expect, it } from "vitest";
import { gradeReply } from "../../src/evaluation/grade";
import { ADVICE_FIXTURES, answeredAdviceSet, isFirstShard, type Shard } from "../fixtureAnswers";
import { KNOWN_MISSES_FILE, missChanges, questionSets } from "./knownMisses";

/** The sets of test/fixtures/advice in this shard; the first shard also checks known-misses.json's set names. */
export function checkAdviceAccuracy(shard: Shard): void {
  const { sets, knownMisses, unknownSets } = questionSets(ADVICE_FIXTURES, shard);
  describe("advice and conversation question sets (a regression guard: used during development)", () => {
    it.each(sets)("%s: misses exactly its known misses", (set) => {
      const misses = answeredAdviceSet(set).flatMap(({ case: c, reply }) => {
        const why = gradeReply(c, reply);
        const question = c.q ?? c.turns?.join(" / ") ?? "";
        return why.length > 0 ? [{ question, why: `${JSON.stringify(question)}: ${why.join("; ")}` }] : [];
      });
      expect(missChanges(misses, knownMisses(set))).toBeUndefined();
    });

    if (isFirstShard(shard))
      it(`${KNOWN_MISSES_FILE} names only sets that exist`, () => {
        expect(unknownSets).toEqual([]);
      });
  });
}
