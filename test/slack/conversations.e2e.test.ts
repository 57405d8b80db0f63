import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../adapters/slack";
import { Conversations } from "../../src/conversation/conversations";
import { createLogger } from "../../src/logger";
import { SqliteConversationStore } from "../../src/store/conversations";
import { type Db, openDatabase } from "../../src/store/database";
import { blockActionsBody, httpSettings, postSigned, slashCommandBody, startFakeSlack } from "../fakes/slack";
import { bot, until } from "../helpers";
import { tempDatabase } from "../weekly/helpers";

const SECRET = "conversation-secret";
const TTL = 30 * 60_000;
const dbPath = tempDatabase();
let now = Date.UTC(2026, 0, 5, 9, 0, 0);
let fake: Awaited<ReturnType<typeof startFakeSlack>>;
let adapter: SlackAdapter;
let db: Db;
let base: string;
let seq = 0;

type Block = { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string }[] };

/** Starts the adapter on the database file, as `npm start` does (a second call is a restart). */
async function start() {
  db = openDatabase(dbPath);
  const conversations = new Conversations(bot, new SqliteConversationStore(db, { ttlMs: TTL, now: () => now }));
  adapter = createSlackAdapter({
    bot,
    conversations,
    settings: httpSettings(fake.apiUrl, SECRET),
    log: createLogger("silent"),
    host: "127.0.0.1",
    retries: 0,
  });
  base = `http://127.0.0.1:${(await adapter.start()).port}`;
}

async function stop() {
  await adapter.stop();
  db.close();
}

beforeAll(async () => {
  fake = await startFakeSlack();
  await start();
});

afterAll(async () => {
  await adapter?.stop();
  db?.close();
  await fake?.close();
});

/** `/career text` by a user in a channel: the ephemeral answer from the acknowledgement. */
async function career(text: string, user = "U1", channel = "C1") {
  const body = slashCommandBody({
    text,
    triggerId: `trigger-${++seq}`,
    responseUrl: fake.responseUrl(`r${seq}`),
    userId: user,
    channelId: channel,
  });
  const res = await postSigned(`${base}/slack/events`, body, { secret: SECRET });
  expect(res.status).toBe(200);
  return JSON.parse(res.body) as { response_type: string; text: string; blocks: Block[] };
}

const header = (message: { blocks: Block[] }) => message.blocks[0]?.text?.text;

