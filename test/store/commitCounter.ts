import { join } from "node:path";
import type Database from "better-sqlite3";
import { afterEach } from "vitest";
import { openStore, type Store } from "../../src/store";
import type { SqliteSql } from "../../src/store/sql";
import { tempDir } from "../tempDir";

/**
 * Counts the commits made on a better-sqlite3 connection from now on: every COMMIT, and every write statement run
 * outside a transaction (its own commit). Wraps the statements the connection prepares from now on.
 */
export function countCommits(db: Database.Database): () => number {
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
  return () => commits;
}

export const synchronous = (db: Database.Database) => db.pragma("synchronous", { simple: true });
export const SQLITE_FULL = 2;
export const SQLITE_NORMAL = 1;

/**
 * SQLite stores in a folder of their own, each with its commits counted from the start; all closed after each test.
 * Call once per test file (it registers the `afterEach`).
 */
export function countedSqliteStores(prefix: string) {
  const folder = tempDir(prefix);
  let files = 0;
  const stores: Store[] = [];
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
  });
  return async (path = join(folder, `careerbot-${++files}.db`)) => {
    const store = await openStore({ DATABASE_PATH: path });
    stores.push(store);
    const db = (store.sql as SqliteSql).db;
    return { store, db, commits: countCommits(db) };
  };
}
