import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { PLATFORMS } from "../../adapters";
import { runConsole } from "../../adapters/console/shell";
import { FEEDBACK_PREFIX, parseFeedbackId, withFeedbackRow } from "../../adapters/discord/feedback";
import { FollowUpButtons } from "../../adapters/discord/followups";
import { FEEDBACK_ACTION, parseShareValue, renderSlackMessage } from "../../adapters/slack/render";
import type { Answer } from "../../src/answer/types";
import { Conversations } from "../../src/conversation/conversations";
import { MemoryConversationStore } from "../../src/conversation/store";
import { Feedback, VOTE_WINDOW_MS } from "../../src/feedback/feedback";
import { checkReportChannel, operatorReport } from "../../src/feedback/operator";
import { buildReport } from "../../src/feedback/report";
import { openStore, type Store } from "../../src/store";
import { personHash, utcDay } from "../../src/store/feedback";
import { createWeekly } from "../../src/weekly";
import { operatorDeliveryId } from "../../src/weekly/poster";
import { bot } from "../helpers";
import { rowsContaining } from "../privacy/helpers";
import { tempDatabase } from "../tempDir";
import { recordingPoster, silent } from "../weekly/helpers";

/** Feedback over one SQLite file, in process: what is kept, votes, forgetting, sweeping, the report. */

const DAY = 86_400_000;
const T0 = Date.parse("2026-06-10T12:00:00Z");

async function sqlite(): Promise<Store> {
  return openStore({ DATABASE_PATH: tempDatabase() });
}

const asked = (question: string) => bot.reply(question).answer;
const NEGOTIATE = "how do I negotiate a raise as an NLP research scientist?";
const ORIGIN = { platform: "slack", workspace: "T1", userId: "slack:T1:U1", question: NEGOTIATE };

describe("recording answers", () => {
  it("gives rated answers an id and small talk none; counts each part's intent, the roles once, the topics", async () => {
    const store = await sqlite();
    const feedback = new Feedback(store.feedback, { now: () => T0 });
    const negotiation = asked(NEGOTIATE);
    expect(negotiation.intent).toBe("not_covered");
    expect(negotiation.notCoveredTopic).toBe("negotiation");
    expect(await feedback.record(negotiation, ORIGIN)).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await feedback.record(asked("hello"), { ...ORIGIN, question: "hello" })).toBeUndefined();
    const two = asked("what does an NLP research scientist earn? and what skills do they need?");
    expect(two.parts?.map((p) => p.intent)).toEqual(["salary", "skills"]);
    await feedback.record(two, { ...ORIGIN, question: "two" });
    expect(await store.sql.all("SELECT kind, name, count FROM feedback_counts ORDER BY kind, name")).toEqual([
      { kind: "intent", name: "not_covered", count: 1 },
      { kind: "intent", name: "salary", count: 1 },
      { kind: "intent", name: "skills", count: 1 },
      { kind: "intent", name: "smalltalk", count: 1 },
      { kind: "role", name: "nlp-research-scientist", count: 2 },
      { kind: "topic", name: "negotiation", count: 1 },
    ]);
    const rows = await store.sql.all<Record<string, unknown>>(
      "SELECT platform, workspace, intent, intents, roles, topics, unanswered, question, asker FROM feedback_answers ORDER BY intent",
    );
    expect(rows).toEqual([
      {
        platform: "slack",
        workspace: "T1",
        intent: "not_covered",
        intents: '["not_covered"]',
        roles: '["nlp-research-scientist"]',
        topics: '["negotiation"]',
        unanswered: 1,
        question: null,
        asker: null,
      },
      {
        platform: "slack",
        workspace: "T1",
        intent: "salary",
        intents: '["salary","skills"]',
        roles: '["nlp-research-scientist"]',
        topics: "[]",
        unanswered: 0,
        question: null,
        asker: null,
      },
    ]);
    // Without FEEDBACK_KEEP_TEXT, the question is nowhere in the store, nor the asker (their whole key and its hash: a
    // bare "U1" can turn up inside a random answer id).
    expect(await rowsContaining(store, "negotiate", "slack:T1:U1", personHash("slack:T1:U1"))).toEqual([]);
    await store.close();
  });

  it("keeps the question text and a hash of its asker only with keepText, until the TTL", async () => {
    const store = await sqlite();
    let now = T0;
    const feedback = new Feedback(store.feedback, { keepText: true, textTtlMs: 2 * DAY, now: () => now });
    await feedback.record(asked(NEGOTIATE), { ...ORIGIN, question: `<@U2> ${NEGOTIATE}` });
    expect(await store.sql.get("SELECT question, asker, text_expires_at FROM feedback_answers")).toEqual({
      question: NEGOTIATE,
      asker: personHash("slack:T1:U1"),
      text_expires_at: T0 + 2 * DAY,
    });
    expect(await rowsContaining(store, "slack:T1:U1")).toEqual([]);
    now = T0 + 2 * DAY;
    await store.feedback.sweep({ voteWindowMs: VOTE_WINDOW_MS, retentionMs: 90 * DAY, textsKept: true }, now);
    expect(await store.sql.get("SELECT question, asker, intent FROM feedback_answers")).toEqual({
      question: null,
      asker: null,
      intent: "not_covered",
    });
    await store.close();
  });

  it("a failing database gives answers no buttons, is logged once, and a vote says it was not stored", async () => {
    const store = await sqlite();
    await store.close();
    const warnings: string[] = [];
    const log = { ...silent, warn: (_: unknown, msg: string) => warnings.push(msg) } as unknown as typeof silent;
    const feedback = new Feedback(store.feedback, { log });
    // No buttons that would lead nowhere; logged once per outage, not per answer.
    expect(await feedback.record(asked(NEGOTIATE), ORIGIN)).toBeUndefined();
    expect(await feedback.record(asked(NEGOTIATE), ORIGIN)).toBeUndefined();
    expect(warnings).toEqual(["feedback store failed: answer not recorded"]);
    expect(await feedback.vote("anything", "slack:T1:U1", "up")).toBe("not_stored");
  });
});

