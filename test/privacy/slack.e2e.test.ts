import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../adapters/slack";
import { Conversations } from "../../src/conversation/conversations";
import { MAX_USERS_PER_KEY } from "../../src/conversation/store";
import { createLogger } from "../../src/logger";
import { storeRecentKeys } from "../../src/recentKeys";
import type { Store } from "../../src/store";
import { blockActionsBody, httpSettings, postSigned, slashCommandBody, startFakeSlack } from "../fakes/slack";
import { bot, until } from "../helpers";
import { BACKENDS, rowsContaining } from "./helpers";

/**
 * Issue 17, items 1 and 2 on Slack, end to end against the fake Slack, on SQLite and on PostgreSQL: a profile
 * belongs to its person, not to the thread they ask in, and "forget me" leaves no row naming them.
 */
const SECRET = "privacy-secret";
const silent = createLogger("silent");
let fake: Awaited<ReturnType<typeof startFakeSlack>>;
let seq = 0;

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => {
  await fake?.close();
});

type Block = { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string }[] };
type Message = { text: string; thread_ts?: string; blocks: Block[] };

const ALICE_FACTS = "I have 7 years as a data scientist and a phd, tell me about the nlp research scientist role";

describe.each(BACKENDS)("Slack privacy (%s)", (_name, open) => {
  let store: Store;
  let adapter: SlackAdapter;
  let base: string;

  beforeAll(async () => {
    store = await open();
    // A generous budget: these tests check what is stored, not how fast (the frozen-database test does that).
    const conversations = new Conversations(bot, store.conversations({ ttlMs: 30 * 60_000 }), silent, {
      budgetMs: 10_000,
    });
    adapter = createSlackAdapter({
      bot,
      conversations,
      recentKeys: storeRecentKeys(store, silent),
      settings: httpSettings(fake.apiUrl, SECRET),
      log: silent,
      host: "127.0.0.1",
      retries: 0,
    });
    base = `http://127.0.0.1:${(await adapter.start()).port}`;
  });
  afterAll(async () => {
    await adapter?.stop();
    await store?.close();
  });

  async function mention(user: string, text: string, threadTs: string): Promise<Message> {
    const before = fake.posts().length;
    const ts = `1800000${String(++seq).padStart(3, "0")}.000100`;
    const body = JSON.stringify({
      team_id: "T1",
      api_app_id: "A1",
      type: "event_callback",
      event_id: `Ev-privacy-${seq}`,
      event_time: Math.floor(Date.now() / 1000),
      event: {
        type: "app_mention",
        user,
        text: `<@UBOT> ${text}`,
        ts,
        channel: "C1",
        event_ts: ts,
        thread_ts: threadTs,
      },
    });
    const res = await postSigned(`${base}/slack/events`, body, { secret: SECRET, contentType: "application/json" });
    expect(res.status).toBe(200);
    await until(() => fake.posts().length > before);
    return fake.posts()[before]?.body as unknown as Message;
  }

  async function career(user: string, text: string): Promise<Message> {
    const body = slashCommandBody({
      text,
      triggerId: `trigger-privacy-${++seq}`,
      responseUrl: fake.responseUrl(`privacy-${seq}`),
      userId: user,
    });
    const res = await postSigned(`${base}/slack/events`, body, { secret: SECRET });
    expect(res.status).toBe(200);
    return JSON.parse(res.body) as Message;
  }

  async function click(user: string, question: string): Promise<void> {
    const id = `privacy-click-${++seq}`;
    const body = blockActionsBody({
      actionId: "careerbot.followup.0",
      value: question,
      responseUrl: fake.responseUrl(id),
      actionTs: `${1800000000 + seq}.1`,
      userId: user,
    });
    expect((await postSigned(`${base}/slack/events`, body, { secret: SECRET })).status).toBe(200);
    await until(() => fake.responses.some((r) => r.id === id));
  }

  const profileOf = async (user: string) =>
    store.sql.get<{ profile: string }>("SELECT profile FROM profiles WHERE user_id = ?", [`slack:T1:${user}`]);

  it("B asking in A's thread is answered from B's profile alone, and A's stored profile is unchanged", async () => {
    const thread = "1800000000.000001";
    await mention("UALICE1", ALICE_FACTS, thread);
    const alice = await profileOf("UALICE1");
    expect(JSON.parse(alice?.profile ?? "{}")).toMatchObject({ years: 7, degree: "phd" });
    // Alice would hear "you have the Ph.D. ... you have 7 years"; Bob told the bot nothing about himself.
    const bobs = await mention("UBOB1", "which role fits me?", thread);
    expect(bobs.thread_ts).toBe(thread);
    expect(bobs.text).toContain("Tell me about you");
    expect(JSON.stringify(bobs)).not.toMatch(/7 years|Ph\.D\./);
    // What Bob says about himself is his: Alice's row does not change, Bob's holds it.
    await mention("UBOB1", "I have a master's degree", thread);
    expect(await profileOf("UALICE1")).toEqual(alice);
    expect(JSON.parse((await profileOf("UBOB1"))?.profile ?? "{}")).toMatchObject({ degree: "master" });
    // The thread itself holds nobody's facts.
    const context = await store.sql.get<{ context: string }>("SELECT context FROM conversations WHERE key = ?", [
      `slack:T1:thread:C1:${thread}`,
    ]);
    expect(context?.context).not.toMatch(/phd|master|years|profile/);
    // Bob's "forget me" deletes Bob, not Alice's profile nor the thread she still takes part in.
    expect((await mention("UBOB1", "forget me", thread)).text).toMatch(/deleted everything/);
    expect(await rowsContaining(store, "UBOB1")).toEqual([]);
    expect(await profileOf("UALICE1")).toEqual(alice);
    expect(await rowsContaining(store, `slack:T1:thread:C1:${thread}`)).toHaveLength(2); // the thread, Alice in it
  });

  it("A's forget me leaves no row naming A or holding A's facts, past the participant cap and in the seen events", async () => {
    const thread = "1800000000.000002";
    await mention("UALICE2", ALICE_FACTS.replace("data scientist", "data analyst"), thread);
    await career("UALICE2", "tell me about the lead ml architect role");
    await click("UALICE2", "what about the salary?");
    // More people than one conversation records take part after Alice.
    for (let i = 0; i < MAX_USERS_PER_KEY + 1; i++) await mention(`UCROWD${i}`, "and the skills?", thread);
    expect((await rowsContaining(store, "UALICE2")).length).toBeGreaterThan(0);
    expect(await rowsContaining(store, "data analyst")).toHaveLength(1); // her profile
    expect((await career("UALICE2", "forget me")).text).toMatch(/deleted everything/);
    expect(await rowsContaining(store, "UALICE2", "data analyst")).toEqual([]);
    // The crowd keeps its thread.
    expect((await mention("UCROWD0", "what about the salary?", thread)).text).toContain("Salary:");
  });
});
