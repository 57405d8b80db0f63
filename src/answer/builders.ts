import type { CareerData } from "../data/schema";
import { DECLARATIONS } from "../intent/declarations";
import type { Intent, RoleIntent } from "../intent/intents";
import type { Understanding } from "../intent/understand";
import { recommend, skillGapAnswer, whichRole } from "./advice";
import { withDegreeVerdict } from "./degreeVerdict";
import { focusOn } from "./focus";
import { withArticle } from "./format";
import { compare, help, listRoles, smalltalk, unknown } from "./metaAnswers";
import { familyPay, narrowMarket, salaryFacet } from "./narrow";
import { notCovered } from "./notCovered";
import { acrossRoles, ROLE_ANSWERS } from "./roleAnswers";
import { withSumVerdict } from "./sumVerdict";
import { bestPractices, challenges, generalMarket, NO_TOPICS, trends } from "./topicAnswers";
import type { Answer } from "./types";

/**
 * Joins each intent's declaration (src/intent/declarations/) to the builder it names in `answeredBy`. The
 * understanding never imports answer code: this registry is the one place the two meet.
 */
export type AnswerBuilder = (data: CareerData, u: Understanding) => Answer;

/** The question a person would type for each facet of a role: the choices of "which role?", the full answer. */
const QUESTION_FOR: Record<RoleIntent, (title: string) => string> = {
  overview: (t) => `Tell me about ${withArticle(t)}`,
  responsibilities: (t) => `What does ${withArticle(t)} do?`,
  skills: (t) => `Skills for ${withArticle(t)}`,
  qualifications: (t) => `What degree does ${withArticle(t)} need?`,
  career_path: (t) => `How do I become ${withArticle(t)}?`,
  salary: (t) => `What does ${withArticle(t)} earn?`,
  market: (t) => `Job outlook for ${withArticle(t)}`,
};

function forRole(data: CareerData, u: Understanding): Answer {
  if (u.familyPay && u.roleIds.length === 0) return familyPay(data);
  const answer = roleAnswer(data, u);
  if (!u.familyPay) return answer;
  // "what do regular ML engineers make vs a lead ML architect's base?": the family's figures after the role's (their
  // labels name the family).
  const family = familyPay(data).figures;
  return { ...answer, figures: u.familyFirst ? [...family, ...answer.figures] : [...answer.figures, ...family] };
}

function roleAnswer(data: CareerData, u: Understanding): Answer {
  const intent = u.intent as RoleIntent;
  if (u.clarify) return whichRole(data, intent, QUESTION_FOR[intent]);
  // With two roles ("from junior to lead"), the path leads to the last one named.
  const role = data.roles.find((r) => r.id === u.roleIds.at(-1));
  // ("base range for a Senior AI Application Engineer?": a role with no figure at all gets the whole pay answer, which
  // says so and gives the figures nearest to it.)
  if (role && intent === "salary" && u.facet && (role.salary?.figures.length ?? 0) > 0)
    return salaryFacet(data, role, u.facet, u.contentWords);
  // "salaries of both?" after two roles: the facet of each, side by side (a path leads to one role, below).
  // "how much does X make, and Y?" is answered as that facet, side by side.
  if (role && u.roleIds.length > 1 && intent !== "career_path") {
    const sideBySide = compare(data, u.roleIds, intent);
    return u.eachRole ? { ...sideBySide, intent } : sideBySide;
  }
  if (role) {
    // "from junior to lead": the path's answer is about where it leads, named first.
    const roles = intent === "career_path" && u.roleIds.length > 1 ? [role.id, ...u.roleIds.slice(0, -1)] : u.roleIds;
    const full = { ...ROLE_ANSWERS[intent](role, data), roles };
    const focused = focusOn(full, role, u.contentWords ?? [], QUESTION_FOR[intent](role.title));
    if (u.sum !== undefined && intent === "salary") return withSumVerdict(focused, role, u.sum);
    return u.degreeAsked && intent === "qualifications" ? withDegreeVerdict(focused, role, u.degreeAsked) : focused;
  }
  if (intent === "market")
    return u.narrowMarket
      ? narrowMarket(data, u.topicIds ?? NO_TOPICS, u.facet === "outside_us")
      : generalMarket(data, u.topicIds ?? NO_TOPICS);
  return acrossRoles(intent, data, u.didYouMean);
}

/** "challenges for a lead ML architect": the guide's topics are that role's page, so the answer is about the role. */
function aboutRoles(answer: Answer, u: Understanding): Answer {
  return u.roleIds.length > 0 ? { ...answer, roles: u.roleIds } : answer;
}

/** Every builder a declaration may name. A declaration naming one missing here does not compile (below). */
const ANSWER_BUILDERS = {
  roleFacet: forRole,
  bestPractices: (data, u) => aboutRoles(bestPractices(data, u.topicIds ?? NO_TOPICS), u),
  challenges: (data, u) => aboutRoles(challenges(data, u.topicIds ?? NO_TOPICS), u),
  trends: (data, u) => aboutRoles(trends(data, u.topicIds ?? NO_TOPICS), u),
  compare: (data, u) => compare(data, u.roleIds, u.focus, u.verdict),
  recommend,
  skillGap: (data, u) =>
    u.roleIds.length > 0
      ? skillGapAnswer(data, u)
      : whichRole(data, "skill_gap", (t) => `What am I missing for ${withArticle(t)}?`),
  smalltalk: (_data, u) => smalltalk(u.smalltalk ?? "hello"),
  listRoles: (data) => listRoles(data),
  help: (data) => help(data),
  notCovered,
  unknown: (data, u) => unknown(data, u),
} satisfies Record<(typeof DECLARATIONS)[number]["answeredBy"], AnswerBuilder>;

const BUILDER_OF = new Map<Intent, AnswerBuilder>(DECLARATIONS.map((d) => [d.name, ANSWER_BUILDERS[d.answeredBy]]));

/** The answer to an understood question, by the builder its intent's declaration names. */
export function buildAnswer(data: CareerData, u: Understanding): Answer {
  const builder = BUILDER_OF.get(u.intent);
  // Every declared intent has a builder (checked above at compile time); an intent is always a declared one.
  if (!builder) throw new Error(`src/intent/declarations: intent "${u.intent}" is not declared`);
  return builder(data, u);
}
