import type { ConversationStore, ConversationStoreOptions } from "../conversation/store";
import { type AutomaticBackup, backupBeforeMigrating } from "./backup";
import { SqlConversationStore } from "./conversations";
import { DatabaseError, openDatabase } from "./database";
import { DeliveryLog } from "./deliveries";
import { FeedbackStore } from "./feedback";
import { SqlInstallationStore } from "./installations";
import { SeenEvents } from "./seenEvents";
import { NotWritableError, type Sql, SqliteSql } from "./sql";
import { SubscriptionStore } from "./subscriptions";

/**
 * Everything that must hold across restarts and replicas, behind one interface: subscriptions, weekly delivery
 * claims (leases), conversations, the "seen before?" de-duplication of events and app installations (Slack OAuth). SQLite (`DATABASE_PATH`, one
 * process or several on one machine) or PostgreSQL (`DATABASE_URL`, any number of replicas).
 */
export interface Store {
  readonly sql: Sql;
  /** Where it is, for logs: the SQLite path, or the PostgreSQL URL without its password. */
  readonly location: string;
  readonly subscriptions: SubscriptionStore;
  readonly deliveries: DeliveryLog;
  readonly seenEvents: SeenEvents;
  /** Each workspace's installation (and its tokens) when a platform is installed by OAuth. */
  readonly installations: SqlInstallationStore;
  /** Ratings of answers and what went unanswered (src/feedback): counts, votes, texts only if kept. */
  readonly feedback: FeedbackStore;
  conversations(options?: Partial<ConversationStoreOptions>): ConversationStore;
  /** Resolves when the database takes writes now, else rejects naming why not (readiness); see Sql.checkWritable. */
  checkWritable(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreConfig {
  DATABASE_PATH: string;
  DATABASE_URL?: string;
  /** SQLite: automatic backups kept when a start migrates the schema (default 3; 0 takes none). */
  BACKUPS_KEPT?: number;
  DATABASE_QUERY_TIMEOUT_MS?: number;
}

export interface StoreOptions {
  /** Told about PostgreSQL connection errors outside any query (logged by the caller, without the URL). */
  onConnectionError?: (error: Error) => void;
  /** Told about the automatic backup taken before migrating an SQLite database (logged by the caller). */
  onBackup?: (backup: AutomaticBackup) => void;
}

export function storeOn(sql: Sql, location: string): Store {
  let closed = false;
  return {
    sql,
    location,
    subscriptions: new SubscriptionStore(sql),
    deliveries: new DeliveryLog(sql),
    seenEvents: new SeenEvents(sql),
    installations: new SqlInstallationStore(sql),
    feedback: new FeedbackStore(sql),
    conversations: (options) => new SqlConversationStore(sql, options),
    checkWritable: () => (closed ? Promise.reject(new NotWritableError("database closed")) : sql.checkWritable()),
    async close() {
      if (closed) return;
      closed = true;
      await sql.close();
    },
  };
}

/** PostgreSQL when DATABASE_URL is set, else SQLite at DATABASE_PATH; created or migrated on open. */
export async function openStore(config: StoreConfig, options: StoreOptions = {}): Promise<Store> {
  if (config.DATABASE_URL) {
    // pg loads only when PostgreSQL is configured: the SQLite default starts as fast as before.
    const { openPostgres, redactDatabaseUrl } = await import("./postgres");
    return storeOn(
      await openPostgres(config.DATABASE_URL, {
        onIdleError: options.onConnectionError,
        queryTimeoutMs: config.DATABASE_QUERY_TIMEOUT_MS,
      }),
      redactDatabaseUrl(config.DATABASE_URL),
    );
  }
  // An upgrade that changes the schema first copies the database, so a bad upgrade can be rolled back.
  const backup = await backupBeforeMigrating(config.DATABASE_PATH, config.BACKUPS_KEPT ?? 3).catch((error: Error) => {
    throw new DatabaseError(config.DATABASE_PATH, new Error(`backup before migrating failed: ${error.message}`));
  });
  if (backup) options.onBackup?.(backup);
  return storeOn(new SqliteSql(openDatabase(config.DATABASE_PATH)), config.DATABASE_PATH);
}
