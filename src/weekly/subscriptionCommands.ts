import type { Cron } from "croner";
import type { Platform, SubscriptionStore } from "../store/subscriptions";

/** What "subscribe", "unsubscribe" and "subscriptions" say, on any platform. Permission checks stay in the adapters. */
export interface SubscriptionCommands {
  subscribe(channelId: string, userId: string): string;
  unsubscribe(channelId: string): string;
  /**
   * Every subscribed channel: only for those allowed to change subscriptions. With a `scope` (a Slack workspace
   * when the bot is installed in many), only the channels keyed `scope:channel`, shown without the scope.
   */
  list(scope?: string): string;
  /** Whether this one channel is subscribed: for everyone else. */
  status(channelId: string): string;
  /** Unsubscribes every channel keyed `scope:channel` (a workspace that uninstalled the bot); returns their keys. */
  forgetScope(scope: string): string[];
}

export function createSubscriptionCommands(
  store: SubscriptionStore,
  platform: Platform,
  schedule: Cron,
  timeZone: string,
): SubscriptionCommands {
  const nextPost = () => {
    const next = schedule.nextRun();
    return next
      ? `${next.toLocaleString("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" })} (${timeZone})`
      : "not scheduled";
  };
  return {
    subscribe(channelId, userId) {
      const added = store.add(platform, channelId, userId);
      return added
        ? `Subscribed: this channel gets one post a week on AI/ML industry trends and market figures. Next post: ${nextPost()}.`
        : `This channel is already subscribed. Next post: ${nextPost()}.`;
    },
    unsubscribe(channelId) {
      return store.remove(platform, channelId)
        ? "Unsubscribed: no more weekly posts here."
        : "This channel was not subscribed.";
    },
    status(channelId) {
      return store.list(platform).some((s) => s.channelId === channelId)
        ? `This channel gets the weekly post. Next post: ${nextPost()}.`
        : "This channel is not subscribed to the weekly post.";
    },
    list(scope) {
      const prefix = scope === undefined ? "" : `${scope}:`;
      const channels = store
        .list(platform)
        .filter((s) => s.channelId.startsWith(prefix))
        .map((s) => s.channelId.slice(prefix.length));
      if (channels.length === 0) return "No channel is subscribed to the weekly post.";
      return `Subscribed channels (${channels.length}): ${channels.join(", ")}. Next post: ${nextPost()}.`;
    },
    forgetScope(scope) {
      const keys = store
        .list(platform)
        .map((s) => s.channelId)
        .filter((key) => key.startsWith(`${scope}:`));
      for (const key of keys) store.remove(platform, key);
      return keys;
    },
  };
}

export const REFUSAL = "Sorry, only people who can manage this channel can change its weekly-post subscription.";
