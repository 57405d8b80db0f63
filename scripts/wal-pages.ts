/**
 * Pages an answer's commit writes to SQLite's WAL, by table and index: a /career turn (context, profile, rated
 * answer) as Conversations saves it, on a database already holding 3,000 turns, `--batch` turns sharing each commit
 * (as SHARED_COMMIT_WINDOW_MS groups them under load), averaged over `--commits` commits. "new page" counts pages the
 * tables grew by. Fewer pages is less to write at each commit and to copy at each checkpoint.
 *
 *   npx tsx scripts/wal-pages.ts [--batch 5] [--commits 100]
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Answer } from "../src/answer/types";
import { Feedback } from "../src/feedback/feedback";
import { storeOn } from "../src/store";
import { openDatabase } from "../src/store/database";
import { SqliteSql } from "../src/store/sql";

const { values } = parseArgs({
  options: { batch: { type: "string", default: "5" }, commits: { type: "string", default: "100" } },
});
const BATCH = Number(values.batch);
const COMMITS = Number(values.commits);
if (!(BATCH >= 1 && COMMITS >= 1)) throw new Error("--batch and --commits must be positive numbers");

const dir = mkdtempSync(join(tmpdir(), "careerbot-wal-pages-"));
try {
  const path = join(dir, "careerbot.db");
  const sql = new SqliteSql(openDatabase(path));
  // Nothing leaves the WAL until it is read below.
  sql.db.pragma("wal_autocheckpoint = 0");
  const store = storeOn(sql, path);
  const conversations = store.conversations();
  const feedback = new Feedback(store.feedback);
  const answer = { intent: "salary", roles: ["lead-ml-architect"] } as unknown as Answer;
  let n = 0;
  const turn = () => {
    const i = n++;
    const userId = `slack:T1:U${i % 500}`;
    return conversations.saveTurn(`slack:T1:C${i % 50}:U${i % 500}`, userId, {
      context: { roles: ["lead-ml-architect", "nlp-research-scientist"], intent: "salary" },
      profile: { years: 5, skills: [{ name: "python" }], interests: [] } as never,
      rating: feedback.prepare(answer, { platform: "slack", workspace: "T1", userId, question: "" }),
    });
  };
  for (let i = 0; i < 3000; i++) await turn();
  sql.db.pragma("wal_checkpoint(TRUNCATE)");
  const names = new Map(
    (sql.db.prepare("SELECT name, pageno FROM dbstat").all() as { name: string; pageno: number }[]).map((r) => [
      r.pageno,
      r.name,
    ]),
  );
  for (let c = 0; c < COMMITS; c++) await Promise.all(Array.from({ length: BATCH }, turn));
  const wal = readFileSync(`${path}-wal`);
  const pageSize = wal.readUInt32BE(8);
  const pages = new Map<string, number>();
  let frames = 0;
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    frames++;
    const name = names.get(wal.readUInt32BE(at)) ?? "new page";
    pages.set(name, (pages.get(name) ?? 0) + 1);
  }
  await store.close();
  const lines = [...pages]
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => `  ${(count / COMMITS).toFixed(2).padStart(6)}  ${name}`);
  console.log(
    [
      `${BATCH} turn(s) a commit, ${COMMITS} commits: ${(frames / COMMITS).toFixed(1)} WAL pages a commit`,
      ...lines,
    ].join("\n"),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
