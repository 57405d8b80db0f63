import type { Cron } from "croner";
import type { Answer } from "../answer/types";
import type { CareerData } from "../data/schema";
import type { Logger } from "../logger";
import { DEFAULT_LEASE_MS, type DeliveryLog } from "../store/deliveries";
import type { Platform, SubscriptionStore } from "../store/subscriptions";
import { isoWeekOf, weekStart } from "./isoWeek";
import { buildWeeklyPost } from "./post";
import { passedSlotThisWeek } from "./schedule";

/**
 * A send that failed; `permanent` when the channel is gone or the bot was removed from it; `retryAfterMs` when
 * the platform answered 429 and said how long to wait.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

/** Posts an answer into a channel; each adapter provides one. */
export interface ChannelPoster {
  platform: Platform;
  /** Sends the post; with `week`, marks it so `findPost` can recognise it later. */
  post(channelId: string, answer: Answer, week?: string): Promise<void>;
  /**
   * Whether the bot's marked post for `week` is already in the channel's recent history. Used before re-sending a
   * delivery whose earlier attempt may have gone out (a crash after the send, a timed-out request).
   */
  findPost?(channelId: string, week: string): Promise<boolean>;
}

export interface TickReport {
  week: string;
  /** Undefined when this week's slot has not come yet. */
  slot?: string;
  sent: string[];
  skipped: string[];
  /** Why each skipped channel was skipped, by key ("subscribed after this week's slot: first post 2026-W50"). */
  skipReasons: Record<string, string>;
  failed: string[];
  unsubscribed: string[];
}

/**
 * A weekly post for whoever runs the bot (REPORT_CHANNEL: the feedback report), sent with the weekly posts and
 * claimed like them, so it goes out once a week however many replicas tick. Built only by the replica that claims it.
 */
export interface OperatorPost {
  platform: Platform;
  channelId: string;
  build(week: string, now: Date): Promise<Answer>;
}

/** The deliveries row of the operator post: apart from the channel's own weekly post, if it also subscribes. */
export const operatorDeliveryId = (channelId: string) => `report:${channelId}`;
/** The mark `findPost` looks for: apart from the weekly post's (Discord nonces allow 25 characters: fits). */
export const operatorMarker = (week: string) => `report-${week}`;

/** One delivery: where it goes, how it is recorded and marked, what it says, and what happens if the channel is gone. */
interface Target {
  platform: Platform;
  /** The channel as the poster knows it. */
  channelId: string;
  /** The channel column of its deliveries row. */
  deliveryId: string;
  /** What the post is marked with, for `findPost`. */
  marker: string;
  /** A subscription's creation: one made after this week's slot starts next week. */
  createdAt?: string;
  answer: () => Promise<Answer>;
  /** The channel is gone: a subscription is removed (`unsubscribed`); the operator's channel is reported (`failed`). */
  gone: (reason: string) => Promise<"unsubscribed" | "failed">;
}

export interface WeeklyPosterOptions {
  data: CareerData;
  subscriptions: SubscriptionStore;
  deliveries: DeliveryLog;
  posters: ChannelPoster[];
  schedule: Cron;
  timeZone: string;
  log: Logger;
  /** Waits between retries; tests pass a fake. Rejects when the signal aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  retryDelaysMs?: number[];
  /** Channels sent at once. */
  concurrency?: number;
  /** A claim older than this is taken over by the next tick. */
  leaseMs?: number;
  /** A 429 asking to wait longer than this leaves the channel for a later tick. */
  maxRateLimitWaitMs?: number;
  /** The operator's weekly report (REPORT_CHANNEL), if any. */
  operatorPost?: OperatorPost;
}

const DEFAULT_RETRY_DELAYS_MS = [2_000, 10_000, 30_000];
const DEFAULT_CONCURRENCY = 4;
const DEFAULT_MAX_RATE_LIMIT_WAIT_MS = 60_000;

const abortableSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(new Error("stopping"));
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error("stopping"));
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });

type Outcome = "sent" | "found" | DeliveryError | Error;

/**
 * Sends this week's post to every subscribed channel whose post is due, exactly once. A delivery is claimed in the
 * database before the send and marked after it; channels go out concurrently (bounded), so one slow or failing
 * channel never delays another. A claim whose holder died is taken over after its lease, and the channel's history
 * is checked first, so a crash between the send and the commit still yields one post.
 */
