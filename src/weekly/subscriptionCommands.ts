import type { Cron } from "croner";
import type { Platform, SubscriptionStore } from "../store/subscriptions";

/** What "subscribe", "unsubscribe" and "subscriptions" say, on any platform. Permission checks stay in the adapters. */
export interface SubscriptionCommands {
  subscribe(channelId: string, userId: string): Promise<string>;
  unsubscribe(channelId: string): Promise<string>;
  /** Every subscribed channel: only for those allowed to change subscriptions. */
  list(): Promise<string>;
  /** Whether this one channel is subscribed: for everyone else. */
  status(channelId: string): Promise<string>;
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
    async subscribe(channelId, userId) {
      const added = await store.add(platform, channelId, userId);
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
    async list() {
      const subs = await store.list(platform);
      if (subs.length === 0) return "No channel is subscribed to the weekly post.";
      return `Subscribed channels (${subs.length}): ${subs.map((s) => s.channelId).join(", ")}. Next post: ${nextPost()}.`;
    },
  };
}

export const REFUSAL = "Sorry, only people who can manage this channel can change its weekly-post subscription.";
