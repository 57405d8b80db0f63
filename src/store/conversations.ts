import { ownerOf } from "../conversation/keys";
import {
  AlreadyHandledError,
  type ConversationStore,
  type ConversationStoreOptions,
  capProfile,
  DEFAULT_CONVERSATION_TTL_MS,
  type EventClaim,
  type Forgotten,
  MAX_ALIASES_PER_KEY,
  MAX_USERS_PER_KEY,
  type PersonProfile,
  profileJson,
  type SharedContext,
  sharedContext,
  type TurnRead,
  type TurnWrite,
} from "../conversation/store";
import type { Db } from "./database";
import { FeedbackStore } from "./feedback";
import { claimSeenEvent } from "./seenEvents";
import { type Sql, SqliteSql, type TransactionOptions } from "./sql";

/**
 * A conversation's context, and the profile saved with it, are a convenience: if the machine goes down, losing its
 * last turn means one follow-up answered without what it said. So their writes skip the disk flush (see Synchronous
 * in sql.ts), which was most of what a /career cost the store, and turns arriving together share one commit.
 * Deleting what a person said about themselves is the exception: a deletion they asked for must survive anything, so
 * "forget me" commits on its own, FULL, and a turn that deletes a profile ("start over") makes its commit FULL.
 */
const CONTEXT_WRITE: TransactionOptions = { synchronous: "normal", shareCommit: true };
const PROFILE_DELETION: TransactionOptions = { synchronous: "full", shareCommit: true };

