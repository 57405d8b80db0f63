import { DEGREE_LEVELS, type Focus, type Role, type SalaryFigure } from "../data/schema";
import type { SkillTerm } from "../intent/skills";
import { usesSkill } from "./requirements";

/** The orders a ranking of the roles can take ("which pays most", "which needs the least experience"). */
export const RANK_ORDERS = ["pay_high", "pay_low", "years_low", "years_high"] as const;
export type RankOrder = (typeof RANK_ORDERS)[number];

/** What a "which role ..." question asks the roles to have. */
export interface Criterion {
  order?: RankOrder;
  /** "which role is the most senior?": ranked by years, but asked as rank in the org, not experience needed. */
  seniority?: boolean;
  degree?: "phd" | "master" | "bachelor";
  remote?: boolean;
  /** "which one wants pubs at top conferences?": roles whose experience asks for publications. */
  publications?: boolean;
  focus: Focus[];
  /** "I hate research", "not into on-call": kinds of work the asker turns down; roles built on them weigh less. */
  declined?: Focus[];
  /** "if i hate writing papers": roles whose experience asks for publications weigh less. */
  declinesPublications?: boolean;
  tools: SkillTerm[];
  /** Industries the question names ("in demand in healthcare"). */
  industries?: string[];
}

export function hasCriterion(c: Criterion): boolean {
  return (
    c.order !== undefined ||
    c.degree !== undefined ||
    c.remote === true ||
    c.publications === true ||
    c.focus.length > 0 ||
    (c.declined?.length ?? 0) > 0 ||
    c.declinesPublications === true ||
    c.tools.length > 0 ||
    (c.industries?.length ?? 0) > 0
  );
}

export interface CriterionMatch {
  role: Role;
  score: number;
}

/** Additional pay and top-earner floors are not what a role typically pays. */
/** A figure of what the role pays most people: not a top earner's floor, nor a bonus on top. */
export const isTypicalPay = (f: SalaryFigure) => f.atLeast === undefined && !/additional|bonus/i.test(f.label);

/** Each role's typical figure, found once: rankings by pay ask for it for every role, in every comparison. */
const typicalFigures = new WeakMap<Role, { figure: SalaryFigure | undefined }>();

/** The figure that says what a role typically pays: its average where the guide gives one, else its first range. */
export function typicalPayFigure(role: Role): SalaryFigure | undefined {
  const cached = typicalFigures.get(role);
  if (cached) return cached.figure;
  const figures = role.salary?.figures.filter(isTypicalPay) ?? [];
  const figure = figures.find((f) => /average/i.test(f.label)) ?? figures[0];
  typicalFigures.set(role, { figure });
  return figure;
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
  // Scores by position in the list: a Map keyed by role cost milliseconds with 10,000 roles.
  const scores = roles.map(() => 0);
  const add = (at: number, points: number) => {
    scores[at] = (scores[at] ?? 0) + points;
  };
  roles.forEach((role, at) => {
    const fit = role.fit;
    for (const focus of c.focus) if (fit?.focus.includes(focus)) add(at, focus === "building" ? 1 : 2);
    for (const focus of c.declined ?? []) if (fit?.focus.includes(focus)) add(at, -2);
    if (c.declinesPublications && publicationsLine(role)) add(at, -4);
    if (c.remote && fit?.remote) add(at, 4);
    if (c.publications && publicationsLine(role)) add(at, 4);
    if (c.degree && fit) {
      const asked = DEGREE_LEVELS.indexOf(fit.degree);
      const wanted = DEGREE_LEVELS.indexOf(c.degree);
      if (c.degree === "bachelor" ? asked <= wanted : asked >= wanted)
        add(at, 4 + (c.degree === "bachelor" ? 0 : asked - wanted));
    }
  });
  for (const tool of c.tools) {
    roles.forEach((role, at) => {
      if (usesSkill(role, tool)) add(at, 3);
    });
  }
  for (const industry of c.industries ?? []) {
    roles.forEach((role, at) => {
      if (whereTheyWork(role).includes(industry)) add(at, 2);
    });
  }
  const scoreOf = (at: number) => scores[at] ?? 0;
  const match = (at: number, score: number): CriterionMatch => ({ role: roles[at] as Role, score });

  if (c.order === "pay_high" || c.order === "pay_low") {
    // With an order every role is ranked: the catalogue's pay order, sorted once (see `payOrder`).
    const byPay = payOrder(roles, c.order);
    return byPay.map((at, i) => match(at, scoreOf(at) + byPay.length - i));
  }
  // ("which one if i hate writing papers": only what is turned down; every role is ranked by how little of it it has.)
  const onlyTurnedDown =
    scores.every((score) => score <= 0) && ((c.declined?.length ?? 0) > 0 || c.declinesPublications);
  const ranked = roles.map((_, at) => at).filter((at) => scoreOf(at) > 0 || c.order !== undefined || onlyTurnedDown);
  if (c.order === "years_low" || c.order === "years_high") {
    const seniority = (r: Role) =>
      (r.fit?.years?.min ?? (r.fit?.degree === "phd" ? 4 : r.fit?.degree === "master" ? 2 : 0)) +
      (r.fit?.leadershipYears ?? 0);
    const sign = c.order === "years_low" ? 1 : -1;
    ranked.sort(
      (a, b) => sign * (seniority(roles[a] as Role) - seniority(roles[b] as Role)) || scoreOf(b) - scoreOf(a),
    );
    return ranked.map((at, i) => match(at, scoreOf(at) + ranked.length - i));
  }
  // Stable: equal scores keep the roles' order.
  return ranked.map((at) => match(at, scoreOf(at))).sort((a, b) => b.score - a.score);
}

/**
 * The positions of the roles with a typical figure, by that figure (highest first for `pay_high`), equal pay in the
 * list's order; worked out once per list of roles: sorting 10,000 roles for every "which role pays the most?" took
 * milliseconds. The lists (the catalogue, a question's pick of it) and their roles are never changed.
 */
const payOrders = new WeakMap<readonly Role[], Partial<Record<"pay_high" | "pay_low", number[]>>>();

function payOrder(roles: readonly Role[], order: "pay_high" | "pay_low"): number[] {
  const orders = payOrders.get(roles) ?? {};
  payOrders.set(roles, orders);
  const cached = orders[order];
  if (cached) return cached;
  const pay = roles.map(typicalPay);
  const sign = order === "pay_high" ? -1 : 1;
  const sorted = roles
    .map((_, at) => at)
    .filter((at) => pay[at] !== undefined)
    .sort((a, b) => sign * ((pay[a] ?? 0) - (pay[b] ?? 0)));
  orders[order] = sorted;
  return sorted;
}

/** What the guide says about where a role works and where it is in demand, for industry questions. */
export function whereTheyWork(role: Role): string {
  return [...(role.market?.outlook ?? []), ...(role.workEnvironment ?? [])].join(" ").toLowerCase();
}

/** The line of a role's qualifications that asks for publications, if any. */
export function publicationsLine(role: Role): string | undefined {
  return [...role.qualifications.experience, ...role.qualifications.education].find((l) => /publication/i.test(l));
}