describe("votes", () => {
  it("one per person per answer: a repeat counts once, a second click changes it, others add theirs", async () => {
    const store = await sqlite();
    const counted: string[] = [];
    const feedback = new Feedback(store.feedback, { onVote: (vote, intents) => counted.push(`${vote}:${intents}`) });
    const id =
      (await feedback.record(asked("what does an NLP research scientist earn? and what skills?"), ORIGIN)) ?? "";
    expect(await feedback.vote(id, "slack:T1:U1", "down")).toBe("new");
    expect(await feedback.vote(id, "slack:T1:U1", "down")).toBe("same");
    expect(await feedback.vote(id, "slack:T1:U1", "up")).toBe("changed");
    expect(await feedback.vote(id, "discord:42", "up")).toBe("new");
    expect(await feedback.vote("no-such-answer", "slack:T1:U1", "up")).toBe("unknown_answer");
    expect(counted).toEqual(["down:salary,skills", "up:salary,skills", "up:salary,skills"]);
    expect(await store.sql.all("SELECT voter, vote FROM feedback_votes ORDER BY voter")).toEqual(
      [
        { voter: personHash("slack:T1:U1"), vote: "up" },
        { voter: personHash("discord:42"), vote: "up" },
      ].sort((a, b) => a.voter.localeCompare(b.voter)),
    );
    await store.close();
  });

  it("the same click handled by two processes at once is stored and counted once", async () => {
    const path = tempDatabase();
    const [a, b] = [await openStore({ DATABASE_PATH: path }), await openStore({ DATABASE_PATH: path })];
    const counted: string[] = [];
    const onVote = (vote: string) => counted.push(vote);
    const [fa, fb] = [new Feedback(a.feedback, { onVote }), new Feedback(b.feedback, { onVote })];
    const id = (await fa.record(asked(NEGOTIATE), ORIGIN)) ?? "";
    const outcomes = await Promise.all([fa.vote(id, "slack:T1:U9", "down"), fb.vote(id, "slack:T1:U9", "down")]);
    expect(outcomes.sort()).toEqual(["new", "same"]);
    expect(counted).toEqual(["down"]);
    await a.close();
    await b.close();
  });
});

