import { asksForBrief, briefLimit, briefly } from "./answer/brief";
import { buildAnswer } from "./answer/builders";
import { withPlaceNote, withUsPlaceNote } from "./answer/compose";
import { renderPlainText } from "./answer/plainText";
import type { Answer } from "./answer/types";
import type { CareerData } from "./data/schema";
import { isTopicIntent } from "./intent/intents";
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

/** What a conversation keeps after an answer: the roles and question it was about, and the asker's profile. */
function nextContext(u: Understanding, answer: Answer, previous: ConversationContext | undefined): ConversationContext {
  if (u.smalltalk === "reset" || u.smalltalk === "forget_me") return { roles: [] };
  // Thanks, help and unknowns leave the conversation where it was.
  if (answer.intent === "smalltalk" || answer.intent === "help" || answer.intent === "unknown") {
    // ("soy de Santiago de Chile": the place told stays for the pay asked next.)
    return { ...(previous ?? { roles: [] }), profile: u.profile, ...(u.place ? { place: u.place } : {}) };
  }
  // A recommendation's follow-ups ("and their salary?") are about its pick; so are a ranking's ("which pays the
  // most?" is understood as a recommendation by pay, answered as a salary verdict).
  const ranked = u.intent === "recommend";
  // "from junior to lead ML engineer ... and what soft skills matter?": the path's follow-ups are about where it leads.
  const roles = ranked
    ? answer.roles.slice(0, 1)
    : answer.intent === "career_path" && answer.roles.length > 1
      ? answer.roles.slice(0, 1)
      : answer.roles;
  // "challenges for an architect? and what tools ...?": a topic answer leaves the role it was asked about in place.
  const kept = isTopicIntent(answer.intent) ? (previous?.roles ?? []) : [];
  // "how do I negotiate my lead architect offer? / so what moves the number?": what was shown was the role's
  // nearest facts (its pay), and the follow-up is about those.
  const shown = answer.intent === "not_covered" && roles.length > 0 ? u.notCovered?.nearest[0] : undefined;
  return {
    roles: roles.length > 0 ? roles : u.currentRoleIds.length > 0 ? u.currentRoleIds : kept,
    // A ranking or verdict is remembered as asked, whatever its answer is labelled ("which pays the most?": salary).
    intent: shown ?? (ranked || u.intent === "compare" ? u.intent : answer.intent),
    focus: u.focus,
    // A verdict is remembered however its answer is labelled ("which requires a PhD?" reads as qualifications).
    ...(u.intent === "compare" && u.verdict ? { verdict: u.verdict } : {}),
    ...(ranked && u.criterion?.order ? { order: u.criterion.order } : {}),
    ...(answer.intent === "not_covered" && u.notCovered ? { notCovered: u.notCovered.id } : {}),
    // "which roles need C++? / and which of those pays more?": the rest of a ranking stays at hand for "those".
    ...earlierRoles(previous, roles, ranked ? answer.roles.slice(1) : []),
    facet: u.facet,
    topics: u.topics.slice(0, 3),
    profile: u.profile,
    ...(u.place ? { place: u.place } : {}),
  };
}

/** The roles talked about before this answer's, most recent first, a few at most. */
function earlierRoles(
  previous: ConversationContext | undefined,
  now: readonly string[],
  alsoShown: readonly string[] = [],
): { earlier?: string[] } {
  const before = [...alsoShown, ...(previous?.roles ?? []), ...(previous?.earlier ?? [])].filter(
    (r) => !now.includes(r),
  );
  const earlier = [...new Set(before)].slice(0, 3);
  return earlier.length > 0 ? { earlier } : {};
}

export function createCareerBot(data: CareerData): CareerBot {
  const understander = new Understander(data);
  const build = (u: Understanding): Answer => {
    const answer = buildAnswer(data, u);
    if (u.place) return withPlaceNote(answer, u.place);
    return u.placeInUs ? withUsPlaceNote(answer, u.placeInUs) : answer;
  };
  const reply = (question: string, context?: ConversationContext): Reply => {
    const text = String(question ?? "");
    const replied = replyToMessage(understander, { build, nextContext }, text, context);
    return asksForBrief(text) ? { ...replied, answer: briefly(replied.answer, briefLimit(text)) } : replied;
  };
  return { data, reply, answer: (question) => reply(question).answer };
}

/** Plain-text answer, as the console and CLI print it. */
export function answerText(bot: CareerBot, question: string): { answer: Answer; text: string } {
  const answer = bot.answer(question);
  return { answer, text: renderPlainText(answer) };
}
