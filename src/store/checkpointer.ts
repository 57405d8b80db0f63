import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type Database from "better-sqlite3";

/** What one checkpoint did: WAL frames in the log, and how many of them are now in the database file. */
export interface CheckpointResult {
  log: number;
  checkpointed: number;
}

export interface CheckpointerOptions {
  /** How often the worker checkpoints (default 1 s): the WAL holds about this much of the writes between. */
  intervalMs?: number;
  /** A checkpoint failed (the disk, the file): told once until one succeeds again. */
  onError?(error: Error): void;
  /** Checkpoints are back with the connection itself (the worker died or was stopped by a failure). */
  onStopped?(reason: Error): void;
}

/** SQLite's own default: a commit that leaves the WAL past 1,000 pages checkpoints it, inside that commit. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;

const require = createRequire(import.meta.url);

/**
 * The worker's code, inline so it needs no file of its own in dist/ (as src/chart/pngWorker.ts). Its own connection
 * to the file; PASSIVE checkpoints never wait for, nor block, the serving connection's readers and writers.
 * synchronous FULL: the WAL is synced before its frames are copied, the database file after.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.betterSqlite3);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma("synchronous = FULL");
const checkpoint = () => {
  try {
    const [{ log, checkpointed }] = db.pragma("wal_checkpoint(PASSIVE)");
    return { log, checkpointed };
  } catch (error) {
    return { error: String((error && error.message) || error) };
  }
};
let failed = false;
const timer = setInterval(() => {
  const result = checkpoint();
  if (result.error || failed) parentPort.postMessage(result);
  failed = Boolean(result.error);
}, workerData.intervalMs);
parentPort.on("message", (message) => {
  if (message.type === "now") parentPort.postMessage({ id: message.id, ...checkpoint() });
  if (message.type === "stop") {
    clearInterval(timer);
    db.close();
    parentPort.postMessage({ stopped: true });
  }
});
`;

interface WorkerMessage {
  id?: number;
  log?: number;
  checkpointed?: number;
  error?: string;
  stopped?: true;
}

/**
 * WAL checkpoints off the event loop. SQLite checkpoints inside the commit that takes the WAL past 1,000 pages: that
 * commit copies the pages into the database file and syncs it, 20-400 ms measured under bench:slack's load, during
 * which the process answers nothing. Here the serving connection never checkpoints (wal_autocheckpoint = 0) and a
 * worker thread with its own connection does, every `intervalMs`; the durability of each commit is unchanged (FULL
 * commits still sync the WAL, NORMAL ones never did). If the worker dies, the connection checkpoints itself again.
 */
export class WalCheckpointer {
  /** The worker thread (tests end it, as a crash would). */
  readonly worker: Worker;
  readonly #waiting = new Map<number, { resolve(r: CheckpointResult): void; reject(e: Error): void }>();
  #nextId = 0;
  #stopping?: Promise<void>;
  #handedBack = false;
  /** The last timed checkpoint failed: a failure is told once, until one succeeds. */
  #failing = false;

  constructor(
    private readonly db: Database.Database,
    private readonly options: CheckpointerOptions = {},
  ) {
    db.pragma("wal_autocheckpoint = 0");
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        betterSqlite3: require.resolve("better-sqlite3"),
        path: db.name,
        intervalMs: options.intervalMs ?? 1_000,
      },
    });
    // It never keeps the process alive: at exit the connection's close checkpoints what is left.
    this.worker.unref();
    this.worker.on("message", (message: WorkerMessage) => this.#received(message));
    this.worker.on("error", (error) => this.#handBack(error));
    this.worker.on("exit", (code) => this.#handBack(new Error(`checkpoint worker exited (${code})`)));
  }

  /** One checkpoint now, on the worker (tests, and anyone who wants the WAL moved before a copy). */
  now(): Promise<CheckpointResult> {
    if (this.#handedBack) return Promise.reject(new Error("checkpoint worker stopped"));
    const id = ++this.#nextId;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.worker.postMessage({ type: "now", id });
    });
  }

  /** Closes the worker's connection and ends it; the serving connection checkpoints itself from then on. */
  stop(): Promise<void> {
    this.#stopping ??= new Promise<void>((resolve) => {
      if (this.#handedBack) return resolve();
      this.worker.once("exit", () => resolve());
      this.worker.postMessage({ type: "stop" });
    });
    return this.#stopping;
  }

  #received(message: WorkerMessage): void {
    if (message.stopped) {
      this.#handBack(undefined);
      return;
    }
    const waiting = message.id === undefined ? undefined : this.#waiting.get(message.id);
    if (message.id !== undefined) this.#waiting.delete(message.id);
    const error = message.error === undefined ? undefined : new Error(`WAL checkpoint failed: ${message.error}`);
    if (waiting) {
      if (error) waiting.reject(error);
      else waiting.resolve({ log: message.log ?? 0, checkpointed: message.checkpointed ?? 0 });
      return;
    }
    // A timed checkpoint: the worker reports its failures, and the first success after them.
    if (error && !this.#failing) this.options.onError?.(error);
    this.#failing = Boolean(error);
  }

  /** The worker is gone: checkpoints go back to the connection (unless it is closed), waiting callers are told. */
  #handBack(reason: Error | undefined): void {
    if (this.#handedBack) return;
    this.#handedBack = true;
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
    for (const { reject } of this.#waiting.values()) reject(reason ?? new Error("checkpoint worker stopped"));
    this.#waiting.clear();
    if (reason) this.options.onStopped?.(reason);
    void this.worker.terminate();
  }
}
