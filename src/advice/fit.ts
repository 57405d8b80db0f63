import { DEGREE_LEVELS, type Degree, type Focus, type Role } from "../data/schema";
import { type Profile, toldYears, yearsTold } from "../intent/profile";
import { countMet, meetsSkill, skillRequirements, skillsHeld } from "./requirements";

/** How well a role suits someone, with the guide-based reasons behind the number. */
export interface RoleFitScore {
  role: Role;
  score: number;
  /** What speaks for the role: the guide's requirement set against what the person said, best argument first. */
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
// A field of its own (language, multimodal) tells two research roles apart: it outweighs what both expect.
const FOCUS_WEIGHT: Partial<Record<Focus, number>> = {
  building: 0.75,
  data: 0.5,
  cloud: 0.5,
  business: 0.25,
  language: 2,
  multimodal: 2,
};

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
  const met = countMet(roles, skillsHeld(profile));
  return roles.map((role, at) => scoreRole(role, profile, met[at] ?? 0, true)).sort((a, b) => b.score - a.score);
}

/**
 * The first `count` of `rankForProfile(roles, profile)` once `bonus` is added to each score and the list sorted again
 * (equal totals keep the ranking's order: the higher fit score, then the roles' order), with `score` the total.
 * Only those are explained: with 10,000 roles, writing every role's reasons and sorting them all took milliseconds.
 */
export function bestForProfile(
  roles: readonly Role[],
  profile: Profile,
  count: number,
  bonus?: (role: Role) => number,
): RoleFitScore[] {
  const met = countMet(roles, skillsHeld(profile));
  const kinds = fitKinds(roles);
  // Each kind's score without its skills, worked out for the first role of that kind.
  const scoreOfKind: number[] = [];
  type Entry = { index: number; fit: number; total: number };
  const best: Entry[] = [];
  // Whether a role comes before an entry: a higher total, then a higher fit score, then earlier in the list.
  const ahead = (index: number, fit: number, total: number, b: Entry) =>
    total > b.total || (total === b.total && (fit > b.fit || (fit === b.fit && index < b.index)));
  // A plain loop over numbers: with 10,000 roles, a callback or an object read per role cost more than the scoring.
  for (let index = 0; index < roles.length; index++) {
    const kind = kinds[index] as number;
    let base = scoreOfKind[kind];
    if (base === undefined) {
      base = fitScore(roles[index] as Role, profile, 0);
      scoreOfKind[kind] = base;
    }
    const skills = met[index] as number;
    // The skills are fitScore's last term, so adding them here gives its sum to the bit (none for a role without fit
    // requirements: kind 0 is the roles without them).
    const fit = kind !== NO_FIT && skills > 0 ? base + skillsWeight(skills) : base;
    const total = bonus ? fit + bonus(roles[index] as Role) : fit;
    const last = best[count - 1];
    if (best.length === count && last && !ahead(index, fit, total, last)) continue;
    let at = Math.min(best.length, count - 1);
    while (at > 0 && ahead(index, fit, total, best[at - 1] as Entry)) at--;
    best.splice(at, 0, { index, fit, total });
    best.length = Math.min(best.length, count);
  }
  return best.map(({ index, total }) => ({
    ...scoreRole(roles[index] as Role, profile, met[index] ?? 0, true),
    score: total,
  }));
}

/**
 * For each role of the list, a number shared by the roles whose fit requirements are alike: without reasons, a role's
 * score is its requirements' score plus its skills' (`fitScore`), so a ranking scores each kind once, not 10,000
 * roles one by one. Worked out once per list.
 */
function fitKinds(roles: readonly Role[]): Int32Array {
  const known = kindsByList.get(roles);
  if (known) return known;
  const kinds = new Int32Array(roles.length);
  roles.forEach((role, at) => {
    const requirements = JSON.stringify(role.fit ?? null);
    let kind = kindByRequirements.get(requirements);
    if (kind === undefined) {
      kind = kindByRequirements.size;
      kindByRequirements.set(requirements, kind);
    }
    kinds[at] = kind;
  });
  kindsByList.set(roles, kinds);
  return kinds;
}
const kindsByList = new WeakMap<readonly Role[], Int32Array>();
/** The kind of the roles without fit requirements, first of all. */
const NO_FIT = 0;
const kindByRequirements = new Map<string, number>([[JSON.stringify(null), NO_FIT]]);

