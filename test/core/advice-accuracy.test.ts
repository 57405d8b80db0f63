import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { gradeCase, parseGradedFile } from "../../src/evaluation/grade";
import { bot } from "../helpers";

const folder = fileURLToPath(new URL("../fixtures/advice/", import.meta.url));
const sets = readdirSync(folder)
  .filter((f) => f.endsWith(".jsonl"))
  .map((f) => join(folder, f));

describe("advice and conversation question sets (a regression guard: used during development)", () => {
  it.each(sets)("%s: at least 95% of cases pass", (path) => {
    const cases = parseGradedFile(readFileSync(path, "utf8"));
    const misses = cases.flatMap((c) => {
      const why = gradeCase(bot, c);
      return why.length > 0 ? [`${c.q ?? c.turns?.join(" / ")}: ${why.join("; ")}`] : [];
    });
    expect(misses).toEqual(misses.slice(0, Math.floor(cases.length * 0.05)));
  });
});
