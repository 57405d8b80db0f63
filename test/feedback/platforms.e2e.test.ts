import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../adapters/discord";
import { createSlackAdapter, type SlackAdapter } from "../../adapters/slack";
import { Conversations } from "../../src/conversation/conversations";
import { Feedback } from "../../src/feedback/feedback";
import type { FeedbackReport } from "../../src/feedback/report";
import { createLogger } from "../../src/logger";
import { countVote, createMetrics } from "../../src/ops/metrics";
import { storeRecentKeys } from "../../src/recentKeys";
import { openStore, type Store } from "../../src/store";
import { personHash } from "../../src/store/feedback";
import { BOT_ID, CHANNEL_ID, type RestCall, startFakeDiscord } from "../fakes/discord";
import { blockActionsBody, httpSettings, postSigned, slashCommandBody, startFakeSlack } from "../fakes/slack";
import { bot, until } from "../helpers";
import { freshPostgresDatabase } from "../pg";
import { rowsContaining } from "../privacy/helpers";
import { tempDatabase, tempDir } from "../tempDir";

/**
 * Issue 20, end to end against the local fake Slack and Discord, on SQLite and PostgreSQL: a 👎 on a Slack
 * `/career` answer and a 👍 on a Discord mention answer are stored once each, a replayed click too; `careerbot
 * report --json` (a real process) reads them back with the not_covered topics ranked; no question text is stored
 * unless FEEDBACK_KEEP_TEXT=true, and then "forget me" deletes it.
 */
const SECRET = "feedback-secret";
const silent = createLogger("silent");
const BIN = fileURLToPath(new URL("../../bin/careerbot.js", import.meta.url));
const NEGOTIATE = "how do I negotiate my offer as an NLP research scientist?";
const ALICE = "100000000000000071";
let slackFake: Awaited<ReturnType<typeof startFakeSlack>>;
let discordFake: Awaited<ReturnType<typeof startFakeDiscord>>;
let seq = 0;

beforeAll(async () => {
  [slackFake, discordFake] = await Promise.all([startFakeSlack(), startFakeDiscord()]);
});
afterAll(async () => {
  await slackFake?.close();
  await discordFake?.close();
});

type Block = { type: string; block_id?: string; elements?: { action_id?: string; value?: string }[] };
type Components = { type: number; components: { custom_id: string }[] }[];

/** `careerbot report --json` in its own process, on the same store. */
async function reportJson(env: Record<string, string>): Promise<FeedbackReport> {
  const { stdout } = await promisify(execFile)("node", [BIN, "report", "--json", "--since", "1d"], {
    cwd: tempDir(),
    env: { ...process.env, LOG_LEVEL: "silent", FEEDBACK_KEEP_TEXT: "", DATABASE_URL: "", ...env },
  });
  return JSON.parse(stdout) as FeedbackReport;
}

/** Both stores, and the variables that point `careerbot report` at the same one. */
const BACKENDS: [string, () => Promise<Record<string, string>>][] = [
  ["sqlite", async () => ({ DATABASE_PATH: tempDatabase() })],
  ["postgres", async () => ({ DATABASE_PATH: "unused.db", DATABASE_URL: await freshPostgresDatabase("feedback") })],
];

