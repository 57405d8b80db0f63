import { describe, expect, it } from "vitest";
import { bot } from "../helpers";

const parts = (message: string) => bot.reply(message).parts.map((u) => [u.intent, u.roleIds]);

describe("one clause that names two facets of a role", () => {
  it.each([
    ["for the NLP research scientist, what are the job prospects and the average salary?"],
    ["pour le NLP research scientist, c'est quoi les perspectives d'emploi pis le salaire moyen?"],
  ])("answers each facet: %s", (message) => {
    expect(parts(message)).toEqual([
      ["market", ["nlp-research-scientist"]],
      ["salary", ["nlp-research-scientist"]],
    ]);
  });

  it("keeps one question where a verb after both halves is shared", () => {
    // Cut before "and", "what do the top 10%" alone would ask what they do.
    expect(parts("for lead ml architect what do the top 10% and top 1% make?")).toEqual([
      ["salary", ["lead-ml-architect"]],
    ]);
  });
});
