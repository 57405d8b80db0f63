import type Database from "better-sqlite3";
import type { Pool, PoolClient } from "pg";
import { type CheckpointerOptions, WalCheckpointer } from "./checkpointer";

export type Dialect = "sqlite" | "postgres";

/**
 * How durable a transaction's commit is. `full` (the default, and every statement outside a transaction): on disk
 * before the commit returns, so it survives a power cut. `normal`: survives the process crashing or being killed, but
 * a crash of the machine itself may lose it with the other commits of its last moments; it saves a disk flush per
 * commit (SQLite in WAL mode: `synchronous = NORMAL`; PostgreSQL: `synchronous_commit = off`). Each store chooses by
 * what losing its last write would cost.
 */
export type Synchronous = "full" | "normal";

export interface TransactionOptions {
  synchronous?: Synchronous;
  /**
   * May share its commit with the other such transactions started within a few milliseconds (SQLite): they
   * run one after another inside one transaction, each in its own savepoint (one that throws rolls back only its own
   * changes), and all resolve after the one commit. Many conversation turns at once then cost one commit, not one
   * each. PostgreSQL runs each on its own (it groups commits itself).
   */
  shareCommit?: boolean;
}

/**
 * The few things the stores need from a database, the same for SQLite and PostgreSQL. Statements are written once,
 * with `?` placeholders (turned into `$1, $2...` for PostgreSQL) and SQL both dialects accept: `ON CONFLICT`,
 * `RETURNING`, `CAST(... AS BIGINT)`. Where the dialects differ, the caller looks at `dialect`.
 */
export interface Sql {
  readonly dialect: Dialect;
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  get<T>(sql: string, params?: unknown[]): Promise<T | undefined>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Runs `fn` in one transaction (committed when it resolves, rolled back when it throws). */
  transaction<T>(fn: (tx: Sql) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Resolves when the database takes writes now, rejects naming why not ("database closed", "database opened
   * read-only", "database not writable: ..."): the readiness probe. Changes nothing and never waits for another
   * writer (a write lock held elsewhere means a working database).
   */
  checkWritable(): Promise<void>;
  close(): Promise<void>;
}

/** Why a database is not writable, for readiness: the message is the reason shown. */
export class NotWritableError extends Error {
  override name = "NotWritableError";
}

/**
 * One lock for every SQLite connection of this process. A transaction spans awaits; a statement of another
 * connection in this process run meanwhile would wait for the file lock synchronously (busy_timeout), blocking the
 * very event loop the transaction needs to finish. So while a transaction is open, statements of this process wait
 * their turn here instead. Other processes wait on the file lock as usual.
 */
const processLock: { busy: boolean; tail: Promise<unknown> } = { busy: false, tail: Promise.resolve() };

interface SharedWork {
  fn: (tx: Sql) => Promise<unknown>;
  synchronous: Synchronous;
  resolve(value: unknown): void;
  reject(reason: unknown): void;
}

/**
 * How long the first of the transactions sharing a commit waits for others (TransactionOptions.shareCommit). Writes
 * that share it are answered already (a /career's context) or wait this much longer (an event's claim): a few
 * milliseconds nobody notices, for one commit per several answers rather than one each, and a commit that runs
 * between requests instead of in front of the next one.
 */
const SHARED_COMMIT_WINDOW_MS = 5;

/**
 * Each connection's synchronous setting now, so it changes only when a commit needs another one (the pragma costs a
 * statement): conversation turns in a row stay NORMAL, the next write outside them goes back to FULL first.
 */
const synchronousNow = new WeakMap<Database.Database, Synchronous>();

/**
 * better-sqlite3 behind the async interface. Its calls are synchronous and run at once, except while a transaction
 * is open in this process (see processLock): a transaction never sees another caller's statements inside it.
 */
export class SqliteSql implements Sql {
  readonly dialect = "sqlite";
  private readonly statements = new Map<string, Database.Statement>();
  private readonly direct: Sql;
  /** Transactions waiting for the shared commit (see TransactionOptions.shareCommit). */
  private sharing?: SharedWork[];
  /** Set by checkpointInBackground. */
  private checkpointer?: WalCheckpointer;

  constructor(readonly db: Database.Database) {
    this.direct = {
      dialect: "sqlite",
      all: async <T>(sql: string, params: unknown[] = []) => this.prepare(sql).all(...params) as T[],
      get: async <T>(sql: string, params: unknown[] = []) => this.prepare(sql).get(...params) as T | undefined,
      run: async (sql, params = []) => this.prepare(sql).run(...params).changes,
      transaction: (fn) => fn(this.direct),
      checkWritable: () => this.checkWritable(),
      close: () => this.close(),
    };
  }

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** A statement outside any transaction is its own commit: a write is always FULL. */
  private autocommit(sql: string): Database.Statement {
    const statement = this.prepare(sql);
    if (!statement.readonly) this.setSynchronous("full");
    return statement;
  }

  private setSynchronous(mode: Synchronous): void {
    // openDatabase sets FULL, which is also SQLite's default.
    if ((synchronousNow.get(this.db) ?? "full") === mode) return;
    this.db.pragma(`synchronous = ${mode === "full" ? "FULL" : "NORMAL"}`);
    synchronousNow.set(this.db, mode);
  }

  /** Runs at once when no transaction is open (the common case: no extra turn of the event loop), else after it. */
  private exclusive<T>(fn: () => T | Promise<T>): Promise<T> {
    if (!processLock.busy) {
      try {
        return Promise.resolve(fn());
      } catch (error) {
        return Promise.reject(error);
      }
    }
    const next = processLock.tail.then(() => this.exclusive(fn));
    processLock.tail = next.catch(() => {});
    return next;
  }

  all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.exclusive(() => this.autocommit(sql).all(...params) as T[]);
  }

  get<T>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    return this.exclusive(() => this.autocommit(sql).get(...params) as T | undefined);
  }

