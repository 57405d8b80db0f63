import type { Cron } from "croner";
import type { Platform, SubscriptionStore } from "../store/subscriptions";

/** What "subscribe", "unsubscribe" and "subscriptions" say, on any platform. Permission checks stay in the adapters. */
export interface SubscriptionCommands {
  /** Subscribes a channel; who asked is not recorded (a subscription outlives any one person's "forget me"). */
  subscribe(channelId: string): Promise<string>;
  unsubscribe(channelId: string): Promise<string>;
  /**
   * Every subscribed channel: only for those allowed to change subscriptions. With a `scope` (a Slack workspace
   * when the bot is installed in many), only the channels keyed `scope:channel`, shown without the scope; with
   * `include`, only the channels it accepts (a Discord server's own channels).
   */
  list(scope?: string, include?: (channelId: string) => boolean): Promise<string>;
  /** Whether this one channel is subscribed: for everyone else. */
  status(channelId: string): Promise<string>;
  /** Unsubscribes every channel keyed `scope:channel` (a workspace that uninstalled the bot); returns their keys. */
  forgetScope(scope: string): Promise<string[]>;
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
    async subscribe(channelId) {
      const added = await store.add(platform, channelId, null);
      return added
        ? `Subscribed: this channel gets one post a week on AI/ML industry trends and market figures. Next post: ${nextPost()}.`
        : `This channel is already subscribed. Next post: ${nextPost()}.`;
    },
    async unsubscribe(channelId) {
      return (await store.remove(platform, channelId))
        ? "Unsubscribed: no more weekly posts here."
        : "This channel was not subscribed.";
    },
    async status(channelId) {
      return (await store.has(platform, channelId))
        ? `This channel gets the weekly post. Next post: ${nextPost()}.`
        : "This channel is not subscribed to the weekly post.";
    },
    async list(scope, include = () => true) {
      const prefix = scope === undefined ? "" : `${scope}:`;
      const channels = (await store.list(platform))
        .filter((s) => s.channelId.startsWith(prefix))
        .map((s) => s.channelId.slice(prefix.length))
        .filter(include);
      if (channels.length === 0) return "No channel is subscribed to the weekly post.";
      return `Subscribed channels (${channels.length}): ${channels.join(", ")}. Next post: ${nextPost()}.`;
    },
    async forgetScope(scope) {
      const keys = (await store.list(platform)).map((s) => s.channelId).filter((key) => key.startsWith(`${scope}:`));
      for (const key of keys) await store.remove(platform, key);
      return keys;
    },
  };
}

export const REFUSAL = "Sorry, only people who can manage this channel can change its weekly-post subscription.";
