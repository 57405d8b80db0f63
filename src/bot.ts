import { compare, help, listRoles, unknown } from "./answer/metaAnswers";
import { renderPlainText } from "./answer/plainText";
import { acrossRoles, ROLE_ANSWERS } from "./answer/roleAnswers";
import { bestPractices, challenges, generalMarket, trends } from "./answer/topicAnswers";
import type { Answer } from "./answer/types";
import type { CareerData } from "./data/schema";
import { type Classification, IntentClassifier } from "./intent/classify";
import { isRoleIntent } from "./intent/intents";

export interface CareerBot {
  /** Answers any text, however odd; never throws. */
  answer(question: string): Answer;
  data: CareerData;
}

export function createCareerBot(data: CareerData): CareerBot {
  const classifier = new IntentClassifier(data);
  return {
    data,
    answer(question) {
      return buildAnswer(data, classifier.classify(String(question ?? "")));
    },
  };
}

function buildAnswer(data: CareerData, c: Classification): Answer {
  switch (c.intent) {
    case "help":
      return help(data);
    case "list_roles":
      return listRoles(data);
    case "unknown":
      return unknown(data, c);
    case "compare":
      return compare(data, c.roleIds, c.focus);
    case "best_practices":
      return bestPractices(data, c.topics);
    case "challenges":
      return challenges(data, c.topics);
    case "trends":
      return trends(data, c.topics);
  }
  // With two roles ("from junior to lead"), the path leads to the last one named.
  const role = data.roles.find((r) => r.id === c.roleIds.at(-1));
  if (role) return { ...ROLE_ANSWERS[c.intent](role, data), roles: c.roleIds };
  if (c.intent === "market") return generalMarket(data, c.topics);
  return isRoleIntent(c.intent) ? acrossRoles(c.intent, data, c.didYouMean) : help(data);
}

/** Plain-text answer, as the console and CLI print it. */
export function answerText(bot: CareerBot, question: string): { answer: Answer; text: string } {
  const answer = bot.answer(question);
  return { answer, text: renderPlainText(answer) };
}
