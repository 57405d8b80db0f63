import { typicalPay, typicalPayFigure } from "../advice/criteria";
import { degreeName } from "../advice/fit";
import { type CareerData, DEGREE_LEVELS, type Role } from "../data/schema";
import type { Verdict } from "../intent/lexicon";
import { formatSalary, joinList } from "./format";

/** The first line of a comparison that asks for a verdict ("which pays more?"), and the roles in its order. */
export interface VerdictAnswer {
  line: string;
  ordered: Role[];
}

/** Seniority as the guide's requirements say it: years asked, years leading, degree level. */
function seniority(role: Role): number {
  const fit = role.fit;
  return (fit?.years?.min ?? 0) + (fit?.leadershipYears ?? 0) * 2 + DEGREE_LEVELS.indexOf(fit?.degree ?? "none");
}

const payOf = (role: Role) => {
  const figure = typicalPayFigure(role);
  if (!figure) return undefined;
  // "$105,000 a year (average salary (about)), range $78,000 - $139,000 a year": an average beside another role's
  // range is shown with its own range too, so like is set against like.
  const range =
    figure.value !== undefined
      ? role.salary?.figures.find((f) => f.min !== undefined && f.max !== undefined)
      : undefined;
  return `${formatSalary(figure)} (${figure.label.toLowerCase()})${range ? `, ${range.label.toLowerCase()} ${formatSalary(range)}` : ""}`;
};

/** Names the answer first, or says why the guide can't tell; rankings come sorted. */
export function verdictFor(roles: readonly Role[], verdict: Verdict, market?: CareerData["market"]): VerdictAnswer {
  if (verdict === "growth") return growthVerdict(roles, market);
  if (verdict === "pay_high" || verdict === "pay_low") return payVerdict(roles, verdict === "pay_high");
  if (verdict === "phd") return phdVerdict(roles);
  if (verdict === "no_phd") return noPhdVerdict(roles);
  if (verdict === "least_schooling") return schoolingVerdict(roles, "least");
  if (verdict === "most_schooling") return schoolingVerdict(roles, "most");
  const ordered = [...roles].sort((a, b) =>
    verdict === "senior" ? seniority(b) - seniority(a) : seniority(a) - seniority(b),
  );
  const [first] = ordered;
  const asks = (r: Role) =>
    r.fit?.years?.source ?? r.qualifications.experience[0] ?? r.qualifications.education[0] ?? "";
  return {
    ordered,
    line: `${first?.title} is the ${verdict === "senior" ? "more senior" : "more junior"} role by the guide's requirements: ${ordered
      .map((r) => `${r.title}: ${asks(r)}`)
      .join("; ")}.`,
  };
}

function payVerdict(roles: readonly Role[], highest: boolean): VerdictAnswer {
  const known = roles.filter((r) => typicalPay(r) !== undefined);
  const unknown = roles.filter((r) => typicalPay(r) === undefined);
  const ordered = [...known].sort((a, b) => ((typicalPay(b) ?? 0) - (typicalPay(a) ?? 0)) * (highest ? 1 : -1));
  const gap =
    unknown.length > 0 ? ` The guide doesn't give a salary figure for ${joinList(unknown.map((r) => r.title))}.` : "";
  if (ordered.length < 2) {
    // What the guide does say: the figure of the one role it gives one for.
    const [only] = ordered;
    return {
      ordered: [...ordered, ...unknown],
      line: `The guide can't tell which pays ${highest ? "more" : "less"}: it doesn't give a salary figure for ${joinList(unknown.map((r) => r.title))}.${only ? ` ${only.title}: ${payOf(only)}.` : ""}`,
    };
  }
  const [first, second] = ordered as [Role, Role];
  const line =
    ordered.length === 2
      ? `${first.title} pays ${highest ? "more" : "less"}: ${payOf(first)}, against ${payOf(second)} for ${second.title}.`
      : `By the guide's typical pay, ${highest ? "highest" : "lowest"} first: ${ordered.map((r) => `${r.title} (${payOf(r)})`).join("; ")}.`;
  return { ordered: [...ordered, ...unknown], line: `${line}${gap}` };
}

