import { DEGREE_LEVELS, type Focus, type Role, type SalaryFigure } from "../data/schema";
import type { SkillTerm } from "../intent/skills";
import { rolesUsing } from "./requirements";

/** What a "which role ..." question asks the roles to have. */
export interface Criterion {
  order?: "pay_high" | "pay_low" | "years_low" | "years_high";
  degree?: "phd" | "master" | "bachelor";
  remote?: boolean;
  focus: Focus[];
  tools: SkillTerm[];
  /** Industries the question names ("in demand in healthcare"). */
  industries?: string[];
}

export function hasCriterion(c: Criterion): boolean {
  return (
    c.order !== undefined ||
    c.degree !== undefined ||
    c.remote === true ||
    c.focus.length > 0 ||
    c.tools.length > 0 ||
    (c.industries?.length ?? 0) > 0
  );
}

export interface CriterionMatch {
  role: Role;
  score: number;
}

/** Additional pay and top-earner floors are not what a role typically pays. */
const isTypicalPay = (f: SalaryFigure) => f.atLeast === undefined && !/additional|bonus/i.test(f.label);

/** The figure that says what a role typically pays: its average where the guide gives one, else its first range. */
export function typicalPayFigure(role: Role): SalaryFigure | undefined {
  const figures = role.salary?.figures.filter(isTypicalPay) ?? [];
  return figures.find((f) => /average/i.test(f.label)) ?? figures[0];
}

/** The pay a role typically gets per the guide, for ordering roles (the middle of a range; never shown). */
export function typicalPay(role: Role): number | undefined {
  const pick = typicalPayFigure(role);
  if (!pick) return undefined;
  if (pick.value !== undefined) return pick.value;
  if (pick.min !== undefined && pick.max !== undefined) return (pick.min + pick.max) / 2;
  return undefined;
}

/** Roles ranked by how well they meet the criterion, best first; roles that meet none of it are left out. */
export function rankByCriterion(roles: readonly Role[], c: Criterion): CriterionMatch[] {
  const scores = new Map<Role, number>(roles.map((r) => [r, 0]));
  const add = (role: Role, points: number) => scores.set(role, (scores.get(role) ?? 0) + points);
  for (const role of roles) {
    const fit = role.fit;
    for (const focus of c.focus) if (fit?.focus.includes(focus)) add(role, focus === "building" ? 1 : 2);
    if (c.remote && fit?.remote) add(role, 4);
    if (c.degree && fit) {
      const asked = DEGREE_LEVELS.indexOf(fit.degree);
      const wanted = DEGREE_LEVELS.indexOf(c.degree);
      if (c.degree === "bachelor" ? asked <= wanted : asked >= wanted)
        add(role, 4 + (c.degree === "bachelor" ? 0 : asked - wanted));
    }
  }
  for (const tool of c.tools) for (const role of rolesUsing(roles, tool)) add(role, 3);
  for (const industry of c.industries ?? []) {
    for (const role of roles) if (whereTheyWork(role).includes(industry)) add(role, 2);
  }

  let ranked = roles.filter((r) => (scores.get(r) ?? 0) > 0 || c.order !== undefined);
  if (c.order === "pay_high" || c.order === "pay_low") {
    // Each role's pay once, not once per comparison.
    const pay = new Map(ranked.map((r) => [r, typicalPay(r)]));
    ranked = ranked.filter((r) => pay.get(r) !== undefined);
    const sign = c.order === "pay_high" ? -1 : 1;
    ranked.sort((a, b) => sign * ((pay.get(a) ?? 0) - (pay.get(b) ?? 0)));
    return ranked.map((role, i) => ({ role, score: (scores.get(role) ?? 0) + ranked.length - i }));
  }
  if (c.order === "years_low" || c.order === "years_high") {
    const seniority = (r: Role) =>
      (r.fit?.years?.min ?? (r.fit?.degree === "phd" ? 4 : r.fit?.degree === "master" ? 2 : 0)) +
      (r.fit?.leadershipYears ?? 0);
    const sign = c.order === "years_low" ? 1 : -1;
    ranked.sort((a, b) => sign * (seniority(a) - seniority(b)) || (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
    return ranked.map((role, i) => ({ role, score: (scores.get(role) ?? 0) + ranked.length - i }));
  }
  return (
    ranked
      .map((role) => ({ role, score: scores.get(role) ?? 0 }))
      // Stable: equal scores keep the roles' order (\`ranked\` is in it), without an O(n) indexOf per comparison.
      .sort((a, b) => b.score - a.score)
  );
}

/** What the guide says about where a role works and where it is in demand, for industry questions. */
export function whereTheyWork(role: Role): string {
  return [...(role.market?.outlook ?? []), ...(role.workEnvironment ?? [])].join(" ").toLowerCase();
}