describe("forgetting", () => {
  it("\"forget me\" deletes the person's kept texts and votes, in the conversation store's transaction", async () => {
    const store = await sqlite();
    const feedback = new Feedback(store.feedback, { keepText: true });
    const conversations = new Conversations(bot, store.conversations(), silent, { budgetMs: 10_000 });
    const mine = (await feedback.record(asked(NEGOTIATE), ORIGIN)) ?? "";
    const theirs = await feedback.record(asked("is a bootcamp enough to become an ML engineer?"), {
      ...ORIGIN,
      userId: "slack:T1:U2",
      question: "is a bootcamp enough to become an ML engineer?",
    });
    await feedback.vote(mine, "slack:T1:U1", "down");
    await feedback.vote(theirs ?? "", "slack:T1:U1", "up");
    await feedback.vote(mine, "slack:T1:U2", "up");
    const answer = await conversations.ask("slack:T1:C1:U1", "slack:T1:U1", "forget me");
    expect(answer.summary).toMatch(/deleted everything/);
    expect(await rowsContaining(store, "negotiate", personHash("slack:T1:U1"))).toEqual([]);
    // The other person's text and vote stay; the answers stay, anonymous.
    expect(await rowsContaining(store, "is a bootcamp enough")).toHaveLength(1);
    expect(await store.sql.all("SELECT voter FROM feedback_votes")).toEqual([{ voter: personHash("slack:T1:U2") }]);
    expect(await store.sql.all("SELECT intent FROM feedback_answers ORDER BY intent")).toHaveLength(2);
    await store.close();
  });

  it("an uninstalled workspace's answers, texts and votes go with its conversations (forgetPrefix)", async () => {
    const store = await sqlite();
    const feedback = new Feedback(store.feedback, { keepText: true });
    const t1 = (await feedback.record(asked(NEGOTIATE), ORIGIN)) ?? "";
    await feedback.record(asked(NEGOTIATE), { ...ORIGIN, workspace: "T10", userId: "slack:T10:U1" });
    await feedback.vote(t1, "slack:T1:U1", "down");
    await store.conversations().forgetPrefix("slack:T1:");
    expect(await store.sql.all("SELECT workspace FROM feedback_answers")).toEqual([{ workspace: "T10" }]);
    expect(await store.sql.all("SELECT * FROM feedback_votes")).toEqual([]);
    await store.close();
  });

  it("a sweep drops unrated answered answers after the vote window, keeps rated and unanswered ones", async () => {
    const store = await sqlite();
    const feedback = new Feedback(store.feedback, { now: () => T0 });
    const rated = (await feedback.record(asked("what does an NLP research scientist earn?"), ORIGIN)) ?? "";
    await feedback.record(asked("what skills does an NLP research scientist need?"), ORIGIN);
    await feedback.record(asked(NEGOTIATE), ORIGIN);
    await feedback.vote(rated, "slack:T1:U1", "up");
    const retention = { voteWindowMs: VOTE_WINDOW_MS, retentionMs: 90 * DAY, textsKept: false };
    await store.feedback.sweep(retention, T0 + VOTE_WINDOW_MS);
    expect(await store.sql.all("SELECT intent FROM feedback_answers ORDER BY intent")).toEqual([
      { intent: "not_covered" },
      { intent: "salary" },
    ]);
    await store.feedback.sweep(retention, T0 + 91 * DAY);
    expect(await store.sql.all("SELECT * FROM feedback_answers")).toEqual([]);
    expect(await store.sql.all("SELECT * FROM feedback_votes")).toEqual([]);
    expect(await store.sql.all("SELECT * FROM feedback_counts")).toEqual([]);
    await store.close();
  });
});

describe("the report", () => {
  async function seeded(keepText: boolean) {
    const store = await sqlite();
    const feedback = new Feedback(store.feedback, { keepText, now: () => T0 });
    const ids: Record<string, string> = {};
    const questions = {
      negotiate: NEGOTIATE,
      interview: "how do I prepare for an interview as a lead ML architect?",
      interview2: "any interview tips for ML roles?",
      salary: "what does an NLP research scientist earn?",
      skills: "what skills does an NLP research scientist need?",
      nonsense: "purple monkey dishwasher",
    };
    for (const [name, question] of Object.entries(questions))
      ids[name] = (await feedback.record(asked(question), { ...ORIGIN, question })) ?? "";
    for (const user of ["a", "b", "c"]) await feedback.vote(ids.salary ?? "", `slack:T1:${user}`, "down");
    await feedback.vote(ids.skills ?? "", "slack:T1:a", "up");
    await feedback.vote(ids.skills ?? "", "slack:T1:b", "down");
    return store;
  }

  it("answers by intent, not covered topics ranked, the unknown share, votes worst first, top roles; no texts", async () => {
    const store = await seeded(false);
    const report = await buildReport(store.feedback, bot.data, {
      since: new Date(T0 - DAY),
      until: new Date(T0 + DAY),
      textsKept: false,
    });
    expect(report.votes).toEqual({ up: 1, down: 4 });
    expect(report.notCovered).toEqual([
      { topic: "interviews", title: "interview preparation", count: 2 },
      { topic: "negotiation", title: "salary negotiation", count: 1 },
    ]);
    expect(report.answers).toBe(6);
    expect(report.byIntent).toMatchObject({
      not_covered: { answers: 3, up: 0, down: 0 },
      salary: { answers: 1, up: 0, down: 3 },
      skills: { answers: 1, up: 1, down: 1 },
      unknown: { answers: 1, up: 0, down: 0 },
    });
    expect(report.unknownShare).toBeCloseTo(1 / 6, 10);
    expect(report.worstRated).toEqual([
      { intent: "salary", up: 0, down: 3 },
      { intent: "skills", up: 1, down: 1 },
    ]);
    expect(report.topRoles[0]).toEqual({ role: "nlp-research-scientist", title: "NLP Research Scientist", count: 3 });
    expect(JSON.stringify(report)).not.toMatch(/negotiate|dishwasher|slack:T1/);
    // Outside the period, nothing.
    const before = await buildReport(store.feedback, bot.data, {
      since: new Date(T0 - 10 * DAY),
      until: new Date(T0 - 2 * DAY),
      textsKept: false,
    });
    expect(before).toMatchObject({ answers: 0, votes: { up: 0, down: 0 }, notCovered: [], topRoles: [] });
    await store.close();
  });

  it("with texts kept: each topic's questions, newest first, the unknown and the 👎 ones", async () => {
    const store = await seeded(true);
    const report = await buildReport(store.feedback, bot.data, {
      since: new Date(T0 - DAY),
      until: new Date(T0 + DAY),
      textsKept: true,
    });
    expect(report.notCovered[0]?.questions?.sort()).toEqual([
      "any interview tips for ML roles?",
      "how do I prepare for an interview as a lead ML architect?",
    ]);
    expect(report.unknownQuestions).toEqual(["purple monkey dishwasher"]);
    expect(report.downvotedQuestions?.sort()).toEqual([
      "what does an NLP research scientist earn?",
      "what skills does an NLP research scientist need?",
    ]);
    await store.close();
  });
});

