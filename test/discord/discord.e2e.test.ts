import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiscordAdapter } from "../../adapters/discord";
import { renderDiscordEmbed } from "../../adapters/discord/render";
import type { Answer } from "../../src/answer/types";
import { BOT_ID, CHANNEL_ID, DM_CHANNEL_ID } from "../fakes/discord";
import { bot, until } from "../helpers";
import { type FakeDiscord, startDiscordAgainstFake, stopDiscordAgainstFake } from "./harness";
import { postsOnceSettled } from "./settled";

let fake: FakeDiscord;
let adapter: DiscordAdapter;

/** Sends a message and returns everything it made the bot post in the channel (see postsOnceSettled). */
async function sendAndCollect(payload: Record<string, unknown>, channelId = CHANNEL_ID, expectReply = true) {
  const before = fake.messagesTo(channelId).length;
  fake.dispatch("MESSAGE_CREATE", payload);
  if (expectReply) await until(() => fake.messagesTo(channelId).length > before);
  return postsOnceSettled(fake, channelId, before);
}

beforeAll(async () => {
  ({ fake, adapter } = await startDiscordAgainstFake());
});

afterAll(() => stopDiscordAgainstFake(fake, adapter));

describe("Discord adapter, end to end against a local fake Discord", () => {
  it("logs in through GET /gateway/bot and IDENTIFY with three intents, no privileged Message Content", () => {
    expect(fake.calls.some((c) => c.path === "/gateway/bot")).toBe(true);
    const identify = fake.identifies[0] as { token: string; intents: number; compress?: boolean };
    expect(identify.token).toBe("fake-token");
    // Guilds (1) | GuildMessages (512) | DirectMessages (4096); not MessageContent (32768)
    expect(identify.intents).toBe(1 | 512 | 4096);
  });

  it("answers mentions and DMs although the gateway, as without Message Content, blanks every other message", async () => {
    // The fake delivers as Discord does for these intents: content only for mentions, DMs and the bot's own messages.
    const mention = await sendAndCollect(fake.guildMessage(`<@${BOT_ID}> lead ml architect salary`));
    expect(JSON.stringify(mention[0]?.body)).toContain("$188,940");
    const dm = await sendAndCollect(fake.directMessage("nlp research scientist salary"), DM_CHANNEL_ID);
    expect(JSON.stringify(dm[0]?.body)).toContain("$105,000");
    expect(await sendAndCollect(fake.guildMessage("lead ml architect salary"), CHANNEL_ID, false)).toHaveLength(0);
  });

  it("replies to a mention with one embed carrying the figures, pinging nobody", async () => {
    const question = fake.guildMessage(`<@${BOT_ID}> what does an NLP research scientist earn?`);
    const replies = await sendAndCollect(question);
    expect(replies).toHaveLength(1);
    const body = replies[0]?.body as {
      embeds: { title: string; fields: { value: string }[]; footer: { text: string } }[];
      allowed_mentions: unknown;
      message_reference: { message_id: string };
    };
    expect(body.embeds[0]?.title).toBe("Salary: NLP Research Scientist");
    expect(body.embeds[0]?.fields.map((f) => f.value).join(" ")).toContain("$105,000");
    expect(body.embeds[0]?.footer.text).toContain("Source: AiPathly careers guide");
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.message_reference.message_id).toBe(question.id);
  });

  it("answers advice in a mention: a recommendation with its reason, and small talk without an empty title", async () => {
    const [pick] = await sendAndCollect(
      fake.guildMessage(`<@${BOT_ID}> data analyst here, 2 yrs of SQL and tableau, which AI role should I aim for?`),
    );
    const embed = (pick?.body as { embeds: { title?: string; description: string }[] } | undefined)?.embeds[0];
    expect(embed?.title).toBe("Best fit for you: Entry Level AI Engineer");
    expect(embed?.description).toMatch(/Entry Level AI Engineer fits you best/);
    const [thanks] = await sendAndCollect(fake.guildMessage(`<@${BOT_ID}> thanks, that helps`));
    const small = (thanks?.body as { embeds: { title?: string; description: string }[] } | undefined)?.embeds[0];
    expect(small?.title).toBeUndefined();
    expect(small?.description).toMatch(/welcome/);
  });

  it("answers the <@!id> nickname form, mid-sentence", async () => {
    const replies = await sendAndCollect(fake.guildMessage(`hey <@!${BOT_ID}> lead ml architect salary`));
    expect(replies).toHaveLength(1);
  });

  it("ignores a message without a mention, a bot's message and an @everyone", async () => {
    expect(await sendAndCollect(fake.guildMessage("lead ml architect salary"), CHANNEL_ID, false)).toHaveLength(0);
    const fromBot = fake.guildMessage(`<@${BOT_ID}> salary`, {
      author: { id: "999", username: "otherbot", discriminator: "0", bot: true },
    });
    expect(await sendAndCollect(fromBot, CHANNEL_ID, false)).toHaveLength(0);
    const everyone = fake.guildMessage("@everyone what is the salary", { mention_everyone: true, mentions: [] });
    expect(await sendAndCollect(everyone, CHANNEL_ID, false)).toHaveLength(0);
  });

  it("replies to hostile text without parsing any mention", async () => {
    const replies = await sendAndCollect(
      fake.guildMessage(`<@${BOT_ID}> @everyone @here <@${"123456789012345678"}> <@&555> **salary** of a plumber`),
    );
    expect(replies).toHaveLength(1);
    const body = replies[0]?.body as { allowed_mentions: { parse: unknown[] }; embeds: { description: string }[] };
    expect(body.allowed_mentions.parse).toEqual([]);
    expect(body.embeds[0]?.description).toMatch(/no data on "plumber"/);
    expect(JSON.stringify(body.embeds)).not.toMatch(/@everyone|@here|<@/);
  });

  it("answers a direct message", async () => {
    const replies = await sendAndCollect(
      fake.directMessage("skills for a multimodal ai research scientist"),
      DM_CHANNEL_ID,
    );
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies[0]?.body)).toContain("C++");
  });

  it("answers the /career slash command through the interaction callback", async () => {
    const before = fake.calls.length;
    fake.dispatch(
      "INTERACTION_CREATE",
      fake.slashCommand("compare nlp research scientist and multimodal ai research scientist"),
    );
    await until(() => fake.calls.slice(before).some((c) => c.path.endsWith("/callback")));
    const callback = fake.calls.slice(before).find((c) => c.path.endsWith("/callback"));
    expect(callback?.body).toMatchObject({ type: 4 });
    expect(JSON.stringify(callback?.body)).toContain("NLP Research Scientist vs Multimodal AI Research Scientist");
  });

  it("resumes after the gateway closes the connection, then answers the next mention", async () => {
    fake.dropConnections(4000);
    await until(() => fake.resumes.length > 0 && fake.connections() > 0, 10_000);
    const replies = await sendAndCollect(fake.guildMessage(`<@${BOT_ID}> trends`));
    expect(replies).toHaveLength(1);
  });

  it("delivers a reply once after a REST 429 with Retry-After", async () => {
    fake.failures.set(`POST /channels/${CHANNEL_ID}/messages`, [429]);
    const before = fake.messagesTo(CHANNEL_ID).length;
    fake.dispatch("MESSAGE_CREATE", fake.guildMessage(`<@${BOT_ID}> nlp salary`));
    await until(() => fake.messagesTo(CHANNEL_ID).length >= before + 2, 10_000);
    // Two POSTs reached the server: the rate-limited one and the retry; one reply exists.
    expect(await postsOnceSettled(fake, CHANNEL_ID, before)).toHaveLength(2);
  });

  it("keeps embeds inside Discord's limits for any answer", () => {
    const huge: Answer = {
      ...bot.answer("help"),
      title: "t".repeat(500),
      sections: Array.from({ length: 60 }, (_, i) => ({
        heading: `Section ${i}`,
        lines: ["x".repeat(500), "y".repeat(500)],
      })),
      figures: Array.from({ length: 40 }, (_, i) => ({
        label: `L${i}`.repeat(100),
        value: "v".repeat(2000),
        source: "s",
      })),
    };
    const embed = renderDiscordEmbed(huge);
    const total =
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(embed.title?.length).toBeLessThanOrEqual(256);
    expect(embed.description?.length).toBeLessThanOrEqual(4096);
    expect(embed.fields?.length).toBeLessThanOrEqual(25);
    expect(embed.fields?.every((f) => f.name.length <= 256 && f.value.length <= 1024)).toBe(true);
    expect(total).toBeLessThanOrEqual(6000);
  });
});

describe("Discord command registration", () => {
  it("puts /career in one guild when DISCORD_GUILD_ID is set, globally otherwise", async () => {
    const { registerCommands } = await import("../../adapters/discord/register");
    expect(await registerCommands({ token: "t", applicationId: "42", guildId: "7", apiUrl: fake.apiUrl })).toEqual({
      scope: "guild 7",
      count: 1,
    });
    expect(await registerCommands({ token: "t", applicationId: "42", apiUrl: fake.apiUrl })).toEqual({
      scope: "global",
      count: 1,
    });
    const puts = fake.calls.filter((c) => c.method === "PUT").map((c) => c.path);
    expect(puts).toEqual(["/applications/42/guilds/7/commands", "/applications/42/commands"]);
    expect(fake.calls.find((c) => c.method === "PUT")?.body).toMatchObject([
      { name: "career", options: [{ name: "question" }] },
    ]);
  });
});
