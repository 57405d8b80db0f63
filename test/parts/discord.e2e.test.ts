import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../adapters/discord";
import { createLogger } from "../../src/logger";
import { postsOnceSettled } from "../discord/settled";
import { BOT_ID, CHANNEL_ID, startFakeDiscord } from "../fakes/discord";
import { bot, until } from "../helpers";
import { THREE_PART_MESSAGE, threePartTitles } from "./threePart";

let fake: Awaited<ReturnType<typeof startFakeDiscord>>;
let adapter: DiscordAdapter;

beforeAll(async () => {
  fake = await startFakeDiscord();
  adapter = createDiscordAdapter({
    bot,
    settings: { token: "fake-token", apiUrl: fake.apiUrl },
    log: createLogger("silent"),
  });
  await adapter.start();
  await until(() => adapter.client.isReady());
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

describe("Discord answers a three-part message with three parts, in one message", () => {
  it("a mention gets one reply with an embed per part, titled in the order asked", async () => {
    const titles = threePartTitles();
    const before = fake.messagesTo(CHANNEL_ID).length;
    const question = fake.guildMessage(`<@${BOT_ID}> ${THREE_PART_MESSAGE}`);
    fake.dispatch("MESSAGE_CREATE", question);
    await until(() => fake.messagesTo(CHANNEL_ID).length > before);
    // postsOnceSettled waits for a marker question sent after it, so a stray second post would be seen.
    const replies = await postsOnceSettled(fake, CHANNEL_ID, before);
    expect(replies).toHaveLength(1);
    const body = replies[0]?.body as { embeds: { title?: string }[]; message_reference: { message_id: string } };
    expect(body.message_reference.message_id).toBe(question.id);
    expect(body.embeds.map((e) => e.title)).toEqual(titles);
  });
});