/** "which has better job growth?": the guide's growth figure of each role; the same figure is no winner. */
function growthVerdict(roles: readonly Role[], market: CareerData["market"] | undefined): VerdictAnswer {
  const growthOf = (r: Role) =>
    market?.figures.find((f) => r.market?.figureIds.includes(f.id) && /growth/.test(f.id) && !/market/.test(f.id));
  const known = roles.filter((r) => growthOf(r));
  const unknown = roles.filter((r) => !growthOf(r));
  const shown = known.map((r) => `${r.title}: ${growthOf(r)?.display} (${growthOf(r)?.period ?? "no period given"})`);
  const gap =
    unknown.length > 0 ? ` The guide gives no growth figure for ${joinList(unknown.map((r) => r.title))}.` : "";
  // "+22%" and "+22% employment" are the same figure.
  const displays = new Set(known.map((r) => /[\d.]+%/.exec(growthOf(r)?.display ?? "")?.[0]));
  const line =
    known.length < 2
      ? `The guide can't tell which grows faster: ${known.length === 1 ? `it gives a growth figure only for ${shown[0]}.` : "it gives no growth figure for these roles."}${gap}`
      : displays.size === 1
        ? `The guide can't tell which grows faster: it gives the same growth figure for both. ${shown.join("; ")}.${gap}`
        : `By the guide's growth figures: ${shown.join("; ")}.${gap}`;
  return { ordered: [...known, ...unknown], line };
}

function noPhdVerdict(roles: readonly Role[]): VerdictAnswer {
  const without = roles.filter((r) => r.fit?.degree !== "phd");
  const needs = roles.filter((r) => r.fit?.degree === "phd");
  const line =
    without.length === 0
      ? `Each of these asks for a Ph.D. in the guide: ${roles.map(educationOf).join("; ")}.`
      : `${joinList(without.map((r) => r.title))} ${without.length === 1 ? "is the one that doesn't ask" : "don't ask"} for a Ph.D.: ${[...without, ...needs].map(educationOf).join("; ")}.`;
  return { ordered: [...without, ...needs], line };
}

/** "Entry Level AI Engineer: Bachelor's degree in ...": a role and the first education line the guide gives it. */
function educationOf(r: Role): string {
  return `${r.title}: ${r.qualifications.education[0] ?? "no degree stated"}`;
}

/** "which needs the least schooling?", "which needs the higher degree?": the degree each asks for, in that order. */
function schoolingVerdict(roles: readonly Role[], end: "least" | "most"): VerdictAnswer {
  const level = (r: Role) => DEGREE_LEVELS.indexOf(r.fit?.degree ?? "phd");
  const ordered = [...roles].sort((a, b) => (end === "least" ? level(a) - level(b) : level(b) - level(a)));
  const first = ordered.filter((r) => level(r) === level(ordered[0] as Role));
  const degree = degreeName(ordered[0]?.fit?.degree ?? "phd");
  return {
    ordered,
    line: `The ${end} schooling: ${degree}, for ${joinList(first.map((r) => r.title))}. ${ordered.map(educationOf).join("; ")}.`,
  };
}

function phdVerdict(roles: readonly Role[]): VerdictAnswer {
  const needs = roles.filter((r) => r.fit?.degree === "phd");
  const others = roles.filter((r) => r.fit?.degree !== "phd");
  const line =
    needs.length === 0
      ? `None of these asks for a Ph.D. in the guide: ${roles.map(educationOf).join("; ")}.`
      : `${joinList(needs.map((r) => r.title))} ${needs.length === 1 ? "is the one that asks" : "ask"} for a Ph.D.: ${[...needs, ...others].map(educationOf).join("; ")}.`;
  return { ordered: [...needs, ...others], line };
}
