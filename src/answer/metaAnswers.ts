import type { CareerData, Role } from "../data/schema";
import type { RoleIntent } from "../intent/intents";
import type { Verdict } from "../intent/lexicon";
import type { SmalltalkKind } from "../intent/understand";
import { formatSalary, joinList, listedRoles, marketFigure, moreRolesNote, withArticle } from "./format";
import type { Answer, Section } from "./types";
import { verdictFor } from "./verdict";

const EXAMPLES = [
  "What does an NLP research scientist earn?",
  "Skills for a lead ML architect",
  "lead ML architect vs entry level AI engineer",
  "best practices for feature engineering",
  "what are the current trends in AI and ML",
];

export function help(data: CareerData): Answer {
  return {
    intent: "help",
    roles: [],
    title: "careerbot: career advice for AI and ML roles",
    summary: `Ask me about ${data.roles.length} AI/ML roles: what they do, pay, skills, degrees, career paths and job outlook. I also know ML best practices, common challenges and industry trends.`,
    sections: [
      { heading: "Try asking", lines: EXAMPLES },
      { heading: "Roles I know", lines: [...listedRoles(data).map((r) => r.title), ...moreRolesNote(data)] },
    ],
    figures: [],
    followUps: EXAMPLES.slice(0, 3),
  };
}

export function listRoles(data: CareerData): Answer {
  return {
    intent: "list_roles",
    roles: [],
    title: `The ${data.roles.length} roles I know`,
    summary: "Ask about any of them by name: pay, skills, degrees, career path, outlook.",
    sections: [
      ...listedRoles(data).map((r) => ({ heading: r.title, lines: [r.summary] })),
      { heading: "More", lines: moreRolesNote(data) },
    ].filter((s) => s.lines.length > 0),
    figures: [],
    followUps: data.roles.slice(0, 3).map((r) => `Tell me about the ${r.title} role`),
  };
}

export function unknown(data: CareerData, details: { foreignJob?: string; didYouMean?: string }): Answer {
  const titles = listedRoles(data).map((r) => r.title);
  const summary = details.foreignJob
    ? `I have no data on "${details.foreignJob}", and I won't guess. I only know these AI/ML roles: ${joinList(titles)}.`
    : `I can only help with AI and machine-learning careers.${details.didYouMean ? ` Did you mean the ${details.didYouMean}?` : ""} Type "help" to see what I can answer.`;
  return {
    intent: "unknown",
    roles: [],
    title: details.foreignJob ? "Not a role I know" : "I'm not sure I can help with that",
    summary,
    sections: [],
    figures: [],
    followUps: details.didYouMean
      ? [`Tell me about the ${details.didYouMean} role`, "help"]
      : ["help", "list all roles"],
  };
}

/** A job in AI or data the guide has no page or topic for ("speech scientist"): said plainly, and the roles it covers. */
export function jobNotInGuide(data: CareerData, job: string): Answer {
  const titles = listedRoles(data).map((r) => r.title);
  return {
    intent: "not_covered",
    roles: [],
    title: `Not in the guide: the ${job} role`,
    summary: `The guide doesn't cover the ${job} role, and I won't guess its figures. It covers these AI/ML roles: ${joinList(titles)}.`,
    sections: [],
    figures: [],
    followUps: ["list all roles", "help"],
  };
}

/** One line per role on the compared aspect. */
const ASPECTS: Record<RoleIntent, (role: Role) => string> = {
  overview: (r) => r.summary,
  responsibilities: (r) => r.responsibilities[0]?.items.slice(0, 3).join("; ") ?? "not given",
  skills: (r) => r.skills.technical.slice(0, 3).join("; "),
  // Every experience line: "2 years in a technical leadership role" is the one asked about as often as the first.
  qualifications: (r) => [...r.qualifications.education, ...r.qualifications.experience].join("; "),
  career_path: (r) => r.careerPath?.summary ?? "not given",
  salary: (r) =>
    r.salary
      ? r.salary.figures.map((f) => `${f.label}: ${formatSalary(f)}`).join("; ")
      : "no salary figure in the guide",
  market: (r) => r.market?.outlook[0] ?? "no role-specific outlook in the guide",
};

