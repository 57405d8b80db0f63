import type { CareerData, Role } from "../data/schema";
import type { RoleIntent } from "../intent/intents";
import {
  firstSentence,
  formatSalary,
  joinList,
  listedRoles,
  marketFiguresById,
  salaryFigures,
  withArticle,
} from "./format";
import { GENERAL_ML_PAY } from "./narrow";
import { generalMarket, NO_TOPICS } from "./topicAnswers";
import type { Answer, Section } from "./types";

type RoleAnswerBuilder = (role: Role, data: CareerData) => Answer;

function answer(
  intent: RoleIntent,
  role: Role,
  title: string,
  summary: string,
  sections: Section[],
  extra: Partial<Answer> = {},
): Answer {
  return {
    intent,
    roles: [role.id],
    title,
    summary,
    sections: sections.filter((s) => s.lines.length > 0),
    figures: [],
    followUps: followUpsFor(intent, role),
    ...extra,
  };
}

function followUpsFor(intent: RoleIntent, role: Role): string[] {
  const name = role.title;
  const all: [RoleIntent, string][] = [
    ["salary", `What does ${withArticle(name)} earn?`],
    ["skills", `What skills does ${withArticle(name)} need?`],
    ["qualifications", `What degree does ${withArticle(name)} need?`],
    ["career_path", `How do I become ${withArticle(name)}?`],
    ["responsibilities", `What does ${withArticle(name)} do?`],
    ["market", `What is the job outlook for ${withArticle(name)}?`],
  ];
  return all
    .filter(([i]) => i !== intent)
    .slice(0, 3)
    .map(([, q]) => q);
}

const overview: RoleAnswerBuilder = (role, data) => {
  const headline = role.salary?.figures[0];
  const glance = [
    role.seniority && `Level: ${role.seniority}`,
    role.qualifications.education[0] && `Education: ${role.qualifications.education[0]}`,
    role.qualifications.experience[0] && `Experience: ${role.qualifications.experience[0]}`,
    headline
      ? `Pay: ${headline.label.toLowerCase()} ${formatSalary(headline)}`
      : "Pay: the guide doesn't give a salary figure for this role",
  ].filter((line): line is string => Boolean(line));
  return answer(
    "overview",
    role,
    role.title,
    role.overview,
    [
      { heading: "At a glance", lines: glance },
      { heading: "Main responsibilities", lines: role.responsibilities[0]?.items.slice(0, 4) ?? [] },
      { heading: "Where they work", lines: role.workEnvironment ?? [] },
    ],
    { figures: headline ? salaryFigures(role, data).slice(0, 1) : [] },
  );
};

const responsibilities: RoleAnswerBuilder = (role) =>
  answer(
    "responsibilities",
    role,
    `What ${withArticle(role.title)} does`,
    firstSentence(role.overview),
    role.responsibilities.map((g) => ({ heading: g.group, lines: g.items })),
  );

const skills: RoleAnswerBuilder = (role, data) => {
  const isLead = role.id === "lead-ml-architect";
  return answer("skills", role, `Skills for ${withArticle(role.title)}`, role.summary, [
    { heading: "Technical skills", lines: role.skills.technical },
    { heading: "Tools and frameworks", lines: role.skills.tools },
    {
      heading: "Soft skills",
      // The guide's soft-skills chapter is written for the lead architect page.
      lines: isLead ? data.softSkills.map((s) => `${s.title}: ${firstSentence(s.text)}`) : role.skills.soft,
    },
  ]);
};

const qualifications: RoleAnswerBuilder = (role) => {
  const q = role.qualifications;
  return answer(
    "qualifications",
    role,
    `Qualifications for ${withArticle(role.title)}`,
    q.education[0] ?? role.summary,
    [
      { heading: "Education", lines: q.education },
      {
        heading: "Experience",
        lines:
          q.experience.length > 0
            ? q.experience
            : ["The guide gives no years-of-experience requirement for this role."],
      },
      {
        heading: "Certifications",
        lines:
          q.certifications.length > 0
            ? [...q.certifications, ...(q.note ? [q.note] : [])]
            : ["The guide names no certifications for this role."],
      },
      // "what do they look for besides the PhD?": the languages they ask for are part of what a candidate needs.
      { heading: "Programming", lines: role.skills.technical.filter((l) => PROGRAMMING.test(l)).slice(0, 1) },
    ],
  );
};

const PROGRAMMING = /\bprogramming\b|\bPython\b/;

const careerPath: RoleAnswerBuilder = (role, data) => {
  const path = role.careerPath;
  return answer("career_path", role, `Career path: ${role.title}`, path?.summary ?? role.summary, [
    {
      heading: "Steps",
      lines: path?.steps.map((s) => `${s.level}${s.years ? ` (${s.years})` : ""}: ${s.description}`) ?? [],
    },
    progressionSection(data),
    { heading: "How to get there", lines: path?.advice ?? [] },
    {
      heading: "Entry requirements",
      // (The lead architect's "at least 2 years in a technical leadership role" too: it is part of the way there.)
      lines: [...role.qualifications.education, ...role.qualifications.experience].slice(0, 4),
    },
  ]);
};

export function progressionSection(data: CareerData): Section {
  return {
    heading: `${data.progression.title} (${data.progression.appliesTo})`,
    lines: data.progression.levels.map((l) => `${l.level} (${l.years}): ${l.description}`),
  };
}

