import { expect } from "vitest";
import { bot } from "../helpers";

/**
 * One message asking three questions about one role. The expected answer comes from the core itself, so these
 * tests check that each platform shows every part, in order, and not what the parts say.
 */
export const THREE_PART_MESSAGE =
  "lead ml architect - what are the responsibilities, what's the avg pay, and what degree do they need?";

/** The titles the three parts carry, in order, after checking the core still splits the message as asked. */
export function threePartTitles(): string[] {
  const parts = bot.reply(THREE_PART_MESSAGE).answer.parts ?? [];
  expect(parts.map((p) => p.intent)).toEqual(["responsibilities", "salary", "qualifications"]);
  expect(parts.every((p) => p.roles.join() === "lead-ml-architect")).toBe(true);
  const titles = parts.map((p) => p.title);
  // Distinct, non-empty titles: otherwise "in order" would prove nothing.
  expect(new Set(titles).size).toBe(3);
  expect(titles.every((t) => t.length > 0)).toBe(true);
  return titles;
}
