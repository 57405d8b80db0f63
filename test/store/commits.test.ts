import type Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { Conversations } from "../../src/conversation/conversations";
import { bot } from "../helpers";
import { countedSqliteStores, SQLITE_FULL, SQLITE_NORMAL, synchronous } from "./commitCounter";

/**
 * What the store costs a question: how many commits, and how durable each is, counted on the real better-sqlite3
 * connection (see commitCounter.ts). The Slack /career and PostgreSQL halves are in commits.e2e.test.ts.
 */
const sqliteStore = countedSqliteStores("careerbot-commits-");

const count = (db: Database.Database, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** A question that states facts about the asker (a profile) and names a role (a conversation context). */
const WITH_PROFILE = "I have 7 years as a data scientist and a phd, tell me about the nlp research scientist role";

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
    expect(await conversations.forgetUser("slack:T1:U1")).toEqual({ ended: 1, left: 0, profile: false });
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
    const again = await sqliteStore(db.name);
    expect(await again.store.conversations().get("k")).toEqual({ roles: ["lead-ml-architect"] });
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

describe("a question's writes: the conversation and the asker's profile in one commit", () => {
  it("saves the shared context and the profile apart, in one NORMAL commit", async () => {
    const { store, db, commits } = await sqliteStore();
    const conversations = new Conversations(bot, store.conversations());
    const before = commits();
    const turn = await conversations.turn("slack:T1:thread:C1:1", "slack:T1:U1", WITH_PROFILE);
    expect(turn.answer.roles).toEqual(["nlp-research-scientist"]);
    expect(commits() - before).toBe(1);
    expect(synchronous(db)).toBe(SQLITE_NORMAL);
    expect(await store.conversations().getProfile("slack:T1:U1")).toMatchObject({ years: 7, degree: "phd" });
    expect(await store.conversations().get("slack:T1:thread:C1:1")).toMatchObject({
      roles: ["nlp-research-scientist"],
    });
    expect(JSON.stringify(await store.conversations().get("slack:T1:thread:C1:1"))).not.toMatch(/phd|years/);
  });

  it("writes no profile row for someone who said nothing about themselves", async () => {
    const { store, db, commits } = await sqliteStore();
    const conversations = new Conversations(bot, store.conversations());
    const before = commits();
    await conversations.turn("k", "u1", "lead ml architect salary");
    await conversations.turn("k", "u1", "what about the skills?");
    expect(commits() - before).toBe(2);
    expect(count(db, "profiles")).toBe(0);
    expect(count(db, "conversations")).toBe(1);
  });

  it("start over deletes the profile in the same commit, FULL: a deletion asked for survives a power cut", async () => {
    const { store, db, commits } = await sqliteStore();
    const conversations = new Conversations(bot, store.conversations());
    await conversations.turn("k", "u1", WITH_PROFILE);
    expect(count(db, "profiles")).toBe(1);
    const before = commits();
    await conversations.turn("k", "u1", "start over");
    expect(commits() - before).toBe(1);
    expect(synchronous(db)).toBe(SQLITE_FULL);
    expect(count(db, "profiles")).toBe(0);
    expect(count(db, "conversations")).toBe(0);
  });

  it("the event's claim rides in that commit; a replica that loses it stores and answers nothing", async () => {
    const a = await sqliteStore();
    // A second replica: another connection to the same database file.
    const b = await sqliteStore(a.db.name);
    const claim = { key: "event:Ev1", ttlMs: 60_000 };
    const before = a.commits();
    const first = await new Conversations(bot, a.store.conversations()).turn("k", "u1", WITH_PROFILE, { claim });
    expect(first.alreadyHandled).toBeUndefined();
    expect(a.commits() - before).toBe(1);
    expect(count(a.db, "seen_events")).toBe(1);
    expect(count(a.db, "profiles")).toBe(1);

    const repeat = await new Conversations(bot, b.store.conversations()).turn("k2", "u2", WITH_PROFILE, { claim });
    expect(repeat.alreadyHandled).toBe(true);
    expect(count(a.db, "conversations")).toBe(1);
    expect(count(a.db, "profiles")).toBe(1);
    // Forget me with a lost claim deletes nothing either.
    const forget = await new Conversations(bot, b.store.conversations()).turn("k", "u1", "forget me", { claim });
    expect(forget.alreadyHandled).toBe(true);
    expect(count(a.db, "profiles")).toBe(1);
  });
});
