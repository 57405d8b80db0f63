import type { Config } from "../config";
import type { CareerData } from "../data/schema";
import { operatorReport } from "../feedback/operator";
import type { Logger } from "../logger";
import { openStore, type Store } from "../store";
import type { DeliveryLog } from "../store/deliveries";
import type { Platform, SubscriptionStore } from "../store/subscriptions";
import { type ChannelPoster, WeeklyPoster, type WeeklyPosterOptions } from "./poster";
import { parseSchedule } from "./schedule";
import { createSubscriptionCommands, type SubscriptionCommands } from "./subscriptionCommands";

export interface Weekly {
  store: Store;
  subscriptions: SubscriptionStore;
  deliveries: DeliveryLog;
  commandsFor(platform: Platform): SubscriptionCommands;
  poster(
    posters: ChannelPoster[],
    options?: Partial<
      Pick<WeeklyPosterOptions, "sleep" | "retryDelaysMs" | "concurrency" | "leaseMs" | "maxRateLimitWaitMs">
    >,
  ): WeeklyPoster;
  /** Closes the store. */
  close(): Promise<void>;
}

/**
 * The weekly-post machinery, wired from configuration: store (opened from DATABASE_URL / DATABASE_PATH unless one
 * is given), schedule, subscription commands, poster.
 */
export async function createWeekly(
  config: Pick<Config, "DATABASE_PATH" | "TREND_CRON" | "TREND_TZ"> &
    Partial<
      Pick<
        Config,
        | "TREND_LEASE_MS"
        | "DATABASE_URL"
        | "BACKUPS_KEPT"
        | "DATABASE_QUERY_TIMEOUT_MS"
        | "REPORT_CHANNEL"
        | "FEEDBACK_KEEP_TEXT"
      >
    >,
  data: CareerData,
  log: Logger,
  store?: Store,
): Promise<Weekly> {
  const schedule = parseSchedule(config.TREND_CRON, config.TREND_TZ);
  const opened =
    store ??
    (await openStore(config, {
      onConnectionError: (error) => log.warn({ component: "store", err: error.message }, "database connection lost"),
      onBackup: ({ path, fromVersion, toVersion, deleted }) =>
        log.info(
          { component: "store", backup: path, fromVersion, toVersion, deleted },
          "database backed up before migrating its schema",
        ),
    }));
  const { subscriptions, deliveries } = opened;
  // REPORT_CHANNEL: the operator's feedback report goes out with the weekly posts, claimed like them.
  const operatorPost = operatorReport(opened.feedback, data, {
    REPORT_CHANNEL: config.REPORT_CHANNEL,
    FEEDBACK_KEEP_TEXT: config.FEEDBACK_KEEP_TEXT ?? false,
  });
  return {
    store: opened,
    subscriptions,
    deliveries,
    commandsFor: (platform) => createSubscriptionCommands(subscriptions, platform, schedule, config.TREND_TZ),
    poster: (posters, options) =>
      new WeeklyPoster({
        data,
        subscriptions,
        deliveries,
        posters,
        schedule,
        timeZone: config.TREND_TZ,
        log: log.child({ component: "weekly" }),
        leaseMs: config.TREND_LEASE_MS,
        operatorPost,
        ...options,
      }),
    close: () => opened.close(),
  };
}
