import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../adapters/discord";
import { createSlackAdapter, type SlackAdapter } from "../../adapters/slack";
import { createLogger } from "../../src/logger";
import { startFakeDiscord } from "../fakes/discord";
import { blockActionsBody, httpSettings, postSigned, slashCommandBody, startFakeSlack } from "../fakes/slack";
import { bot, until } from "../helpers";
import { tempDatabase, weeklyAt } from "../weekly/helpers";

const SECRET = "adapter-secret";
const silent = createLogger("silent");
let fake: Awaited<ReturnType<typeof startFakeSlack>>;
let adapter: SlackAdapter;
let base: string;
const weekly = await weeklyAt(tempDatabase());

beforeAll(async () => {
  fake = await startFakeSlack();
  adapter = createSlackAdapter({
    bot,
    settings: httpSettings(fake.apiUrl, SECRET),
    log: silent,
    host: "127.0.0.1",
    retries: 0,
    subscriptions: weekly.commandsFor("slack"),
  });
  base = `http://127.0.0.1:${(await adapter.start()).port}`;
});
afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

describe("Slack listeners answer within seconds whatever the Web API does", () => {
  it("/career subscribe is acknowledged at once while users.info is slow; the outcome follows via respond()", async () => {
    fake.delays.set("users.info", 4_000);
    try {
      const res = await postSigned(
        `${base}/slack/events`,
        slashCommandBody({
          text: "subscribe",
          userId: "UADMIN",
          channelId: "CSLOW",
          triggerId: "slow-1",
          responseUrl: fake.responseUrl("slow-1"),
        }),
        { secret: SECRET },
      );
      console.log(`subscribe acknowledged in ${res.ms.toFixed(0)} ms with users.info taking 4 s`);
      expect(res.status).toBe(200);
      // Acknowledged before the outcome, which waits for users.info: the ack did not wait for it.
      expect(fake.responses.some((r) => r.id === "slow-1")).toBe(false);
      await until(() => fake.responses.some((r) => r.id === "slow-1"), 15_000);
      expect(String(fake.responses.find((r) => r.id === "slow-1")?.body.text)).toMatch(/^Subscribed/);
    } finally {
      fake.delays.clear();
    }
  });

  it("a failed Share tells the user ephemerally, within seconds; pressing again tries again", async () => {
    const press = (ts: string) =>
      postSigned(
        `${base}/slack/events`,
        blockActionsBody({
          actionId: "share_answer",
          value: "nlp salary",
          responseUrl: fake.responseUrl(`share-${ts}`),
          actionTs: ts,
          channelId: "CSHARE",
          messageTs: "1700000000.000900",
        }),
        { secret: SECRET },
      );
    fake.failures.set("chat.postMessage", [500]);
    const start = performance.now();
    expect((await press("1")).status).toBe(200);
    await until(() => fake.responses.some((r) => r.id === "share-1"), 10_000);
    console.log(`failed share reported to the user after ${(performance.now() - start).toFixed(0)} ms`);
    const told = fake.responses.find((r) => r.id === "share-1")?.body;
    expect(told).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(String(told?.text)).toMatch(/^Couldn't share: /);
    expect((await press("2")).status).toBe(200);
    await until(() => fake.responses.some((r) => r.id === "share-2"), 10_000);
    expect(fake.posts().filter((p) => p.body.channel === "CSHARE")).toHaveLength(2); // the failed one, then the share
  });
});

describe("Discord gateway closes", () => {
  it("a fatal close (4004) while running logs the cause at error and asks the bot to exit; 4000 just resumes", async () => {
    const discordFake = await startFakeDiscord();
    const lines: Record<string, unknown>[] = [];
    const { default: pino } = await import("pino");
    const log = pino({ level: "info" }, { write: (l: string) => void lines.push(JSON.parse(l)) });
    const fatal: string[] = [];
    const discord = createDiscordAdapter({
      bot,
      settings: { token: "fake-token", apiUrl: discordFake.apiUrl },
      log,
      onFatal: (reason) => fatal.push(reason),
    });
    try {
      await discord.start();
      await until(() => discord.client.isReady(), 15_000);
      discordFake.dropConnections(4000);
      await until(() => discordFake.resumes.length > 0, 15_000);
      expect(fatal).toEqual([]);
      discordFake.dropConnections(4004);
      await until(() => fatal.length > 0, 15_000);
      expect(fatal).toEqual(["discord gateway close 4004"]);
      const error = lines.find((l) => l.level === 50 && l.code === 4004);
      expect(String(error?.msg)).toContain("DISCORD_TOKEN");
    } finally {
      await discord.stop();
      await discordFake.close();
    }
  }, 45_000);
});