export class WeeklyPoster {
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  private readonly retryDelays: number[];
  private readonly stopping = new AbortController();
  private current: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: WeeklyPosterOptions) {
    this.sleep = options.sleep ?? abortableSleep;
    this.retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  }

  runDue(now: Date): Promise<TickReport> {
    const tick = this.tick(now);
    this.current = tick.catch(() => {});
    return tick;
  }

  /**
   * Starts no new channel, cuts retry waits short, and waits (up to `timeoutMs`) for the sends in flight. A send
   * that does not finish keeps its claim: the lease and the history check settle it on a later tick.
   */
  async stop(timeoutMs: number): Promise<boolean> {
    this.stopping.abort();
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      this.current.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    return finished;
  }

  private async tick(now: Date): Promise<TickReport> {
    const { data, subscriptions, deliveries, schedule, timeZone, log } = this.options;
    const week = isoWeekOf(now, timeZone);
    const report: TickReport = {
      week: week.label,
      sent: [],
      skipped: [],
      skipReasons: {},
      failed: [],
      unsubscribed: [],
    };
    const missed = await deliveries.takeMissed(week.label);
    if (missed.length > 0) {
      log.error(
        { weeks: [...new Set(missed.map((m) => m.week))], channels: missed.map((m) => `${m.platform}:${m.channelId}`) },
        "weekly posts never sent: their week ended",
      );
    }
    const slot = passedSlotThisWeek(schedule, now, timeZone);
    if (!slot) {
      log.debug({ week: week.label }, "weekly post not due yet");
      return report;
    }
    report.slot = slot.toISOString();
    const answer = buildWeeklyPost(data, week);
    const queue: Target[] = (await subscriptions.list()).map((sub) => ({
      platform: sub.platform,
      channelId: sub.channelId,
      deliveryId: sub.channelId,
      marker: week.label,
      createdAt: sub.createdAt,
      answer: async () => answer,
      gone: async () => {
        await subscriptions.remove(sub.platform, sub.channelId);
        return "unsubscribed";
      },
    }));
    const operator = this.options.operatorPost;
    if (operator) {
      queue.push({
        platform: operator.platform,
        channelId: operator.channelId,
        deliveryId: operatorDeliveryId(operator.channelId),
        marker: operatorMarker(week.label),
        answer: () => operator.build(week.label, now),
        gone: async (reason) => {
          log.error(
            { platform: operator.platform, channelId: operator.channelId, reason },
            "REPORT_CHANNEL is gone or closed to the bot: no operator report until it is fixed",
          );
          return "failed";
        },
      });
    }
    const worker = async () => {
      for (let target = queue.shift(); target; target = queue.shift()) {
        try {
          await this.deliver(target, week.label, slot, now, report);
        } catch (error) {
          // The store failed (a lost connection): this channel waits for a later tick; the others go on. A claim
          // left behind expires with its lease, and the history check settles whether the post went out.
          const key = `${target.platform}:${target.deliveryId}`;
          if (!report.failed.includes(key)) report.failed.push(key);
          log.warn(
            {
              platform: target.platform,
              channelId: target.deliveryId,
              week: week.label,
              err: (error as Error).message,
            },
            "weekly delivery store error; left for a later tick",
          );
        }
      }
    };
    const workers = Math.max(1, Math.min(this.options.concurrency ?? DEFAULT_CONCURRENCY, queue.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (report.failed.length > 0) {
      log.error(
        { week: week.label, failed: report.failed, sent: report.sent.length },
        "weekly posts not sent this tick; a later tick retries them",
      );
    }
    return report;
  }

  private async deliver(target: Target, week: string, slot: Date, now: Date, report: TickReport): Promise<void> {
    const { deliveries, log } = this.options;
    const sub = { platform: target.platform, channelId: target.deliveryId };
    const key = `${sub.platform}:${sub.channelId}`;
    const context = { platform: sub.platform, channelId: sub.channelId, week };
    const poster = this.options.posters.find((p) => p.platform === sub.platform);
    // Channels that subscribed after this week's slot start next week; a platform not running now waits; a bot
    // that is stopping starts nothing new.
    const skip = (reason: string) => {
      report.skipped.push(key);
      report.skipReasons[key] = reason;
    };
    if (!poster) return skip(`${sub.platform} is not configured in this process: set its variables`);
    if (target.createdAt !== undefined && new Date(target.createdAt) > slot) {
      // Tuesday of next week: clear of any daylight-saving shift around Monday 00:00.
      const nextWeek = new Date(weekStart(now, this.options.timeZone).getTime() + 8 * 86_400_000);
      return skip(`subscribed after this week's slot: first post ${isoWeekOf(nextWeek, this.options.timeZone).label}`);
    }
    if (this.stopping.signal.aborted) return skip("the bot is stopping");
    const claim = await deliveries.acquire(
      sub.platform,
      sub.channelId,
      week,
      now,
      this.options.leaseMs ?? DEFAULT_LEASE_MS,
    );
    if (!claim) {
      const status = await deliveries.status(sub.platform, sub.channelId, week);
      return skip(
        status === "sent"
          ? `already sent in ${week}`
          : status === "claimed"
            ? `another process is sending it (its claim holds for TREND_LEASE_MS)`
            : `not due (delivery ${status ?? "unknown"})`,
      );
    }
    if (claim.previousStatus === "claimed")
      log.warn(context, "weekly delivery claim expired (its sender died?): taking it over");
    let answer: Answer;
    try {
      answer = await target.answer();
    } catch (error) {
      // The post could not be put together (the report's query failed): released for a later tick.
      await deliveries.mark(sub.platform, sub.channelId, week, "failed", new Date(), (error as Error).message);
      report.failed.push(key);
      log.warn({ ...context, reason: (error as Error).message }, "weekly post not built; released for a later tick");
      return;
    }
    const outcome = await this.attempt(poster, target.channelId, answer, target.marker, claim.retaken);
    if (outcome === "sent" || outcome === "found") {
      await deliveries.mark(sub.platform, sub.channelId, week, "sent", new Date());
      report.sent.push(key);
      log.info(
        context,
        outcome === "sent" ? "weekly post sent" : "weekly post was already in the channel: marked sent",
      );
    } else if (outcome instanceof DeliveryError && outcome.permanent) {
      await deliveries.mark(sub.platform, sub.channelId, week, "gone", new Date(), outcome.message);
      if ((await target.gone(outcome.message)) === "unsubscribed") {
        report.unsubscribed.push(key);
        log.warn({ ...context, reason: outcome.message }, "channel gone: unsubscribed");
      } else report.failed.push(key);
    } else {
      // Released for a later tick to try again.
      await deliveries.mark(sub.platform, sub.channelId, week, "failed", new Date(), outcome.message);
      report.failed.push(key);
      log.warn({ ...context, reason: outcome.message }, "weekly post failed; released for a later tick");
    }
  }

  /**
   * One delivery: when an earlier attempt may have gone out, first look for it in the channel; then the send,
   * retried after each delay. A 429 is waited out for this channel alone, up to a cap; a longer one, a permanent
   * error or a stop ends the attempt.
   */
  private async attempt(
    poster: ChannelPoster,
    channelId: string,
    answer: Answer,
    week: string,
    retaken: boolean,
  ): Promise<Outcome> {
    const { log } = this.options;
    const context = { platform: poster.platform, channelId, week };
    const maxWait = this.options.maxRateLimitWaitMs ?? DEFAULT_MAX_RATE_LIMIT_WAIT_MS;
    const signal = this.stopping.signal;
    if (retaken && poster.findPost) {
      try {
        if (await poster.findPost(channelId, week)) return "found";
      } catch (error) {
        // Sending without knowing could post twice: leave it for a later tick.
        const reason = (error as Error).message;
        log.warn({ ...context, reason }, "could not check the channel for an earlier weekly post");
        return new Error(`history check failed: ${reason}`);
      }
    }
    let lastError: Error = new Error("not sent");
    for (let attempt = 0; attempt <= this.retryDelays.length; attempt++) {
      try {
        await poster.post(channelId, answer, week);
        return "sent";
      } catch (error) {
        lastError = error instanceof Error ? error : new Error(String(error));
        if (lastError instanceof DeliveryError && lastError.permanent) return lastError;
        const rateLimit = lastError instanceof DeliveryError ? lastError.retryAfterMs : undefined;
        if (rateLimit !== undefined && rateLimit > maxWait) {
          log.warn(
            { ...context, retryAfterMs: rateLimit },
            "weekly post rate limited for too long; left for a later tick",
          );
          return new DeliveryError(`rate limited for ${Math.ceil(rateLimit / 1000)} s`, false, rateLimit);
        }
        const delay = rateLimit ?? this.retryDelays[attempt];
        if (delay === undefined) break;
        log.warn(
          { ...context, attempt: attempt + 1, err: lastError.message, retryInMs: delay },
          "weekly post send failed; retrying",
        );
        try {
          await this.sleep(delay, signal);
        } catch {
          return new Error(`stopped before retrying: ${lastError.message}`);
        }
        // A send that timed out may have gone out after all: look before sending again.
        if (poster.findPost && isAmbiguous(lastError)) {
          try {
            if (await poster.findPost(channelId, week)) return "found";
          } catch {
            return lastError;
          }
        }
      }
    }
    return lastError;
  }
}

/** Errors after which the post may or may not have gone out. */
function isAmbiguous(error: Error): boolean {
  return /time(d)? ?out|abort|socket hang up|ECONNRESET/i.test(error.message);
}
