import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { gradeCase, parseGradedFile } from "../../src/evaluation/grade";
import { bot } from "../helpers";
import { KNOWN_MISSES_FILE, missChanges, questionSets } from "./knownMisses";

const folder = fileURLToPath(new URL("../fixtures/advice/", import.meta.url));
const { sets, knownMisses, unknownSets } = questionSets(folder);

describe("advice and conversation question sets (a regression guard: used during development)", () => {
  it.each(sets)("%s: misses exactly its known misses", (set) => {
    const misses = parseGradedFile(readFileSync(join(folder, set), "utf8")).flatMap((c) => {
      const why = gradeCase(bot, c);
      const question = c.q ?? c.turns?.join(" / ") ?? "";
      return why.length > 0 ? [{ question, why: `${JSON.stringify(question)}: ${why.join("; ")}` }] : [];
    });
    expect(missChanges(misses, knownMisses(set))).toBeUndefined();
  });

  it(`${KNOWN_MISSES_FILE} names only sets that exist`, () => {
    expect(unknownSets).toEqual([]);
  });
});
