import type { Answer } from "../../src/answer/types";
import { createLogger } from "../../src/logger";
import type { Platform } from "../../src/store/subscriptions";
import { createWeekly } from "../../src/weekly";
import { type ChannelPoster, DeliveryError } from "../../src/weekly/poster";
import { bot } from "../helpers";

export const silent = createLogger("silent");

export { tempDatabase } from "../tempDir";

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
