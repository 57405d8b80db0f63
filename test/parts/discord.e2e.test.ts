import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiscordAdapter } from "../../adapters/discord";
import { type FakeDiscord, startDiscordAgainstFake, stopDiscordAgainstFake } from "../discord/harness";
import { postsOnceSettled } from "../discord/settled";
import { BOT_ID, CHANNEL_ID } from "../fakes/discord";
import { until } from "../helpers";
import { THREE_PART_MESSAGE, threePartTitles } from "./threePart";

let fake: FakeDiscord;
let adapter: DiscordAdapter;

beforeAll(async () => {
  ({ fake, adapter } = await startDiscordAgainstFake());
});

afterAll(() => stopDiscordAgainstFake(fake, adapter));

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
