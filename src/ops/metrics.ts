import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Answer } from "../answer/types";
import type { CareerBot } from "../bot";
import { INTENTS } from "../intent/intents";
import type { WeeklyPoster } from "../weekly/poster";

/** A registered platform's name (adapters/index.ts). */
export type MetricsPlatform = string;

/** Everything /metrics serves, on a registry of its own (so tests can make several). Names start with careerbot_. */
export function createMetrics() {
  const registry = new Registry();
  // process_* and nodejs_*: CPU, memory, event-loop lag, handles, GC.
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    questions: new Counter({
      name: "careerbot_questions_total",
      help: "Questions answered, by platform and intent",
      labelNames: ["platform", "intent"] as const,
      registers,
    }),
    unknownQuestions: new Counter({
      name: "careerbot_unknown_questions_total",
      help: "Questions answered as unknown (out of scope or not understood); divide by careerbot_questions_total for the rate",
      labelNames: ["platform"] as const,
      registers,
    }),
    answerSeconds: new Histogram({
      name: "careerbot_answer_duration_seconds",
      help: "Time to build an answer (understanding and rendering the Answer object, no network)",
      labelNames: ["platform"] as const,
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    }),
    slackAckSeconds: new Histogram({
      name: "careerbot_slack_ack_duration_seconds",
      help: "Slack requests: from receipt by Bolt to the acknowledgement (Slack allows 3 s)",
      labelNames: ["kind"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
      registers,
    }),
    weeklyPosts: new Counter({
      name: "careerbot_weekly_posts_total",
      help: "Weekly trend posts by outcome: sent, failed, skipped (already sent, not due for that channel, platform off), unsubscribed",
      labelNames: ["platform", "outcome"] as const,
      registers,
    }),
    weeklyLastTick: new Gauge({
      name: "careerbot_weekly_last_tick_timestamp_seconds",
      help: "When the weekly scheduler last ran a tick (Unix time): it should never be more than 15 minutes old",
      registers,
    }),
    feedback: new Counter({
      name: "careerbot_feedback_total",
      help: "Ratings of answers stored (a changed rating counts again, a repeated click not), by vote (up, down) and intent; a reply to several questions counts for each part's intent",
      labelNames: ["vote", "intent"] as const,
      registers,
    }),
    notCovered: new Counter({
      name: "careerbot_not_covered_total",
      help: "Questions the guide does not cover, by topic (the ids of data/topics/not-covered.json, or other)",
      labelNames: ["topic"] as const,
      registers,
    }),
    gatewayReconnects: new Counter({
      name: "careerbot_gateway_reconnects_total",
      help: "Reconnections of a platform's long-lived connection (Discord gateway, Slack Socket Mode)",
      labelNames: ["platform"] as const,
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/**
 * The same bot, counting each answer by platform and intent and timing it: `answer` (a question on its own) and
 * `reply` (a question in a conversation: mentions, DMs, /career and follow-up buttons go through the conversation
 * service, which calls it). The core knows nothing of this.
 */
export function instrumentBot(bot: CareerBot, metrics: Metrics, platform: MetricsPlatform): CareerBot {
  // Topic label values come from the data file only, so the series stay bounded whatever people ask.
  const topics = new Set(bot.data.notCovered.map((t) => t.id));
  const counted = <T>(build: () => T, answerOf: (result: T) => Answer): T => {
    const stop = metrics.answerSeconds.startTimer({ platform });
    const result = build();
    stop();
    const answer = answerOf(result);
    const { intent } = answer;
    metrics.questions.inc({ platform, intent });
    if (intent === "unknown") metrics.unknownQuestions.inc({ platform });
    for (const part of answer.parts ?? [answer]) {
      if (part.intent !== "not_covered") continue;
      const topic = part.notCoveredTopic;
      metrics.notCovered.inc({ topic: topic !== undefined && topics.has(topic) ? topic : "other" });
    }
    return result;
  };
  return {
    ...bot,
    data: bot.data,
    answer: (question) =>
      counted(
        () => bot.answer(question),
        (answer) => answer,
      ),
    reply: (question, context) =>
      counted(
        () => bot.reply(question, context),
        (reply) => reply.answer,
      ),
  };
}

/** Counts a stored rating under each intent of the answer it rates (careerbot_feedback_total). */
export function countVote(metrics: Metrics, vote: string, intents: readonly string[]): void {
  for (const intent of intents)
    if ((INTENTS as readonly string[]).includes(intent)) metrics.feedback.inc({ vote, intent });
}

/** Counts what each weekly tick sent, failed, skipped and unsubscribed, per platform. Returns the same poster. */
export function instrumentWeeklyPoster(poster: WeeklyPoster, metrics: Metrics): WeeklyPoster {
  const runDue = poster.runDue.bind(poster);
  poster.runDue = async (now) => {
    const report = await runDue(now);
    metrics.weeklyLastTick.set(Date.now() / 1000);
    for (const outcome of ["sent", "failed", "skipped", "unsubscribed"] as const) {
      for (const key of report[outcome]) metrics.weeklyPosts.inc({ platform: key.split(":")[0], outcome });
    }
    return report;
  };
  return poster;
}
