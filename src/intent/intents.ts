export const INTENTS = [
  "overview",
  "responsibilities",
  "skills",
  "qualifications",
  "career_path",
  "salary",
  "market",
  "best_practices",
  "challenges",
  "trends",
  "compare",
  "recommend",
  "skill_gap",
  "smalltalk",
  "list_roles",
  "help",
  /** A career question the guide does not answer (negotiating, interviews, roles it lacks): said plainly. */
  "not_covered",
  "unknown",
] as const;

export type Intent = (typeof INTENTS)[number];

/** Intents whose answer is about one role; asked with no role, they answer across all roles. */
export const ROLE_INTENTS = [
  "overview",
  "responsibilities",
  "skills",
  "qualifications",
  "career_path",
  "salary",
  "market",
] as const satisfies readonly Intent[];
export type RoleIntent = (typeof ROLE_INTENTS)[number];

export function isRoleIntent(intent: Intent): intent is RoleIntent {
  return (ROLE_INTENTS as readonly Intent[]).includes(intent);
}
