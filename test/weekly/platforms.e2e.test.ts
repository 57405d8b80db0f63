import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../adapters/discord";
import { createDiscordRest, discordPoster } from "../../adapters/discord/poster";
import { createSlackAdapter, type SlackAdapter } from "../../adapters/slack";
import { createSlackClient } from "../../adapters/slack/client";
import { slackPoster } from "../../adapters/slack/poster";
import type { Weekly } from "../../src/weekly";
import { DeliveryError } from "../../src/weekly/poster";
import { REFUSAL } from "../../src/weekly/subscriptionCommands";
import { BOT_ID, CHANNEL_ID, startFakeDiscord, USER_ID } from "../fakes/discord";
import { httpSettings, postSigned, slashCommandBody, startFakeSlack } from "../fakes/slack";
import { bot, until } from "../helpers";
import { silent, tempDatabase, weeklyAt } from "./helpers";

const SECRET = "weekly-secret";
const answer = bot.answer("trends");
let slackFake: Awaited<ReturnType<typeof startFakeSlack>>;
let discordFake: Awaited<ReturnType<typeof startFakeDiscord>>;

beforeAll(async () => {
  [slackFake, discordFake] = await Promise.all([startFakeSlack(), startFakeDiscord()]);
});
afterAll(async () => {
  await Promise.all([slackFake?.close(), discordFake?.close()]);
});

describe("posting a weekly answer to each platform's local fake", () => {
  it("Slack: chat.postMessage with Block Kit; channel_not_found is permanent, a 500 is not", async () => {
    const poster = slackPoster(createSlackClient("xoxb-test", slackFake.apiUrl, 0));
    await poster.post("C42", answer);
    const post = slackFake.posts().at(-1);
    expect(post?.body).toMatchObject({ channel: "C42" });
    expect(JSON.stringify(post?.body.blocks)).toContain("header");
    slackFake.failures.set("chat.postMessage", ["channel_not_found", 500]);
    await expect(poster.post("C43", answer)).rejects.toMatchObject({ permanent: true, message: "channel_not_found" });
    const transient = await poster.post("C43", answer).catch((e) => e);
    expect(transient).toBeInstanceOf(DeliveryError);
    expect(transient.permanent).toBe(false);
  });

  it("Discord: POST /channels/{id}/messages with an embed and no pings; 404 is permanent; a 429 is retried once", async () => {
    const poster = discordPoster(createDiscordRest("fake-token", discordFake.apiUrl));
    await poster.post(CHANNEL_ID, answer);
    expect(discordFake.messagesTo(CHANNEL_ID).at(-1)?.body).toMatchObject({ allowed_mentions: { parse: [] } });
    discordFake.failures.set("POST /channels/404404/messages", [404]);
    await expect(poster.post("404404", answer)).rejects.toMatchObject({ permanent: true });
    discordFake.failures.set(`POST /channels/${CHANNEL_ID}/messages`, [429]);
    const before = discordFake.messagesTo(CHANNEL_ID).length;
    await poster.post(CHANNEL_ID, answer);
    expect(discordFake.messagesTo(CHANNEL_ID).length - before).toBe(2);
  });
});

describe("`careerbot trends run-due` against the local fakes", () => {
  it("posts this week's post to subscribed channels on both platforms, then nothing on a second run", async () => {
    const path = tempDatabase();
    const weekly = await weeklyAt(path);
    await weekly.subscriptions.add("slack", "CRUN", "cli", new Date("2026-11-01T00:00:00Z"));
    await weekly.subscriptions.add("discord", CHANNEL_ID, "cli", new Date("2026-11-01T00:00:00Z"));
    await weekly.close();
    const env = {
      ...process.env,
      LOG_LEVEL: "silent",
      DATABASE_PATH: path,
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_API_URL: slackFake.apiUrl,
      DISCORD_TOKEN: "fake-token",
      DISCORD_API_URL: discordFake.apiUrl,
    };
    const run = () =>
      promisify(execFile)("node", ["bin/careerbot.js", "trends", "run-due", "--now", "2026-11-30T09:05:00Z"], { env });
    const slackBefore = slackFake.posts().length;
    const discordBefore = discordFake.messagesTo(CHANNEL_ID).length;
    const first = await run();
    expect(first.stdout).toContain("week 2026-W49");
    expect(first.stdout).toMatch(/sent: (slack:CRUN, discord:\d+|discord:\d+, slack:CRUN)/);
    const second = await run();
    expect(second.stdout).toContain("sent: none");
    expect(slackFake.posts().length - slackBefore).toBe(1);
    expect(discordFake.messagesTo(CHANNEL_ID).length - discordBefore).toBe(1);
  });
});

