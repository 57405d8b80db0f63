import type { Role } from "../data/schema";
import type { SkillFamily } from "../intent/lexicon";
import type { Profile } from "../intent/profile";
import { findSkillTerms, type SkillTerm } from "../intent/skills";

/** One skill requirement of a role: met by any of its members ("TensorFlow or PyTorch"). */
export interface SkillRequirement {
  label: string;
  members: string[];
  /** A family requirement ("machine learning frameworks") is met by any skill of the family. */
  family?: SkillFamily;
  /** Years of ML work meet it ("machine learning algorithms"). */
  fromMlWork?: boolean;
}

/** Families whose members stand in for each other wherever the guide lists them. */
const INTERCHANGEABLE: ReadonlySet<SkillFamily> = new Set(["framework", "cloud", "math"]);
/** "Python, R, or Java", "such as Python, Java": the languages are alternatives, not a list of musts. */
const ALTERNATIVES = /\bor\b|such as|e\.g\./i;

/** Skill terms that name a whole family rather than one skill. */
const GENERIC_NAMES = new Set(["machine learning frameworks", "cloud platforms", "mathematics"]);

const cache = new WeakMap<Role, SkillRequirement[]>();

/** The skills and tools a role's lines name, grouped where the guide offers alternatives. */
export function skillRequirements(role: Role): SkillRequirement[] {
  const cached = cache.get(role);
  if (cached) return cached;
  const byLabel = new Map<string, SkillRequirement>();
  const add = (terms: SkillTerm[], family?: SkillFamily) => {
    if (terms.length === 0) return;
    // "TensorFlow or PyTorch", not "... or machine learning frameworks": the family name only when it is all there is.
    const specific = terms.filter((t) => !GENERIC_NAMES.has(t.name));
    const members = (specific.length > 0 ? specific : terms).map((t) => t.name);
    const label = members.join(" or ");
    // The same family named twice (technical skills and tools) is one requirement: keep the richer list.
    const existing = [...byLabel.values()].find(
      (r) => (family && r.family === family) || r.members.some((m) => members.includes(m)),
    );
    if (existing && existing.members.length >= members.length) return;
    if (existing) byLabel.delete(existing.label);
    byLabel.set(label, { label, members, family, fromMlWork: terms.every((t) => t.fromMlWork) || undefined });
  };
  for (const line of [...role.skills.technical, ...role.skills.tools]) {
    const terms = findSkillTerms(line);
    const grouped = new Map<SkillFamily, SkillTerm[]>();
    for (const term of terms) {
      const groups =
        term.family && (INTERCHANGEABLE.has(term.family) || (term.family === "language" && ALTERNATIVES.test(line)));
      if (groups && term.family) grouped.set(term.family, [...(grouped.get(term.family) ?? []), term]);
      else add([term]);
    }
    for (const [family, members] of grouped) add(members, family);
  }
  const result = [...byLabel.values()];
  cache.set(role, result);
  return result;
}

export function meetsSkill(requirement: SkillRequirement, profile: Profile): boolean {
  if (requirement.fromMlWork && (profile.mlYears ?? 0) >= 1) return true;
  return profile.skills.some(
    (s) =>
      requirement.members.includes(s.name) || (requirement.family !== undefined && s.family === requirement.family),
  );
}

/** Roles whose skills or tools name this term: "which role uses Kubernetes?". */
export function rolesUsing(roles: readonly Role[], term: SkillTerm): Role[] {
  return roles.filter((r) => skillRequirements(r).some((req) => req.members.includes(term.name)));
}
