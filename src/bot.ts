import { recommend, skillGapAnswer, whichRole } from "./answer/advice";
import { withPlaceNote } from "./answer/compose";
import { focusOn } from "./answer/focus";
import { withArticle } from "./answer/format";
import { compare, help, listRoles, smalltalk, unknown } from "./answer/metaAnswers";
import { familyPay, narrowMarket, salaryFacet } from "./answer/narrow";
import { notCovered } from "./answer/notCovered";
import { renderPlainText } from "./answer/plainText";
import { acrossRoles, ROLE_ANSWERS } from "./answer/roleAnswers";
import { bestPractices, challenges, generalMarket, NO_TOPICS, trends } from "./answer/topicAnswers";
import type { Answer } from "./answer/types";
import type { CareerData } from "./data/schema";
import type { Intent, RoleIntent } from "./intent/intents";
import { type ConversationContext, Understander, type Understanding } from "./intent/understand";
import { type Reply, replyToMessage } from "./pipeline";

export type { Reply };

export interface CareerBot {
  /** Answers any text, however odd, as a question on its own; never throws. */
  answer(question: string): Answer;
  /** Answers a question in a conversation, and says what to remember; never throws. */
  reply(question: string, context?: ConversationContext): Reply;
  data: CareerData;
}

type AnswerBuilder = (data: CareerData, u: Understanding) => Answer;

/** One builder per intent: a new intent without one does not compile. */
const BUILDERS: Record<Intent, AnswerBuilder> = {
  overview: forRole,
  responsibilities: forRole,
  skills: forRole,
  qualifications: forRole,
  career_path: forRole,
  salary: forRole,
  market: forRole,
  best_practices: (data, u) => aboutRoles(bestPractices(data, u.topicIds ?? NO_TOPICS), u),
  challenges: (data, u) => aboutRoles(challenges(data, u.topicIds ?? NO_TOPICS), u),
  trends: (data, u) => aboutRoles(trends(data, u.topicIds ?? NO_TOPICS), u),
  compare: (data, u) => compare(data, u.roleIds, u.focus, u.verdict),
  recommend,
  skill_gap: (data, u) =>
    u.roleIds.length > 0
      ? skillGapAnswer(data, u)
      : whichRole(data, "skill_gap", (t) => `What am I missing for ${withArticle(t)}?`),
  smalltalk: (_data, u) => smalltalk(u.smalltalk ?? "hello"),
  list_roles: (data) => listRoles(data),
  help: (data) => help(data),
  not_covered: notCovered,
  unknown: (data, u) => unknown(data, u),
};

/** "challenges for a lead ML architect": the guide's topics are that role's page, so the answer is about the role. */
function aboutRoles(answer: Answer, u: Understanding): Answer {
  return u.roleIds.length > 0 ? { ...answer, roles: u.roleIds } : answer;
}

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
  const intent = u.intent as RoleIntent;
  if (u.clarify) return whichRole(data, intent, QUESTION_FOR[intent]);
  if (u.familyPay) return familyPay(data);
  // With two roles ("from junior to lead"), the path leads to the last one named.
  const role = data.roles.find((r) => r.id === u.roleIds.at(-1));
  if (role && intent === "salary" && u.facet) return salaryFacet(data, role, u.facet, u.contentWords);
  if (role) {
    const full = { ...ROLE_ANSWERS[intent](role, data), roles: u.roleIds };
    return focusOn(full, role, u.contentWords ?? [], QUESTION_FOR[intent](role.title));
  }
  if (intent === "market")
    return u.narrowMarket
      ? narrowMarket(data, u.topicIds ?? NO_TOPICS, u.facet === "outside_us")
      : generalMarket(data, u.topicIds ?? NO_TOPICS);
  return acrossRoles(intent, data, u.didYouMean);
}

const TOPIC_ANSWERS = new Set<Intent>(["best_practices", "challenges", "trends"]);

/** What a conversation keeps after an answer: the roles and question it was about, and the asker's profile. */
function nextContext(u: Understanding, answer: Answer, previous: ConversationContext | undefined): ConversationContext {
  if (u.smalltalk === "reset" || u.smalltalk === "forget_me") return { roles: [] };
  // Thanks, help and unknowns leave the conversation where it was.
  if (answer.intent === "smalltalk" || answer.intent === "help" || answer.intent === "unknown") {
    return { ...(previous ?? { roles: [] }), profile: u.profile };
  }
  // A recommendation's follow-ups ("and their salary?") are about its pick.
  const roles = answer.intent === "recommend" ? answer.roles.slice(0, 1) : answer.roles;
  // "challenges for an architect? and what tools ...?": a topic answer leaves the role it was asked about in place.
  const kept = TOPIC_ANSWERS.has(answer.intent) ? (previous?.roles ?? []) : [];
  return {
    roles: roles.length > 0 ? roles : u.currentRoleIds.length > 0 ? u.currentRoleIds : kept,
    intent: answer.intent,
    focus: u.focus,
    facet: u.facet,
    topics: u.topics.slice(0, 3),
    profile: u.profile,
  };
}

export function createCareerBot(data: CareerData): CareerBot {
  const understander = new Understander(data);
  const build = (u: Understanding): Answer => {
    const answer = BUILDERS[u.intent](data, u);
    return u.place ? withPlaceNote(answer, u.place) : answer;
  };
  const reply = (question: string, context?: ConversationContext): Reply =>
    replyToMessage(understander, { build, nextContext }, String(question ?? ""), context);
  return { data, reply, answer: (question) => reply(question).answer };
}

/** Plain-text answer, as the console and CLI print it. */
export function answerText(bot: CareerBot, question: string): { answer: Answer; text: string } {
  const answer = bot.answer(question);
  return { answer, text: renderPlainText(answer) };
}