/** The degree someone holds, or the higher one they are studying for. */
function headingFor(p: Profile): Degree | undefined {
  if (p.studyingFor && level(p.studyingFor) > level(p.degree ?? "none")) return p.studyingFor;
  return p.degree;
}

/** A role's score and, written only when asked for (most roles are never shown), the reasons behind it. */
function scoreRole(role: Role, p: Profile, met: number, explain: boolean): RoleFitScore {
  const reasons: Reason[] | undefined = explain ? [] : undefined;
  const score = fitScore(role, p, met, reasons);
  // Only what speaks for the role: "the guide asks for a Bachelor's; you mentioned no degree" is a shortfall, which
  // the gap lists, never a reason it fits.
  const forIt = (reasons ?? []).filter((r) => r.weight > 0);
  return { role, score, reasons: forIt.sort((a, b) => b.weight - a.weight).map((r) => r.text) };
}

interface Reason {
  weight: number;
  text: string;
}

interface Tally {
  score: number;
  why?: Reason[];
}

function note(tally: Tally, weight: number, text?: string | false): void {
  tally.score += weight;
  if (tally.why && text) tally.why.push({ weight, text });
}

/**
 * The score of a role for someone who meets `met` of its skill requirements (`countMet`). With `why`, each reason is
 * written to it too; without, no text is built (`why && ...`): a ranking of 10,000 roles explains three of them.
 */
