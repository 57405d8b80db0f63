import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store";
import { BOT_ID, CHANNEL_ID, GUILD_ID, shardOf, startFakeDiscord } from "../fakes/discord";
import { until } from "../helpers";
import { startCareerbot } from "../ops/process";
import { tempDatabase } from "../weekly/helpers";
import { settle } from "./settled";

const { RUN_V8_FLAGS } = createRequire(import.meta.url)("../../bin/bundle.cjs") as { RUN_V8_FLAGS: string[] };

/** A second guild whose id puts it on the other shard of two: (id >> 22) % 2 differs from GUILD_ID's. */
const GUILD_2 = (BigInt(GUILD_ID) + (1n << 22n)).toString();
const CHANNEL_2 = "100000000000000044";

let fake: Awaited<ReturnType<typeof startFakeDiscord>>;
let bot: ReturnType<typeof startCareerbot>;

beforeAll(async () => {
  fake = await startFakeDiscord({ shards: 2, guilds: [{ id: GUILD_2, channelId: CHANNEL_2 }] });
  // Both channels subscribed long before this week's slot, so the start-up tick owes each its weekly post.
  const database = tempDatabase();
  const store = await openStore({ DATABASE_PATH: database });
  await store.subscriptions.add("discord", CHANNEL_ID, "U1", new Date("2020-01-01T00:00:00Z"));
  await store.subscriptions.add("discord", CHANNEL_2, "U1", new Date("2020-01-01T00:00:00Z"));
  await store.close();
  bot = startCareerbot(
    {
      DISCORD_TOKEN: "fake-token",
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARDS: "auto",
      DATABASE_PATH: database,
      // Mondays 00:00 UTC: this week's slot has always passed.
      TREND_CRON: "0 0 * * 1",
    },
    undefined,
    RUN_V8_FLAGS,
  );
}, 120_000);

afterAll(async () => {
  await bot?.stop(30_000);
  await fake?.close();
}, 60_000);

const weeklyPosts = (channel: string) =>
  fake
    .messagesTo(channel)
    .filter((c) =>
      ((c.body.embeds as { footer?: { text?: string } }[] | undefined) ?? []).some((e) =>
        /^careerbot weekly \d{4}-W\d\d$/m.test(e.footer?.text ?? ""),
      ),
    );

describe("Discord sharding (DISCORD_SHARDS=auto) against a fake gateway recommending 2 shards", () => {
  it("the two guilds sit on different shards", () => {
    expect([shardOf(GUILD_ID, 2), shardOf(GUILD_2, 2)].sort()).toEqual([0, 1]);
  });

  it("spawns one process per shard, each identifying as [i, 2]", async () => {
    await bot.waitForLog("discord shards ready", 110_000);
    const shards = fake.identifies.map((d) => (d as { shard: [number, number] }).shard);
    expect(shards.map((s) => JSON.stringify(s)).sort()).toEqual(["[0,2]", "[1,2]"]);
    expect(fake.connectedShards().sort()).toEqual([0, 1]);
    const spawned = bot.logs.filter((l) => l.msg === "discord shard spawned").map((l) => l.shardId);
    expect(spawned.sort()).toEqual([0, 1]);
  }, 120_000);

  it("gives each shard process the V8 flags the manager was started with (on Node's command line)", async () => {
    await bot.waitForLog("discord shards ready", 110_000);
    const shardPids = bot.logs.filter((l) => l.msg === "discord adapter ready").map((l) => Number(l.pid));
    expect(shardPids).toHaveLength(2);
    for (const pid of shardPids) {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      expect(commandLine.slice(1, 1 + RUN_V8_FLAGS.length)).toEqual(RUN_V8_FLAGS);
    }
  }, 120_000);

  it("answers a mention in a guild on each shard, once", async () => {
    for (const [guild, channel] of [
      [GUILD_ID, CHANNEL_ID],
      [GUILD_2, CHANNEL_2],
    ] as const) {
      const before = fake.messagesTo(channel).length;
      fake.dispatch(
        "MESSAGE_CREATE",
        fake.guildMessage(`<@${BOT_ID}> what does an NLP research scientist earn?`, {
          guild_id: guild,
          channel_id: channel,
        }),
      );
      await until(() => fake.messagesTo(channel).length > before, 30_000);
      // A marker question after it, answered, before counting: a duplicate would be in by then.
      const notMarker = await settle(fake, channel, { guildId: guild });
      const answers = fake
        .messagesTo(channel)
        .slice(before)
        .filter((c) => !weeklyPosts(channel).includes(c) && notMarker(c));
      expect(answers).toHaveLength(1);
      expect(JSON.stringify(answers[0]?.body)).toContain("$105,000");
    }
  }, 60_000);

  it("sends the weekly post once per channel, from the manager alone, whichever shard holds the guild", async () => {
    // Each post is logged once sent and marked: two lines mean the tick is done with both channels.
    const sent = () => bot.logs.filter((l) => l.msg === "weekly post sent");
    await until(() => sent().length >= 2, 30_000);
    expect(sent()).toHaveLength(2);
    expect(weeklyPosts(CHANNEL_ID)).toHaveLength(1);
    expect(weeklyPosts(CHANNEL_2)).toHaveLength(1);
    // One scheduler, in the manager process (its lines carry no shard); the shard processes run none.
    const started = bot.logs.filter((l) => l.msg === "weekly scheduler started");
    expect(started).toHaveLength(1);
    expect(started[0]?.shard).toBeUndefined();
  }, 60_000);

  it("stops the shards and exits 0 on SIGTERM", async () => {
    expect(await bot.stop(30_000)).toBe(0);
    await until(() => fake.connections() === 0, 15_000);
  }, 60_000);
});
