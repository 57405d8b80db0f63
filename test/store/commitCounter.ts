import type Database from "better-sqlite3";

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
