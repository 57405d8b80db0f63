import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiscordAdapter } from "../../adapters/discord";
import { CAREER_COMMAND } from "../../adapters/discord/commands";
import { UNREAD_REPLY_TEXT } from "../../adapters/discord/listeners/message";
import { Conversations } from "../../src/conversation/conversations";
import { MemoryConversationStore } from "../../src/conversation/store";
import { BOT_ID, CHANNEL_ID, type RestCall } from "../fakes/discord";
import { bot, until } from "../helpers";
import { type FakeDiscord, startDiscordAgainstFake, stopDiscordAgainstFake } from "./harness";
import { postsOnceSettled } from "./settled";

let fake: FakeDiscord;
let adapter: DiscordAdapter;
const store = new MemoryConversationStore();

type Embed = { title: string; description?: string; footer?: { text: string } };
type Components = { type: number; components: { type: number; custom_id: string; label: string }[] }[];
type MessageBody = { embeds: Embed[]; components?: Components; flags?: number };

beforeAll(async () => {
  ({ fake, adapter } = await startDiscordAgainstFake({ conversations: new Conversations(bot, store) }));
});

afterAll(() => stopDiscordAgainstFake(fake, adapter));

const ALICE = "100000000000000021";
const BOB = "100000000000000022";

/** Posts a channel message and returns the bot's reply (its body and the message the fake stored). */
async function say(content: string, userId: string, extra: Record<string, unknown> = {}) {
  const before = fake.messagesTo(CHANNEL_ID).length;
  fake.dispatch("MESSAGE_CREATE", fake.guildMessage(content, { author: fake.user(userId), ...extra }));
  await until(() => fake.messagesTo(CHANNEL_ID).length > before);
  const stored = fake.history.get(CHANNEL_ID)?.[0] as Record<string, unknown>;
  return { body: fake.messagesTo(CHANNEL_ID)[before]?.body as unknown as MessageBody, stored };
}

/** Dispatches a prepared channel message and returns the bot's reply to it. */
async function sendAndCollect(message: Record<string, unknown>) {
  const before = fake.messagesTo(CHANNEL_ID).length;
  fake.dispatch("MESSAGE_CREATE", message);
  await until(() => fake.messagesTo(CHANNEL_ID).length > before);
  return { body: fake.messagesTo(CHANNEL_ID)[before]?.body as unknown as MessageBody };
}

/** Dispatches an interaction and returns its callback (POST /interactions/:id/:token/callback). */
async function interact(payload: { id: string }): Promise<{ call: RestCall; ms: number }> {
  const start = performance.now();
  fake.dispatch("INTERACTION_CREATE", payload);
  const path = (c: RestCall) => c.path.startsWith(`/interactions/${payload.id}/`);
  await until(() => fake.calls.some(path));
  // Reported, not asserted: a loaded machine must not fail the test (Discord's 3 s limit is for benchmarks).
  return { call: fake.calls.find(path) as RestCall, ms: performance.now() - start };
}

