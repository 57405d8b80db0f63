import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { TOKEN_REFUSED_TEXT } from "../../adapters/slack";
import { InstallationTokensCheck, SlackTokenCheck, tokenCheckClient } from "../../adapters/slack/tokenCheck";
import { openStore } from "../../src/store";
import { startFakeDiscord } from "../fakes/discord";
import { fakeBotToken, postSigned, slashCommandBody, startFakeSlack } from "../fakes/slack";
import { until } from "../helpers";
import { freshPostgresDatabase } from "../pg";
import { tempDir } from "../tempDir";
import { get, getUntil, type LogLine, startCareerbot } from "./process";

// A process start and a connection each: generous bounds for a loaded machine.
const LONG = 90_000;
const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await Promise.resolve(cleanup()).catch(() => {});
});

async function readyz(base: string, status: number) {
  return JSON.parse((await getUntil(`${base}/readyz`, status)).text) as {
    status: string;
    checks: Record<string, string>;
    warnings?: Record<string, string>;
  };
}

const errorLine = (logs: LogLine[]) => logs.find((l) => l.level === 50);

describe("readiness tells the truth about tokens and the database (careerbot start against local fakes)", () => {
  it(
    "Slack: a bot token auth.test rejects is not ready, named, and the process stays up; /career says why instead of an empty 200",
    async () => {
      const fake = await startFakeSlack();
      cleanups.push(() => fake.close());
      fake.rejectedTokens.add("xoxb-revoked");
      const bot = startCareerbot({
        SLACK_BOT_TOKEN: "xoxb-revoked",
        SLACK_SIGNING_SECRET: "secret",
        SLACK_API_URL: fake.apiUrl,
      });
      cleanups.push(() => bot.stop());
      const { port } = (await bot.waitForLog("slack adapter listening (HTTP mode)")) as { port: number; msg: string };
      const base = `http://127.0.0.1:${port}`;
      expect(await readyz(base, 503)).toEqual({
        status: "not ready",
        checks: { database: "ok", slack: "auth.test rejected SLACK_BOT_TOKEN (invalid_auth)" },
      });
      await until(() => errorLine(bot.logs) !== undefined, LONG);
      expect(errorLine(bot.logs)?.msg).toBe(
        "Slack rejected SLACK_BOT_TOKEN (auth.test: invalid_auth): not ready until the token is replaced and the bot restarted",
      );
      expect(bot.stderr()).not.toContain("unhandled promise rejection");
      expect((await get(`${base}/healthz`)).status).toBe(200);
      const res = await postSigned(
        `${base}/slack/events`,
        slashCommandBody({ text: "roles", triggerId: "tok-1", responseUrl: fake.responseUrl("tok-1") }),
        { secret: "secret" },
      );
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ response_type: "ephemeral", text: TOKEN_REFUSED_TEXT });
      expect(bot.child.exitCode).toBeNull();
    },
    LONG,
  );

  it(
    "Slack OAuth: ready for the other workspaces, with the count of installations whose token auth.test rejects",
    async () => {
      const fake = await startFakeSlack();
      cleanups.push(() => fake.close());
      const dir = tempDir("careerbot-oauth-ready-");
      const path = join(dir, "careerbot.db");
      const store = await openStore({ DATABASE_PATH: path });
      for (const team of ["TGOOD", "TBAD"])
        await store.installations.storeInstallation(
          "slack",
          { teamId: team, isEnterpriseInstall: false },
          { team: { id: team }, bot: { token: fakeBotToken(team), userId: `UBOT${team}`, id: `BBOT${team}` } },
        );
      await store.close();
      fake.rejectedTokens.add(fakeBotToken("TBAD"));
      const bot = startCareerbot({
        DATABASE_PATH: path,
        SLACK_CLIENT_ID: "cid",
        SLACK_CLIENT_SECRET: "csecret",
        SLACK_STATE_SECRET: "state-secret",
        SLACK_SIGNING_SECRET: "secret",
        SLACK_API_URL: fake.apiUrl,
      });
      cleanups.push(() => bot.stop());
      const { port } = (await bot.waitForLog("slack adapter listening (HTTP mode, OAuth install)")) as {
        port: number;
        msg: string;
      };
      const base = `http://127.0.0.1:${port}`;
      await until(async () => (await readyz(base, 200)).warnings !== undefined, LONG);
      expect(await readyz(base, 200)).toEqual({
        status: "ready",
        checks: { database: "ok", slack: "ok" },
        warnings: { slack: "1 of 2 installed workspaces' tokens rejected by auth.test: TBAD (invalid_auth)" },
      });
      const warned = await bot.waitForLog("slack workspaces whose bot token auth.test rejects");
      expect(warned).toMatchObject({ installed: 2, rejected: ["TBAD (invalid_auth)"] });
      expect(bot.stderr()).not.toContain(fakeBotToken("TBAD"));
    },
    LONG,
  );

  it(
    "Discord: a token Discord rejects is not ready, named, and the process stays up",
    async () => {
      const fake = await startFakeDiscord({ token: "the-real-token" });
      cleanups.push(() => fake.close());
      const bot = startCareerbot({ DISCORD_TOKEN: "a-wrong-token", DISCORD_API_URL: fake.apiUrl });
      cleanups.push(() => bot.stop());
      const { port } = (await bot.waitForLog("health endpoint listening")) as { port: number; msg: string };
      const base = `http://127.0.0.1:${port}`;
      await until(() => errorLine(bot.logs) !== undefined, LONG);
      const reason =
        "Discord rejected DISCORD_TOKEN (An invalid token was provided.): copy the bot token again from the Developer Portal (Bot page)";
      expect(errorLine(bot.logs)?.msg).toBe(`${reason}; not ready until it is replaced and the bot restarted`);
      expect(await readyz(base, 503)).toEqual({ status: "not ready", checks: { database: "ok", discord: reason } });
      expect(bot.child.exitCode).toBeNull();
      expect(fake.identifies).toEqual([]);
      expect(bot.stderr()).not.toContain("a-wrong-token");
    },
    LONG,
  );

  it(
    "PostgreSQL going away: not ready naming the database while the process stays up; ready again once it is back",
    async () => {
      const url = await freshPostgresDatabase("gone");
      const fake = await startFakeDiscord();
      cleanups.push(() => fake.close());
      const bot = startCareerbot({ DISCORD_TOKEN: "fake-token", DISCORD_API_URL: fake.apiUrl, DATABASE_URL: url });
      cleanups.push(() => bot.stop());
      const { port } = (await bot.waitForLog("health endpoint listening")) as { port: number; msg: string };
      const base = `http://127.0.0.1:${port}`;
      expect(await readyz(base, 200)).toEqual({ status: "ready", checks: { database: "ok", discord: "ok" } });

      // The database refuses new sessions and drops the bot's: as a server going down.
      const name = new URL(url).pathname.slice(1);
      const admin = new pg.Client({ connectionString: url.replace(`/${name}`, "/postgres") });
      await admin.connect();
      cleanups.push(() => admin.end());
      await admin.query(`ALTER DATABASE ${admin.escapeIdentifier(name)} WITH ALLOW_CONNECTIONS false`);
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
      const down = await readyz(base, 503);
      expect(down.checks.discord).toBe("ok");
      // The first check meets a dropped session, the next a refused one: either way named, as the database.
      expect(down.checks.database).toMatch(
        /^database not writable: .*(terminating connection due to administrator command|not currently accepting connections)/,
      );
      expect((await get(`${base}/healthz`)).status).toBe(200);
      expect(bot.child.exitCode).toBeNull();

      await admin.query(`ALTER DATABASE ${admin.escapeIdentifier(name)} WITH ALLOW_CONNECTIONS true`);
      expect(await readyz(base, 200)).toEqual({ status: "ready", checks: { database: "ok", discord: "ok" } });
    },
    LONG,
  );
});

