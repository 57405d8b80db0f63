import type { CareerData, Role } from "../data/schema";

const SYLLABLES = ["zor", "bex", "qua", "lin", "mov", "tra", "pel", "vik", "dun", "sar", "mek", "tol"];

/** A made-up word, distinct for every n below 12^4 = 20,736. */
export function syntheticWord(n: number): string {
  return [n, n / 12, n / 144, n / 1728].map((x) => SYLLABLES[Math.floor(x) % 12]).join("");
}

/**
 * The data plus `count` synthetic roles with unique made-up names (copies of the first role otherwise), so the
 * vocabulary and alias index grow as a real catalogue would. For the bench and the indexing test.
 */
export function withSyntheticRoles(base: CareerData, count: number): CareerData {
  if (count > 20_736) throw new RangeError("at most 20,736 synthetic roles have unique names");
  const template = base.roles[0] as Role;
  const roles = Array.from({ length: count }, (_, n) => ({
    ...template,
    id: `synthetic-${n}`,
    title: `${syntheticWord(n)} Systems Specialist`,
    aliases: [`${syntheticWord(n)} specialist`, `${syntheticWord(n)} systems`],
    related: [],
  }));
  return { ...base, roles: [...base.roles, ...roles] };
}