  run(sql: string, params: unknown[] = []): Promise<number> {
    return this.exclusive(() => this.autocommit(sql).run(...params).changes);
  }

  transaction<T>(fn: (tx: Sql) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    if (options.shareCommit) return this.shareCommit(fn, options.synchronous ?? "full");
    return this.exclusive(async () => {
      processLock.busy = true;
      let done: () => void = () => {};
      processLock.tail = new Promise<void>((resolve) => {
        done = resolve;
      });
      try {
        this.setSynchronous(options.synchronous ?? "full");
        this.prepare("BEGIN IMMEDIATE").run();
        try {
          const result = await fn(this.direct);
          this.prepare("COMMIT").run();
          return result;
        } catch (error) {
          if (this.db.inTransaction) this.db.exec("ROLLBACK");
          throw error;
        }
      } finally {
        processLock.busy = false;
        done();
      }
    });
  }

  private shareCommit<T>(fn: (tx: Sql) => Promise<T>, synchronous: Synchronous): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (!this.sharing) {
        this.sharing = [];
        setTimeout(() => void this.commitShared(), SHARED_COMMIT_WINDOW_MS);
      }
      this.sharing.push({ fn, synchronous, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  /** Commits the transactions waiting to share a commit, if any (when the window ends, or at close). */
  private commitShared(): Promise<void> {
    const work = this.sharing;
    if (!work) return Promise.resolve();
    this.sharing = undefined;
    // As durable as the most demanding of them.
    const synchronous = work.some((w) => w.synchronous === "full") ? "full" : "normal";
    const outcomes = this.transaction(
      async (tx) => {
        const settled: PromiseSettledResult<unknown>[] = [];
        for (const { fn } of work) {
          this.prepare("SAVEPOINT shared").run();
          try {
            settled.push({ status: "fulfilled", value: await fn(tx) });
            this.prepare("RELEASE shared").run();
          } catch (error) {
            this.prepare("ROLLBACK TO shared").run();
            this.prepare("RELEASE shared").run();
            settled.push({ status: "rejected", reason: error });
          }
        }
        return settled;
      },
      { synchronous },
    );
    return outcomes.then(
      (settled) => {
        for (const [i, outcome] of settled.entries()) {
          const w = work[i] as SharedWork;
          if (outcome.status === "fulfilled") w.resolve(outcome.value);
          else w.reject(outcome.reason);
        }
      },
      (error: unknown) => {
        for (const w of work) w.reject(error);
      },
    );
  }

  /**
   * Writable when a write lock can be taken: BEGIN IMMEDIATE then ROLLBACK, without waiting (the busy timeout is
   * lifted for the check; better-sqlite3 is synchronous, so nothing else runs meanwhile). A lock held by another
   * writer still means a working database, and so does a transaction of this process open meanwhile (it holds the
   * write lock; BEGIN here would nest in it and a ROLLBACK undo it, so it is left alone).
   */
  async checkWritable(): Promise<void> {
    const db = this.db;
    if (!db.open) throw new NotWritableError("database closed");
    if (db.readonly) throw new NotWritableError("database opened read-only");
    if (db.inTransaction || processLock.busy) return;
    const timeout = db.pragma("busy_timeout", { simple: true }) as number;
    db.pragma("busy_timeout = 0");
    try {
      db.exec("BEGIN IMMEDIATE");
      db.exec("ROLLBACK");
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      if (code.startsWith("SQLITE_BUSY")) return;
      throw new NotWritableError(`database not writable: ${(error as Error).message}`);
    } finally {
      if (db.inTransaction) db.exec("ROLLBACK");
      db.pragma(`busy_timeout = ${timeout}`);
    }
  }

  /**
   * For a long-running process (`careerbot start`): WAL checkpoints on a worker thread rather than inside a commit
   * on the event loop (see WalCheckpointer). A database in memory has no WAL: nothing to do.
   */
  checkpointInBackground(options: CheckpointerOptions = {}): WalCheckpointer | undefined {
    if (this.db.memory || this.checkpointer) return this.checkpointer;
    this.checkpointer = new WalCheckpointer(this.db, options);
    return this.checkpointer;
  }

  async close(): Promise<void> {
    // Writes still waiting for their shared commit were already answered (see Conversations' beforeSaved): keep them.
    await this.commitShared();
    // The worker's connection first: the last connection to close checkpoints the WAL and removes it.
    await this.checkpointer?.stop();
    if (this.db.open) this.db.close();
  }
}

/** An error PostgreSQL itself sent (it has a severity and an SQLSTATE), not one of the connection. */
function isServerError(error: unknown): boolean {
  return typeof (error as { severity?: unknown }).severity === "string";
}

/** `?` placeholders to PostgreSQL's `$1, $2...` (the stores' SQL has no `?` inside string literals). */
export function toPostgresPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** A pg Pool behind the same interface: every statement parameterised, a transaction on one pooled client. */
export class PostgresSql implements Sql {
  readonly dialect = "postgres";
  private readonly texts = new Map<string, string>();

  constructor(
    readonly pool: Pool,
    private readonly client?: PoolClient,
  ) {}

  private text(sql: string): string {
    let text = this.texts.get(sql);
    if (text === undefined) {
      text = toPostgresPlaceholders(sql);
      this.texts.set(sql, text);
    }
    return text;
  }

  private query(sql: string, params: unknown[]) {
    return (this.client ?? this.pool).query(this.text(sql), params);
  }

  async all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.query(sql, params)).rows as T[];
  }