describe("the weekly operator report", () => {
  const SLOT = new Date("2026-11-30T09:00:00Z");
  const config = (path: string, channel: string) => ({
    DATABASE_PATH: path,
    TREND_CRON: "0 9 * * 1",
    TREND_TZ: "UTC",
    REPORT_CHANNEL: channel,
  });

  it("goes out once a week, beside the channel's own weekly post, on any number of ticks", async () => {
    const path = tempDatabase();
    const weekly = await createWeekly(config(path, "discord:123456789012345678"), bot.data, silent);
    await weekly.subscriptions.add("discord", "123456789012345678", "cli", new Date("2026-11-01T00:00:00Z"));
    const discord = recordingPoster("discord");
    const other = await createWeekly(config(path, "discord:123456789012345678"), bot.data, silent);
    const reports = await Promise.all([weekly.poster([discord]).runDue(SLOT), other.poster([discord]).runDue(SLOT)]);
    expect(reports.flatMap((r) => r.sent).sort()).toEqual([
      "discord:123456789012345678",
      `discord:${operatorDeliveryId("123456789012345678")}`,
    ]);
    await weekly.poster([discord]).runDue(new Date("2026-12-01T09:00:00Z"));
    const titles = discord.posts.map((p) => p.answer.title).sort();
    expect(titles).toHaveLength(2);
    expect(titles[0]).toMatch(/^AI\/ML careers, week 2026-W49: /);
    expect(titles[1]).toBe("careerbot report, week 2026-W49");
    await weekly.close();
    await other.close();
  });

  it("a gone report channel is reported as failed, not unsubscribed, and nothing else is touched", async () => {
    const weekly = await createWeekly(config(tempDatabase(), "slack:CGONE"), bot.data, silent);
    const slack = recordingPoster("slack", { CGONE: ["gone"] });
    const report = await weekly.poster([slack]).runDue(SLOT);
    expect(report).toMatchObject({ sent: [], failed: ["slack:report:CGONE"], unsubscribed: [] });
    expect(await weekly.deliveries.status("slack", "report:CGONE", "2026-W49")).toBe("gone");
    await weekly.close();
  });

  it("the post carries the week's figures and no question text, even when texts are kept", async () => {
    const store = await sqlite();
    const feedback = new Feedback(store.feedback, { keepText: true, now: () => SLOT.getTime() - DAY });
    await feedback.record(asked(NEGOTIATE), ORIGIN);
    const post = operatorReport(store.feedback, bot.data, { REPORT_CHANNEL: "slack:C1", FEEDBACK_KEEP_TEXT: true });
    const answer = (await post?.build("2026-W49", SLOT)) as Answer;
    expect(answer.title).toBe("careerbot report, week 2026-W49");
    expect(answer.sections.find((s) => s.heading.startsWith("Not covered"))?.lines).toEqual([
      "salary negotiation (negotiation): 1",
    ]);
    expect(JSON.stringify(answer)).not.toContain("negotiate a raise");
    await store.close();
  });

  it("REPORT_CHANNEL naming an unknown platform or a wrong channel id is refused, naming the variable", () => {
    expect(() => checkReportChannel({ REPORT_CHANNEL: "matrix:!room" }, PLATFORMS)).toThrow(
      /REPORT_CHANNEL: "matrix:!room": unknown platform "matrix" \(use slack or discord\)/,
    );
    expect(() => checkReportChannel({ REPORT_CHANNEL: "discord:general" }, PLATFORMS)).toThrow(
      /REPORT_CHANNEL: "discord:general": "general" is not a discord channel id/,
    );
    expect(() => checkReportChannel({ REPORT_CHANNEL: "slack:T0123:C0456" }, PLATFORMS)).not.toThrow();
  });
});

