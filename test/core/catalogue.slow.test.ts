import { describe, expect, it } from "vitest";
import { createCareerBot } from "../../src/bot";
import { syntheticWord, withSyntheticRoles } from "../../src/evaluation/synthetic";
import { bot } from "../helpers";

// phrases.test.ts checks the same at 1,000 roles in `test:unit`; this one builds 10,000 (about a second).
describe("a catalogue of 10,000 roles", () => {
  it("builds its indexes and still answers each role by name", () => {
    const start = performance.now();
    const big = createCareerBot(withSyntheticRoles(bot.data, 10_000));
    const buildMs = performance.now() - start;
    // Printed, not asserted: npm run bench measures the build; the sort count in phrases.test.ts guards against
    // quadratic indexing.
    console.log(`10,000 roles: indexes built in ${buildMs.toFixed(0)} ms`);
    expect(big.answer(`${syntheticWord(9_999)} specialist salary`).roles).toEqual(["synthetic-9999"]);
    expect(big.answer(`what does a ${syntheticWord(42)} systems specialist do`).roles).toEqual(["synthetic-42"]);
    expect(big.answer("lead ml architect salary").roles).toEqual(["lead-ml-architect"]);
  });
});
