import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatSalary } from "../../src/answer/format";
import { renderPlainText } from "../../src/answer/plainText";
import {
  ADVICE_FIXTURES,
  answeredAdviceSet,
  answeredEvalSet,
  EVAL_FIXTURES,
  isFirstShard,
  type Shard,
  setsInShard,
} from "../fixtureAnswers";

const SOURCE = fileURLToPath(new URL("../../data/sources/aipathly-lead-ml-architect.txt", import.meta.url));

/** Every number an answer shows, as written ("$188,940" -> "188940", "37.3%" -> "37.3"). */
function numbersIn(text: string): string[] {
  return (text.replace(/,/g, "").match(/\d+(\.\d+)?/g) ?? []).filter((n) => n.length > 1 || Number(n) > 0);
}

/** The sums the asker wrote in words or thousands, in dollars: "150k" -> "150000", "half a million" -> "500000". */
function sumsIn(text: string): string[] {
  const lower = text.toLowerCase();
  const thousands = [...lower.matchAll(/(\d+(?:\.\d+)?)\s?k\b/g)].map((m) => Number(m[1]) * 1_000);
  const millions = [...lower.matchAll(/\b(\d+(?:\.\d+)?|a|one) million\b/g)].map(
    (m) => (m[1] === "a" || m[1] === "one" ? 1 : Number(m[1])) * 1_000_000,
  );
  const half = lower.includes("half a million") ? [500_000] : [];
  return [...thousands, ...millions, ...half].map(String);
}

/** The answers to this shard's sets; the first shard also checks how salaries are written. */
export function checkFigures(shard: Shard): void {
  describe("no invented figures: every number in every answer is in the source document", () => {
    const source = readFileSync(SOURCE, "utf8").replace(/,/g, "");
    // Each answer with what the asker typed: advice repeats their own numbers back ("you have 4 years").
    const answers = [
      ...setsInShard(EVAL_FIXTURES, shard)
        .flatMap(answeredEvalSet)
        .map(({ case: c, answer }) => ({ asked: c.q, text: renderPlainText(answer) })),
      ...setsInShard(ADVICE_FIXTURES, shard)
        .flatMap(answeredAdviceSet)
        .map(({ case: c, reply }) => ({
          asked: (c.turns ?? [c.q ?? ""]).join(" "),
          text: renderPlainText(reply.answer),
        })),
    ];

    it(`holds for the answers to ${answers.length} questions and conversations`, () => {
      const invented = new Set<string>();
      for (const { asked, text } of answers) {
        const theirs = new Set([...numbersIn(asked), ...sumsIn(asked)]);
        for (const n of numbersIn(text)) if (!source.includes(n) && !theirs.has(n)) invented.add(`${n} in "${asked}"`);
      }
      expect([...invented]).toEqual([]);
    });
  });

  if (!isFirstShard(shard)) return;
  describe("salaries read as Intl writes US dollars", () => {
    // format.ts writes them by hand (the first Intl formatter costs every start 15 ms); the text must not change.
    const intl = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
    it.each([0, 7, 999, 1000, 1499.5, 99_999.49, 185_000, 1_234_567, 1e9])("%d", (value) => {
      expect(formatSalary({ label: "x", period: "year", value })).toBe(`${intl.format(value)} a year`);
    });
    it("writes a range, an open range and a floor", () => {
      expect(formatSalary({ label: "x", period: "year", min: 120_000, max: 185_500 })).toBe(
        "$120,000 - $185,500 a year",
      );
      expect(formatSalary({ label: "x", period: "year", min: 200_000, max: 250_000, maxOpen: true })).toBe(
        "$200,000 - $250,000+ a year",
      );
      expect(formatSalary({ label: "x", period: "year", atLeast: 300_000 })).toBe("over $300,000 a year");
    });
  });
}
