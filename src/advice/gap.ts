import { DEGREE_LEVELS, type Role } from "../data/schema";
import { type Profile, toldYears, yearsTold } from "../intent/profile";
import { escapeRegExp } from "../text/regex";
import { degreeName, relevantYears } from "./fit";
import { meetsSkill, skillRequirements } from "./requirements";

/** The degree to get, named as a next step, by the lowest degree a role takes. */
const DEGREE_STEP: Partial<Record<(typeof DEGREE_LEVELS)[number], string>> = {
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  phd: "Ph.D.",
};

/**
 * What someone already meets of a role's requirements and what is missing, each line citing the guide. Only what
 * the person said counts: "meets" needs a stated fact, "missing" a stated lack or a stated fact that falls short;
 * everything else is "not mentioned", never assumed either way.
 */
export interface SkillGap {
  meets: string[];
  missing: string[];
  /** Requirements the person did not mention: listed apart, briefly. */
  unknown: string[];
  /** Not required, but the guide says they help: preferred degrees, certifications. */
  worth: string[];
  nextStep: string;
}

export function skillGap(role: Role, p: Profile): SkillGap {
  const meets: string[] = [];
  const missing: string[] = [];
  const unknown: string[] = [];
  const steps: string[] = [];
  const fit = role.fit;
  const education = role.qualifications.education[0];

  if (education && fit) {
    const held = p.degree;
    const studying = p.studyingFor && DEGREE_LEVELS.indexOf(p.studyingFor) > DEGREE_LEVELS.indexOf(held ?? "none");
    if (held !== undefined && DEGREE_LEVELS.indexOf(held) >= DEGREE_LEVELS.indexOf(fit.degree)) {
      meets.push(`Education: ${degreeName(held)}; the guide asks for ${education}`);
    } else if (studying && p.studyingFor && DEGREE_LEVELS.indexOf(p.studyingFor) >= DEGREE_LEVELS.indexOf(fit.degree)) {
      missing.push(
        `Education: ${education}; you're still studying for ${degreeName(p.studyingFor)}, which meets it once finished`,
      );
      // ("finishing the Ph.D. you're studying for": not "your Ph.D.", which reads as one held.)
      steps.push(`finishing the ${degreeName(p.studyingFor).replace(/^an? /, "")} you're studying for`);
    } else if (held !== undefined) {
      missing.push(`Education: ${education}; you mentioned ${degreeName(held)}`);
      // ("no degree" against "Bachelor's or Master's": the lowest degree the guide takes is the step.)
      steps.push(`a ${DEGREE_STEP[fit.degree] ?? "degree"}, which the guide asks for`);
    } else unknown.push(`Education: ${education}`);
  }

  const asks = fit?.years;
  if (asks && asks.min > 0) {
    const years = relevantYears(role, p);
    const wording = `${asks.source}`;
    // "no ML yet": years in AI/ML the guide asks for are missing by their own words, not merely unmentioned.
    if (years === undefined && asks.in === "ml" && p.noMlWork) {
      missing.push(`Experience: ${wording}; you said you have no ML work yet`);
      steps.push(`${asks.min} years of AI/ML work`);
    } else if (years === undefined && asks.in === "ml" && p.years !== undefined && p.years < asks.min) {
      // "2 saal data analyst job" against "3-5 years in AI": fewer years of any work than the AI years asked.
      missing.push(`Experience: ${wording}; you mentioned ${yearsTold(p, p.years)} of work in all`);
      steps.push(`more AI/ML work, toward the ${asks.min} years the guide asks for`);
    } else if (years === undefined) unknown.push(`Experience: ${wording}`);
    else if (years >= asks.min) meets.push(`Experience: ${yearsTold(p, years)}; the guide asks for ${wording}`);
    else if (p.yearsOutsideTech && p.mlYears === undefined) {
      // "20 yrs in logistics": their years are real, just not the kind the guide counts. Never "you mentioned 0".
      const told =
        p.years !== undefined ? `the ${yearsTold(p, p.years)} you mentioned were` : "the work you mentioned was";
      missing.push(`Experience: ${wording}; ${told} outside tech`);
      steps.push(`${asks.min} years of ${asks.in === "ml" ? "AI/ML" : "hands-on"} work`);
    } else {
      missing.push(`Experience: ${wording}; you mentioned ${toldYears(p, years)}`);
      const more = asks.min - years;
      const kind = asks.in === "ml" ? "AI/ML" : "hands-on";
      // "18 months" against "5+ years": a difference of 3.5 is a number they never said; name the target instead.
      steps.push(
        Number.isInteger(more)
          ? `${more} more year${more === 1 ? "" : "s"} of ${kind} work`
          : `more ${kind} work, toward the ${asks.min} years the guide asks for`,
      );
    }
  }
  if (fit?.leadershipYears !== undefined) {
    const line = role.qualifications.experience.find((e) => /leadership/i.test(e)) ?? "technical leadership";
    if (p.leadYears === undefined && p.leads) {
      unknown.push(`Leadership: ${line}; you lead now, but didn't say for how long`);
    } else if (p.leadYears === undefined) {
      unknown.push(`Leadership: ${line}`);
    } else if (p.leadYears >= fit.leadershipYears)
      meets.push(`Leadership: ${yearsTold(p, p.leadYears)}; the guide asks for ${line}`);
    else {
      // "never led a team", "nunca liderei": no number of years was said, and none is quoted back.
      missing.push(
        `Leadership: ${line}; ${p.leadYears === 0 ? "you said you haven't led a team" : `you mentioned ${toldYears(p, p.leadYears)}`}`,
      );
      steps.push("more time in technical leadership: lead a project or mentor engineers");
    }
  }
  // "Experience deploying ML solutions into production": shown by deployment work beside ML work the person tells;
  // Docker and Kubernetes alone are deployment, not of ML ("0 years of ML tho" is none of it).
  const production = role.qualifications.experience.find((e) => /production|deploy/i.test(e));
  if (production) {
    if (p.noMlWork || p.mlYears === 0) missing.push(`Experience: ${production}; you said you haven't done ML work yet`);
    else if (p.interests.includes("deployment") && (p.mlYears ?? 0) > 0) meets.push(`Experience: ${production}`);
    else unknown.push(`Experience: ${production}`);
  }
  if (fit?.publications) {
    const line = role.qualifications.experience[0] ?? "publications";
    if (p.publications) meets.push(`Research: publications; the guide asks for ${line}`);
    else unknown.push(`Research: ${line}`);
  }

  // What they said they lack comes first: it is what they asked about.
  const said = (r: { members: string[] }) => r.members.some((m) => p.lacks?.includes(m));
  const requirements = [...skillRequirements(role)].sort((a, b) => Number(said(b)) - Number(said(a)));
  const notMentioned: string[] = [];
  for (const requirement of requirements) {
    if (meetsSkill(requirement, p)) {
      const have = p.skills.find(
        (s) =>
          requirement.members.includes(s.name) || (requirement.family !== undefined && s.family === requirement.family),
      );
      meets.push(
        `Skill: ${requirement.label}${
          !have
            ? " (from the ML work you mentioned)"
            : !requirement.members.includes(have.name)
              ? ` (you know ${have.name})`
              : ""
        }`,
      );
    } else if (said(requirement)) {
      missing.push(`Skill: ${requirement.label} (you said you don't have it yet)`);
      steps.push(requirement.label);
    } else notMentioned.push(requirement.label);
  }
  if (notMentioned.length > 0) unknown.push(`Skills: ${notMentioned.join("; ")}`);
  // "never done any deep learning": a lack no requirement above checks, which the role's own lines name.
  for (const lack of p.lacks ?? []) {
    if (requirements.some((r) => r.members.includes(lack))) continue;
    const line = lineNaming(role, lack);
    if (!line) continue;
    missing.push(`${capitalized(lack)}: you said you haven't done it yet; the guide says: ${line}`);
    steps.push(lack);
  }
  // Preferred degrees and certifications: not required, worth having.
  const worth: string[] = [];
  const preferred = role.qualifications.education.slice(1).find((e) => /preferred/i.test(e));
  if (preferred && (p.degree === undefined || DEGREE_LEVELS.indexOf(p.degree) < DEGREE_LEVELS.indexOf("master")))
    worth.push(/preferred/i.test(preferred) ? preferred : `Preferred: ${preferred}`);
  const certifications = role.qualifications.certifications;
  if (certifications.length > 0) worth.push(`Optional: ${certifications[0]}`);

  const first = steps[0];
  const nextStep = first
    ? `Start with ${first}: it is the first requirement in the guide's list for this role that you fall short of by what you told me.`
    : unknown.length > 0
      ? "You meet every requirement you told me about. Check yourself against the ones you didn't mention: the first of those you don't have yet is the place to start."
      : "You meet every requirement the guide lists; the next step is applying.";
  return { meets, missing, unknown, worth, nextStep };
}

/** The first of a role's duties and skill lines that names `term` as a word ("deep learning techniques"). */
function lineNaming(role: Role, term: string): string | undefined {
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, "iu");
  const lines = [...role.responsibilities.flatMap((g) => g.items), ...role.skills.technical, ...role.skills.tools];
  return lines.find((line) => word.test(line));
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
