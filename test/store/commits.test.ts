import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../adapters/slack";
import { Conversations } from "../../src/conversation/conversations";
import { createLogger } from "../../src/logger";
import { storeRecentKeys } from "../../src/recentKeys";
import { openStore, type Store } from "../../src/store";
import type { SqliteSql } from "../../src/store/sql";
import { httpSettings, postSigned, slashCommandBody, startFakeSlack } from "../fakes/slack";
import { bot, until } from "../helpers";
import { freshPostgresDatabase } from "../pg";

/**
 * What the store costs a command: how many commits, and how durable each is. Counted on the real better-sqlite3
 * connection: every COMMIT, and every write statement run outside a transaction (its own commit).
 */
const silent = createLogger("silent");
const folders: string[] = [];
const stores: Store[] = [];
afterAll(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function sqliteStore(): Promise<{ store: Store; db: Database.Database; commits: () => number }> {
  const folder = mkdtempSync(join(tmpdir(), "careerbot-commits-"));
  folders.push(folder);
  const store = await openStore({ DATABASE_PATH: join(folder, "careerbot.db") });
  stores.push(store);
  const db = (store.sql as SqliteSql).db;
  let commits = 0;
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    const statement = prepare(source);
    const counted = (run: (...args: unknown[]) => unknown) =>
      function (this: unknown, ...args: unknown[]) {
        const autocommitWrite = !statement.readonly && !db.inTransaction && !source.startsWith("BEGIN");
        if (source === "COMMIT" || autocommitWrite) commits++;
        return run.apply(statement, args);
      };
    statement.run = counted(statement.run) as typeof statement.run;
    statement.all = counted(statement.all) as typeof statement.all;
    statement.get = counted(statement.get) as typeof statement.get;
    return statement;
  }) as typeof db.prepare;
  return { store, db, commits: () => commits };
}

const synchronous = (db: Database.Database) => db.pragma("synchronous", { simple: true });
const SQLITE_FULL = 2;
const SQLITE_NORMAL = 1;

describe("SQLite: how durable each write is", () => {
  it("a conversation's context commits NORMAL; a subscription, a delivery claim and forget-me commit FULL", async () => {
    const { store, db } = await sqliteStore();
    const conversations = store.conversations();
    await conversations.set("slack:T1:C1:U1", "slack:T1:U1", { roles: ["lead-ml-architect"] });
    expect(synchronous(db)).toBe(SQLITE_NORMAL);
    await store.subscriptions.add("slack", "C1", "U1");
    expect(synchronous(db)).toBe(SQLITE_FULL);
    await conversations.set("slack:T1:C1:U1", "slack:T1:U1", { roles: ["nlp-research-scientist"] });
    expect(synchronous(db)).toBe(SQLITE_NORMAL);
    expect(await store.deliveries.claim("slack", "C1", "2026-W49", new Date("2026-11-30T09:00:00Z"))).toBe(true);
    expect(synchronous(db)).toBe(SQLITE_FULL);
    await conversations.set("slack:T1:C1:U1", "slack:T1:U1", { roles: ["lead-ml-architect"] });
    expect(await conversations.forgetUser("slack:T1:U1")).toBe(1);
    expect(synchronous(db)).toBe(SQLITE_FULL);
  });

  it("conversation turns arriving together share one commit, and each is stored", async () => {
    const { store, commits } = await sqliteStore();
    const conversations = store.conversations();
    const before = commits();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => conversations.set(`k${i}`, `u${i}`, { roles: [`role-${i}`] })),
    );
    expect(commits() - before).toBe(1);
    for (let i = 0; i < 20; i++) expect(await conversations.get(`k${i}`)).toEqual({ roles: [`role-${i}`] });
    await conversations.set("k0", "u0", { roles: ["alone"] });
    expect(commits() - before).toBe(2);
  });

  it("closing the store commits the writes still waiting for their shared commit", async () => {
    const { store, db } = await sqliteStore();
    const saving = store.conversations().set("k", "u", { roles: ["lead-ml-architect"] });
    await store.close();
    await saving;
    const again = await openStore({ DATABASE_PATH: db.name });
    stores.push(again);
    expect(await again.conversations().get("k")).toEqual({ roles: ["lead-ml-architect"] });
  });

  it("in a shared commit, a transaction that throws rolls back only its own writes", async () => {
    const { store, commits } = await sqliteStore();
    const before = commits();
    const write = (channel: string, fail: boolean) =>
      store.sql.transaction(
        async (tx) => {
          await tx.run("INSERT INTO subscriptions (platform, channel_id, created_at) VALUES ('slack', ?, 'now')", [
            channel,
          ]);
          if (fail) throw new Error(`${channel} failed`);
          return channel;
        },
        { synchronous: "normal", shareCommit: true },
      );
    const outcomes = await Promise.allSettled([write("C1", false), write("C2", true), write("C3", false)]);
    expect(outcomes).toEqual([
      { status: "fulfilled", value: "C1" },
      { status: "rejected", reason: new Error("C2 failed") },
      { status: "fulfilled", value: "C3" },
    ]);
    expect(commits() - before).toBe(1);
    expect((await store.subscriptions.list()).map((s) => s.channelId).sort()).toEqual(["C1", "C3"]);
  });
});

