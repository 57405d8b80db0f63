import { describe, expect, it } from "vitest";
import { gradeReply } from "../../src/evaluation/grade";
import { ADVICE_FIXTURES, answeredAdviceSet } from "../fixtureAnswers";
import { KNOWN_MISSES_FILE, missChanges, questionSets } from "./knownMisses";

const { sets, knownMisses, unknownSets } = questionSets(ADVICE_FIXTURES);

describe("advice and conversation question sets (a regression guard: used during development)", () => {
  it.each(sets)("%s: misses exactly its known misses", (set) => {
    const misses = answeredAdviceSet(set).flatMap(({ case: c, reply }) => {
      const why = gradeReply(c, reply);
      const question = c.q ?? c.turns?.join(" / ") ?? "";
      return why.length > 0 ? [{ question, why: `${JSON.stringify(question)}: ${why.join("; ")}` }] : [];
    });
    expect(missChanges(misses, knownMisses(set))).toBeUndefined();
  });

  it(`${KNOWN_MISSES_FILE} names only sets that exist`, () => {
    expect(unknownSets).toEqual([]);
  });
});