const SQL = {
  get: "SELECT context, updated_at FROM conversations WHERE key = ?",
  upsert: `INSERT INTO conversations (key, context, updated_at, owner) VALUES (?, ?, ?, ?)
           ON CONFLICT (key) DO UPDATE SET context = excluded.context, updated_at = excluded.updated_at`,
  addUser: "INSERT INTO conversation_users (key, user_id) VALUES (?, ?) ON CONFLICT (key, user_id) DO NOTHING",
  countUsers: "SELECT CAST(count(*) AS INTEGER) AS n FROM conversation_users WHERE key = ?",
  clearUsers: "DELETE FROM conversation_users WHERE key = ?",
  deleteAliases: "DELETE FROM conversation_aliases WHERE key = ?",
  deleteRow: "DELETE FROM conversations WHERE key = ?",
  keysOfUser: "SELECT key FROM conversation_users WHERE user_id = ?",
  keysOwnedBy: "SELECT key FROM conversations WHERE owner = ?",
  leave: "DELETE FROM conversation_users WHERE user_id = ?",
  expired: "SELECT key FROM conversations WHERE updated_at <= ?",
  // substr rather than LIKE: ids are compared exactly (LIKE is case-insensitive in SQLite, and `_` is a wildcard).
  keysWithPrefix: "SELECT key FROM conversations WHERE substr(key, 1, ?) = ?",
  usersWithPrefix: "DELETE FROM conversation_users WHERE substr(user_id, 1, ?) = ?",
  profilesWithPrefix: "DELETE FROM profiles WHERE substr(user_id, 1, ?) = ?",
  getProfile: "SELECT profile, updated_at FROM profiles WHERE user_id = ?",
  // Both of a turn's reads in one statement (one read transaction instead of two): a row with NULLs for what is not there.
  getTurn: `SELECT c.context, c.updated_at, p.profile, p.updated_at AS profile_updated_at
            FROM (SELECT 1 AS one) AS one
            LEFT JOIN conversations c ON c.key = ?
            LEFT JOIN profiles p ON p.user_id = ?`,
  setProfile: `INSERT INTO profiles (user_id, profile, updated_at) VALUES (?, ?, ?)
               ON CONFLICT (user_id) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at`,
  deleteProfile: "DELETE FROM profiles WHERE user_id = ?",
  expiredProfiles: "DELETE FROM profiles WHERE updated_at <= ?",
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
  private async claim(tx: Sql, claim: EventClaim | undefined, now = this.now()): Promise<void> {
    if (claim && !(await claimSeenEvent(tx, claim.key, claim.ttlMs, now))) throw new AlreadyHandledError(claim.key);
  }

  private removeAll(keys: string[]): Promise<number> {
    if (keys.length === 0) return Promise.resolve(0);
    return this.sql.transaction(async (tx) => {
      for (const key of keys) await this.remove(tx, key);
      return keys.length;
    }, CONTEXT_WRITE);
  }

  private expired(updatedAt: number, now = this.now()): boolean {
    return now - Number(updatedAt) >= this.ttlMs;
  }

  async get(key: string): Promise<SharedContext | undefined> {
    const row = await this.sql.get<{ context: string; updated_at: number }>(SQL.get, [key]);
    return row ? this.liveContext(key, row.context, row.updated_at) : undefined;
  }

  async getTurn(key: string, userId: string): Promise<TurnRead> {
    const row = await this.sql.get<{
      context: string | null;
      updated_at: number | null;
      profile: string | null;
      profile_updated_at: number | null;
    }>(SQL.getTurn, [key, userId]);
    const [shared, profile] = await Promise.all([
      row?.context != null && row.updated_at != null ? this.liveContext(key, row.context, row.updated_at) : undefined,
      row?.profile != null && row.profile_updated_at != null
        ? this.liveProfile(userId, row.profile, row.profile_updated_at)
        : undefined,
    ]);
    return { shared, profile };
  }

  /** A stored context as read: an expired or unreadable one is deleted and reads as undefined. */
  private async liveContext(key: string, json: string, updatedAt: number): Promise<SharedContext | undefined> {
    if (!this.expired(updatedAt)) {
      try {
        return sharedContext(JSON.parse(json));
      } catch {}
    }
    await this.removeAll([key]);
    return undefined;
  }

  /** A stored profile as read: an expired or unreadable one is deleted and reads as undefined. */
  private async liveProfile(userId: string, json: string, updatedAt: number): Promise<PersonProfile | undefined> {
    if (!this.expired(updatedAt)) {
      try {
        const profile = capProfile(JSON.parse(json));
        if (profile) return profile;
      } catch {}
    }
    await this.sql.run(SQL.deleteProfile, [userId]);
    return undefined;
  }

  async set(key: string, userId: string, context: SharedContext): Promise<void> {
    await this.saveTurn(key, userId, { context });
  }

  async delete(key: string): Promise<void> {
    await this.removeAll([key]);
  }

  async saveTurn(key: string, userId: string, { context, profile, claim, rating }: TurnWrite): Promise<void> {
    // The answer's feedback record rides in this commit when it goes to the same database (see RATING_WRITE).
    const ratingHere = rating?.store.sharesDatabase(this.sql) ? rating : undefined;
    // The time of the turn, not of the commit (which may come a few milliseconds later, shared with others).
    const at = this.now();
    // Capping and serializing wait for the commit too: a /career answered in its acknowledgement is sent first.
    await this.sql.transaction(
      async (tx) => {
        await this.claim(tx, claim, at);
        if (context === null) await this.remove(tx, key);
        else if (context) await this.join(tx, key, userId, JSON.stringify(sharedContext(context)), at);
        if (profile === null) await tx.run(SQL.deleteProfile, [userId]);
        else if (profile) {
          // Too big a profile is not saved (the one stored stays), as setProfile.
          const json = profileJson(profile);
          if (json !== undefined) await tx.run(SQL.setProfile, [userId, json, at]);
        }
        if (ratingHere) await FeedbackStore.recordIn(tx, ratingHere.counts, ratingHere.row);
      },
      profile === null ? PROFILE_DELETION : CONTEXT_WRITE,
    );
    if (rating && !ratingHere) await rating.store.record(rating.counts, rating.row);
  }

  /** Saves a conversation's shared context and adds the user to it. */
  private async join(tx: Sql, key: string, userId: string, json: string, at: number): Promise<void> {
    const row = await tx.get<{ updated_at: number }>(SQL.get, [key]);
    // An expired conversation starts afresh: its old participants are not carried over.
    if (row && this.expired(row.updated_at, at)) await this.remove(tx, key);
    await tx.run(SQL.upsert, [key, json, at, ownerOf(key) ?? null]);
    // Counted only when someone new joined: the same asker again (the usual turn) costs no count.
    const joined = (await tx.run(SQL.addUser, [key, userId])) === 1;
    if (joined && ((await tx.get<{ n: number }>(SQL.countUsers, [key]))?.n ?? 0) > MAX_USERS_PER_KEY) {
      await tx.run(SQL.clearUsers, [key]);
      await tx.run(SQL.addUser, [key, userId]);
    }
  }

  async getProfile(userId: string): Promise<PersonProfile | undefined> {
    const row = await this.sql.get<{ profile: string; updated_at: number }>(SQL.getProfile, [userId]);
    return row ? this.liveProfile(userId, row.profile, row.updated_at) : undefined;
  }

  async setProfile(userId: string, profile: PersonProfile): Promise<void> {
    const json = profileJson(profile);
    if (json !== undefined) await this.sql.run(SQL.setProfile, [userId, json, this.now()]);
  }

  async deleteProfile(userId: string): Promise<void> {
    await this.sql.run(SQL.deleteProfile, [userId]);
  }

  async forgetUser(userId: string, claim?: EventClaim): Promise<Forgotten> {
    // FULL, on its own (not CONTEXT_WRITE): the person is told their data is gone.
    return this.sql.transaction(async (tx) => {
      await this.claim(tx, claim);
      const owned = (await tx.all<{ key: string }>(SQL.keysOwnedBy, [userId])).map((r) => r.key);
      const joined = (await tx.all<{ key: string }>(SQL.keysOfUser, [userId])).map((r) => r.key);
      await tx.run(SQL.leave, [userId]);
      const forgotten: Forgotten = { ended: 0, left: 0, profile: (await tx.run(SQL.deleteProfile, [userId])) > 0 };
      // Their kept question texts and their votes on answers (src/store/feedback.ts) go in the same transaction.
      const feedback = await FeedbackStore.forgetPerson(tx, userId);
      if (feedback > 0) forgotten.feedback = feedback;
      for (const key of new Set([...owned, ...joined])) {
        const others = (await tx.get<{ n: number }>(SQL.countUsers, [key]))?.n ?? 0;
        if (owned.includes(key) || others === 0) {
          await this.remove(tx, key);
          forgotten.ended++;
        } else forgotten.left++;
      }
      return forgotten;
    });
  }

  async forgetPrefix(prefix: string): Promise<number> {
    return this.sql.transaction(async (tx) => {
      const keys = await tx.all<{ key: string }>(SQL.keysWithPrefix, [prefix.length, prefix]);
      for (const { key } of keys) await this.remove(tx, key);
      await tx.run(SQL.usersWithPrefix, [prefix.length, prefix]);
      const feedback = await FeedbackStore.forgetPrefix(tx, prefix);
      return keys.length + feedback + (await tx.run(SQL.profilesWithPrefix, [prefix.length, prefix]));
    });
  }

  async sweep(): Promise<number> {
    const keys = await this.sql.all<{ key: string }>(SQL.expired, [this.now() - this.ttlMs]);
    const profiles = await this.sql.run(SQL.expiredProfiles, [this.now() - this.ttlMs]);
    return (await this.removeAll(keys.map((r) => r.key))) + profiles;
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