describe("who may subscribe", () => {
  let slack: SlackAdapter;
  let discord: DiscordAdapter;
  let slackBase: string;
  let weekly: Weekly;

  beforeAll(async () => {
    weekly = await weeklyAt(tempDatabase());
    slack = createSlackAdapter({
      bot,
      settings: httpSettings(slackFake.apiUrl, SECRET, ["UOPS"]),
      log: silent,
      host: "127.0.0.1",
      retries: 0,
      subscriptions: weekly.commandsFor("slack"),
    });
    slackBase = `http://127.0.0.1:${(await slack.start()).port}`;
    discord = createDiscordAdapter({
      bot,
      settings: { token: "fake-token", apiUrl: discordFake.apiUrl },
      log: silent,
      subscriptions: weekly.commandsFor("discord"),
    });
    await discord.start();
    await until(() => discord.client.isReady());
  });
  afterAll(async () => {
    await slack?.stop();
    await discord?.stop();
  });

  let trigger = 0;
  /** The command is acknowledged at once (empty); its outcome arrives through response_url. */
  const slash = async (text: string, userId: string, channelId = "CSUB") => {
    const id = `sub-${++trigger}`;
    const ack = await postSigned(
      `${slackBase}/slack/events`,
      slashCommandBody({ text, userId, channelId, triggerId: id, responseUrl: slackFake.responseUrl(id) }),
      { secret: SECRET },
    );
    expect(ack.status).toBe(200);
    expect(ack.body).toBe("");
    await until(() => slackFake.responses.some((r) => r.id === id));
    return slackFake.responses.find((r) => r.id === id)?.body as { text: string; response_type: string };
  };

  it("Slack: members are refused politely; workspace admins and SLACK_ADMIN_USER_IDS may", async () => {
    expect((await slash("subscribe", "U1")).text).toBe(REFUSAL);
    expect(await weekly.subscriptions.list("slack")).toEqual([]);
    expect((await slash("subscribe", "UADMIN")).text).toMatch(/^Subscribed/);
    expect((await slash("subscribe", "UOPS", "COPS")).text).toMatch(/^Subscribed/);
    expect((await slash("subscriptions", "UADMIN")).text).toMatch(/CSUB, COPS|COPS, CSUB/);
    // Members learn about their own channel only, never the list of subscribed channels.
    expect((await slash("subscriptions", "U1", "CSUB")).text).toMatch(/^This channel gets the weekly post/);
    expect((await slash("subscriptions", "U1", "COTHER")).text).not.toMatch(/CSUB|COPS/);
    expect((await slash("unsubscribe", "U1")).text).toBe(REFUSAL);
    expect((await slash("unsubscribe", "UADMIN")).text).toMatch(/^Unsubscribed/);
    expect((await weekly.subscriptions.list("slack")).map((s) => s.channelId)).toEqual(["COPS"]);
  });

  it("Discord: only members with Manage Channels in that channel may, by mention or slash command", async () => {
    const reply = async (payload: Record<string, unknown>) => {
      const before = discordFake.messagesTo(CHANNEL_ID).length;
      discordFake.dispatch("MESSAGE_CREATE", payload);
      await until(() => discordFake.messagesTo(CHANNEL_ID).length > before);
      return discordFake.messagesTo(CHANNEL_ID).at(-1)?.body.content;
    };
    const member = { id: "100000000000000777", username: "member", discriminator: "0" };
    expect(await reply(discordFake.guildMessage(`<@${BOT_ID}> subscribe`, { author: member }))).toBe(REFUSAL);
    expect(await weekly.subscriptions.list("discord")).toEqual([]);
    // The server owner holds every permission.
    expect(
      await reply(
        discordFake.guildMessage(`<@${BOT_ID}> subscribe`, {
          author: { id: USER_ID, username: "owner", discriminator: "0" },
        }),
      ),
    ).toMatch(/^Subscribed/);

    const callback = async (permissions: string, question: string) => {
      const before = discordFake.calls.length;
      discordFake.dispatch("INTERACTION_CREATE", discordFake.slashCommand(question, permissions));
      await until(() => discordFake.calls.slice(before).some((c) => c.path.endsWith("/callback")));
      return discordFake.calls.slice(before).find((c) => c.path.endsWith("/callback"))?.body as {
        data: { content: string };
      };
    };
    expect((await callback("0", "unsubscribe")).data.content).toBe(REFUSAL);
    expect((await callback(String(1 << 4), "unsubscribe")).data.content).toMatch(/^Unsubscribed/);
    expect(await weekly.subscriptions.list("discord")).toEqual([]);
  });
});