async function mention(text: string, ts: string, threadTs?: string, user = "U1") {
  const before = fake.posts().length;
  const body = JSON.stringify({
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: `Ev-conv-${++seq}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: "app_mention", user, text, ts, channel: "C1", event_ts: ts, thread_ts: threadTs },
  });
  const res = await postSigned(`${base}/slack/events`, body, { secret: SECRET, contentType: "application/json" });
  expect(res.status).toBe(200);
  await until(() => fake.posts().length > before);
  return fake.posts()[before]?.body as { text: string; thread_ts: string; blocks: Block[] };
}

function click(actionId: string, value: string, user = "U1", responseId = `click-${++seq}`) {
  const body = blockActionsBody({
    actionId,
    value,
    responseUrl: fake.responseUrl(responseId),
    actionTs: `${1700000000 + seq}.1`,
    triggerId: `t-${seq}`,
    messageTs: "1700000000.000900",
    blockId: "careerbot.followups",
    userId: user,
  });
  return { responseId, sent: postSigned(`${base}/slack/events`, body, { secret: SECRET }) };
}

describe("Slack conversations, end to end against a local fake Slack and a SQLite file", () => {
  it("a /career follow-up by the same user in the same channel uses the context; another user's does not", async () => {
    expect(header(await career("tell me about the nlp research scientist role"))).toBe("NLP Research Scientist");
    const followUp = await career("what about the salary?");
    expect(header(followUp)).toBe("Salary: NLP Research Scientist");
    expect(followUp.text).toContain("$105,000");
    const stranger = await career("what about the salary?", "U2");
    expect(header(stranger)).not.toBe("Salary: NLP Research Scientist");
    const elsewhere = await career("what about the salary?", "U1", "C2");
    expect(header(elsewhere)).not.toBe("Salary: NLP Research Scientist");
  });

  it("shows the follow-ups as namespaced buttons and keeps Share last, carrying the context", async () => {
    await career("tell me about the lead ml architect role", "U3");
    const answer = await career("what about the salary?", "U3");
    const buttons = answer.blocks.find(
      (b) => b.type === "actions" && b.elements?.[0]?.action_id?.startsWith("careerbot.followup."),
    );
    expect(buttons?.elements?.length).toBeGreaterThan(0);
    expect(buttons?.elements?.map((e) => e.action_id)).toEqual(
      buttons?.elements?.map((_, i) => `careerbot.followup.${i}`),
    );
    const share = answer.blocks.at(-1);
    expect(share?.elements?.[0]?.action_id).toBe("share_answer");

    // Sharing the follow-up posts the same answer (the lead ML architect's salary), not a context-free one.
    const before = fake.posts().length;
    const body = blockActionsBody({
      actionId: "share_answer",
      value: share?.elements?.[0]?.value ?? "",
      responseUrl: fake.responseUrl("share-ctx"),
      actionTs: "1.2",
      messageTs: "1700000000.000777",
      userId: "U3",
    });
    await postSigned(`${base}/slack/events`, body, { secret: SECRET });
    await until(() => fake.posts().length > before);
    expect(String(fake.posts()[before]?.body.text)).toContain("Salary: Lead Machine Learning Architect");
  });

  it("a button click is acknowledged at once and answered ephemerally in the clicker's conversation", async () => {
    await career("tell me about the nlp research scientist role", "U4");
    const { responseId, sent } = click("careerbot.followup.1", "what about the salary?", "U4");
    const res = await sent;
    expect(res.status).toBe(200);
    await until(() => fake.responses.some((r) => r.id === responseId));
    const reply = fake.responses.find((r) => r.id === responseId)?.body as {
      response_type: string;
      replace_original: boolean;
      text: string;
      blocks: Block[];
    };
    expect(reply.response_type).toBe("ephemeral");
    expect(reply.replace_original).toBe(false);
    expect(header(reply)).toBe("Salary: NLP Research Scientist");
    // The click moved the conversation on: the next question follows from it.
    expect(header(await career("and the skills?", "U4"))).toMatch(/NLP Research Scientist/);
  });

  it("a thread mention continues the thread, whoever asks in it", async () => {
    const first = await mention("<@UBOT> tell me about the nlp research scientist role", "1700000100.000100");
    expect(first.thread_ts).toBe("1700000100.000100");
    const second = await mention("<@UBOT> what about the salary?", "1700000101.000100", "1700000100.000100", "U9");
    expect(second.thread_ts).toBe("1700000100.000100");
    expect(second.text).toContain("Salary: NLP Research Scientist");
    // A new mention outside the thread is a new conversation.
    const fresh = await mention("<@UBOT> what about the salary?", "1700000102.000100");
    expect(fresh.text).not.toContain("Salary: NLP Research Scientist");
  });

  it("answers a direct message in the DM's own conversation", async () => {
    const dm = async (text: string) => {
      const before = fake.posts().length;
      const body = JSON.stringify({
        team_id: "T1",
        api_app_id: "A1",
        type: "event_callback",
        event_id: `Ev-dm-${++seq}`,
        event_time: Math.floor(Date.now() / 1000),
        event: { type: "message", channel_type: "im", channel: "D1", user: "U1", text, ts: `1700000200.${seq}` },
      });
      await postSigned(`${base}/slack/events`, body, { secret: SECRET, contentType: "application/json" });
      await until(() => fake.posts().length > before);
      return fake.posts()[before]?.body as { channel: string; text: string };
    };
    await dm("tell me about the multimodal ai research scientist role");
    const reply = await dm("what about the salary?");
    expect(reply.channel).toBe("D1");
    expect(reply.text).toContain("Salary: Multimodal AI Research Scientist");
  });

  it("two conversations interleaved never leak into each other", async () => {
    await career("tell me about the nlp research scientist role", "U5", "C5");
    await career("tell me about the lead ml architect role", "U6", "C5");
    const [five, six] = await Promise.all([
      career("what about the salary?", "U5", "C5"),
      career("what about the salary?", "U6", "C5"),
    ]);
    expect(header(five)).toBe("Salary: NLP Research Scientist");
    expect(header(six)).toBe("Salary: Lead Machine Learning Architect");
  });

  it("keeps a conversation across a restart (the SQLite file reopened) and forgets it after the TTL", async () => {
    await career("tell me about the nlp research scientist role", "U7");
    await stop();
    await start();
    expect(header(await career("what about the salary?", "U7"))).toBe("Salary: NLP Research Scientist");
    now += TTL - 1000; // idle, but not for long enough
    expect(header(await career("and the skills?", "U7"))).toMatch(/NLP Research Scientist/);
    now += TTL; // idle past CONVERSATION_TTL
    expect(header(await career("what about the salary?", "U7"))).not.toBe("Salary: NLP Research Scientist");
  });

  it("forget me deletes every row of that user at once, and says so", async () => {
    const count = (user: string) =>
      (db.prepare("SELECT count(*) AS n FROM conversation_users WHERE user_id = ?").get(user) as { n: number }).n;
    await career("tell me about the nlp research scientist role", "U8", "C1");
    await career("I have a master's in statistics and know python", "U8", "C2");
    await mention("<@UBOT> tell me about the lead ml architect role", "1700000300.000100", undefined, "U8");
    await career("tell me about the nlp research scientist role", "U10", "C1");
    expect(count("slack:T1:U8")).toBe(3);
    // U10's turn is saved after its answer went out: wait for it, so that what forget me leaves is what is counted.
    await until(() => count("slack:T1:U10") === 1);
    const answer = await career("forget me", "U8", "C3");
    expect(answer.text).toMatch(/deleted everything/);
    expect(count("slack:T1:U8")).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM conversations WHERE key LIKE '%:U8'").get()).toEqual({ n: 0 });
    expect(count("slack:T1:U10")).toBe(1);
    expect(header(await career("what about the salary?", "U8", "C1"))).not.toBe("Salary: NLP Research Scientist");
  });
});
