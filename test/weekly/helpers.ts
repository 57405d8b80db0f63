import type { Answer } from "../../src/answer/types";
import { createLogger } from "../../src/logger";
import type { Platform } from "../../src/store/subscriptions";
import { createWeekly } from "../../src/weekly";
import { type ChannelPoster, DeliveryError } from "../../src/weekly/poster";
import { startWeeklyScheduler } from "../../src/weekly/scheduler";
import { bot } from "../helpers";

export const silent = createLogger("silent");

import { tempDatabase } from "../tempDir";

export { tempDatabase };

export function weeklyAt(path: string, cron = "0 9 * * 1", tz = "UTC") {
  return createWeekly({ DATABASE_PATH: path, TREND_CRON: cron, TREND_TZ: tz }, bot.data, silent);
}

/** Records posts; `failures` queues errors to throw, per channel, before succeeding. */
export function recordingPoster(
  platform: Platform,
  failures: Record<string, (Error | "gone")[]> = {},
): ChannelPoster & { posts: { channelId: string; answer: Answer }[] } {
  const posts: { channelId: string; answer: Answer }[] = [];
  return {
    platform,
    posts,
    async post(channelId, answer) {
      const failure = failures[channelId]?.shift();
      if (failure === "gone") throw new DeliveryError("channel_not_found", true);
      if (failure) throw failure;
      await new Promise((r) => setTimeout(r, 5));
      posts.push({ channelId, answer });
    },
  };
}

export const noSleep = async () => {};

/**
 * A scheduler ticking every second over one Slack subscription a month old, recording its posts and the reasons it
 * logs for each tick: the real-clock and fake-clock scheduler tests share it.
 */
export async function everySecondScheduler() {
  const weekly = await weeklyAt(tempDatabase(), "* * * * * *");
  await weekly.subscriptions.add("slack", "C1", "U1", new Date(Date.now() - 30 * 86_400_000));
  const slack = recordingPoster("slack");
  const ticks: string[] = [];
  const log = {
    ...silent,
    info: () => {},
    debug: (o: { reason?: string }) => o?.reason && ticks.push(o.reason),
    error: () => {},
  } as unknown as typeof silent;
  const scheduler = startWeeklyScheduler(weekly.poster([slack]), "* * * * * *", "UTC", log);
  return { weekly, slack, ticks, scheduler };
}
