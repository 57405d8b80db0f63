import type { Config } from "../config";
import type { CareerData } from "../data/schema";
import type { Logger } from "../logger";
import { type Db, openDatabase } from "../store/database";
import { DeliveryLog } from "../store/deliveries";
import { type Platform, SubscriptionStore } from "../store/subscriptions";
import { type ChannelPoster, WeeklyPoster, type WeeklyPosterOptions } from "./poster";
import { parseSchedule } from "./schedule";
import { createSubscriptionCommands, type SubscriptionCommands } from "./subscriptionCommands";

export interface Weekly {
  db: Db;
  subscriptions: SubscriptionStore;
  deliveries: DeliveryLog;
  commandsFor(platform: Platform): SubscriptionCommands;
  poster(
    posters: ChannelPoster[],
    options?: Partial<
      Pick<WeeklyPosterOptions, "sleep" | "retryDelaysMs" | "concurrency" | "leaseMs" | "maxRateLimitWaitMs">
    >,
  ): WeeklyPoster;
}

/** The weekly-post machinery, wired from configuration: store, schedule, subscription commands, poster. */
export function createWeekly(
  config: Pick<Config, "DATABASE_PATH" | "TREND_CRON" | "TREND_TZ"> & Partial<Pick<Config, "TREND_LEASE_MS">>,
  data: CareerData,
  log: Logger,
): Weekly {
  const schedule = parseSchedule(config.TREND_CRON, config.TREND_TZ);
  const db = openDatabase(config.DATABASE_PATH);
  const subscriptions = new SubscriptionStore(db);
  const deliveries = new DeliveryLog(db);
  return {
    db,
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
        ...options,
      }),
  };
}