describe("a token revoked while the bot runs", () => {
  it("the single workspace's token: not ready at the next check after the revocation; no answer keeps ok", async () => {
    const fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    const check = new SlackTokenCheck(tokenCheckClient(fake.apiUrl, 0), "xoxb-live", 0);
    expect(await check.readiness()).toEqual({ ok: true });
    expect(await check.identity()).toEqual({ botToken: "xoxb-live", botId: "BBOT", botUserId: "UBOT" });
    fake.failures.set("auth.test", [500]);
    expect(await check.readiness()).toEqual({ ok: true });
    fake.rejectedTokens.add("xoxb-live");
    expect(await check.readiness()).toEqual({ ok: false, reason: "auth.test rejected SLACK_BOT_TOKEN (invalid_auth)" });
    await expect(check.identity()).rejects.toThrow("SLACK_BOT_TOKEN: auth.test invalid_auth");
  });

  it("OAuth installations: the count follows the revocations on the next refresh", async () => {
    const fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    const installs = ["T1", "T2", "T3"].map((team) => ({ installId: team, token: fakeBotToken(team) }));
    const check = new InstallationTokensCheck(tokenCheckClient(fake.apiUrl, 0), async () => [...installs], 0);
    expect(await check.refresh()).toEqual({ installed: 3, rejected: [] });
    fake.rejectedTokens.add(fakeBotToken("T3"));
    fake.rejectedTokens.add(fakeBotToken("T1"));
    expect(await check.refresh()).toEqual({
      installed: 3,
      rejected: [
        { installId: "T1", error: "invalid_auth" },
        { installId: "T3", error: "invalid_auth" },
      ],
    });
  });
});
