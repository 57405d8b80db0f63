import type { CareerBot } from "../bot";
import type { Logger } from "../logger";
import type { Store } from "../store";
import type { WeeklyPoster } from "../weekly/poster";
import { databaseCheck, type HealthServer, healthHandler, Readiness, startHealthServer } from "./health";
import { createMetrics, instrumentBot, instrumentWeeklyPoster, type Metrics, type MetricsPlatform } from "./metrics";

/** What an adapter needs to report its readiness and metrics. */
export interface OpsHooks {
  readiness: Readiness;
  metrics: Metrics;
  handler: ReturnType<typeof healthHandler>;
}

export interface Ops extends OpsHooks {
  instrumentBot(bot: CareerBot, platform: MetricsPlatform): CareerBot;
  instrumentPoster(poster: WeeklyPoster): WeeklyPoster;
  /** Serves /healthz, /readyz and /metrics on their own port (HEALTH_PORT, every mode). */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Health, readiness and metrics for `careerbot start`. The database check and a "starting" placeholder for each
 * platform that will start are there from the first probe, so /readyz never says ready before the adapters are.
 */
export function createOps(
  store: Pick<Store, "checkWritable">,
  log: Logger,
  platforms: readonly MetricsPlatform[],
): Ops {
  const metrics = createMetrics();
  const readiness = new Readiness();
  readiness.add(
    "database",
    databaseCheck(store, undefined, (reason, cause) =>
      log.warn(
        { reason, err: cause instanceof Error ? cause.message : String(cause) },
        "readiness: database not ready",
      ),
    ),
  );
  for (const platform of platforms) readiness.add(platform, () => ({ ok: false, reason: "starting" }));
  const handler = healthHandler(readiness, metrics);
  let server: HealthServer | undefined;
  return {
    metrics,
    readiness,
    handler,
    instrumentBot: (bot, platform) => instrumentBot(bot, metrics, platform),
    instrumentPoster: (poster) => instrumentWeeklyPoster(poster, metrics),
    async listen(port, host) {
      server = await startHealthServer(handler, port, host);
      log.info(
        { port: server.port, address: server.address, paths: ["/healthz", "/readyz", "/metrics"] },
        "health endpoint listening",
      );
      return server.port;
    },
    async close() {
      await server?.close();
    },
  };
}