function fitScore(role: Role, p: Profile, met: number, why?: Reason[]): number {
  const fit = role.fit;
  // A tally rather than a closure per role: ten thousand closures a ranking cost more than the scoring.
  const tally: Tally = { score: 0, why };
  if (!fit) return -10;
  const asked = role.qualifications.education[0] ?? "";

  // A degree being finished counts: it is where the person is heading. Reasons say which it is, held or studied.
  const degree = headingFor(p);
  const studying = degree !== undefined && degree !== p.degree;
  if (degree !== undefined) {
    const gap = level(fit.degree) - level(degree);
    if (gap > 0)
      note(tally, -3 * gap, why && `the guide asks for ${shortEducation(asked)}; ${theirDegree(degree, studying)}`);
    else if (fit.focus.includes("research") && degree === "phd")
      note(
        tally,
        2.5,
        studying ? "you are working on the Ph.D. research roles ask for" : "you have the Ph.D. research roles ask for",
      );
    else if (fit.focus.includes("research") && degree === "master")
      note(
        tally,
        1,
        studying
          ? "you are working on the graduate degree the guide asks for"
          : "your master's meets the guide's graduate degree",
      );
    else {
      note(tally, 0.5);
      // "BSc maths, 2 yrs teaching: which role can I start with?": a requirement they meet is told before a shared
      // interest, whatever it weighs in the score.
      why?.push({ weight: 1.2, text: `the guide asks for ${shortEducation(asked)}; ${theirDegree(degree, studying)}` });
    }
  } else if (level(fit.degree) > level("bachelor")) {
    note(tally, -1.5);
  }

  const years = relevantYears(role, p);
  const asks = fit.years;
  if (asks && asks.min > 0) {
    // A student or someone starting out who told no years is as far from a senior role as someone with none.
    if (years === undefined) note(tally, p.starter ? -3.5 : -1.5);
    else if (years >= asks.min) {
      const over = asks.max !== undefined && years > asks.max + 2;
      note(tally, over ? 0.5 : 2.5, why && `the guide asks for ${asks.source}; you have ${yearsTold(p, years)}`);
    } else
      note(
        tally,
        -3 * ((asks.min - years) / asks.min) - 0.5,
        why && `the guide asks for ${asks.source}; you have ${toldYears(p, years)}`,
      );
  } else if (asks) {
    // Entry level: up to `max` years, or someone starting out.
    // A nurse manager's six years are not years in tech: they start out here like anyone new.
    // Years of other tech work ("7 yrs sysadmin, no ML at all") start someone here too, once they said there was no ML.
    const tooSenior =
      (p.mlYears ?? 0) >= (asks.max ?? 3) || (!p.yearsOutsideTech && !p.noMlWork && (p.years ?? 0) >= 6);
    // A master's or Ph.D. student is starting out too, but toward the research roles that ask for that degree.
    const graduate = degree === "master" || degree === "phd";
    if (p.starter || (!tooSenior && (p.mlYears ?? 0) < (asks.max ?? 3))) {
      const starting = p.starter && !graduate;
      const mlYears = p.mlYears;
      note(
        tally,
        starting ? 3 : 1.5,
        starting
          ? "you are starting out, which is where this role sits"
          : // Only years they stated: no AI/ML work mentioned is not "0 years".
            why &&
              (mlYears === undefined
                ? `${entryLevel(asks.source)}; ${p.noMlWork ? "you said you haven't done AI/ML work yet" : "you didn't mention AI/ML work"}`
                : // ("8 months as an ai engineer": their words, not "0.6666666666666666 years".)
                  `${entryLevel(asks.source)}; you mentioned ${yearsTold(p, mlYears)} of AI/ML work`),
      );
    }
    if (tooSenior) note(tally, -2.5);
  }

  if (fit.leadershipYears !== undefined) {
    const led = p.leadYears;
    if (led !== undefined && led >= fit.leadershipYears)
      note(
        tally,
        3,
        why && `the guide asks for at least ${fit.leadershipYears} years leading; you have ${toldYears(p, led)}`,
      );
    else if (led !== undefined)
      note(
        tally,
        // "never led anyone": a requirement they say they lack weighs more than one they left unsaid.
        led === 0 ? -3.5 : -2,
        why && `the guide asks for at least ${fit.leadershipYears} years leading; you have ${toldYears(p, led)}`,
      );
    else note(tally, -2);
  }
  // "no ML at all": years of other work don't make someone a senior ML hire.
  if (p.noMlWork && asks && asks.min >= 3) note(tally, -5.5);
  // Years as a designer or a soldier, and no ML work told: not years toward a senior ML role either.
  else if (p.yearsOutsideTech && p.mlYears === undefined && asks && asks.min >= 3) note(tally, -3);
  const researchReady = fit.focus.includes("research") && level(degree ?? "none") >= level(fit.degree);
  if (p.starter && !(asks && asks.min === 0) && !researchReady) note(tally, -1.5);
  if (fit.publications)
    note(tally, p.publications ? 1.5 : 0, p.publications && "you have publications, which it expects");

  let shared = 0;
  for (const focus of p.interests) {
    if (!fit.focus.includes(focus)) continue;
    shared++;
    note(tally, FOCUS_WEIGHT[focus] ?? 1.5);
  }
  // What they want counts again: "I want to do research" leans further than "I did some NLP".
  for (const focus of p.wants ?? []) if (fit.focus.includes(focus)) note(tally, FOCUS_WEIGHT[focus] ?? 1.5);
  if (shared > 0 && why) {
    const named = p.interests.filter((i) => fit.focus.includes(i));
    why.push({ weight: 1, text: `its work matches what you said: ${named.join(", ")}` });
  }

  // Last, so a score without reasons is the requirements' score plus this (bestForProfile adds it itself).
  if (met > 0) {
    const labels = why && skillRequirements(role).filter((r) => meetsSkill(r, p));
    note(
      tally,
      skillsWeight(met),
      labels && `you already have ${labels.map((r) => r.label).join(", ")} from its skill list`,
    );
  }
  return tally.score;
}

/** What meeting `met` of a role's skill requirements adds to its score. */
function skillsWeight(met: number): number {
  return Math.min(1.5, met * 0.4);
}

function theirDegree(degree: Degree, studying: boolean): string {
  return studying ? `you are studying for ${degreeName(degree)}` : `you mentioned ${degreeName(degree)}`;
}

function entryLevel(source: string): string {
  return `the guide's entry level is ${source.replace(/^the guide's progression ladder: /, "")}`;
}

/** "a Master's or Ph.D." out of the guide's education line, or the line itself. */
export function shortEducation(line: string): string {
  return line.replace(/\s*\(.*\)\s*$/, "").replace(/\s+in\s+.*$/, "");
}