describe("rating buttons", () => {
  it("Slack: 👍 and 👎 with the answer's id, after the share button; a shared copy rates the same answer", () => {
    const answer = asked("what does an NLP research scientist earn?");
    const message = renderSlackMessage(answer, { shareQuestion: "q", feedbackId: "abc" });
    const last = message.blocks.at(-1) as { block_id: string; elements: { action_id: string; value: string }[] };
    expect(last.block_id).toBe("careerbot.feedback");
    expect(last.elements.map((e) => [e.action_id, e.value])).toEqual([
      ["careerbot.feedback.up", "abc"],
      ["careerbot.feedback.down", "abc"],
    ]);
    expect(last.elements.every((e) => FEEDBACK_ACTION.test(e.action_id))).toBe(true);
    const share = (message.blocks.at(-2) as { elements: { value: string }[] }).elements[0]?.value ?? "";
    expect(parseShareValue(share)).toMatchObject({ question: "q", feedbackId: "abc" });
    expect(renderSlackMessage(answer).blocks.some((b) => b.block_id === "careerbot.feedback")).toBe(false);
  });

  it("Discord: the rating row comes last and the message never has more than 5 rows", () => {
    const followUps = new FollowUpButtons().components(["a?", "b?", "c?"]);
    const rows = withFeedbackRow(followUps, "abc");
    expect(rows).toHaveLength(2);
    expect(rows[1]?.components.map((b) => "custom_id" in b && b.custom_id)).toEqual(["cb:v:up:abc", "cb:v:down:abc"]);
    const six = Array.from({ length: 6 }, () => followUps[0] as (typeof followUps)[number]);
    const capped = withFeedbackRow(six, "abc");
    expect(capped).toHaveLength(5);
    expect(capped[4]?.components[0]).toMatchObject({ custom_id: `${FEEDBACK_PREFIX}up:abc` });
    expect(withFeedbackRow(followUps, undefined)).toEqual(followUps);
    expect(parseFeedbackId("cb:v:down:abc")).toEqual({ vote: "down", feedbackId: "abc" });
    expect(parseFeedbackId("cb:f:what is it?")).toBeUndefined();
  });

  it("console: + and - rate the last answer, once per answer, and say so", async () => {
    const store = await sqlite();
    const feedback = new Feedback(store.feedback);
    const input = new PassThrough();
    const output = new PassThrough();
    let text = "";
    output.on("data", (chunk: Buffer) => {
      text += chunk.toString();
    });
    const conversations = new Conversations(bot, new MemoryConversationStore());
    const done = runConsole(bot, input, output, conversations, undefined, feedback);
    input.end(["+", NEGOTIATE, "-", "-", "+", "hello", "+", ""].join("\n"));
    await done;
    expect(text.split("\n").filter((l) => /^(Thanks|Only answers)/.test(l))).toEqual([
      "Only answers can be rated: ask something, then type + or - after its answer.",
      "Thanks for the 👎: it tells the people who run me which answers to improve.",
      "Thanks: your 👎 is already counted.",
      "Thanks: changed your rating to 👍.",
      "Only answers can be rated: ask something, then type + or - after its answer.",
    ]);
    expect(await store.sql.all("SELECT vote FROM feedback_votes")).toEqual([{ vote: "up" }]);
    await store.close();
  });
});

describe("utcDay", () => {
  it("names each time's UTC day, whichever day it was asked about before (it keeps the last one)", () => {
    const times = [0, 86_399_999, 86_400_000, -1, -86_400_000, -86_400_001, Date.UTC(2026, 4, 14, 23, 59, 59, 999)];
    for (const ms of [...times, ...times.reverse()]) expect(utcDay(ms)).toBe(new Date(ms).toISOString().slice(0, 10));
    expect(utcDay(Date.UTC(2026, 4, 14, 12))).toBe("2026-05-14");
    expect(utcDay(Date.UTC(2026, 4, 15))).toBe("2026-05-15");
  });
});
