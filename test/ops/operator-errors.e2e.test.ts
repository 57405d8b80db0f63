import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeDiscord } from "../fakes/discord";
import { startFakeSlack } from "../fakes/slack";
import { until } from "../helpers";
import { tempDir } from "../tempDir";
import { getUntil, startCareerbot } from "./process";

const BIN = fileURLToPath(new URL("../../bin/careerbot.js", import.meta.url));
const run = promisify(execFile);
const LONG = 90_000;
const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await Promise.resolve(cleanup()).catch(() => {});
});

/** A port some other process holds on 127.0.0.1. */
async function busyPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return (server.address() as { port: number }).port;
}

/** A CLI run with a fresh database and no platform variables unless `env` sets them; never throws. */
async function careerbot(args: string[], env: Record<string, string> = {}) {
  const result = await run(process.execPath, [BIN, ...args], {
    env: {
      ...process.env,
      LOG_LEVEL: "silent",
      SLACK_BOT_TOKEN: "",
      SLACK_SIGNING_SECRET: "",
      SLACK_APP_TOKEN: "",
      DISCORD_TOKEN: "",
      ...env,
    },
  }).catch((error: { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }) => error);
  return {
    code: "code" in result ? result.code : 0,
    // A run ended by a signal has no code: the signal says what ended it, where an empty stdout would not.
    signal: "signal" in result ? result.signal : null,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

describe("errors that name their cause", () => {
  it(
    "a port in use names PORT (Slack HTTP mode) in one log line, and the bot exits 1",
    async () => {
      const port = await busyPort();
      const slack = await startFakeSlack();
      cleanups.push(() => slack.close());
      const bot = startCareerbot({
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_SIGNING_SECRET: "secret",
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
      });
      cleanups.push(() => bot.stop());
      await until(() => bot.child.exitCode !== null, LONG);
      expect(bot.child.exitCode).toBe(1);
      const line = bot.logs.find((l) => l.level === 50);
      expect(line?.msg).toBe(
        `PORT=${port} is in use by another process (EADDRINUSE): stop that process or set PORT to a free port: stopping`,
      );
      expect(bot.stderr()).not.toContain("    at ");
    },
    LONG,
  );

  it(
    "a port in use names HEALTH_PORT (Discord) in one log line, and the bot exits 1",
    async () => {
      const port = await busyPort();
      const discord = await startFakeDiscord();
      cleanups.push(() => discord.close());
      const bot = startCareerbot({
        DISCORD_TOKEN: "fake-token",
        DISCORD_API_URL: discord.apiUrl,
        HEALTH_PORT: String(port),
      });
      cleanups.push(() => bot.stop());
      await until(() => bot.child.exitCode !== null, LONG);
      expect(bot.child.exitCode).toBe(1);
      expect(bot.logs.find((l) => l.level === 50)?.msg).toBe(
        `HEALTH_PORT=${port} is in use by another process (EADDRINUSE): stop that process or set HEALTH_PORT to a free port: stopping`,
      );
    },
    LONG,
  );

  it("a number variable that is not a number names the variable and the value given", async () => {
    const result = await careerbot(["ask", "hi"], { TREND_LEASE_MS: "abc" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "Invalid configuration:",
      '  TREND_LEASE_MS: must be a whole number from 60000 to 86400000, not "abc"',
    ]);
    const port = await careerbot(["ask", "hi"], { PORT: "80a" });
    expect(port.stderr).toContain('PORT: must be a whole number from 0 to 65535, not "80a"');
  });

  it("subscriptions add refuses a channel id that cannot be the platform's, saying what one looks like", async () => {
    const dir = tempDir("careerbot-errors-");
    const env = { DATABASE_PATH: join(dir, "careerbot.db") };
    const discord = await careerbot(["subscriptions", "add", "discord", "notanid"], env);
    expect(discord.code).toBe(2);
    expect(discord.stderr.trim()).toBe(
      'careerbot: subscriptions add: "notanid" is not a discord channel id: a Discord channel id is a number of 17 to 20 digits (Developer Mode on, right-click the channel, Copy Channel ID)',
    );
    const slack = await careerbot(["subscriptions", "add", "slack", "#general"], env);
    expect(slack.code).toBe(2);
    expect(slack.stderr).toContain('"#general" is not a slack channel id');
    expect((await careerbot(["subscriptions", "add", "discord", "100000000000000004"], env)).stdout.trim()).toBe(
      "discord 100000000000000004: subscribed",
    );
    expect((await careerbot(["subscriptions", "add", "slack", "T0123:C0456"], env)).code).toBe(0);
    expect((await careerbot(["subscriptions", "list"], env)).stdout).not.toContain("notanid");
  });

  it("trends run-due says why each channel was skipped", async () => {
    const dir = tempDir("careerbot-errors-");
    const path = join(dir, "careerbot.db");
    const env = { DATABASE_PATH: path };
    expect((await careerbot(["subscriptions", "list"], env)).stdout.trim()).toBe("no subscriptions");
    // Subscribed on Wednesday of 2026-W49, after Monday's 09:00 slot; and a Discord channel with Discord not configured.
    const db = new Database(path);
    const insert = db.prepare(
      "INSERT INTO subscriptions (platform, channel_id, created_at, created_by) VALUES (?, ?, ?, 'test')",
    );
    insert.run("slack", "CLATE", "2026-12-02T10:00:00.000Z");
    insert.run("discord", "100000000000000004", "2026-11-01T10:00:00.000Z");
    db.close();
    const result = await careerbot(["trends", "run-due", "--now", "2026-12-02T12:00:00Z"], {
      ...env,
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_API_URL: "http://127.0.0.1:1/api/",
    });
    // The whole run compared, so a failure shows how the process ended and what it said on stderr.
    expect({ ...result, stdout: result.stdout.trim().split("\n") }).toEqual({
      code: 0,
      signal: null,
      stdout: [
        "week 2026-W49: slot 2026-11-30T09:00:00.000Z",
        "sent: none",
        "skipped: discord:100000000000000004 (discord is not configured in this process: set its variables), slack:CLATE (subscribed after this week's slot: first post 2026-W50)",
        "failed: none",
        "unsubscribed: none",
      ],
      stderr: "",
    });
  });
});

describe("no platform configured: the console", () => {
  it("with no terminal and nothing on stdin, says what is missing in one stderr line and exits 1", async () => {
    const child = spawn(process.execPath, [BIN, "start"], {
      cwd: tempDir("careerbot-errors-"),
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, LOG_LEVEL: "silent", SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "", HEALTH_PORT: "0" },
    });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (c) => {
      stderr += c;
    });
    child.stdout.on("data", (c) => {
      stdout += c;
    });
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(
      /^careerbot: nothing to do: no platform is configured \(set SLACK_BOT_TOKEN .*DISCORD_TOKEN\)/,
    );
  });

  it("piped questions are answered and exit 0, with nothing on stderr", async () => {
    const child = run(process.execPath, [BIN, "start"], {
      cwd: tempDir("careerbot-errors-"),
      env: { ...process.env, LOG_LEVEL: "info", SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "", HEALTH_PORT: "0" },
    });
    child.child.stdin?.end("lead ml architect salary\nexit\n");
    const { stdout, stderr } = await child;
    expect(stdout).toContain("$188,940 - $233,000 a year");
    expect(stderr).toBe("");
  });

  // util-linux `script` gives the console a real terminal (a pty).
  it.skipIf(!existsSync("/usr/bin/script"))(
    "in a terminal, says in its first lines how to connect Slack or Discord",
    async () => {
      const child = spawn("/usr/bin/script", ["-qec", `"${process.execPath}" "${BIN}" start`, "/dev/null"], {
        cwd: tempDir("careerbot-errors-"),
        stdio: ["pipe", "pipe", "pipe"],
        env: { ...process.env, LOG_LEVEL: "silent", SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "", HEALTH_PORT: "0" },
      });
      cleanups.push(() => child.kill());
      let out = "";
      child.stdout.on("data", (c) => {
        out += c;
      });
      await until(() => out.includes("careerbot> "), LONG);
      child.stdin.write("exit\r");
      expect(await new Promise((resolve) => child.on("close", resolve))).toBe(0);
      expect(out.split("\r\n").slice(0, 2)).toEqual([
        'careerbot: ask about AI/ML careers. Type "help" for ideas, a number to ask a suggestion, + or - to rate an answer, "exit" to leave.',
        "To run in Slack set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN), in Discord set DISCORD_TOKEN: see docs/slack.md and docs/discord.md.",
      ]);
    },
    LONG,
  );

  it(
    "serves /healthz and /readyz on HEALTH_PORT while it runs",
    async () => {
      const child = spawn(process.execPath, [BIN, "start"], {
        cwd: tempDir("careerbot-errors-"),
        stdio: ["pipe", "pipe", "pipe"],
        env: {
          ...process.env,
          LOG_LEVEL: "debug",
          LOG_FORMAT: "json",
          HOST: "127.0.0.1",
          SLACK_BOT_TOKEN: "",
          DISCORD_TOKEN: "",
          HEALTH_PORT: "0",
        },
      });
      cleanups.push(() => child.kill());
      let port: number | undefined;
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk;
        port ??= /"port":(\d+),"msg":"health endpoint listening \(console\)"/.exec(stderr)?.[1] as never;
      });
      await until(() => port !== undefined, LONG);
      const base = `http://127.0.0.1:${port}`;
      expect(JSON.parse((await getUntil(`${base}/readyz`, 200)).text)).toEqual({
        status: "ready",
        checks: { console: "ok" },
      });
      expect((await getUntil(`${base}/healthz`, 200)).status).toBe(200);
      child.stdin.end("exit\n");
      expect(await new Promise((resolve) => child.on("close", resolve))).toBe(0);
    },
    LONG,
  );
});
