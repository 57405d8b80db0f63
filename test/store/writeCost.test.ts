import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types";
import { answerId, Feedback } from "../../src/feedback/feedback";
import type { SqliteSql } from "../../src/store/sql";
import { countedSqliteStores } from "./commitCounter";

/**
 * What an answer's commit writes on SQLite (migration 8, time-ordered answer ids): the pages of the tables it
 * changes, and no index that only the sweeps read. Read from the WAL itself: each frame names the page it holds.
 */
const sqliteStore = countedSqliteStores("careerbot-write-cost-");

const ANSWER = { intent: "salary", roles: ["lead-ml-architect"] } as unknown as Answer;
const CONTEXT = { roles: ["lead-ml-architect"], intent: "salary" as const };
const PROFILE = { years: 5, skills: [{ name: "python" }], interests: [] } as never;

/** The tables and indexes whose pages the WAL holds, by name (a page new since `names` was read: "new page"). */
function walPages(sql: SqliteSql, names: Map<number, string>): Set<string> {
  const wal = readFileSync(`${sql.db.name}-wal`);
  const pageSize = wal.readUInt32BE(8);
  const written = new Set<string>();
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize)
    written.add(names.get(wal.readUInt32BE(at)) ?? "new page");
  return written;
}

describe("SQLite: what an answer's commit writes", () => {
  it("a turn with a context, a profile and a rated answer writes their tables, not the sweeps' indexes", async () => {
    const { store } = await sqliteStore();
    const sql = store.sql as SqliteSql;
    const conversations = store.conversations();
    const feedback = new Feedback(store.feedback);
    const turn = (i: number) =>
      conversations.saveTurn(`slack:T1:C1:U${i % 50}`, `slack:T1:U${i % 50}`, {
        context: CONTEXT,
        profile: PROFILE,
        rating: feedback.prepare(ANSWER, {
          platform: "slack",
          workspace: "T1",
          userId: `slack:T1:U${i}`,
          question: "",
        }),
      });
    // Every conversation and profile exists: the turns below update them, as most turns do.
    for (let i = 0; i < 200; i++) await turn(i);
    sql.db.pragma("wal_checkpoint(TRUNCATE)");
    const names = new Map(
      (sql.db.prepare("SELECT name, pageno FROM dbstat").all() as { name: string; pageno: number }[]).map((r) => [
        r.pageno,
        r.name,
      ]),
    );
    await Promise.all([turn(1), turn(2), turn(3)]);
    const written = walPages(sql, names);
    written.delete("new page");
    expect([...written].sort()).toEqual([
      "conversations",
      "feedback_answers",
      "feedback_answers_by_created_at",
      "feedback_counts",
      "profiles",
      "sqlite_autoindex_feedback_answers_1",
    ]);
  });

  it("forget me and the text expiry still find their rows through an index", async () => {
    const { store } = await sqliteStore();
    const plan = (query: string) =>
      (store.sql as SqliteSql).db
        .prepare(`EXPLAIN QUERY PLAN ${query}`)
        .all()
        .map((r) => (r as { detail: string }).detail)
        .join("; ");
    expect(plan("UPDATE feedback_answers SET question = NULL WHERE asker = 'x'")).toContain(
      "USING INDEX feedback_answers_by_asker",
    );
    expect(plan("UPDATE feedback_answers SET question = NULL WHERE text_expires_at <= 5")).toContain(
      "USING INDEX feedback_answers_by_text_expiry",
    );
  });
});

describe("answer ids", () => {
  it("are 16 URL-safe characters that sort by the time they were made, then at random", () => {
    const t = Date.UTC(2026, 11, 2, 9);
    const [first, a, b, later, nextYear] = [t, t + 1, t + 1, t + 60_000, t + 86_400_000 * 365].map((ms) =>
      answerId(ms),
    );
    const ids = [first, a, b, later, nextYear] as string[];
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    // Byte order, as the database's index sorts TEXT; two ids of one millisecond in either order.
    const [lower, higher] = (a as string) < (b as string) ? [a, b] : [b, a];
    expect([...ids].sort()).toEqual([first, lower, higher, later, nextYear]);
    // The same millisecond: the same first half, a different random half.
    expect(a?.slice(0, 8)).toBe(b?.slice(0, 8));
    expect(a).not.toBe(b);
  });
});
