import type { Answer, Section } from "../answer/types";
import type { CareerData } from "../data/schema";
import type { FeedbackStore } from "../store/feedback";

/** Intents with their answers and votes. A vote on a reply to several questions counts for each part's intent. */
export interface IntentLine {
  answers: number;
  up: number;
  down: number;
}

/** What `careerbot report --json` prints. No user ids; question texts only when kept (FEEDBACK_KEEP_TEXT). */
export interface FeedbackReport {
  since: string;
  until: string;
  /** Questions answered (a message of several questions counts each). */
  answers: number;
  byIntent: Record<string, IntentLine>;
  /** unknown answers / all answers, 0 to 1 (0 with no answers). */
  unknownShare: number;
  votes: { up: number; down: number };
  /** Intents that got votes, the largest share of 👎 first (then the most 👎). */
  worstRated: ({ intent: string } & Pick<IntentLine, "up" | "down">)[];
  /** not_covered topics, the most asked first; `questions` (newest first) only when texts are kept. */
  notCovered: { topic: string; title: string; count: number; questions?: string[] }[];
  topRoles: { role: string; title: string; count: number }[];
  /** Whether question texts are kept; then `unknownQuestions` and `downvotedQuestions` are there too. */
  textsKept: boolean;
  unknownQuestions?: string[];
  downvotedQuestions?: string[];
}

/** Questions listed per topic (and per list) at most, newest first. */
const MAX_QUESTIONS = 10;
const TOP_ROLES = 5;

