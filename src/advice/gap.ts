import { DEGREE_LEVELS, type Role } from "../data/schema";
import type { Profile } from "../intent/profile";
import { degreeName, relevantYears } from "./fit";
import { meetsSkill, skillRequirements } from "./requirements";

/** What someone already meets of a role's requirements and what is missing, each line citing the guide. */
export interface SkillGap {
  meets: string[];
  missing: string[];
  /** Requirements we could not check because the person did not say. */
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
    if (p.degree === undefined) unknown.push(`Education: ${education}`);
    else if (DEGREE_LEVELS.indexOf(p.degree) >= DEGREE_LEVELS.indexOf(fit.degree)) {
      meets.push(
        `Education: ${degreeName(p.degree)}${p.studying ? " (once finished)" : ""}; the guide asks for ${education}`,
      );
    } else {
      missing.push(`Education: ${education}; you mentioned ${degreeName(p.degree)}`);
      steps.push(`a ${fit.degree === "phd" ? "Ph.D." : "Master's degree"}, which the guide asks for`);
    }
  }

  const asks = fit?.years;
  if (asks && asks.min > 0) {
    const years = relevantYears(role, p);
    const wording = `${asks.source}`;
    if (years === undefined) unknown.push(`Experience: ${wording}`);
    else if (years >= asks.min) meets.push(`Experience: ${years} years; the guide asks for ${wording}`);
    else {
      missing.push(`Experience: ${wording}; you have ${years}`);
      steps.push(
        `${asks.min - years} more year${asks.min - years === 1 ? "" : "s"} of ${asks.in === "ml" ? "AI/ML" : "hands-on"} work`,
      );
    }
  }
  if (fit?.leadershipYears !== undefined) {
    const line = role.qualifications.experience.find((e) => /leadership/i.test(e)) ?? "technical leadership";
    if (p.leadYears === undefined && p.leads) {
      unknown.push(`Leadership: ${line}; you lead now, but didn't say for how long`);
    } else if (p.leadYears === undefined) {
      missing.push(`Leadership: ${line}; you didn't mention leading a team`);
      steps.push("a technical leadership role, such as leading a project or mentoring engineers");
    } else if (p.leadYears >= fit.leadershipYears)
      meets.push(`Leadership: ${p.leadYears} years; the guide asks for ${line}`);
    else {
      missing.push(`Leadership: ${line}; you have ${p.leadYears}`);
      steps.push("more time in technical leadership: lead a project or mentor engineers");
    }
  }
  // "Experience deploying ML solutions into production": shown by deployment work the person mentions.
  const production = role.qualifications.experience.find((e) => /production|deploy/i.test(e));
  if (production) {
    if (p.interests.includes("deployment")) meets.push(`Experience: ${production}`);
    else {
      missing.push(`Experience: ${production}`);
      steps.push("hands-on work deploying ML solutions into production");
    }
  }
  if (fit?.publications) {
    const line = role.qualifications.experience[0] ?? "publications";
    if (p.publications) meets.push(`Research: publications; the guide asks for ${line}`);
    else {
      missing.push(`Research: ${line}`);
      steps.push("a research record: publications in top-tier conferences");
    }
  }

  // What they said they lack comes first: it is what they asked about.
  const said = (r: { members: string[] }) => r.members.some((m) => p.lacks?.includes(m));
  const requirements = [...skillRequirements(role)].sort((a, b) => Number(said(b)) - Number(said(a)));
  for (const requirement of requirements) {
    if (meetsSkill(requirement, p)) {
      const have = p.skills.find((s) => requirement.members.includes(s.name) || s.family === requirement.family);
      meets.push(
        `Skill: ${requirement.label}${have && !requirement.members.includes(have.name) ? ` (you know ${have.name})` : ""}`,
      );
    } else {
      missing.push(`Skill: ${requirement.label}`);
      steps.push(requirement.label);
    }
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
    ? `Start with ${first}: it is the first requirement in the guide's list for this role that you did not mention.`
    : "You meet every requirement the guide lists that you told me about; the next step is applying.";
  return { meets, missing, unknown, worth, nextStep };
}