const salary: RoleAnswerBuilder = (role, data) => {
  if (!role.salary) return noSalary(role, data);
  const s = role.salary;
  return answer(
    "salary",
    role,
    `Salary: ${role.title}`,
    `Figures for ${s.appliesTo}${s.region ? ` (${s.region}${s.year ? `, ${s.year}` : ""})` : ""}.`,
    [
      { heading: "Notes", lines: s.notes },
      { heading: "What moves the number", lines: s.factors },
      { heading: "Benefits and perks", lines: s.benefits },
    ],
    { figures: salaryFigures(role, data) },
  );
};

/**
 * Says plainly that there is no figure, and shows the related roles that have one, then the guide's figures for
 * machine learning engineers in general (the nearest it has for an engineering role without its own).
 */
function noSalary(role: Role, data: CareerData): Answer {
  const related = role.related
    .map((id) => data.roles.find((r) => r.id === id))
    .filter((r): r is Role => Boolean(r?.salary));
  const relatedLine =
    related.length > 0 ? ` Related roles that do have figures: ${joinList(related.map((r) => r.title))}.` : "";
  // (The general figures are in the summary, not a section a narrow answer could pick a line of: "senior roles" is
  // not this role's figure.)
  const general = marketFiguresById(GENERAL_ML_PAY, data).map(
    (f) => `${f.label.charAt(0).toLowerCase()}${f.label.slice(1)}: ${f.value}`,
  );
  const generalLine =
    general.length > 0 ? ` For machine learning engineers in general it gives: ${general.join("; ")}.` : "";
  return answer(
    "salary",
    role,
    `Salary: ${role.title}`,
    `The guide doesn't cover pay for ${withArticle(role.title)}: it doesn't give a salary figure, and with no salary figure to go on I won't guess one.${relatedLine}${generalLine}`,
    [],
    {
      figures: related.flatMap((r) =>
        salaryFigures(r, data)
          .slice(0, 1)
          .map((f) => ({ ...f, label: `${r.title}: ${f.label.toLowerCase()}` })),
      ),
      followUps: related.map((r) => `What does ${withArticle(r.title)} earn?`),
    },
  );
}

const market: RoleAnswerBuilder = (role, data) => {
  const own = role.market;
  const summary = own
    ? (own.outlook[0] ?? data.market.summary)
    : `The guide has no outlook specific to ${withArticle(role.title)}; here is the overall AI/ML market.`;
  return answer(
    "market",
    role,
    `Job market: ${role.title}`,
    summary,
    [
      { heading: "Outlook", lines: own ? own.outlook.slice(1) : data.market.drivers },
      { heading: "Where they work", lines: role.workEnvironment ?? [] },
    ],
    { figures: marketFiguresById(own?.figureIds ?? data.market.headlineFigureIds, data) },
  );
};

export const ROLE_ANSWERS: Record<RoleIntent, RoleAnswerBuilder> = {
  overview,
  responsibilities,
  skills,
  qualifications,
  career_path: careerPath,
  salary,
  market,
};

/** A role question asked with no role: the same facet for every role, briefly. */
export function acrossRoles(intent: RoleIntent, data: CareerData, didYouMean?: string): Answer {
  const perRole = listedRoles(data).map((role) => ({ role, answer: ROLE_ANSWERS[intent](role, data) }));
  const base: Answer = {
    intent,
    roles: [],
    title: ACROSS_TITLES[intent],
    summary: `${didYouMean ? `Did you mean the ${didYouMean}? ` : ""}Here it is for every role I know; name a role for the full answer.`,
    sections: [],
    figures: [],
    followUps: data.roles.slice(0, 3).map((r) => `${r.title} ${intent.replace("_", " ")}`),
  };
  if (intent === "salary") {
    return {
      ...base,
      chart: { kind: "salary", roleIds: listedRoles(data).map((r) => r.id) },
      figures: perRole.flatMap(({ role, answer: a }) =>
        role.salary
          ? a.figures.slice(0, 1).map((f) => ({ ...f, label: `${role.title}: ${f.label.toLowerCase()}` }))
          : [],
      ),
      sections: [
        {
          heading: "No figure in the guide",
          lines: listedRoles(data)
            .filter((r) => !r.salary)
            .map((r) => r.title),
        },
      ].filter((s) => s.lines.length > 0),
    };
  }
  if (intent === "market") return generalMarket(data, NO_TOPICS);
  if (intent === "career_path")
    return {
      ...base,
      summary: "The guide's progression ladder for machine learning engineers:",
      sections: [progressionSection(data)],
    };
  const sections = perRole.map(({ role, answer: a }) => ({
    heading: role.title,
    lines: (a.sections[0]?.lines ?? []).slice(0, 3),
  }));
  if (intent === "skills") {
    sections.push({ heading: "Soft skills that matter in ML work", lines: data.softSkills.map((s) => s.title) });
  }
  return { ...base, sections };
}

const ACROSS_TITLES: Record<RoleIntent, string> = {
  overview: "The roles I know",
  responsibilities: "What each role does",
  skills: "Key skills by role",
  qualifications: "Qualifications by role",
  career_path: "Career progression in ML",
  salary: "Salaries by role",
  market: "AI/ML job market",
};
