import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Store } from "../store";
import { NotWritableError } from "../store/sql";
import type { Metrics } from "./metrics";

/** One readiness condition: `ok`, or a short reason why not ("connecting", "gateway reconnecting"). */
export type CheckResult = { ok: true } | { ok: false; reason: string };
/** Synchronous (an adapter's state) or asynchronous (the database, which may be PostgreSQL across the network). */
export type ReadinessCheck = () => CheckResult | Promise<CheckResult>;

/** Something /readyz reports without making the bot unready: a line when there is something to say. */
export type ReadinessWarning = () => string | undefined;

/** The named conditions /readyz reports; a started adapter adds its own. */
export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();
  private readonly warnings = new Map<string, ReadinessWarning>();
  private stopping = false;

  /** Shutdown has begun: not ready from now on, whatever the checks say, so load balancers stop sending at once. */
  shuttingDown(): void {
    this.stopping = true;
  }

  add(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  /**
   * A condition shown under `warnings` that leaves the bot ready: one OAuth workspace's revoked token should not
   * take the bot away from every other workspace.
   */
  warn(name: string, warning: ReadinessWarning): void {
    this.warnings.set(name, warning);
  }

  /** The warnings that have something to say now. */
  currentWarnings(): Record<string, string> | undefined {
    const found = [...this.warnings].flatMap(([name, warning]) => {
      const text = warning();
      return text === undefined ? [] : [[name, text] as const];
    });
    return found.length === 0 ? undefined : Object.fromEntries(found);
  }

  /** Runs every check at once; a check that throws or rejects is not ok, with its message as the reason. */
  async report(): Promise<{ ready: boolean; checks: Record<string, string> }> {
    const entries = [...this.checks];
    const results = await Promise.all(
      entries.map(async ([, check]): Promise<CheckResult> => {
        try {
          return await check();
        } catch (error) {
          return { ok: false, reason: (error as Error).message };
        }
      }),
    );
    const checks: Record<string, string> = {};
    let ready = !this.stopping;
    if (this.stopping) checks.shutdown = "shutting down";
    entries.forEach(([name], i) => {
      const result = results[i] as CheckResult;
      checks[name] = result.ok ? "ok" : result.reason;
      ready &&= result.ok;
    });
    return { ready, checks };
  }
}

const UNREACHABLE = "database unreachable";
class TimeoutError extends Error {}

/** How long the database check waits for an answer (PostgreSQL over the network) before calling it not ready. */
export const DATABASE_CHECK_TIMEOUT_MS = 2_000;

/**
 * The store is writable: SQLite takes a write lock (BEGIN IMMEDIATE, ROLLBACK, without waiting), PostgreSQL locks a
 * row for update without waiting (see Sql.checkWritable). A lock held by another writer still means a working
 * database; no answer within the timeout does not.
 */
export function databaseCheck(
  store: Pick<Store, "checkWritable">,
  timeoutMs = DATABASE_CHECK_TIMEOUT_MS,
  onFailure?: (reason: string, cause: unknown) => void,
): ReadinessCheck {
  // Told once when the database stops answering, not on every probe.
  let failing = false;
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(`database did not answer within ${timeoutMs} ms`)), timeoutMs);
      timer.unref();
    });
    try {
      await Promise.race([store.checkWritable(), timeout]);
      failing = false;
      return { ok: true };
    } catch (error) {
      // Only the store's own reasons are shown: any other error could name the database's address.
      const reason = error instanceof NotWritableError || error instanceof TimeoutError ? error.message : UNREACHABLE;
      if (!failing) onFailure?.(reason, (error as Error).cause ?? error);
      failing = true;
      return { ok: false, reason };
    } finally {
      clearTimeout(timer);
    }
  };
}

export const HEALTH_PATHS = ["/healthz", "/readyz", "/metrics"] as const;

/**
 * GET /healthz: 200 while the process serves requests. GET /readyz: 200 when every check passes, else 503; either
 * way a JSON body naming each check. GET /metrics: Prometheus text format. Anything else: false (not handled).
 */
export function healthHandler(readiness: Readiness, metrics: Metrics) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = (req.url ?? "/").split("?")[0];
    if (!(HEALTH_PATHS as readonly string[]).includes(path ?? "")) return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain" }).end("method not allowed\n");
      return true;
    }
    if (path === "/healthz") {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify({ status: "ok", uptimeSeconds: Math.round(process.uptime()) }));
    } else if (path === "/readyz") {
      const { ready, checks } = await readiness.report();
      const warnings = readiness.currentWarnings();
      res.writeHead(ready ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify({ status: ready ? "ready" : "not ready", checks, ...(warnings ? { warnings } : {}) }));
    } else {
      const body = await metrics.registry.metrics();
      res.writeHead(200, { "content-type": metrics.registry.contentType, "cache-control": "no-store" });
      res.end(body);
    }
    return true;
  };
}

export interface HealthServer {
  server: Server;
  port: number;
  /** The address it is bound to ("127.0.0.1", "0.0.0.0", "::"). */
  address: string;
  close(): Promise<void>;
}

/** A small HTTP server for the health paths, for modes without Slack's HTTP receiver. Port 0 picks a free port. */
export async function startHealthServer(
  handler: ReturnType<typeof healthHandler>,
  port: number,
  host?: string,
): Promise<HealthServer> {
  const server = createServer((req, res) => {
    handler(req, res)
      .then((handled) => {
        if (!handled) res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end("internal error\n");
      });
  });
  // Probes are tiny: a slow or stuck client must not hold a socket open.
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  // The server alone does not keep the process alive: a start that fails after it listens still exits.
  server.unref();
  return {
    server,
    port: (server.address() as AddressInfo).port,
    address: (server.address() as AddressInfo).address,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // In-flight probes get a moment; then everything goes.
        setTimeout(() => server.closeAllConnections(), 1_000).unref();
      }),
  };
}
