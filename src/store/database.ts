import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { Dialect } from "./sql";

export type Db = Database.Database;

/**
 * One schema change: the same SQL for both dialects, or a function of the dialect where they differ (the
 * type of millisecond timestamps: SQLite's INTEGER holds 64 bits, PostgreSQL needs BIGINT; dropping a constraint).
 */
export type Migration = string | ((dialect: Dialect) => string);

/** SQLite's INTEGER is 64-bit; PostgreSQL's is 32-bit. */
const int64 = (dialect: Dialect) => (dialect === "postgres" ? "BIGINT" : "INTEGER");

/**
 * Schema changes in order, for SQLite and PostgreSQL alike; the database's schema version (SQLite `user_version`,
 * PostgreSQL table `careerbot_schema`) says how many have run. Append, never edit.
 */
export const MIGRATIONS: Migration[] = [
  `CREATE TABLE subscriptions (
     platform   TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
     channel_id TEXT NOT NULL,
     created_at TEXT NOT NULL,
     created_by TEXT,
     PRIMARY KEY (platform, channel_id)
   );
   CREATE TABLE deliveries (
     platform   TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     week       TEXT NOT NULL,
     status     TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'failed', 'gone')),
     claimed_at TEXT NOT NULL,
     sent_at    TEXT,
     error      TEXT,
     PRIMARY KEY (platform, channel_id, week)
   );`,
  // Conversations: the context to remember per conversation key, who took part, and when it was last used.
  (dialect) => `CREATE TABLE conversations (
     key        TEXT PRIMARY KEY,
     context    TEXT NOT NULL,
     updated_at ${int64(dialect)} NOT NULL
   );
   CREATE INDEX conversations_by_updated_at ON conversations (updated_at);
   CREATE TABLE conversation_users (
     key     TEXT NOT NULL REFERENCES conversations (key) ON DELETE CASCADE,
     user_id TEXT NOT NULL,
     PRIMARY KEY (key, user_id)
   );
   CREATE INDEX conversation_users_by_user ON conversation_users (user_id);
   CREATE TABLE conversation_aliases (
     alias      TEXT PRIMARY KEY,
     key        TEXT NOT NULL REFERENCES conversations (key) ON DELETE CASCADE,
     created_at ${int64(dialect)} NOT NULL
   );
   CREATE INDEX conversation_aliases_by_key ON conversation_aliases (key);`,
  // Events already handled (Slack event ids, Discord message ids...), so a retry that lands on another replica is
  // not answered twice; a row counts until expires_at (milliseconds since the epoch).
  (dialect) => `CREATE TABLE seen_events (
     key        TEXT PRIMARY KEY,
     expires_at ${int64(dialect)} NOT NULL
   );
   CREATE INDEX seen_events_by_expiry ON seen_events (expires_at);`,
  // App installations (Slack OAuth: one per workspace, or per organisation for an org-wide install). `install_id` is
  // the enterprise id of an org-wide install, else the team id; `installation` is the platform's JSON (with its
  // tokens: never logged, never listed by the CLI).
  // Timestamps are ISO text, as in subscriptions; the flag is an integer 0/1 in both dialects.
  `CREATE TABLE installations (
     platform              TEXT NOT NULL,
     install_id            TEXT NOT NULL,
     team_id               TEXT,
     enterprise_id         TEXT,
     is_enterprise_install INTEGER NOT NULL DEFAULT 0,
     installation          TEXT NOT NULL,
     installed_at          TEXT NOT NULL,
     updated_at            TEXT NOT NULL,
     PRIMARY KEY (platform, install_id)
   );`,
  // Any registered platform may subscribe: the CHECK (platform IN ('slack', 'discord')) goes. PostgreSQL drops the
  // constraint by the name it gave the column CHECK of migration 1 (`subscriptions_platform_check`). SQLite cannot
  // drop a constraint, so the table is rebuilt with its rows (same columns, same key), inside the migration's
  // transaction.
  (dialect) =>
    dialect === "postgres"
      ? "ALTER TABLE subscriptions DROP CONSTRAINT IF EXISTS subscriptions_platform_check;"
      : `CREATE TABLE subscriptions_rebuilt (
     platform   TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     created_at TEXT NOT NULL,
     created_by TEXT,
     PRIMARY KEY (platform, channel_id)
   );
   INSERT INTO subscriptions_rebuilt (platform, channel_id, created_at, created_by)
     SELECT platform, channel_id, created_at, created_by FROM subscriptions;
   DROP TABLE subscriptions;
   ALTER TABLE subscriptions_rebuilt RENAME TO subscriptions;`,
  // A profile belongs to its person (issue 17): one row per person (platform + user, and team for Slack), apart from
  // the conversations, whose context now keeps only what they share (roles, intent, facet, topics). A conversation
  // made for one person (`/career`, a Discord channel) records them as `owner`. Contexts stored before held the
  // asker's profile inside a shared conversation: they are deleted (conversations live for minutes anyway), as are
  // seen-event keys that named a user and the user ids of subscriptions.
  (dialect) => `CREATE TABLE profiles (
     user_id    TEXT PRIMARY KEY,
     profile    TEXT NOT NULL,
     updated_at ${int64(dialect)} NOT NULL
   );
   CREATE INDEX profiles_by_updated_at ON profiles (updated_at);
   ALTER TABLE conversations ADD COLUMN owner TEXT;
   CREATE INDEX conversations_by_owner ON conversations (owner);
   DELETE FROM conversation_aliases;
   DELETE FROM conversation_users;
   DELETE FROM conversations;
   DELETE FROM seen_events WHERE key LIKE 'followup:%';
   UPDATE subscriptions SET created_by = NULL;`,
  // Feedback (issue 20): a row per answer that got rating buttons (`feedback_answers`: platform, workspace or guild,
  // intents, roles, not_covered topics; the question text and a hash of its asker only with FEEDBACK_KEEP_TEXT), one
  // vote per person per answer (`feedback_votes`, the voter as a hash), and counts per UTC day of the answers' intents,
  // roles and not_covered topics (`feedback_counts`: no person, no text). See src/store/feedback.ts.
  (dialect) => `CREATE TABLE feedback_answers (
     id              TEXT PRIMARY KEY,
     platform        TEXT NOT NULL,
     workspace       TEXT NOT NULL,
     intent          TEXT NOT NULL,
     intents         TEXT NOT NULL,
     roles           TEXT NOT NULL,
     topics          TEXT NOT NULL,
     unanswered      INTEGER NOT NULL DEFAULT 0,
     created_at      ${int64(dialect)} NOT NULL,
     question        TEXT,
     asker           TEXT,
     text_expires_at ${int64(dialect)}
   );
   CREATE INDEX feedback_answers_by_created_at ON feedback_answers (created_at);
   CREATE INDEX feedback_answers_by_asker ON feedback_answers (asker);
   CREATE INDEX feedback_answers_by_text_expiry ON feedback_answers (text_expires_at);
   CREATE TABLE feedback_votes (
     answer_id TEXT NOT NULL,
     voter     TEXT NOT NULL,
     vote      TEXT NOT NULL CHECK (vote IN ('up', 'down')),
     voted_at  ${int64(dialect)} NOT NULL,
     PRIMARY KEY (answer_id, voter)
   );
   CREATE INDEX feedback_votes_by_voter ON feedback_votes (voter);
   CREATE TABLE feedback_counts (
     day   TEXT NOT NULL,
     kind  TEXT NOT NULL CHECK (kind IN ('intent', 'role', 'topic')),
     name  TEXT NOT NULL,
     count ${int64(dialect)} NOT NULL,
     PRIMARY KEY (day, kind, name)
   );`,
  // What an answer costs the disk (issue 19): each turn rewrote the conversation's and the profile's updated_at, and
  // with it an index entry each (a page where the old entry was, one where the new goes); only the sweep every few
  // minutes reads them, and a scan of live conversations and profiles (they expire in minutes) does as well. An
  // answer's row added an entry to the asker and text-expiry indexes, NULL unless texts are kept: those index only
  // the rows that have one. Five /career turns sharing a commit wrote 18 pages to the WAL, 7.5 after this and
  // time-ordered answer ids (src/feedback/feedback.ts answerId), measured by `npx tsx scripts/wal-pages.ts`.
  `DROP INDEX IF EXISTS conversations_by_updated_at;
   DROP INDEX IF EXISTS profiles_by_updated_at;
   DROP INDEX IF EXISTS feedback_answers_by_asker;
   DROP INDEX IF EXISTS feedback_answers_by_text_expiry;
   CREATE INDEX feedback_answers_by_asker ON feedback_answers (asker) WHERE asker IS NOT NULL;
   CREATE INDEX feedback_answers_by_text_expiry ON feedback_answers (text_expires_at) WHERE text_expires_at IS NOT NULL;`,
];

/** The SQL of a migration in a dialect. */
export function migrationSql(migration: Migration, dialect: Dialect): string {
  return typeof migration === "string" ? migration : migration(dialect);
}

/**
 * Opens (and creates or migrates) the SQLite store. WAL with synchronous=FULL: a committed subscription or delivery
 * claim survives a crash at any moment (a transaction may ask for less: see Synchronous in sql.ts); busy_timeout lets
 * two processes share the file.
 */
export function openDatabase(path: string): Db {
  let db: Db | undefined;
  try {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("busy_timeout = 5000");
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw new DatabaseError(path, error as Error);
  }
}

/** A database that cannot be opened or migrated, named by its DATABASE_PATH. */
export class DatabaseError extends Error {
  override name = "DatabaseError";
  constructor(path: string, cause: Error) {
    super(`DATABASE_PATH=${path}: cannot open the database (${cause.message})`, { cause });
  }
}

function migrate(db: Db): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `database schema version ${current} is newer than this careerbot (${MIGRATIONS.length}); upgrade careerbot`,
    );
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(migrationSql(MIGRATIONS[version] as Migration, "sqlite"));
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}