describe("Slack /career: at most one commit a command", () => {
  it("stores the conversation in one commit and keeps the trigger id out of the store", async () => {
    const { store, commits } = await sqliteStore();
    const fake = await startFakeSlack();
    const secret = "commits-secret";
    const conversations = new Conversations(bot, store.conversations(), silent);
    const adapter = createSlackAdapter({
      bot,
      settings: httpSettings(fake.apiUrl, secret),
      log: silent,
      host: "127.0.0.1",
      retries: 0,
      conversations,
      // As `careerbot start` wires it: de-duplication backed by the store.
      recentKeys: storeRecentKeys(store, silent),
    });
    try {
      const { port } = await adapter.start();
      const before = commits();
      const questions = ["lead ml architect salary", "and the skills?", "trends", "nlp skills"];
      for (const [i, text] of questions.entries()) {
        const body = slashCommandBody({ text, triggerId: `t${i}`, responseUrl: fake.responseUrl(`r${i}`) });
        const res = await postSigned(`http://127.0.0.1:${port}/slack/events`, body, { secret });
        expect(res.status).toBe(200);
        expect((JSON.parse(res.body) as { text: string }).text).not.toBe("");
      }
      // The answer goes out before its context is saved: wait for the last save, then count.
      await until(() => commits() - before >= questions.length);
      expect(commits() - before).toBe(questions.length);
      expect(await store.sql.get("SELECT count(*) AS n FROM seen_events")).toEqual({ n: 0 });
      expect(await conversations.store.get("slack:T1:C1:U1")).toMatchObject({ roles: ["nlp-research-scientist"] });
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });
});

describe("Slack events: the event's claim rides in the conversation's commit", () => {
  it("a mention costs one commit; the same mention on two replicas at once is answered once", async () => {
    const a = await sqliteStore();
    const fake = await startFakeSlack();
    const secret = "events-secret";
    // A second replica: another connection to the same database file.
    const b = await openStore({ DATABASE_PATH: a.db.name });
    stores.push(b);
    const replica = (store: Store) =>
      createSlackAdapter({
        bot,
        settings: httpSettings(fake.apiUrl, secret),
        log: silent,
        host: "127.0.0.1",
        retries: 0,
        conversations: new Conversations(bot, store.conversations(), silent),
        recentKeys: storeRecentKeys(store, silent),
      });
    const adapters = [replica(a.store), replica(b)];
    try {
      const bases = await Promise.all(adapters.map(async (r) => `http://127.0.0.1:${(await r.start()).port}`));
      const mention = (eventId: string, ts: string) =>
        JSON.stringify({
          team_id: "T1",
          api_app_id: "A1",
          type: "event_callback",
          event_id: eventId,
          event: { type: "app_mention", user: "U1", text: "<@UBOT> nlp skills", ts, channel: "C1", event_ts: ts },
        });
      const deliver = (base: string | undefined, body: string) =>
        postSigned(`${base}/slack/events`, body, { secret, contentType: "application/json" });
      const thread = (ts: string) => fake.posts().filter((p) => p.body.thread_ts === ts);

      const before = a.commits();
      expect((await deliver(bases[0], mention("Ev1", "1.1"))).status).toBe(200);
      await until(() => thread("1.1").length === 1);
      expect(a.commits() - before).toBe(1);
      expect(await a.store.sql.get("SELECT key FROM seen_events")).toEqual({ key: "event:Ev1" });

      const both = mention("Ev2", "2.2");
      await Promise.all(bases.map((base) => deliver(base, both)));
      await until(() => thread("2.2").length >= 1);
      // An event after it, on each replica: once these are answered, both copies of Ev2 have been handled.
      for (const [i, base] of bases.entries()) {
        expect((await deliver(base, mention(`After${i}`, `3.${i}`))).status).toBe(200);
        await until(() => thread(`3.${i}`).length === 1);
      }
      expect(thread("2.2")).toHaveLength(1);
    } finally {
      for (const adapter of adapters) await adapter.stop();
      await fake.close();
    }
  });
});

describe("PostgreSQL: synchronous_commit per transaction", () => {
  it("is off inside a NORMAL transaction only", async () => {
    const url = await freshPostgresDatabase("sync");
    // The tests' server runs with synchronous_commit off for speed: this database gets PostgreSQL's default back.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(
      `ALTER DATABASE ${admin.escapeIdentifier(new URL(url).pathname.slice(1))} SET synchronous_commit = on`,
    );
    await admin.end();
    const store = await openStore({ DATABASE_PATH: "unused.db", DATABASE_URL: url });
    stores.push(store);
    const setting = (sql: Store["sql"]) => sql.get<{ synchronous_commit: string }>("SHOW synchronous_commit");
    expect(await store.sql.transaction(setting, { synchronous: "normal" })).toEqual({ synchronous_commit: "off" });
    expect(await store.sql.transaction(setting)).toEqual({ synchronous_commit: "on" });
    expect(await setting(store.sql)).toEqual({ synchronous_commit: "on" });
  });
});