export function compare(
  data: CareerData,
  roleIds: readonly string[],
  focus: RoleIntent | undefined,
  verdict?: Verdict,
): Answer {
  // One role named ("compare the lead ML architect"): set it beside the roles the data relates it to.
  const shownIds =
    roleIds.length === 1 ? [...roleIds, ...(data.roles.find((r) => r.id === roleIds[0])?.related ?? [])] : roleIds;
  const named = shownIds.map((id) => data.roles.find((r) => r.id === id)).filter((r): r is Role => Boolean(r));
  // "which pays more?", "rank these by pay": the answer first, the roles in its order.
  const decided = verdict && named.length >= 2 ? verdictFor(named, verdict, data.market) : undefined;
  const roles = decided?.ordered ?? named;
  const verdictFocus: RoleIntent | undefined =
    verdict === "pay_high" || verdict === "pay_low" ? "salary" : verdict ? "qualifications" : undefined;
  const shown = focus && focus !== "overview" ? focus : verdictFocus;
  const aspects: RoleIntent[] = shown ? [shown] : ["overview", "qualifications", "salary"];
  const sections: Section[] = roles.map((role) => ({
    heading: role.title,
    lines: aspects.map((a) => `${ASPECT_LABELS[a]}: ${ASPECTS[a](role)}`),
  }));
  return {
    // "which of these requires a PhD?" is answered as a degree question, like the same verdict asked of all roles.
    intent: verdict === "phd" && decided ? "qualifications" : "compare",
    roles: decided ? decided.ordered.map((r) => r.id) : [...roleIds],
    title: roles.map((r) => r.title).join(" vs "),
    summary: decided?.line ?? `Side by side on ${joinList(aspects.map((a) => ASPECT_LABELS[a].toLowerCase()))}.`,
    sections,
    // "is the job growth the same for both?": the guide's growth figures stand beside the roles' outlooks.
    figures: shown === "market" ? growthFigures(data) : [],
    followUps: roles.map((r) => `What does ${withArticle(r.title)} earn?`),
    ...(aspects.includes("salary") ? { chart: { kind: "salary" as const, roleIds: roles.map((r) => r.id) } } : {}),
  };
}

/** The guide's job-growth figures ("+22% employment", ML roles and NLP research scientists alike). */
function growthFigures(data: CareerData) {
  return data.market.figures
    .filter((f) => f.keywords.some((k) => /job growth/.test(k)))
    .map((f) => marketFigure(f, data));
}

const ASPECT_LABELS: Record<RoleIntent, string> = {
  overview: "Role",
  responsibilities: "Responsibilities",
  skills: "Skills",
  qualifications: "Qualifications",
  career_path: "Career path",
  salary: "Pay",
  market: "Outlook",
};

const SMALLTALK_REPLIES: Record<SmalltalkKind, string> = {
  thanks: "You're welcome! Ask me anything else about AI and ML careers.",
  praise: "Thank you! Happy to help with AI and ML careers.",
  bye: "Bye, and good luck with your career!",
  hello: "Hi! I give career advice for AI and machine-learning roles, from the AiPathly careers guide.",
  reset: "OK, starting over: I've forgotten what we talked about.",
  forget_me:
    "Done: I've deleted everything I had stored about you (our conversations and what you told me about yourself).",
  noted:
    "Got it: I'll keep what you told me about yourself in mind for this conversation. Ask me which role fits you, or what you're missing for one.",
};

/** Thanks, hello, bye: a line or two, never the whole help text. */
export function smalltalk(kind: SmalltalkKind): Answer {
  return {
    intent: "smalltalk",
    roles: [],
    title: "",
    summary: SMALLTALK_REPLIES[kind],
    sections: [],
    figures: [],
    followUps:
      kind === "hello"
        ? ["which role fits me?", "What does an NLP research scientist earn?"]
        : kind === "noted"
          ? ["which role fits me?", "What am I missing for an entry level AI engineer?"]
          : [],
  };
}
