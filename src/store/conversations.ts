import {
  AlreadyHandledError,
  type ConversationStore,
  type ConversationStoreOptions,
  capContext,
  DEFAULT_CONVERSATION_TTL_MS,
  type EventClaim,
  MAX_ALIASES_PER_KEY,
  MAX_USERS_PER_KEY,
} from "../conversation/store";
import type { ConversationContext } from "../intent/understand";
import type { Db } from "./database";
import { claimSeenEvent } from "./seenEvents";
import { type Sql, SqliteSql, type TransactionOptions } from "./sql";

/**
 * A conversation's context is a convenience: if the machine goes down, losing its last turn means one follow-up
 * answered without context. So its writes skip the disk flush (see Synchronous in sql.ts), which was most of what a
 * /career cost the store, and turns arriving together share one commit. "Forget me" is the exception: a deletion the
 * person was told about must survive anything, so it commits on its own, FULL.
 */
const CONTEXT_WRITE: TransactionOptions = { synchronous: "normal", shareCommit: true };

const SQL = {
  get: "SELECT context, updated_at FROM conversations WHERE key = ?",
  upsert: `INSERT INTO conversations (key, context, updated_at) VALUES (?, ?, ?)
           ON CONFLICT (key) DO UPDATE SET context = excluded.context, updated_at = excluded.updated_at`,
  addUser: "INSERT INTO conversation_users (key, user_id) VALUES (?, ?) ON CONFLICT (key, user_id) DO NOTHING",
  countUsers: "SELECT CAST(count(*) AS INTEGER) AS n FROM conversation_users WHERE key = ?",
  clearUsers: "DELETE FROM conversation_users WHERE key = ?",
  deleteAliases: "DELETE FROM conversation_aliases WHERE key = ?",
  deleteRow: "DELETE FROM conversations WHERE key = ?",
  keysOfUser: "SELECT key FROM conversation_users WHERE user_id = ?",
  expired: "SELECT key FROM conversations WHERE updated_at <= ?",
  // Typed parameters: PostgreSQL cannot guess the type of a bare parameter in a SELECT list.
  addAlias: `INSERT INTO conversation_aliases (alias, key, created_at)
             SELECT CAST(? AS TEXT), key, CAST(? AS BIGINT) FROM conversations WHERE key = ?
             ON CONFLICT (alias) DO UPDATE SET key = excluded.key, created_at = excluded.created_at`,
  // The newest aliases stay (ties, within one millisecond, broken by the alias: Discord ids grow with time).
  trimAliases: `DELETE FROM conversation_aliases WHERE key = ? AND alias NOT IN
                  (SELECT alias FROM conversation_aliases WHERE key = ? ORDER BY created_at DESC, alias DESC LIMIT ?)`,
  resolveAlias: `SELECT c.key, c.updated_at FROM conversation_aliases a JOIN conversations c ON c.key = a.key
                 WHERE a.alias = ?`,
};

/**
 * Conversations in the shared store (SQLite or PostgreSQL), so a restart, or another replica, does not forget one
 * mid-way. Every change runs in one transaction; an expired row is deleted when read, and by sweep().
 */
export class SqlConversationStore implements ConversationStore {
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly sql: Sql,
    options: Partial<ConversationStoreOptions> = {},
  ) {
    this.ttlMs = options.ttlMs ?? DEFAULT_CONVERSATION_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  private async remove(tx: Sql, key: string): Promise<void> {
    await tx.run(SQL.deleteAliases, [key]);
    await tx.run(SQL.clearUsers, [key]);
    await tx.run(SQL.deleteRow, [key]);
  }

  /** The event's claim, in the transaction that saves what answering it changed: both commit, or neither. */
  private async claim(tx: Sql, claim: EventClaim | undefined): Promise<void> {
    if (claim && !(await claimSeenEvent(tx, claim.key, claim.ttlMs, this.now())))
      throw new AlreadyHandledError(claim.key);
  }

  private removeAll(keys: string[], claim?: EventClaim): Promise<number> {
    if (keys.length === 0 && !claim) return Promise.resolve(0);
    return this.sql.transaction(async (tx) => {
      await this.claim(tx, claim);
      for (const key of keys) await this.remove(tx, key);
      return keys.length;
    }, CONTEXT_WRITE);
  }

  private expired(updatedAt: number): boolean {
    return this.now() - Number(updatedAt) >= this.ttlMs;
  }

  async get(key: string): Promise<ConversationContext | undefined> {
    const row = await this.sql.get<{ context: string; updated_at: number }>(SQL.get, [key]);
    if (!row) return undefined;
    if (this.expired(row.updated_at)) {
      await this.removeAll([key]);
      return undefined;
    }
    try {
      return capContext(JSON.parse(row.context));
    } catch {
      await this.removeAll([key]);
      return undefined;
    }
  }

  async set(key: string, userId: string, context: ConversationContext, claim?: EventClaim): Promise<void> {
    const json = JSON.stringify(capContext(context));
    await this.sql.transaction(async (tx) => {
      await this.claim(tx, claim);
      const row = await tx.get<{ updated_at: number }>(SQL.get, [key]);
      // An expired conversation starts afresh: its old participants are not carried over.
      if (row && this.expired(row.updated_at)) await this.remove(tx, key);
      await tx.run(SQL.upsert, [key, json, this.now()]);
      // Counted only when someone new joined: the same asker again (the usual turn) costs no count.
      const joined = (await tx.run(SQL.addUser, [key, userId])) === 1;
      if (joined && ((await tx.get<{ n: number }>(SQL.countUsers, [key]))?.n ?? 0) > MAX_USERS_PER_KEY) {
        await tx.run(SQL.clearUsers, [key]);
        await tx.run(SQL.addUser, [key, userId]);
      }
    }, CONTEXT_WRITE);
  }

  async delete(key: string, claim?: EventClaim): Promise<void> {
    await this.removeAll([key], claim);
  }

  async forgetUser(userId: string, claim?: EventClaim): Promise<number> {
    return this.sql.transaction(async (tx) => {
      await this.claim(tx, claim);
      const keys = await tx.all<{ key: string }>(SQL.keysOfUser, [userId]);
      for (const { key } of keys) await this.remove(tx, key);
      return keys.length;
    });
  }

  async sweep(): Promise<number> {
    const keys = await this.sql.all<{ key: string }>(SQL.expired, [this.now() - this.ttlMs]);
    return this.removeAll(keys.map((r) => r.key));
  }

  async alias(alias: string, key: string): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.run(SQL.addAlias, [alias, this.now(), key]);
      await tx.run(SQL.trimAliases, [key, key, MAX_ALIASES_PER_KEY]);
    }, CONTEXT_WRITE);
  }

  async resolveAlias(alias: string): Promise<string | undefined> {
    const row = await this.sql.get<{ key: string; updated_at: number }>(SQL.resolveAlias, [alias]);
    if (!row) return undefined;
    if (this.expired(row.updated_at)) {
      await this.removeAll([row.key]);
      return undefined;
    }
    return row.key;
  }
}

/** The SQL store on a SQLite connection (`openDatabase`): a restart does not forget a conversation. */
export class SqliteConversationStore extends SqlConversationStore {
  constructor(db: Db | SqliteSql, options: Partial<ConversationStoreOptions> = {}) {
    super(db instanceof SqliteSql ? db : new SqliteSql(db), options);
  }
}
