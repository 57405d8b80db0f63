import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { Conversations } from "../../src/conversation/conversations";
import { MemoryConversationStore } from "../../src/conversation/store";
import { createLogger } from "../../src/logger";
import { createOps } from "../../src/ops";
import { databaseCheck, Readiness } from "../../src/ops/health";
import { openStore, type Store, storeOn } from "../../src/store";
import { openDatabase } from "../../src/store/database";
import { PostgresSql, SqliteSql } from "../../src/store/sql";
import { bot } from "../helpers";
import { freshPostgresDatabase } from "../pg";
import { tempDir } from "../tempDir";
import { get, sample } from "./process";

const dir = tempDir("careerbot-ready-");
const path = join(dir, "careerbot.db");
const db = openDatabase(path);
const store = storeOn(new SqliteSql(db), path);
const opened: Store[] = [store];
afterAll(async () => {
  for (const s of opened.splice(0)) await s.close();
});

describe("database readiness (SQLite)", () => {
  it("is ok for a writable database, also while another connection holds the write lock, and leaves no transaction", async () => {
    expect(await databaseCheck(store)()).toEqual({ ok: true });
    const other = new Database(path);
    other.exec("BEGIN IMMEDIATE");
    // better-sqlite3 waits synchronously, so time cannot show a wait: record the busy timeout in force when the
    // check asks for the write lock instead (0: it does not wait on the busy timeout).
    const exec = db.exec.bind(db);
    const busyTimeoutAtLockAttempt: unknown[] = [];
    const spy = vi.spyOn(db, "exec").mockImplementation((sql: string) => {
      if (sql === "BEGIN IMMEDIATE") busyTimeoutAtLockAttempt.push(db.pragma("busy_timeout", { simple: true }));
      return exec(sql);
    });
    try {
      expect(await databaseCheck(store)()).toEqual({ ok: true });
    } finally {
      spy.mockRestore();
      other.exec("ROLLBACK");
      other.close();
    }
    expect(busyTimeoutAtLockAttempt).toEqual([0]);
    expect(db.inTransaction).toBe(false);
    expect(db.pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  it("leaves a transaction of the store open meanwhile alone: ok, and the transaction commits", async () => {
    let checked: unknown;
    await store.sql.transaction(async (tx) => {
      await tx.run("INSERT INTO subscriptions (platform, channel_id, created_at, created_by) VALUES (?, ?, ?, ?)", [
        "slack",
        "CREADY",
        new Date(0).toISOString(),
        null,
      ]);
      checked = await databaseCheck(store)();
    });
    expect(checked).toEqual({ ok: true });
    expect(await store.subscriptions.has("slack", "CREADY")).toBe(true);
    expect(db.inTransaction).toBe(false);
  });

  it("is not ok for a read-only or closed database, saying so", async () => {
    const readonly = storeOn(new SqliteSql(new Database(path, { readonly: true })), path);
    expect(await databaseCheck(readonly)()).toEqual({ ok: false, reason: "database opened read-only" });
    await readonly.close();
    expect(await databaseCheck(readonly)()).toEqual({ ok: false, reason: "database closed" });
  });

  it("is not ok when the database does not answer in time", async () => {
    const hung = { checkWritable: () => new Promise<void>(() => {}) };
    expect(await databaseCheck(hung, 50)()).toEqual({ ok: false, reason: "database did not answer within 50 ms" });
  });
});

describe("database readiness (PostgreSQL)", () => {
  it("is ok for a writable database, also while another connection holds the checked row, without waiting", async () => {
    const url = await freshPostgresDatabase("ready");
    const pgStore = await openStore({ DATABASE_PATH: "unused.db", DATABASE_URL: url });
    opened.push(pgStore);
    expect(await databaseCheck(pgStore)()).toEqual({ ok: true });
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query("UPDATE careerbot_schema SET version = version");
      // A check that waited for the row would wait for this transaction, which ends only after it: it could only
      // answer "did not answer within 2000 ms", never ok.
      expect(await databaseCheck(pgStore)()).toEqual({ ok: true });
      await other.query("ROLLBACK");
    } finally {
      await other.end();
    }
    await pgStore.close();
    expect(await databaseCheck(pgStore)()).toEqual({ ok: false, reason: "database closed" });
  });

  it("is not ok for a read-only database or one that cannot be reached, saying so without its address", async () => {
    const url = await freshPostgresDatabase("ready_ro");
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const name = new URL(url).pathname.slice(1);
    // A migrated database, then made read-only for every new session (as on a standby).
    const setup = await openStore({ DATABASE_PATH: "unused.db", DATABASE_URL: url });
    await setup.close();
    await admin.query(`ALTER DATABASE ${admin.escapeIdentifier(name)} SET default_transaction_read_only = on`);
    await admin.end();
    const readonly = new PostgresSql(new pg.Pool({ connectionString: url, max: 1 }));
    try {
      const result = await databaseCheck(readonly)();
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toMatch(/^database read-only: .*read-only transaction/);
    } finally {
      await readonly.close();
    }

    const unreachable = new PostgresSql(
      new pg.Pool({ connectionString: "postgres://careerbot@127.0.0.1:1/none", connectionTimeoutMillis: 1000 }),
    );
    try {
      const causes: unknown[] = [];
      const check = databaseCheck(unreachable, undefined, (_reason, cause) => causes.push(cause));
      // /readyz is for probes: no host or port of the database; the log (the cause) keeps them for the operator.
      expect(await check()).toEqual({ ok: false, reason: "database unreachable" });
      expect(await check()).toEqual({ ok: false, reason: "database unreachable" });
      expect(causes.map((c) => (c as Error).message)).toEqual([expect.stringMatching(/ECONNREFUSED 127\.0\.0\.1:1$/)]);
    } finally {
      await unreachable.close();
    }
  });
});

describe("the health endpoint on its own port", () => {
  it("answers 503 naming every check that fails, 200 once all pass; unknown paths are 404", async () => {
    const ops = createOps(store, createLogger("silent"), ["discord"]);
    const port = await ops.listen(0, "127.0.0.1");
    const base = `http://127.0.0.1:${port}`;
    try {
      const starting = await get(`${base}/readyz`);
      expect(starting.status).toBe(503);
      expect(JSON.parse(starting.text)).toEqual({
        status: "not ready",
        checks: { database: "ok", discord: "starting" },
      });
      ops.readiness.add("discord", () => ({ ok: true }));
      expect((await get(`${base}/readyz`)).status).toBe(200);
      expect((await get(`${base}/nope`)).status).toBe(404);

      const counted = ops.instrumentBot(bot, "discord");
      counted.answer("what is the salary of a plumber");
      counted.answer("lead ml architect salary");
      const text = (await get(`${base}/metrics`)).text;
      expect(sample(text, 'careerbot_questions_total{platform="discord",intent="unknown"}')).toBe(1);
      expect(sample(text, 'careerbot_unknown_questions_total{platform="discord"}')).toBe(1);
      expect(sample(text, 'careerbot_answer_duration_seconds_count{platform="discord"}')).toBe(2);
    } finally {
      await ops.close();
    }
  });

  it("counts conversation turns (bot.reply, as the conversation service asks) by platform and intent", async () => {
    const ops = createOps(store, createLogger("silent"), []);
    const conversations = new Conversations(ops.instrumentBot(bot, "slack"), new MemoryConversationStore());
    await conversations.ask("slack:T1:C1:U1", "slack:T1:U1", "tell me about the nlp research scientist role");
    const followUp = await conversations.ask("slack:T1:C1:U1", "slack:T1:U1", "what about the salary?");
    expect(followUp.title).toBe("Salary: NLP Research Scientist");
    ops.instrumentBot(bot, "discord").reply("salary of a plumber");
    const text = await ops.metrics.registry.metrics();
    expect(sample(text, 'careerbot_questions_total{platform="slack",intent="overview"}')).toBe(1);
    expect(sample(text, 'careerbot_questions_total{platform="slack",intent="salary"}')).toBe(1);
    expect(sample(text, 'careerbot_answer_duration_seconds_count{platform="slack"}')).toBe(2);
    expect(sample(text, 'careerbot_questions_total{platform="discord",intent="unknown"}')).toBe(1);
    expect(sample(text, 'careerbot_unknown_questions_total{platform="discord"}')).toBe(1);
  });

  it("counts weekly posts by platform and outcome, and the time of the last tick", async () => {
    const ops = createOps(store, createLogger("silent"), []);
    const poster = {
      runDue: async () => ({
        week: "2026-W49",
        slot: "2026-11-30T09:00:00.000Z",
        sent: ["slack:C1", "discord:1"],
        skipped: ["slack:C2"],
        failed: ["discord:2"],
        unsubscribed: [],
      }),
    };
    ops.instrumentPoster(poster as never);
    await poster.runDue();
    const text = await ops.metrics.registry.metrics();
    expect(sample(text, 'careerbot_weekly_posts_total{platform="slack",outcome="sent"}')).toBe(1);
    expect(sample(text, 'careerbot_weekly_posts_total{platform="discord",outcome="sent"}')).toBe(1);
    expect(sample(text, 'careerbot_weekly_posts_total{platform="slack",outcome="skipped"}')).toBe(1);
    expect(sample(text, 'careerbot_weekly_posts_total{platform="discord",outcome="failed"}')).toBe(1);
    expect(sample(text, "careerbot_weekly_last_tick_timestamp_seconds")).toBeGreaterThan(Date.now() / 1000 - 60);
  });
});

describe("readiness at shutdown", () => {
  it("says not ready from the moment shutdown begins, whatever the checks say", async () => {
    const readiness = new Readiness();
    readiness.add("database", () => ({ ok: true }));
    expect(await readiness.report()).toEqual({ ready: true, checks: { database: "ok" } });
    readiness.shuttingDown();
    expect(await readiness.report()).toEqual({ ready: false, checks: { shutdown: "shutting down", database: "ok" } });
  });
});