describe("Discord conversations, end to end against a local fake Discord", () => {
  it("a mention follow-up by the same person uses the context; the follow-ups are buttons", async () => {
    const first = await say(`<@${BOT_ID}> tell me about the nlp research scientist role`, ALICE);
    expect(first.body.embeds[0]?.title).toBe("NLP Research Scientist");
    const buttons = first.body.components?.[0]?.components ?? [];
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) {
      expect(b.custom_id.length).toBeLessThanOrEqual(100);
      expect(b.custom_id.startsWith("cb:")).toBe(true);
    }
    expect(first.body.embeds[0]?.footer?.text ?? "").not.toContain("Try:");
    const followUp = await say(`<@${BOT_ID}> what about the salary?`, ALICE);
    expect(followUp.body.embeds[0]?.title).toBe("Salary: NLP Research Scientist");
    const other = await say(`<@${BOT_ID}> what about the salary?`, BOB);
    expect(other.body.embeds[0]?.title).not.toBe("Salary: NLP Research Scientist");
  });

  it("a reply to one of the bot's answers continues that answer's conversation", async () => {
    const answer = await say(`<@${BOT_ID}> tell me about the multimodal ai research scientist role`, ALICE);
    // Bob replies to Alice's answer without writing a mention; the reply pings the bot (Discord's default), so
    // Discord delivers its content although the bot has no Message Content intent.
    const reply = await sendAndCollect(
      fake.replyTo(answer.stored, "and what does it pay?", { author: fake.user(BOB) }),
    );
    expect(reply.body.embeds[0]?.title).toBe("Salary: Multimodal AI Research Scientist");
    // A reply to someone else's message, without a mention, is not for the bot.
    const before = fake.messagesTo(CHANNEL_ID).length;
    const human = fake.guildMessage("what about the salary?", { author: fake.user(ALICE) });
    fake.dispatch("MESSAGE_CREATE", human);
    fake.dispatch(
      "MESSAGE_CREATE",
      fake.guildMessage("me too", {
        author: fake.user(BOB),
        message_reference: { message_id: human.id, channel_id: CHANNEL_ID },
        type: 19,
      }),
    );
    expect(await postsOnceSettled(fake, CHANNEL_ID, before, BOB)).toEqual([]);
  });

  it("a reply to an answer with its ping switched off arrives without content: the bot says it cannot read it", async () => {
    const answer = await say(`<@${BOT_ID}> tell me about the nlp research scientist role`, ALICE);
    // The fake blanks it as Discord does without Message Content: no mention of the bot, so no content.
    const silent = await sendAndCollect(
      fake.replyTo(answer.stored, "and what does it pay?", { author: fake.user(ALICE), ping: false }),
    );
    expect((silent.body as unknown as { content: string }).content).toBe(UNREAD_REPLY_TEXT);
    expect(silent.body.embeds ?? []).toEqual([]);
    // Nothing was answered, so the conversation is where it was: the next pinging reply still continues it.
    const pinged = await sendAndCollect(
      fake.replyTo(answer.stored, "and what does it pay?", { author: fake.user(ALICE) }),
    );
    expect(pinged.body.embeds[0]?.title).toBe("Salary: NLP Research Scientist");
  });

  it("a MESSAGE_COMPONENT click is answered as an ephemeral interaction reply in the clicker's conversation", async () => {
    const answer = await say(`<@${BOT_ID}> tell me about the nlp research scientist role`, BOB);
    const skills = answer.body.components?.[0]?.components.find((b) => /skill/i.test(b.label));
    expect(skills?.label).toMatch(/skill/i);
    const { call } = await interact(fake.buttonClick(skills?.custom_id ?? "", answer.stored, fake.user(BOB)));
    const data = (call.body as { type: number; data: MessageBody }).data;
    expect(call.body.type).toBe(4);
    expect(data.flags).toBe(64);
    expect(data.embeds[0]?.title).toMatch(/Skills.*NLP Research Scientist/);
    // The click moved Bob's conversation on.
    const next = await say(`<@${BOT_ID}> what about the salary?`, BOB);
    expect(next.body.embeds[0]?.title).toBe("Salary: NLP Research Scientist");
  });

  it("/career keeps the conversation of channel and person, with follow-up buttons", async () => {
    const alice = fake.user("100000000000000031");
    await interact(fake.slashCommand("tell me about the lead ml architect role", "0", alice));
    const { call } = await interact(fake.slashCommand("what about the salary?", "0", alice));
    const data = (call.body as { data: MessageBody }).data;
    expect(data.embeds[0]?.title).toBe("Salary: Lead Machine Learning Architect");
    expect(data.components?.[0]?.components.length).toBeGreaterThan(0);
  });

  it("autocompletes /career's question with up to 25 matching choices", async () => {
    expect(CAREER_COMMAND.options?.[0]).toMatchObject({ name: "question", autocomplete: true });
    const { call, ms } = await interact(fake.autocomplete("nlp sal"));
    const body = call.body as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(body.type).toBe(8);
    expect(body.data.choices.length).toBeGreaterThan(0);
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
    expect(body.data.choices.map((c) => c.value)).toContain("NLP Research Scientist salary");
    expect(body.data.choices.every((c) => c.name.length <= 100 && c.value === c.name)).toBe(true);
    const empty = (await interact(fake.autocomplete(""))).call.body as { data: { choices: unknown[] } };
    expect(empty.data.choices).toHaveLength(25);
    const lead = (await interact(fake.autocomplete("lead"))).call.body as { data: { choices: { name: string }[] } };
    expect(lead.data.choices.length).toBeGreaterThan(0);
    expect(lead.data.choices.every((c) => /lead/i.test(c.name))).toBe(true);
    console.log(`discord autocomplete: callback ${ms.toFixed(1)} ms after the dispatch`);
  });

  it("two conversations interleaved never leak into each other", async () => {
    const c = "100000000000000041";
    const d = "100000000000000042";
    await say(`<@${BOT_ID}> tell me about the nlp research scientist role`, c);
    await say(`<@${BOT_ID}> tell me about the lead ml architect role`, d);
    const before = fake.messagesTo(CHANNEL_ID).length;
    fake.dispatch("MESSAGE_CREATE", fake.guildMessage(`<@${BOT_ID}> what about the salary?`, { author: fake.user(c) }));
    fake.dispatch("MESSAGE_CREATE", fake.guildMessage(`<@${BOT_ID}> what about the salary?`, { author: fake.user(d) }));
    await until(() => fake.messagesTo(CHANNEL_ID).length >= before + 2);
    const titles = fake
      .messagesTo(CHANNEL_ID)
      .slice(before)
      .map((m) => (m.body as unknown as MessageBody).embeds[0]?.title)
      .sort();
    expect(titles).toEqual(["Salary: Lead Machine Learning Architect", "Salary: NLP Research Scientist"]);
  });

  it("forget me deletes the person's conversations and the replies that led to them", async () => {
    const e = "100000000000000051";
    const answer = await say(`<@${BOT_ID}> tell me about the nlp research scientist role`, e);
    expect((await say(`<@${BOT_ID}> forget me`, e)).body.embeds[0]?.description).toMatch(/deleted everything/);
    expect(await store.get(`discord:${CHANNEL_ID}:${e}`)).toBeUndefined();
    expect(await store.resolveAlias(`discord:msg:${answer.stored.id}`)).toBeUndefined();
  });
});
