import { existsSync, readdirSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS } from "./database";

/**
 * A consistent copy of a live SQLite database through SQLite's online backup API (better-sqlite3's `db.backup`). A
 * plain `cp` of a WAL database misses what still sits in `-wal` (recent rows, even whole tables); this does not,
 * and writers may go on meanwhile. Resolves to the number of pages copied.
 */
export async function backupDatabase(source: string, destination: string): Promise<number> {
  if (!existsSync(source)) throw new Error(`DATABASE_PATH=${source}: no database there to back up`);
  if (resolve(source) === resolve(destination)) throw new Error("the backup must go to another file than the database");
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await db.backup(destination);
    return totalPages;
  } finally {
    db.close();
  }
}

/** The schema version of the SQLite file at `path` (0 for a new, empty file), without changing it. */
export function schemaVersionOf(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.pragma("user_version", { simple: true }) as number;
  } finally {
    db.close();
  }
}

export interface AutomaticBackup {
  path: string;
  fromVersion: number;
  toVersion: number;
  /** Older automatic backups deleted to keep `keep`. */
  deleted: string[];
}

/**
 * Before a start that will migrate an existing database (its schema version below this careerbot's), copies it to
 * `careerbot.db.v5-2026-12-02T10-00-00Z.bak` beside it, and deletes the oldest such copies past `keep`. Nothing
 * happens for a new database, one already up to date, or `keep` 0.
 */
export async function backupBeforeMigrating(
  path: string,
  keep: number,
  now = new Date(),
): Promise<AutomaticBackup | undefined> {
  if (keep <= 0 || path === ":memory:" || !existsSync(path)) return undefined;
  const fromVersion = schemaVersionOf(path);
  const toVersion = MIGRATIONS.length;
  if (fromVersion === 0 || fromVersion >= toVersion) return undefined;
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
  const backup = join(dirname(path), `${basename(path)}.v${fromVersion}-${stamp}.bak`);
  await backupDatabase(path, backup);
  return { path: backup, fromVersion, toVersion, deleted: pruneBackups(path, keep) };
}

/** Deletes all but the `keep` newest automatic backups of `path` (their names sort by time within a version). */
export function pruneBackups(path: string, keep: number): string[] {
  const prefix = `${basename(path)}.v`;
  const stampOf = (name: string) => {
    const rest = name.slice(prefix.length);
    return rest.slice(rest.indexOf("-") + 1);
  };
  const backups = readdirSync(dirname(path))
    .filter((name) => name.startsWith(prefix) && name.endsWith(".bak"))
    .sort((a, b) => stampOf(b).localeCompare(stampOf(a)));
  const old = backups.slice(keep).map((name) => join(dirname(path), name));
  for (const file of old) rmSync(file, { force: true });
  return old;
}
