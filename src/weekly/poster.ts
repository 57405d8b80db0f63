import type { Cron } from "croner";
import type { Answer } from "../answer/types";
import type { CareerData } from "../data/schema";
import type { Logger } from "../logger";
import type { DeliveryLog } from "../store/deliveries";
import type { Platform, SubscriptionStore } from "../store/subscriptions";
import { isoWeekOf } from "./isoWeek";
import { buildWeeklyPost } from "./post";
import { passedSlotThisWeek } from "./schedule";

/** A send that failed; `permanent` when the channel is gone or the bot was removed from it. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

/** Posts an answer into a channel; each adapter provides one. */
export interface ChannelPoster {
  platform: Platform;
  post(channelId: string, answer: Answer): Promise<void>;
}

export interface TickReport {
  week: string;
  /** Undefined when this week's slot has not come yet. */
  slot?: string;
  sent: string[];
  skipped: string[];
  failed: string[];
  unsubscribed: string[];
}

export interface WeeklyPosterOptions {
  data: CareerData;
  subscriptions: SubscriptionStore;
  deliveries: DeliveryLog;
  posters: ChannelPoster[];
  schedule: Cron;
  timeZone: string;
  log: Logger;
  /** Waits between retries; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
  retryDelaysMs?: number[];
}

const DEFAULT_RETRY_DELAYS_MS = [2_000, 10_000, 30_000];

/**
 * Sends this week's post to every subscribed channel whose post is due, exactly once: a delivery is claimed in the
 * database before the send. Stateless otherwise, so a restart, a second tick or a second process changes nothing.
 */
export class WeeklyPoster {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly retryDelays: number[];

  constructor(private readonly options: WeeklyPosterOptions) {
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  }

  async runDue(now: Date): Promise<TickReport> {
    const { data, subscriptions, deliveries, schedule, timeZone, log } = this.options;
    const week = isoWeekOf(now, timeZone);
    const report: TickReport = { week: week.label, sent: [], skipped: [], failed: [], unsubscribed: [] };
    const slot = passedSlotThisWeek(schedule, now, timeZone);
    if (!slot) {
      log.debug({ week: week.label }, "weekly post not due yet");
      return report;
    }
    report.slot = slot.toISOString();
    const answer = buildWeeklyPost(data, week);
    for (const sub of subscriptions.list()) {
      const key = `${sub.platform}:${sub.channelId}`;
      const poster = this.options.posters.find((p) => p.platform === sub.platform);
      // Channels that subscribed after this week's slot start next week; a platform not running now waits.
      if (
        !poster ||
        new Date(sub.createdAt) > slot ||
        !deliveries.claim(sub.platform, sub.channelId, week.label, now)
      ) {
        report.skipped.push(key);
        continue;
      }
      const outcome = await this.send(poster, sub.channelId, answer);
      if (outcome === "sent") {
        deliveries.mark(sub.platform, sub.channelId, week.label, "sent", new Date());
        report.sent.push(key);
        log.info({ platform: sub.platform, channelId: sub.channelId, week: week.label }, "weekly post sent");
      } else if (outcome instanceof DeliveryError && outcome.permanent) {
        deliveries.mark(sub.platform, sub.channelId, week.label, "gone", new Date(), outcome.message);
        subscriptions.remove(sub.platform, sub.channelId);
        report.unsubscribed.push(key);
        log.warn(
          { platform: sub.platform, channelId: sub.channelId, reason: outcome.message },
          "channel gone: unsubscribed",
        );
      } else {
        // Released for the next tick to try again.
        deliveries.mark(
          sub.platform,
          sub.channelId,
          week.label,
          "failed",
          new Date(),
          String((outcome as Error).message),
        );
        report.failed.push(key);
        log.error(
          { platform: sub.platform, channelId: sub.channelId, reason: (outcome as Error).message },
          "weekly post failed",
        );
      }
    }
    return report;
  }

  /** Tries the send, then again after each retry delay; a permanent error stops at once. */
  private async send(poster: ChannelPoster, channelId: string, answer: Answer): Promise<"sent" | Error> {
    let lastError: Error = new Error("not sent");
    for (let attempt = 0; attempt <= this.retryDelays.length; attempt++) {
      try {
        await poster.post(channelId, answer);
        return "sent";
      } catch (error) {
        lastError = error instanceof Error ? error : new Error(String(error));
        if (lastError instanceof DeliveryError && lastError.permanent) return lastError;
        const delay = this.retryDelays[attempt];
        if (delay === undefined) break;
        this.options.log.warn(
          { platform: poster.platform, channelId, attempt: attempt + 1, err: lastError.message },
          "weekly post send failed; retrying",
        );
        await this.sleep(delay);
      }
    }
    return lastError;
  }
}
