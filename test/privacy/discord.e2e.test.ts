import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../adapters/discord";
import { Conversations } from "../../src/conversation/conversations";
import { conversationKeys } from "../../src/conversation/keys";
import type { ConversationStore } from "../../src/conversation/store";
import { storeRecentKeys } from "../../src/recentKeys";
import type { Store } from "../../src/store";
import { createWeekly } from "../../src/weekly";
import { BOT_ID, CHANNEL_ID, DM_CHANNEL_ID, type RestCall, startFakeDiscord, USER_ID } from "../fakes/discord";
import { bot, until } from "../helpers";
import { BACKENDS, rowsContaining } from "./helpers";

/**
 * Issue 17 on Discord, end to end against the fake Discord, on SQLite and on PostgreSQL: a reply to someone's answer
 * is answered from the replier's own profile (item 1), in the same channel only; "forget me" leaves no row naming
 * the person (item 2); `subscriptions` lists one server's channels (item 6); error logs carry no message text
 * (item 7); a replayed interaction is answered once (item 10).
 */
const ALICE = USER_ID; // the fake's default asker
const BOB = "100000000000000072";
const OTHER_GUILD = "100000000000000080";
const OTHER_CHANNEL = "100000000000000081";
const MANAGE_CHANNELS = String(1 << 4);

type MessageBody = { embeds?: { title?: string; description?: string }[]; content?: string };