/** Reads the store for [since, until] and puts the report together. */
export async function buildReport(
  store: FeedbackStore,
  data: CareerData,
  { since, until, textsKept }: { since: Date; until: Date; textsKept: boolean },
): Promise<FeedbackReport> {
  const rows = await store.reportRows(since.getTime(), until.getTime());
  const byIntent: Record<string, IntentLine> = {};
  const line = (intent: string) => {
    byIntent[intent] ??= { answers: 0, up: 0, down: 0 };
    return byIntent[intent];
  };
  const votes = { up: 0, down: 0 };
  for (const c of rows.counts) if (c.kind === "intent") line(c.name).answers += c.n;
  for (const v of rows.votes) {
    votes[v.vote] += v.n;
    for (const intent of new Set(v.intents)) line(intent)[v.vote] += v.n;
  }
  const answers = Object.values(byIntent).reduce((sum, l) => sum + l.answers, 0);
  const topics = new Map(data.notCovered.map((t) => [t.id, t.title.replace("{phrase}", "…")]));
  const roles = new Map(data.roles.map((r) => [r.id, r.title]));
  const questionsOf = (keep: (t: (typeof rows.texts)[number]) => boolean) =>
    rows.texts
      .filter(keep)
      .map((t) => t.question)
      .slice(0, MAX_QUESTIONS);
  const ranked = <T extends { count: number; name: string }>(items: T[]) =>
    items.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return {
    since: since.toISOString(),
    until: until.toISOString(),
    answers,
    byIntent: Object.fromEntries(Object.entries(byIntent).sort(([, a], [, b]) => b.answers - a.answers)),
    unknownShare: answers === 0 ? 0 : (byIntent.unknown?.answers ?? 0) / answers,
    votes,
    worstRated: Object.entries(byIntent)
      .filter(([, l]) => l.up + l.down > 0)
      .map(([intent, l]) => ({ intent, up: l.up, down: l.down }))
      .sort((a, b) => b.down / (b.up + b.down) - a.down / (a.up + a.down) || b.down - a.down),
    notCovered: ranked(rows.counts.filter((c) => c.kind === "topic").map((c) => ({ name: c.name, count: c.n }))).map(
      ({ name, count }) => ({
        topic: name,
        title: topics.get(name) ?? name,
        count,
        ...(textsKept ? { questions: questionsOf((t) => t.topics.includes(name)) } : {}),
      }),
    ),
    topRoles: ranked(rows.counts.filter((c) => c.kind === "role").map((c) => ({ name: c.name, count: c.n })))
      .slice(0, TOP_ROLES)
      .map(({ name, count }) => ({ role: name, title: roles.get(name) ?? name, count })),
    textsKept,
    ...(textsKept
      ? {
          unknownQuestions: questionsOf((t) => t.intents.includes("unknown")),
          downvotedQuestions: questionsOf((t) => t.downvoted),
        }
      : {}),
  };
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
const day = (iso: string) => iso.slice(0, 10);

/**
 * The report as sections: answers by intent, the share of unknown, not_covered topics ranked, ratings worst first,
 * top roles; with `withTexts`, the kept question texts under their topic.
 */
export function reportSections(report: FeedbackReport, withTexts: boolean): Section[] {
  const sections: Section[] = [];
  const intents = Object.entries(report.byIntent).filter(([, l]) => l.answers > 0);
  sections.push({
    heading: "Answers by intent",
    lines:
      intents.length > 0 ? intents.map(([intent, l]) => `${intent}: ${l.answers}`) : ["No answers in this period."],
  });
  sections.push({
    heading: "Not covered by the guide, most asked first",
    lines:
      report.notCovered.length > 0
        ? report.notCovered.flatMap((t) => [
            `${t.title} (${t.topic}): ${t.count}`,
            ...(withTexts ? (t.questions ?? []).map((q) => `    "${q}"`) : []),
          ])
        : ["Nothing asked that the guide does not cover."],
  });
  sections.push({
    heading: "Ratings by intent, worst first",
    lines:
      report.worstRated.length > 0
        ? report.worstRated.map((r) => `${r.intent}: 👎 ${r.down}, 👍 ${r.up}`)
        : ["No ratings in this period."],
  });
  sections.push({
    heading: "Roles asked about most",
    lines: report.topRoles.length > 0 ? report.topRoles.map((r) => `${r.title}: ${r.count}`) : ["None."],
  });
  if (withTexts && report.unknownQuestions && report.unknownQuestions.length > 0)
    sections.push({ heading: "Questions not understood", lines: report.unknownQuestions.map((q) => `"${q}"`) });
  if (withTexts && report.downvotedQuestions && report.downvotedQuestions.length > 0)
    sections.push({ heading: "Questions whose answer got 👎", lines: report.downvotedQuestions.map((q) => `"${q}"`) });
  return sections;
}

/** The first lines: the period, how many answers, the unknown share, the votes. */
export function reportSummary(report: FeedbackReport): string {
  return `${day(report.since)} to ${day(report.until)}: ${report.answers} answers, ${percent(report.unknownShare)} not understood (unknown); ratings 👍 ${report.votes.up}, 👎 ${report.votes.down}.`;
}

/** `careerbot report` as plain text, with the kept question texts (the operator's own terminal). */
export function reportText(report: FeedbackReport): string {
  const body = reportSections(report, true)
    .map((s) => `${s.heading}\n${s.lines.map((l) => `  ${l}`).join("\n")}`)
    .join("\n\n");
  const note = report.textsKept ? "" : "\n\nQuestion texts are not kept (FEEDBACK_KEEP_TEXT is off).";
  return `careerbot report\n${reportSummary(report)}\n\n${body}${note}`;
}

/**
 * The weekly operator post (REPORT_CHANNEL). Without the question texts: a channel has more readers than the
 * operator, and people asked the bot, not the channel; `careerbot report` shows the texts.
 */
export function reportAnswer(report: FeedbackReport, week: string): Answer {
  return {
    intent: "help",
    roles: [],
    title: `careerbot report, week ${week}`,
    summary: `${reportSummary(report)}${report.textsKept ? " Question texts: careerbot report." : ""}`,
    sections: reportSections(report, false),
    figures: [],
    followUps: [],
  };
}
