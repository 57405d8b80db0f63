import {
  type ConversationStore,
  type ConversationStoreOptions,
  capContext,
  DEFAULT_CONVERSATION_TTL_MS,
  MAX_ALIASES_PER_KEY,
  MAX_USERS_PER_KEY,
} from "../conversation/store";
import type { ConversationContext } from "../intent/understand";
import type { Db } from "./database";

/**
 * Conversations in the SQLite store, so a restart does not forget one mid-way. Every change runs in one
 * transaction; an expired row is deleted when read, and by sweep().
 */
export class SqliteConversationStore implements ConversationStore {
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly statements;

  constructor(
    private readonly db: Db,
    options: Partial<ConversationStoreOptions> = {},
  ) {
    this.ttlMs = options.ttlMs ?? DEFAULT_CONVERSATION_TTL_MS;
    this.now = options.now ?? Date.now;
    this.statements = {
      get: db.prepare<[string], { context: string; updated_at: number }>(
        "SELECT context, updated_at FROM conversations WHERE key = ?",
      ),
      upsert: db.prepare(
        `INSERT INTO conversations (key, context, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET context = excluded.context, updated_at = excluded.updated_at`,
      ),
      addUser: db.prepare("INSERT OR IGNORE INTO conversation_users (key, user_id) VALUES (?, ?)"),
      countUsers: db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM conversation_users WHERE key = ?"),
      clearUsers: db.prepare("DELETE FROM conversation_users WHERE key = ?"),
      deleteAliases: db.prepare("DELETE FROM conversation_aliases WHERE key = ?"),
      deleteRow: db.prepare("DELETE FROM conversations WHERE key = ?"),
      keysOfUser: db.prepare<[string], { key: string }>("SELECT key FROM conversation_users WHERE user_id = ?"),
      expired: db.prepare<[number], { key: string }>("SELECT key FROM conversations WHERE updated_at <= ?"),
      addAlias: db.prepare(
        `INSERT INTO conversation_aliases (alias, key, created_at) SELECT ?, key, ? FROM conversations WHERE key = ?
         ON CONFLICT (alias) DO UPDATE SET key = excluded.key, created_at = excluded.created_at`,
      ),
      trimAliases: db.prepare(
        `DELETE FROM conversation_aliases WHERE key = ? AND alias NOT IN
           (SELECT alias FROM conversation_aliases WHERE key = ? ORDER BY created_at DESC, rowid DESC LIMIT ?)`,
      ),
      resolveAlias: db.prepare<[string], { key: string; updated_at: number }>(
        `SELECT c.key, c.updated_at FROM conversation_aliases a JOIN conversations c ON c.key = a.key
         WHERE a.alias = ?`,
      ),
    };
  }

  private remove(key: string): void {
    this.statements.deleteAliases.run(key);
    this.statements.clearUsers.run(key);
    this.statements.deleteRow.run(key);
  }

  private readonly removeAll = (keys: string[]): number => {
    let n = 0;
    this.db
      .transaction(() => {
        for (const key of keys) {
          this.remove(key);
          n++;
        }
      })
      .immediate();
    return n;
  };

  private expired(updatedAt: number): boolean {
    return this.now() - updatedAt >= this.ttlMs;
  }

  async get(key: string): Promise<ConversationContext | undefined> {
    const row = this.statements.get.get(key);
    if (!row) return undefined;
    if (this.expired(row.updated_at)) {
      this.removeAll([key]);
      return undefined;
    }
    try {
      return capContext(JSON.parse(row.context));
    } catch {
      this.removeAll([key]);
      return undefined;
    }
  }

  async set(key: string, userId: string, context: ConversationContext): Promise<void> {
    const json = JSON.stringify(capContext(context));
    this.db
      .transaction(() => {
        const row = this.statements.get.get(key);
        // An expired conversation starts afresh: its old participants are not carried over.
        if (row && this.expired(row.updated_at)) this.remove(key);
        this.statements.upsert.run(key, json, this.now());
        this.statements.addUser.run(key, userId);
        if ((this.statements.countUsers.get(key)?.n ?? 0) > MAX_USERS_PER_KEY) {
          this.statements.clearUsers.run(key);
          this.statements.addUser.run(key, userId);
        }
      })
      .immediate();
  }

  async delete(key: string): Promise<void> {
    this.removeAll([key]);
  }

  async forgetUser(userId: string): Promise<number> {
    let n = 0;
    this.db
      .transaction(() => {
        for (const { key } of this.statements.keysOfUser.all(userId)) {
          this.remove(key);
          n++;
        }
      })
      .immediate();
    return n;
  }

  async sweep(): Promise<number> {
    return this.removeAll(this.statements.expired.all(this.now() - this.ttlMs).map((r) => r.key));
  }

  async alias(alias: string, key: string): Promise<void> {
    this.db
      .transaction(() => {
        this.statements.addAlias.run(alias, this.now(), key);
        this.statements.trimAliases.run(key, key, MAX_ALIASES_PER_KEY);
      })
      .immediate();
  }

  async resolveAlias(alias: string): Promise<string | undefined> {
    const row = this.statements.resolveAlias.get(alias);
    if (!row) return undefined;
    if (this.expired(row.updated_at)) {
      this.removeAll([row.key]);
      return undefined;
    }
    return row.key;
  }
}
