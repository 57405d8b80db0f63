import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { Conversations } from "../../src/conversation/conversations";
import { MemoryConversationStore } from "../../src/conversation/store";
import { createLogger } from "../../src/logger";
import { createOps } from "../../src/ops";
import { databaseCheck } from "../../src/ops/health";
import { openDatabase } from "../../src/store/database";
import { bot } from "../helpers";
import { get, sample } from "./process";

const dir = mkdtempSync(join(tmpdir(), "careerbot-ready-"));
const path = join(dir, "careerbot.db");
const db = openDatabase(path);
afterAll(() => db.close());

describe("database readiness", () => {
  it("is ok for a writable database, also while another connection holds the write lock, and leaves no transaction", () => {
    expect(databaseCheck(db)()).toEqual({ ok: true });
    const other = new Database(path);
    other.exec("BEGIN IMMEDIATE");
    try {
      const start = performance.now();
      expect(databaseCheck(db)()).toEqual({ ok: true });
      expect(performance.now() - start).toBeLessThan(1000); // no waiting on the busy timeout
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect(db.inTransaction).toBe(false);
    expect(db.pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  it("is not ok for a read-only or closed database, saying so", () => {
    const readonly = new Database(path, { readonly: true });
    expect(databaseCheck(readonly)()).toEqual({ ok: false, reason: "database opened read-only" });
    readonly.close();
    expect(databaseCheck(readonly)()).toEqual({ ok: false, reason: "database closed" });
  });
});

describe("the health endpoint on its own port", () => {
  it("answers 503 naming every check that fails, 200 once all pass; unknown paths are 404", async () => {
    const ops = createOps(db, createLogger("silent"), ["discord"]);
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
    const ops = createOps(db, createLogger("silent"), []);
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
    const ops = createOps(db, createLogger("silent"), []);
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
