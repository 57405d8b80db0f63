import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { parse as parseDotenv } from "dotenv";
import { afterEach, describe, expect, it } from "vitest";
import { CHANNEL_ID, startFakeDiscord } from "../fakes/discord";
import { tempDir } from "../tempDir";
import { getUntil, startCareerbot } from "./process";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/careerbot.js");
const LONG = 90_000;
const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await Promise.resolve(cleanup()).catch(() => {});
});

/** The ENV of the Dockerfile's runtime stage (the last FROM), as the image sets it. */
function imageEnv(): Record<string, string> {
  const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8").replace(/\\\n/g, " ");
  const runtime = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));
  const env: Record<string, string> = {};
  for (const line of runtime.split("\n").filter((l) => l.startsWith("ENV "))) {
    for (const [, key, value] of line.slice(4).matchAll(/(\w+)=(\S+)/g)) env[key as string] = value as string;
  }
  return env;
}

/** The Environment= of the systemd unit. */
function unitEnv(): Record<string, string> {
  const unit = readFileSync(join(ROOT, "deploy/careerbot.service"), "utf8");
  const env: Record<string, string> = {};
  for (const line of unit.split("\n").filter((l) => l.startsWith("Environment="))) {
    for (const [, key, value] of line.slice("Environment=".length).matchAll(/(\w+)=(\S+)/g))
      env[key as string] = value as string;
  }
  return env;
}

const envFile = () => parseDotenv(readFileSync(join(ROOT, ".env.example"), "utf8"));

/**
 * How each production layout combines its own variables with an env file made from .env.example: `docker run
 * --env-file` and compose's env_file override the image's ENV; systemd's EnvironmentFile= overrides Environment=.
 */
const LAYOUTS = [
  { name: "the container image with docker run --env-file .env", dataDir: "/data", env: imageEnv },
  { name: "the systemd unit with EnvironmentFile=", dataDir: "/var/lib/careerbot", env: unitEnv },
];

describe(".env.example as the env file of the production layouts", () => {
  it("sets no path, port or log format, leaving them to the image and the unit", () => {
    const set = Object.entries(envFile()).filter(([, v]) => v !== "");
    expect(set).toEqual([]);
    expect(imageEnv()).toMatchObject({ DATABASE_PATH: "/data/careerbot.db", PORT: "3000", HEALTH_PORT: "3000" });
    expect(unitEnv()).toMatchObject({ DATABASE_PATH: "/var/lib/careerbot/careerbot.db" });
  });

  for (const layout of LAYOUTS) {
    it(
      `${layout.name}: starts and writes its database under ${layout.dataDir}`,
      async () => {
        // The layout's data folder, moved under a temp folder; the working folder stands for /app or /opt/careerbot.
        const root = tempDir("careerbot-layout-");
        const moved = (v: string) => (v.startsWith(`${layout.dataDir}/`) ? join(root, v) : v);
        const combined = Object.fromEntries(
          Object.entries({ ...layout.env(), ...envFile() }).map(([k, v]) => [k, moved(v)]),
        );
        const fake = await startFakeDiscord();
        cleanups.push(() => fake.close());
        // What the operator fills in, and what a test needs (a free port, 127.0.0.1 only).
        const env = { ...combined, DISCORD_TOKEN: "fake-token", DISCORD_API_URL: fake.apiUrl, HEALTH_PORT: "0" };
        const bot = startCareerbot(env);
        cleanups.push(() => bot.stop());
        const { port } = (await bot.waitForLog("health endpoint listening")) as { port: number; msg: string };
        await getUntil(`http://127.0.0.1:${port}/readyz`, 200);
        const database = join(root, layout.dataDir, "careerbot.db");
        expect((await bot.waitForLog("store open")).location).toBe(database);
        expect(existsSync(database)).toBe(true);

        const cli = await promisify(execFile)(process.execPath, [BIN, "subscriptions", "add", "discord", CHANNEL_ID], {
          cwd: root,
          env: { ...process.env, ...env, LOG_LEVEL: "silent" },
        });
        expect(cli.stdout.trim()).toBe(`discord ${CHANNEL_ID}: subscribed`);
        expect(readdirSync(root).filter((f) => f.endsWith(".db"))).toEqual([]);
        expect(await bot.stop()).toBe(0);
      },
      LONG,
    );
  }
});
