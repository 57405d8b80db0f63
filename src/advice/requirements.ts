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

/** What `meetsSkill` reads of a profile, once for checking many roles. */
export interface SkillsHeld {
  names: readonly string[];
  families: readonly SkillFamily[];
  mlWork: boolean;
}

export function skillsHeld(profile: Profile): SkillsHeld {
  const families = profile.skills.map((s) => s.family).filter((f): f is SkillFamily => f !== undefined);
  return {
    names: [...new Set(profile.skills.map((s) => s.name))],
    families: [...new Set(families)],
    mlWork: (profile.mlYears ?? 0) >= 1,
  };
}

/** Roles and, as bits, which of their requirements (by position) one skill name or family meets. */
interface Postings {
  roles: number[];
  bits: number[];
}

/** Over one list of roles (the data's own, so once per load): who meets what, by skill name and family. */
interface CatalogueIndex {
  byName: Map<string, Postings>;
  byFamily: Map<SkillFamily, Postings>;
  fromMlWork: Postings;
  /** Roles with more requirements than bits in a number: counted one by one. */
  wide: number[];
}
const catalogues = new WeakMap<readonly Role[], CatalogueIndex>();
const BITS = 32;

function catalogueIndex(roles: readonly Role[]): CatalogueIndex {
  const cached = catalogues.get(roles);
  if (cached) return cached;
  const index: CatalogueIndex = {
    byName: new Map(),
    byFamily: new Map(),
    fromMlWork: { roles: [], bits: [] },
    wide: [],
  };
  const post = (postings: Postings, role: number, bit: number) => {
    // A role's entries are added together, so its entry, if any, is the last one.
    const last = postings.roles.length - 1;
    if (postings.roles[last] === role) postings.bits[last] = (postings.bits[last] as number) | bit;
    else {
      postings.roles.push(role);
      postings.bits.push(bit);
    }
  };
  const postingsOf = <K>(map: Map<K, Postings>, key: K) => {
    const found = map.get(key);
    if (found) return found;
    const postings: Postings = { roles: [], bits: [] };
    map.set(key, postings);
    return postings;
  };
  roles.forEach((role, at) => {
    const requirements = skillRequirements(role);
    if (requirements.length > BITS) {
      index.wide.push(at);
      return;
    }
    requirements.forEach((r, position) => {
      const bit = 1 << position;
      for (const member of r.members) post(postingsOf(index.byName, member), at, bit);
      if (r.family !== undefined) post(postingsOf(index.byFamily, r.family), at, bit);
      if (r.fromMlWork) post(index.fromMlWork, at, bit);
    });
  });
  catalogues.set(roles, index);
  return index;
}

/**
 * For each role of the list, how many of its requirements `meetsSkill` counts as met: gathered from the few skills
 * the person has, each looked up once for the whole list, rather than checking every requirement of every role
 * (over 100,000 checks with 10,000 roles, most of a ranking's time).
 */
export function countMet(roles: readonly Role[], held: SkillsHeld): Uint8Array {
  const index = catalogueIndex(roles);
  const met = new Int32Array(roles.length);
  const mark = (postings: Postings | undefined) => {
    if (!postings) return;
    for (let i = 0; i < postings.roles.length; i++) {
      const role = postings.roles[i] as number;
      met[role] = (met[role] as number) | (postings.bits[i] as number);
    }
  };
  if (held.mlWork) mark(index.fromMlWork);
  for (const name of held.names) mark(index.byName.get(name));
  for (const family of held.families) mark(index.byFamily.get(family));
  const counts = new Uint8Array(roles.length);
  for (let i = 0; i < met.length; i++) counts[i] = bitCount(met[i] as number);
  for (const at of index.wide) {
    const role = roles[at] as Role;
    counts[at] = Math.min(255, skillRequirements(role).filter((r) => meetsHeld(r, held)).length);
  }
  return counts;
}

/** `meetsSkill`, against skills gathered once. */
function meetsHeld(requirement: SkillRequirement, held: SkillsHeld): boolean {
  if (requirement.fromMlWork && held.mlWork) return true;
  return (
    requirement.members.some((m) => held.names.includes(m)) ||
    (requirement.family !== undefined && held.families.includes(requirement.family))
  );
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** Roles whose skills or tools name this term: "which role uses Kubernetes?". */
export function rolesUsing(roles: readonly Role[], term: SkillTerm): Role[] {
  return roles.filter((r) => usesSkill(r, term));
}

/** Whether a role's skills or tools name this term. */
export function usesSkill(role: Role, term: SkillTerm): boolean {
  return skillRequirements(role).some((req) => req.members.includes(term.name));
}