describe.each(BACKENDS)("feedback on Slack and Discord (%s)", (backend, storeVariables) => {
  let store: Store;
  let slack: SlackAdapter;
  let slackKeepingText: SlackAdapter;
  let discord: DiscordAdapter;
  let base: string;
  let baseKeepingText: string;
  let storeEnv: Record<string, string>;
  const metrics = createMetrics();

  beforeAll(async () => {
    storeEnv = await storeVariables();
    store = await openStore({ DATABASE_PATH: storeEnv.DATABASE_PATH ?? "", DATABASE_URL: storeEnv.DATABASE_URL });
    // A generous budget: these tests check what is stored, not how fast.
    const conversations = new Conversations(bot, store.conversations(), silent, { budgetMs: 10_000 });
    const recentKeys = storeRecentKeys(store, silent, 10_000);
    const feedback = (keepText: boolean) =>
      new Feedback(store.feedback, { keepText, budgetMs: 10_000, onVote: (v, i) => countVote(metrics, v, i) });
    const slackAdapter = (keepText: boolean) =>
      createSlackAdapter({
        bot,
        conversations,
        recentKeys,
        feedback: feedback(keepText),
        settings: httpSettings(slackFake.apiUrl, SECRET),
        log: silent,
        host: "127.0.0.1",
        retries: 0,
      });
    [slack, slackKeepingText] = [slackAdapter(false), slackAdapter(true)];
    base = `http://127.0.0.1:${(await slack.start()).port}`;
    baseKeepingText = `http://127.0.0.1:${(await slackKeepingText.start()).port}`;
    discord = createDiscordAdapter({
      bot,
      conversations,
      recentKeys,
      feedback: feedback(false),
      settings: { token: "fake-token", apiUrl: discordFake.apiUrl },
      log: silent,
    });
    await discord.start();
    await until(() => discord.client.isReady());
  });
  afterAll(async () => {
    await slack?.stop();
    await slackKeepingText?.stop();
    await discord?.stop();
    await store?.close();
  });

  /** `/career <text>` as `user`; the ephemeral answer's rating buttons. */
  async function career(text: string, user: string, at = base) {
    const trigger = `fb-${backend}-${++seq}`;
    const res = await postSigned(
      `${at}/slack/events`,
      slashCommandBody({ text, triggerId: trigger, responseUrl: slackFake.responseUrl(trigger), userId: user }),
      { secret: SECRET },
    );
    expect(res.status).toBe(200);
    const message = JSON.parse(res.body) as { text: string; blocks: Block[] };
    const rating = message.blocks.find((b) => b.block_id === "careerbot.feedback");
    return { message, rating };
  }

  /** A click on a rating button; resolves to the ephemeral line it was answered with. */
  async function click(body: string, responseId: string) {
    const res = await postSigned(`${base}/slack/events`, body, { secret: SECRET });
    expect(res.status).toBe(200);
    await until(() => slackFake.responses.some((r) => r.id === responseId));
    return slackFake.responses.filter((r) => r.id === responseId);
  }

  const votes = () => store.sql.all<{ voter: string; vote: string }>("SELECT voter, vote FROM feedback_votes");

  it("a 👎 on a /career answer is stored once, and a replayed click counts once", async () => {
    const { rating } = await career(NEGOTIATE, "UFB1");
    const actionIds = rating?.elements?.map((e) => e.action_id);
    expect(actionIds).toEqual(["careerbot.feedback.up", "careerbot.feedback.down"]);
    const answerId = rating?.elements?.[1]?.value ?? "";
    const responseId = `vote-${backend}-1`;
    const down = blockActionsBody({
      actionId: "careerbot.feedback.down",
      value: answerId,
      responseUrl: slackFake.responseUrl(responseId),
      actionTs: `${++seq}`,
      triggerId: `vote-trigger-${backend}-1`,
      userId: "UFB1",
    });
    const [thanks] = await click(down, responseId);
    expect(thanks?.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(String(thanks?.body.text)).toMatch(/^Thanks for the 👎/);
    // The same click again (a replay), then the same vote by a new click of the same person: the marker that the
    // replay was handled (refused) before it.
    await postSigned(`${base}/slack/events`, down, { secret: SECRET });
    const again = blockActionsBody({
      actionId: "careerbot.feedback.down",
      value: answerId,
      responseUrl: slackFake.responseUrl(`${responseId}-again`),
      actionTs: `${++seq}`,
      triggerId: `vote-trigger-${backend}-2`,
      userId: "UFB1",
    });
    const [already] = await click(again, `${responseId}-again`);
    expect(String(already?.body.text)).toBe("Thanks: your 👎 is already counted.");
    expect(slackFake.responses.filter((r) => r.id === responseId)).toHaveLength(1);
    expect(await votes()).toEqual([{ voter: personHash("slack:T1:UFB1"), vote: "down" }]);
  });

  it("Share in channel posts the answer with rating buttons for the same answer", async () => {
    const { message, rating } = await career("what does an NLP research scientist earn?", "UFB3");
    const answerId = rating?.elements?.[0]?.value;
    const share = message.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === "share_answer");
    const before = slackFake.posts().length;
    const body = blockActionsBody({
      actionId: "share_answer",
      value: share?.value ?? "",
      responseUrl: slackFake.responseUrl(`share-${backend}`),
      actionTs: `${++seq}`,
      messageTs: `1800000000.${seq}`,
    });
    expect((await postSigned(`${base}/slack/events`, body, { secret: SECRET })).status).toBe(200);
    await until(() => slackFake.posts().length > before);
    const shared = slackFake.posts()[before]?.body.blocks as Block[];
    const sharedRating = shared.find((b) => b.block_id === "careerbot.feedback");
    expect(sharedRating?.elements?.map((e) => e.value)).toEqual([answerId, answerId]);
  });

  it("a 👍 on a Discord mention answer is stored once, and a replayed click counts once", async () => {
    const before = discordFake.messagesTo(CHANNEL_ID).length;
    discordFake.dispatch(
      "MESSAGE_CREATE",
      discordFake.guildMessage(`<@${BOT_ID}> what does an NLP research scientist do?`, {
        author: discordFake.user(ALICE),
      }),
    );
    await until(() => discordFake.messagesTo(CHANNEL_ID).length > before);
    const reply = discordFake.messagesTo(CHANNEL_ID)[before]?.body as { components: Components };
    const rows = reply.components;
    expect(rows.length).toBeLessThanOrEqual(5);
    const up = rows.at(-1)?.components[0]?.custom_id ?? "";
    expect(up).toMatch(/^cb:v:up:[A-Za-z0-9_-]{16}$/);
    const stored = discordFake.history.get(CHANNEL_ID)?.[0] as Record<string, unknown>;
    const callbackOf = (id: string) => (c: RestCall) => c.path.startsWith(`/interactions/${id}/`);
    const clickOn = discordFake.buttonClick(up, stored, discordFake.user(ALICE));
    discordFake.dispatch("INTERACTION_CREATE", clickOn);
    await until(() => discordFake.calls.some(callbackOf(clickOn.id)));
    const callback = discordFake.calls.find(callbackOf(clickOn.id))?.body as {
      type: number;
      data: { content: string; flags: number };
    };
    expect(callback).toMatchObject({ type: 4, data: { content: "Thanks for the 👍!", flags: 64 } });
    // Replayed by the gateway (same interaction id), then a new click of the same person as a marker.
    discordFake.dispatch("INTERACTION_CREATE", clickOn);
    const again = discordFake.buttonClick(up, stored, discordFake.user(ALICE));
    discordFake.dispatch("INTERACTION_CREATE", again);
    await until(() => discordFake.calls.some(callbackOf(again.id)));
    expect(discordFake.calls.find(callbackOf(again.id))?.body).toMatchObject({
      data: { content: "Thanks: your 👍 is already counted." },
    });
    expect(discordFake.calls.filter(callbackOf(clickOn.id))).toHaveLength(1);
    expect((await votes()).filter((v) => v.voter === personHash(`discord:${ALICE}`))).toEqual([
      { voter: personHash(`discord:${ALICE}`), vote: "up" },
    ]);
    const text = await metrics.registry.metrics();
    expect(text).toContain('careerbot_feedback_total{vote="down",intent="not_covered"} 1');
    expect(text).toContain('careerbot_feedback_total{vote="up",intent="responsibilities"} 1');
  });

  it("careerbot report --json shows both votes and the not_covered topics ranked, and no question text", async () => {
    await career("any interview tips for an NLP research scientist?", "UFB2");
    await career("how do I prepare for the interview?", "UFB2");
    const report = await reportJson(storeEnv);
    expect(report.votes).toEqual({ up: 1, down: 1 });
    expect(report.notCovered.map(({ topic, count }) => ({ topic, count }))).toEqual([
      { topic: "interviews", count: 2 },
      { topic: "negotiation", count: 1 },
    ]);
    expect(report.byIntent.not_covered).toEqual({ answers: 3, up: 0, down: 1 });
    expect(report.byIntent.responsibilities).toEqual({ answers: 1, up: 1, down: 0 });
    expect(report.textsKept).toBe(false);
    expect(JSON.stringify(report)).not.toMatch(/negotiate|interview tips|UFB|slack:T1|questions/);
    // Nor anywhere in the store; the feedback tables name nobody (the conversations keep their own, as before).
    expect(await rowsContaining(store, "negotiate my offer", "interview tips")).toEqual([]);
    // The askers' ids in full ("UFB" alone could turn up inside a random answer id).
    const askers = ["UFB1", "UFB2", "UFB3"];
    expect((await rowsContaining(store, ...askers)).filter((row) => row.startsWith("feedback"))).toEqual([]);
  });

  it("FEEDBACK_KEEP_TEXT=true keeps the text for the report; the asker's forget me deletes it and their votes", async () => {
    const question = "can I negotiate a signing bonus as an NLP research scientist?";
    const { rating } = await career(question, "UKEEP", baseKeepingText);
    const answerId = rating?.elements?.[1]?.value ?? "";
    const responseId = `vote-${backend}-keep`;
    await click(
      blockActionsBody({
        actionId: "careerbot.feedback.down",
        value: answerId,
        responseUrl: slackFake.responseUrl(responseId),
        actionTs: `${++seq}`,
        triggerId: `vote-trigger-${backend}-keep`,
        userId: "UKEEP",
      }),
      responseId,
    );
    const kept = await reportJson({ ...storeEnv, FEEDBACK_KEEP_TEXT: "true" });
    expect(kept.notCovered.find((t) => t.topic === "negotiation")?.questions).toEqual([question]);
    expect(kept.downvotedQuestions).toEqual([question]);
    // Texts show only where the operator keeps them.
    expect(JSON.stringify(await reportJson(storeEnv))).not.toContain(question);
    expect((await career("forget me", "UKEEP", baseKeepingText)).message.text).toMatch(/deleted everything/);
    expect(await rowsContaining(store, question, personHash("slack:T1:UKEEP"))).toEqual([]);
    const after = await reportJson({ ...storeEnv, FEEDBACK_KEEP_TEXT: "true" });
    expect(JSON.stringify(after)).not.toContain(question);
    // The answer itself stays, anonymous: still counted as a not_covered question.
    expect(after.notCovered.find((t) => t.topic === "negotiation")?.count).toBe(2);
  });
});
