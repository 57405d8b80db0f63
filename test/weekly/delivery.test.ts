import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/database";
import { noSleep, recordingPoster, tempDatabase, weeklyAt } from "./helpers";

const SLOT = new Date("2026-11-30T09:00:00Z");
const AFTER_SLOT = new Date("2026-11-30T09:00:30Z");
const BEFORE = new Date("2026-11-01T00:00:00Z");

async function subscribed(path: string, channels: ["slack" | "discord", string][]) {
  const weekly = await weeklyAt(path);
  for (const [platform, channel] of channels) await weekly.subscriptions.add(platform, channel, "U1", BEFORE);
  return weekly;
}

describe("weekly delivery", () => {
  it("posts once per subscribed channel at the slot, and nothing before it", async () => {
    const weekly = await subscribed(tempDatabase(), [
      ["slack", "C1"],
      ["slack", "C2"],
      ["discord", "D1"],
    ]);
    const slack = recordingPoster("slack");
    const discord = recordingPoster("discord");
    const poster = weekly.poster([slack, discord], { sleep: noSleep });
    expect((await poster.runDue(new Date("2026-11-30T08:59:59Z"))).sent).toEqual([]);
    const report = await poster.runDue(SLOT);
    expect(report.sent.sort()).toEqual(["discord:D1", "slack:C1", "slack:C2"]);
    expect(slack.posts.map((p) => p.channelId).sort()).toEqual(["C1", "C2"]);
    expect(slack.posts[0]?.answer.title).toContain("2026-W49");
  });

  it("a second tick, a restart and two concurrent ticks post nothing more", async () => {
    const path = tempDatabase();
    const weekly = await subscribed(path, [
      ["slack", "C1"],
      ["discord", "D1"],
    ]);
    const slack = recordingPoster("slack");
    const discord = recordingPoster("discord");
    await weekly.poster([slack, discord]).runDue(SLOT);
    await weekly.poster([slack, discord]).runDue(AFTER_SLOT);
    await weekly.close();
    // A restart: a new process state on the same file, two ticks racing on separate connections.
    const [a, b] = [await weeklyAt(path), await weeklyAt(path)];
    await Promise.all([a.poster([slack, discord]).runDue(AFTER_SLOT), b.poster([slack, discord]).runDue(AFTER_SLOT)]);
    expect(slack.posts).toHaveLength(1);
    expect(discord.posts).toHaveLength(1);
  });

  it("a restart mid-send (claimed, never marked) does not post again: at most once", async () => {
    const path = tempDatabase();
    const weekly = await subscribed(path, [["slack", "C1"]]);
    // The process that claimed this week's delivery died before it could mark it sent.
    expect(await weekly.deliveries.claim("slack", "C1", "2026-W49", SLOT)).toBe(true);
    await weekly.close();
    const slack = recordingPoster("slack");
    const report = await (await weeklyAt(path)).poster([slack]).runDue(AFTER_SLOT);
    expect(report.skipped).toEqual(["slack:C1"]);
    expect(slack.posts).toHaveLength(0);
  });

  it("never double-posts when two processes tick at once on one database", async () => {
    const path = tempDatabase();
    await (
      await subscribed(
        path,
        Array.from({ length: 20 }, (_, i) => ["slack", `C${i}`] as ["slack", string]),
      )
    ).close();
    const slack = recordingPoster("slack");
    const tickers = await Promise.all(Array.from({ length: 4 }, () => weeklyAt(path)));
    await Promise.all(tickers.map((w) => w.poster([slack]).runDue(AFTER_SLOT)));
    expect(slack.posts).toHaveLength(20);
    expect(new Set(slack.posts.map((p) => p.channelId)).size).toBe(20);
  });

  it("a bot started three weeks late posts once, for this week only", async () => {
    const path = tempDatabase();
    const weekly = await subscribed(path, [["slack", "C1"]]);
    const slack = recordingPoster("slack");
    const threeWeeksLater = new Date("2026-12-21T15:00:00Z");
    const report = await weekly.poster([slack]).runDue(threeWeeksLater);
    expect(report.week).toBe("2026-W52");
    expect(slack.posts).toHaveLength(1);
    expect(slack.posts[0]?.answer.title).toContain("2026-W52");
    const weeks = await weekly.store.sql.all("SELECT week FROM deliveries");
    expect(weeks).toEqual([{ week: "2026-W52" }]);
  });

  it("retries a send that fails twice, then posts once", async () => {
    const weekly = await subscribed(tempDatabase(), [["slack", "C1"]]);
    const slack = recordingPoster("slack", { C1: [new Error("socket hang up"), new Error("HTTP 503")] });
    const delays: number[] = [];
    const report = await weekly
      .poster([slack], { sleep: async (ms) => void delays.push(ms), retryDelaysMs: [10, 20, 40] })
      .runDue(SLOT);
    expect(report.sent).toEqual(["slack:C1"]);
    expect(slack.posts).toHaveLength(1);
    expect(delays).toEqual([10, 20]);
  });

  it("a send that keeps failing is released and sent by a later tick, once", async () => {
    const weekly = await subscribed(tempDatabase(), [["slack", "C1"]]);
    const slack = recordingPoster("slack", { C1: [new Error("down"), new Error("down")] });
    const poster = weekly.poster([slack], { sleep: async () => {}, retryDelaysMs: [1] });
    expect((await poster.runDue(SLOT)).failed).toEqual(["slack:C1"]);
    expect((await poster.runDue(AFTER_SLOT)).sent).toEqual(["slack:C1"]);
    expect((await poster.runDue(AFTER_SLOT)).sent).toEqual([]);
    expect(slack.posts).toHaveLength(1);
  });

  it("unsubscribes a channel that is gone instead of retrying forever", async () => {
    const weekly = await subscribed(tempDatabase(), [
      ["slack", "C1"],
      ["slack", "C2"],
    ]);
    const slack = recordingPoster("slack", { C1: ["gone"] });
    const report = await weekly.poster([slack], { sleep: noSleep }).runDue(SLOT);
    expect(report.unsubscribed).toEqual(["slack:C1"]);
    expect((await weekly.subscriptions.list()).map((s) => s.channelId)).toEqual(["C2"]);
    expect(slack.posts.map((p) => p.channelId)).toEqual(["C2"]);
  });

  it("a channel that subscribes after this week's slot starts next week", async () => {
    const weekly = await weeklyAt(tempDatabase());
    await weekly.subscriptions.add("slack", "C1", "U1", new Date("2026-12-02T10:00:00Z"));
    const slack = recordingPoster("slack");
    await weekly.poster([slack]).runDue(new Date("2026-12-02T11:00:00Z"));
    expect(slack.posts).toHaveLength(0);
    await weekly.poster([slack]).runDue(new Date("2026-12-07T09:00:00Z"));
    expect(slack.posts).toHaveLength(1);
  });

  it("creates its schema on first start, versioned for later migrations", () => {
    const db = openDatabase(tempDatabase());
    // 1: subscriptions and deliveries; 2: conversations; 3: seen events; 4: installations; 5: any platform may
    // subscribe; 6: profiles per person; 7: feedback; 8: fewer indexes written per answer.
    expect(db.pragma("user_version", { simple: true })).toBe(8);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
  });

  it("migration 5 drops the platform CHECK and keeps every subscription of an older database", () => {
    const path = tempDatabase();
    // A database as version 3 left it (subscriptions with the CHECK, seen events), with rows.
    const old = new Database(path);
    old.exec(`CREATE TABLE subscriptions (
       platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord')), channel_id TEXT NOT NULL,
       created_at TEXT NOT NULL, created_by TEXT, PRIMARY KEY (platform, channel_id));
     CREATE TABLE deliveries (platform TEXT NOT NULL, channel_id TEXT NOT NULL, week TEXT NOT NULL,
       status TEXT NOT NULL, claimed_at TEXT NOT NULL, sent_at TEXT, error TEXT, PRIMARY KEY (platform, channel_id, week));
     CREATE TABLE conversations (key TEXT PRIMARY KEY, context TEXT NOT NULL, updated_at INTEGER NOT NULL);
     CREATE TABLE conversation_users (key TEXT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (key, user_id));
     CREATE TABLE conversation_aliases (alias TEXT PRIMARY KEY, key TEXT NOT NULL, created_at INTEGER NOT NULL);
     CREATE TABLE seen_events (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
     INSERT INTO subscriptions VALUES ('slack', 'C1', '2026-01-01T00:00:00.000Z', 'U1'),
       ('discord', '123', '2026-01-02T00:00:00.000Z', NULL);`);
    expect(() =>
      old.exec("INSERT INTO subscriptions VALUES ('matrix', '!room', '2026-01-03T00:00:00.000Z', NULL)"),
    ).toThrow(/CHECK/);
    old.pragma("user_version = 3");
    old.close();
    const db = openDatabase(path);
    expect(db.pragma("user_version", { simple: true })).toBe(8);
    // Every subscription is kept; migration 6 forgets who subscribed (a user id).
    expect(db.prepare("SELECT * FROM subscriptions ORDER BY channel_id").all()).toEqual([
      { platform: "discord", channel_id: "123", created_at: "2026-01-02T00:00:00.000Z", created_by: null },
      { platform: "slack", channel_id: "C1", created_at: "2026-01-01T00:00:00.000Z", created_by: null },
    ]);
    db.prepare("INSERT INTO subscriptions VALUES ('matrix', '!room', '2026-01-03T00:00:00.000Z', NULL)").run();
    expect(() =>
      db.prepare("INSERT INTO subscriptions VALUES ('slack', 'C1', '2026-01-04T00:00:00.000Z', NULL)").run(),
    ).toThrow(/UNIQUE/);
    db.close();
  });
});
