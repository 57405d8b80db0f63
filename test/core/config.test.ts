import { describe, expect, it } from "vitest";
import { PLATFORMS } from "../../adapters";
import type { DiscordSettings } from "../../adapters/discord/settings";
import type { SlackSettings } from "../../adapters/slack/settings";
import { loadConfig } from "../../src/config";
import { configuredPlatforms } from "../../src/platform";

/** The core's variables and every registered platform's, validated as `careerbot start` does. */
function platformsOf(env: Record<string, string>) {
  const platforms = configuredPlatforms(PLATFORMS, loadConfig(env), env);
  const of = (name: string) => platforms.find((p) => p.adapter.name === name)?.settings;
  return { slack: of("slack") as SlackSettings | undefined, discord: of("discord") as DiscordSettings | undefined };
}
const slackOf = (env: Record<string, string>) => platformsOf(env).slack;

describe("configuration", () => {
  it("defaults to the console: no platform configured", () => {
    const config = loadConfig({});
    expect(platformsOf({})).toEqual({ slack: undefined, discord: undefined });
    expect(config).toMatchObject({
      PORT: 3000,
      // Readiness and metrics: their own port, on the loopback interface unless the operator says otherwise.
      HEALTH_PORT: 3001,
      HEALTH_HOST: "127.0.0.1",
      TREND_CRON: "0 9 * * 1",
      TREND_TZ: "UTC",
      DATABASE_PATH: "./careerbot.db",
    });
  });

  it("chooses HTTP mode with a signing secret and Socket Mode with an app token", () => {
    expect(slackOf({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", PORT: "4000" })?.connection).toEqual({
      mode: "http",
      port: 4000,
    });
    expect(slackOf({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" })?.connection).toEqual({
      mode: "socket",
      appToken: "xapp-1",
    });
  });

  it("chooses the OAuth install (HTTP mode, no single token) with client id, client secret and state secret", () => {
    const oauth = { SLACK_CLIENT_ID: "1.2", SLACK_CLIENT_SECRET: "cs", SLACK_STATE_SECRET: "ss" };
    const settings = slackOf({ ...oauth, SLACK_SIGNING_SECRET: "s", PORT: "4000" });
    expect(settings).toMatchObject({
      oauth: { clientId: "1.2", clientSecret: "cs", stateSecret: "ss" },
      connection: { mode: "http", port: 4000 },
    });
    expect(settings?.botToken).toBeUndefined();
  });

  it("runs Discord unsharded by default; DISCORD_SHARDS=auto or a count shards it", () => {
    expect(platformsOf({ DISCORD_TOKEN: "t" }).discord?.shards).toBeUndefined();
    expect(platformsOf({ DISCORD_TOKEN: "t", DISCORD_SHARDS: "auto" }).discord?.shards).toBe("auto");
    expect(platformsOf({ DISCORD_TOKEN: "t", DISCORD_SHARDS: "4" }).discord?.shards).toBe(4);
  });

  it.each([
    [{ SLACK_BOT_TOKEN: "xoxb-1" }, /SLACK_SIGNING_SECRET is required/],
    [{ SLACK_CLIENT_ID: "1.2", SLACK_CLIENT_SECRET: "cs" }, /SLACK_STATE_SECRET is required/],
    [
      { SLACK_CLIENT_ID: "1.2", SLACK_CLIENT_SECRET: "cs", SLACK_STATE_SECRET: "ss" },
      /SLACK_SIGNING_SECRET is required when SLACK_CLIENT_ID/,
    ],
    [
      { SLACK_CLIENT_ID: "1", SLACK_CLIENT_SECRET: "c", SLACK_STATE_SECRET: "s", SLACK_BOT_TOKEN: "xoxb-1" },
      /SLACK_BOT_TOKEN must be empty/,
    ],
    [
      { SLACK_CLIENT_ID: "1", SLACK_CLIENT_SECRET: "c", SLACK_STATE_SECRET: "s", SLACK_APP_TOKEN: "xapp-1" },
      /SLACK_APP_TOKEN must be empty/,
    ],
    [{ SLACK_SIGNING_SECRET: "s" }, /SLACK_BOT_TOKEN is required/],
    [
      { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", PORT: "3000", HEALTH_PORT: "3000" },
      /^HEALTH_PORT must differ from PORT in Slack HTTP mode \(both 3000\)/,
    ],
    [{ DISCORD_GUILD_ID: "123" }, /DISCORD_TOKEN is required/],
  ])("names the missing variable of a half-configured adapter: %o", (env, message) => {
    expect(() => platformsOf(env)).toThrow(message);
  });

  it.each([
    [{ PORT: "http" }, /PORT/],
    [{ SLACK_BOT_TOKEN: "xapp-wrong" }, /SLACK_BOT_TOKEN: must start with xoxb-/],
    [{ SLACK_API_URL: "not a url" }, /SLACK_API_URL/],
    [{ SLACK_TOKEN_KEY: "secret" }, /SLACK_TOKEN_KEY: must be 32 random bytes as 64 hex characters/],
    [{ TREND_TZ: "Mars/Olympus" }, /TREND_TZ/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL/],
    [{ DISCORD_TOKEN: "t", DISCORD_SHARDS: "many" }, /DISCORD_SHARDS: must be auto or a number/],
  ])("rejects a malformed variable by name: %o", (env, message) => {
    expect(() => platformsOf(env)).toThrow(message);
  });
});