describe.each(BACKENDS)("Discord privacy (%s)", (_name, open) => {
  let store: Store;
  let fake: Awaited<ReturnType<typeof startFakeDiscord>>;
  let adapter: DiscordAdapter;
  let conversationStore: ConversationStore;
  const logLines: string[] = [];

  beforeAll(async () => {
    store = await open();
    fake = await startFakeDiscord({ guilds: [{ id: OTHER_GUILD, channelId: OTHER_CHANNEL }] });
    const log = pino(
      { level: "debug" },
      new Writable({
        write(chunk, _encoding, done) {
          logLines.push(String(chunk));
          done();
        },
      }),
    );
    const weekly = await createWeekly(
      { DATABASE_PATH: "unused.db", TREND_CRON: "0 9 * * 1", TREND_TZ: "UTC" },
      bot.data,
      log,
      store,
    );
    conversationStore = store.conversations({ ttlMs: 30 * 60_000 });
    adapter = createDiscordAdapter({
      bot,
      conversations: new Conversations(bot, conversationStore, log, { budgetMs: 10_000 }),
      recentKeys: storeRecentKeys(store, log),
      subscriptions: weekly.commandsFor("discord"),
      settings: { token: "fake-token", apiUrl: fake.apiUrl },
      log,
    });
    await adapter.start();
    await until(() => adapter.client.isReady() && adapter.client.guilds.cache.size === 2);
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
    await store?.close();
  });

  /** Dispatches a message and returns the bot's answer in `channel` and the message the fake stored for it. */
  async function answerTo(message: Record<string, unknown>, channel = CHANNEL_ID) {
    const before = fake.messagesTo(channel).length;
    fake.dispatch("MESSAGE_CREATE", message);
    await until(() => fake.messagesTo(channel).length > before, 15_000);
    const stored = fake.history.get(channel)?.[0] as Record<string, unknown>;
    return { body: fake.messagesTo(channel)[before]?.body as unknown as MessageBody, stored };
  }
  /**
   * Waits until the bot stored `answer` as a way into its conversation: its last step for a message, after the send,
   * so a reply dispatched as soon as the answer is seen could otherwise race it (and be ignored as a reply to nothing).
   */
  const continuable = (answer: Record<string, unknown>, channel = CHANNEL_ID) =>
    until(
      async () =>
        (await conversationStore.resolveAlias(conversationKeys.discordMessage(channel, String(answer.id)))) !==
        undefined,
    );
  const mention = (content: string, user: string) =>
    answerTo(fake.guildMessage(`<@${BOT_ID}> ${content}`, { author: fake.user(user) }));
  const profileOf = async (user: string) =>
    (await store.sql.get<{ profile: string }>("SELECT profile FROM profiles WHERE user_id = ?", [`discord:${user}`]))
      ?.profile;

  it("B's reply to A's answer uses B's profile; B's facts stay B's; B's forget me leaves A's conversation", async () => {
    const alices = await mention(
      "I have 7 years as a data scientist and a phd, tell me about the nlp research scientist role",
      ALICE,
    );
    const aliceProfile = await profileOf(ALICE);
    expect(JSON.parse(aliceProfile ?? "{}")).toMatchObject({ years: 7, degree: "phd" });
    await continuable(alices.stored);
    const bobs = await answerTo(fake.replyTo(alices.stored, "which role fits me?", { author: fake.user(BOB) }));
    expect(bobs.body.embeds?.[0]?.title).toBe("Tell me about you");
    expect(JSON.stringify(bobs.body)).not.toMatch(/7 years|Ph\.D\./);
    await answerTo(fake.replyTo(alices.stored, "I have a master's degree", { author: fake.user(BOB) }));
    expect(await profileOf(ALICE)).toBe(aliceProfile);
    expect(JSON.parse((await profileOf(BOB)) ?? "{}")).toMatchObject({ degree: "master" });
    expect(await rowsContaining(store, "master")).toEqual([
      expect.stringMatching(new RegExp(`^profiles: .*discord:${BOB}`)),
    ]);
    const alicesKey = `discord:${CHANNEL_ID}:${ALICE}`;
    await answerTo(fake.replyTo(alices.stored, "forget me", { author: fake.user(BOB) }));
    expect(await profileOf(BOB)).toBeUndefined();
    expect(await profileOf(ALICE)).toBe(aliceProfile);
    expect(await rowsContaining(store, alicesKey)).not.toEqual([]);
    expect(await rowsContaining(store, BOB)).toEqual([]);
  });

  it("a message referencing an answer in another channel (A's DM) does not continue that conversation", async () => {
    const dm = fake.directMessage("tell me about the lead ml architect role");
    const dmAnswer = await answerTo(dm, DM_CHANNEL_ID);
    expect(dmAnswer.body.embeds?.[0]?.title).toBe("Lead Machine Learning Architect");
    await continuable(dmAnswer.stored, DM_CHANNEL_ID); // it could continue in its own channel
    const crossChannel = fake.guildMessage(`<@${BOT_ID}> what about the salary?`, {
      author: fake.user(BOB),
      type: 19,
      message_reference: { message_id: dmAnswer.stored.id, channel_id: DM_CHANNEL_ID },
    });
    const reply = await answerTo(crossChannel);
    expect(reply.body.embeds?.[0]?.title).not.toBe("Salary: Lead Machine Learning Architect");
    const inAlicesDm = await store.sql.all<{ user_id: string }>(
      "SELECT user_id FROM conversation_users WHERE key = ?",
      [`discord:${DM_CHANNEL_ID}:${ALICE}`],
    );
    expect(inAlicesDm).toEqual([{ user_id: `discord:${ALICE}` }]);
    expect(await rowsContaining(store, BOB)).not.toContain(expect.stringContaining(DM_CHANNEL_ID));
  });

  it("A's forget me leaves no row naming A in any table", async () => {
    await mention("I know python and I studied statistics, tell me about the nlp research scientist role", ALICE);
    await answerTo(fake.directMessage("which role fits me?"), DM_CHANNEL_ID);
    expect((await rowsContaining(store, ALICE)).length).toBeGreaterThan(0);
    expect((await mention("forget me", ALICE)).body.embeds?.[0]?.description).toMatch(/deleted everything/);
    expect(await rowsContaining(store, ALICE)).toEqual([]);
  });

  it("subscriptions lists only this server's channels, to a member who may manage them", async () => {
    await store.subscriptions.add("discord", CHANNEL_ID, null);
    await store.subscriptions.add("discord", OTHER_CHANNEL, null);
    const slash = fake.slashCommand("subscriptions", MANAGE_CHANNELS);
    const path = (c: RestCall) => c.path.startsWith(`/interactions/${slash.id}/`);
    fake.dispatch("INTERACTION_CREATE", slash);
    await until(() => fake.calls.some(path));
    const content = (fake.calls.find(path)?.body as { data?: { content?: string } } | undefined)?.data?.content;
    expect(content).toContain(`Subscribed channels (1): ${CHANNEL_ID}.`);
    expect(content).not.toContain(OTHER_CHANNEL);
  });

  it("an interaction dispatched five times is answered once", async () => {
    const slash = fake.slashCommand("tell me about the lead ml architect role", "0", fake.user("100000000000000091"));
    const sentinel = fake.slashCommand("help");
    for (let i = 0; i < 5; i++) fake.dispatch("INTERACTION_CREATE", slash);
    fake.dispatch("INTERACTION_CREATE", sentinel);
    const callbacks = (id: string) => fake.calls.filter((c) => c.path.startsWith(`/interactions/${id}/`)).length;
    await until(() => callbacks(sentinel.id) === 1 && callbacks(slash.id) >= 1);
    expect(callbacks(slash.id)).toBe(1);
  });

  it.each([
    [403, { status: 403, code: 50001, type: "DiscordAPIError[50001]" }],
    [500, { status: 500, type: "HTTPError" }],
  ])("a reply failing with %i is logged with its status, never with the answer it carried", async (status, fields) => {
    const carol = "100000000000000093";
    await mention("I have 13 years as a data scientist, tell me about the nlp research scientist role", carol);
    fake.failures.set(`POST /channels/${CHANNEL_ID}/messages`, [status, status, status, status]);
    const before = logLines.length;
    fake.dispatch(
      "MESSAGE_CREATE",
      fake.guildMessage(`<@${BOT_ID}> which role fits me?`, { author: fake.user(carol) }),
    );
    const failed = () => logLines.slice(before).find((l) => l.includes("discord reply failed"));
    await until(() => failed() !== undefined, 15_000);
    fake.failures.delete(`POST /channels/${CHANNEL_ID}/messages`);
    const line = JSON.parse(failed() ?? "{}");
    expect(line.level).toBe(50);
    expect(line.error).toMatchObject({ ...fields, method: "POST" });
    expect(JSON.stringify(line)).not.toMatch(/13 years|requestBody|embeds|fits you/);
  });
});
