import pg from "pg";
import { MIGRATIONS, migrationSql } from "./database";
import { PostgresSql } from "./sql";

/** Any number: the key of the advisory lock that lets one replica at a time run migrations. */
const MIGRATION_LOCK = 720_451_2;

/** DATABASE_URL without its password, for logs and error messages. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres://(unparseable URL)";
  }
}

/** A PostgreSQL store that cannot be reached or migrated, named by its DATABASE_URL (password hidden). */
export class PostgresStoreError extends Error {
  override name = "DatabaseError";
  constructor(url: string, cause: Error) {
    super(`DATABASE_URL=${redactDatabaseUrl(url)}: cannot open the database (${cause.message})`, { cause });
  }
}

export interface PostgresOptions {
  /** Connections in the pool (pg's default is 10). */
  max?: number;
  /** Told when an idle pooled connection fails (the server restarted, say); the pool reconnects on next use. */
  onIdleError?: (error: Error) => void;
  /** A query unanswered after this long fails, client and server side (DATABASE_QUERY_TIMEOUT_MS); default 5 s. */
  queryTimeoutMs?: number;
}

/**
 * Connects to PostgreSQL (`DATABASE_URL`) through a pool and brings the schema up to date: the same migrations as
 * SQLite, run under an advisory lock so replicas starting together migrate once.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<PostgresSql> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    // Without these, a query to a frozen server (stopped, a dead link without RST) waits forever and keeps its pooled
    // connection: the client gives up after query_timeout, the server cancels after statement_timeout, and TCP
    // keepalive finds a dead peer of an idle connection.
    query_timeout: options.queryTimeoutMs ?? 5_000,
    statement_timeout: options.queryTimeoutMs ?? 5_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    // BIGINT (millisecond timestamps) as a number, as SQLite gives it, rather than a string.
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on("error", (error) => options.onIdleError?.(error));
  try {
    await migrate(pool);
    return new PostgresSql(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    throw new PostgresStoreError(url, error as Error);
  }
}

/** Migrations may wait for another replica's, and may take long on a big table: not bound by the query timeout. */
const MIGRATION_TIMEOUT_MS = 10 * 60_000;

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  const query = (text: string, values?: unknown[]) =>
    client.query({ text, values, query_timeout: MIGRATION_TIMEOUT_MS } as pg.QueryConfig);
  try {
    await query("BEGIN");
    await query(`SET LOCAL statement_timeout = ${MIGRATION_TIMEOUT_MS}`);
    await query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await query("CREATE TABLE IF NOT EXISTS careerbot_schema (version INTEGER NOT NULL)");
    const row = (await query("SELECT version FROM careerbot_schema")).rows[0] as { version: number } | undefined;
    if (!row) await query("INSERT INTO careerbot_schema (version) VALUES (0)");
    const current = row?.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new Error(
        `database schema version ${current} is newer than this careerbot (${MIGRATIONS.length}); upgrade careerbot`,
      );
    }
    for (let version = current; version < MIGRATIONS.length; version++) {
      await query(migrationSql(MIGRATIONS[version] as (typeof MIGRATIONS)[number], "postgres"));
    }
    await query("UPDATE careerbot_schema SET version = $1", [Math.max(current, MIGRATIONS.length)]);
    await query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
