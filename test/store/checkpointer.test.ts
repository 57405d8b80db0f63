import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store";
import type { SqliteSql } from "../../src/store/sql";
import { tempDir } from "../tempDir";

/**
 * `careerbot start` checkpoints SQLite's WAL on a worker thread (src/store/checkpointer.ts), never inside a commit
 * on the event loop. Against a real database file.
 */
const stores: Store[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

async function open() {
  const path = join(tempDir("careerbot-checkpoint-"), "careerbot.db");
  const store = await openStore({ DATABASE_PATH: path });
  stores.push(store);
  const sql = store.sql as SqliteSql;
  await sql.run("CREATE TABLE filler (bytes BLOB NOT NULL)");
  return { store, sql, path };
}

/** Writes about `pages` pages (4 KiB each) in commits of 100 rows. */
async function fill(sql: SqliteSql, pages: number) {
  const row = Buffer.alloc(3500, 1);
  for (let i = 0; i < pages; i += 100)
    await sql.transaction(async (tx) => {
      for (let j = 0; j < 100; j++) await tx.run("INSERT INTO filler (bytes) VALUES (?)", [row]);
    });
}

const PAGE = 4096;
const walBytes = (path: string) => statSync(`${path}-wal`).size;

describe("WAL checkpoints in the background", () => {
  it("the serving connection never checkpoints; the worker copies the whole WAL into the database", async () => {
    const { sql, path } = await open();
    // A long interval: only the checkpoint asked for below runs.
    const checkpointer = sql.checkpointInBackground({ intervalMs: 3_600_000 });
    expect(sql.db.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
    await fill(sql, 1500);
    // SQLite's own checkpoint would have restarted the WAL at 1,000 pages; it kept growing instead.
    expect(walBytes(path)).toBeGreaterThan(1500 * PAGE);
    const result = await checkpointer?.now();
    expect(result?.log).toBeGreaterThan(1500);
    expect(result?.checkpointed).toBe(result?.log);
    // The next write starts the WAL over (it does not grow past what one checkpoint interval writes).
    const size = walBytes(path);
    await fill(sql, 100);
    expect(walBytes(path)).toBe(size);
    expect((await checkpointer?.now())?.log).toBeLessThan(150);
  });

  it("checkpoints every interval on its own", async () => {
    const { sql, path } = await open();
    sql.checkpointInBackground({ intervalMs: 20 });
    const before = statSync(path).size;
    await fill(sql, 300);
    // The rows reach the database file itself only through a checkpoint: the worker's timed one, nobody asked.
    await expect.poll(() => statSync(path).size).toBeGreaterThan(before + 300 * PAGE);
  });

  it("a worker that dies hands checkpoints back to the connection, which keeps taking writes", async () => {
    const { sql, store } = await open();
    const stopped: string[] = [];
    const checkpointer = sql.checkpointInBackground({ onStopped: (reason) => stopped.push(reason.message) });
    // As a crash of the thread would end it.
    await checkpointer?.worker.terminate();
    await expect.poll(() => stopped).toEqual([expect.stringMatching(/^checkpoint worker exited/)]);
    expect(sql.db.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    await store.subscriptions.add("slack", "C1", "U1");
    expect((await store.subscriptions.list()).map((s) => s.channelId)).toEqual(["C1"]);
    await expect(checkpointer?.now()).rejects.toThrow("checkpoint worker stopped");
  });

  it("closing stops the worker first, so the connection's close checkpoints and removes the WAL", async () => {
    const { sql, store, path } = await open();
    sql.checkpointInBackground({ intervalMs: 3_600_000 });
    await fill(sql, 200);
    expect(existsSync(`${path}-wal`)).toBe(true);
    await store.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const again = await openStore({ DATABASE_PATH: path });
    stores.push(again);
    expect(await again.sql.get<{ n: number }>("SELECT count(*) AS n FROM filler")).toEqual({ n: 200 });
  });
});