  async get<T>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    return (await this.query(sql, params)).rows[0] as T | undefined;
  }

  async run(sql: string, params: unknown[] = []): Promise<number> {
    return (await this.query(sql, params)).rowCount ?? 0;
  }

  async transaction<T>(fn: (tx: Sql) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    if (this.client) return fn(this);
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      // One round trip either way: the setting lasts until this transaction ends.
      await client.query(options.synchronous === "normal" ? "BEGIN; SET LOCAL synchronous_commit TO OFF" : "BEGIN");
      try {
        const result = await fn(new PostgresSql(this.pool, client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      }
    } finally {
      // A client whose rollback failed is dropped rather than handed to the next caller mid-transaction.
      client.release(broken);
    }
  }

  /**
   * Writable when a row of the schema table can be locked for update, without waiting (NOWAIT): PostgreSQL refuses
   * that on a read-only server or session (a standby, `default_transaction_read_only`), to a role without write
   * rights, and when it cannot be reached. A lock held by another writer (a migration) means a working database.
   * Always on the pool, autocommit: the lock is released at once, never kept by a transaction.
   */
  async checkWritable(): Promise<void> {
    if (this.pool.ended || this.pool.ending) throw new NotWritableError("database closed");
    try {
      await this.pool.query("SELECT version FROM careerbot_schema FOR UPDATE NOWAIT");
    } catch (error) {
      // 55P03 lock_not_available: someone else holds the row, so the database is working.
      if ((error as { code?: string }).code === "55P03") return;
      const message = (error as Error).message;
      // No answer from the server (refused, timed out, reset): the client's message names the host and port, which
      // /readyz must not show to whoever can reach it; the log keeps the cause.
      if (!isServerError(error)) throw new NotWritableError("database unreachable", { cause: error });
      if ((error as { code?: string }).code === "25006") throw new NotWritableError(`database read-only: ${message}`);
      throw new NotWritableError(`database not writable: ${message}`);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
