import { DEGREE_LEVELS, type Degree, type Focus, type Role } from "../data/schema";
import type { Profile } from "../intent/profile";
import { meetsSkill, skillRequirements } from "./requirements";

/** How well a role suits someone, with the guide-based reasons behind the number. */
export interface RoleFitScore {
  role: Role;
  score: number;
  /** Statements comparing the guide's requirement with what the person said, best argument first. */
  reasons: string[];
}

const level = (degree: Degree) => DEGREE_LEVELS.indexOf(degree);
const DEGREE_NAMES: Record<Degree, string> = {
  none: "no degree",
  bachelor: "a bachelor's",
  master: "a master's",
  phd: "a Ph.D.",
};
export const degreeName = (degree: Degree) => DEGREE_NAMES[degree];

/** Weight of one matching interest; the specific ones say more than "building". */
const FOCUS_WEIGHT: Partial<Record<Focus, number>> = { building: 0.75, data: 0.5, cloud: 0.5, business: 0.25 };

/** Experience that counts toward a role: years in ML where the guide asks for ML years, any years otherwise. */
export function relevantYears(role: Role, profile: Profile): number | undefined {
  if (!role.fit?.years) return undefined;
  if (role.fit.years.in === "ml") return profile.mlYears;
  // A nurse's ten years are not the software or data work the guide counts.
  return profile.yearsOutsideTech ? (profile.mlYears ?? 0) : profile.years;
}

/** Scores every role against a profile by the guide's degree, experience, leadership and focus requirements. */
export function rankForProfile(roles: readonly Role[], profile: Profile): RoleFitScore[] {
  // Array sort is stable, so equal scores keep the roles' order (a tie-break by indexOf made 10,000 roles quadratic).
  return roles.map((role) => scoreRole(role, profile)).sort((a, b) => b.score - a.score);
}

/** The degree someone holds, or the higher one they are studying for. */
function headingFor(p: Profile): Degree | undefined {
  if (p.studyingFor && level(p.studyingFor) > level(p.degree ?? "none")) return p.studyingFor;
  return p.degree;
}

function scoreRole(role: Role, p: Profile): RoleFitScore {
  const fit = role.fit;
  const reasons: { weight: number; text: string }[] = [];
  let score = 0;
  const note = (weight: number, text?: string) => {
    score += weight;
    if (text) reasons.push({ weight, text });
  };
  if (!fit) return { role, score: -10, reasons: [] };
  const asked = role.qualifications.education[0] ?? "";

  // A degree being finished counts: it is where the person is heading. Reasons say which it is, held or studied.
  const degree = headingFor(p);
  const studying = degree !== undefined && degree !== p.degree;
  if (degree !== undefined) {
    const gap = level(fit.degree) - level(degree);
    const theirs = studying ? `you are studying for ${degreeName(degree)}` : `you mentioned ${degreeName(degree)}`;
    if (gap > 0) note(-3 * gap, `the guide asks for ${shortEducation(asked)}; ${theirs}`);
    else if (fit.focus.includes("research") && degree === "phd")
      note(
        2.5,
        studying ? "you are working on the Ph.D. research roles ask for" : "you have the Ph.D. research roles ask for",
      );
    else if (fit.focus.includes("research") && degree === "master")
      note(
        1,
        studying
          ? "you are working on the graduate degree the guide asks for"
          : "your master's meets the guide's graduate degree",
      );
    else note(0.5);
  } else if (level(fit.degree) > level("bachelor")) {
    note(-1.5);
  }

  const years = relevantYears(role, p);
  const asks = fit.years;
  if (asks && asks.min > 0) {
    if (years === undefined) note(-1.5);
    else if (years >= asks.min) {
      const over = asks.max !== undefined && years > asks.max + 2;
      note(over ? 0.5 : 2.5, `the guide asks for ${asks.source}; you have ${years} years`);
    } else note(-3 * ((asks.min - years) / asks.min) - 0.5, `the guide asks for ${asks.source}; you have ${years}`);
  } else if (asks) {
    // Entry level: up to `max` years, or someone starting out.
    const tooSenior = (p.mlYears ?? 0) >= (asks.max ?? 3) || (p.years ?? 0) >= 6;
    // A master's or Ph.D. student is starting out too, but toward the research roles that ask for that degree.
    const graduate = degree === "master" || degree === "phd";
    if (p.starter || (!tooSenior && (p.mlYears ?? 0) < (asks.max ?? 3))) {
      const starting = p.starter && !graduate;
      const mlYears = p.mlYears;
      const level = `the guide's entry level is ${asks.source.replace(/^the guide's progression ladder: /, "")}`;
      note(
        starting ? 3 : 1.5,
        starting
          ? "you are starting out, which is where this role sits"
          : // Only years they stated: no AI/ML work mentioned is not "0 years".
            mlYears === undefined
            ? `${level}; you didn't mention AI/ML work`
            : `${level}; you mentioned ${mlYears} year${mlYears === 1 ? "" : "s"} of AI/ML work`,
      );
    }
    if (tooSenior) note(-2.5);
  }

  if (fit.leadershipYears !== undefined) {
    const led = p.leadYears;
    if (led !== undefined && led >= fit.leadershipYears)
      note(3, `the guide asks for at least ${fit.leadershipYears} years leading; you have ${led}`);
    else if (led !== undefined)
      note(-2, `the guide asks for at least ${fit.leadershipYears} years leading; you have ${led}`);
    else note(-2);
  }
  const researchReady = fit.focus.includes("research") && level(degree ?? "none") >= level(fit.degree);
  if (p.starter && !(asks && asks.min === 0) && !researchReady) note(-1.5);
  if (fit.publications)
    note(p.publications ? 1.5 : 0, p.publications ? "you have publications, which it expects" : undefined);

  const shared = p.interests.filter((i) => fit.focus.includes(i));
  for (const focus of shared) note(FOCUS_WEIGHT[focus] ?? 1.5);
  // What they want counts again: "I want to do research" leans further than "I did some NLP".
  for (const focus of p.wants ?? []) if (fit.focus.includes(focus)) note(FOCUS_WEIGHT[focus] ?? 1.5);
  if (shared.length > 0) reasons.push({ weight: 1, text: `its work matches what you said: ${shared.join(", ")}` });

  const requirements = skillRequirements(role);
  const met = requirements.filter((r) => meetsSkill(r, p));
  if (requirements.length > 0 && met.length > 0) {
    note(Math.min(1.5, met.length * 0.4), `you already have ${met.map((r) => r.label).join(", ")} from its skill list`);
  }
  return { role, score, reasons: reasons.sort((a, b) => b.weight - a.weight).map((r) => r.text) };
}

/** "a Master's or Ph.D." out of the guide's education line, or the line itself. */
export function shortEducation(line: string): string {
  return line.replace(/\s*\(.*\)\s*$/, "").replace(/\s+in\s+.*$/, "");
}
