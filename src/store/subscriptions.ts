import type { Db } from "./database";

export const PLATFORMS = ["slack", "discord"] as const;
export type Platform = (typeof PLATFORMS)[number];

export interface Subscription {
  platform: Platform;
  channelId: string;
  createdAt: string;
  createdBy: string | null;
}

/** Which channels get the weekly post. */
export class SubscriptionStore {
  constructor(private readonly db: Db) {}

  /** True when the channel was not subscribed before. */
  add(platform: Platform, channelId: string, createdBy: string | null, now = new Date()): boolean {
    const result = this.db
      .prepare("INSERT OR IGNORE INTO subscriptions (platform, channel_id, created_at, created_by) VALUES (?, ?, ?, ?)")
      .run(platform, channelId, now.toISOString(), createdBy);
    return result.changes === 1;
  }

  /** True when the channel was subscribed. */
  remove(platform: Platform, channelId: string): boolean {
    return (
      this.db.prepare("DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?").run(platform, channelId)
        .changes === 1
    );
  }

  list(platform?: Platform): Subscription[] {
    const rows = this.db
      .prepare(
        `SELECT platform, channel_id AS channelId, created_at AS createdAt, created_by AS createdBy FROM subscriptions
         WHERE (? IS NULL OR platform = ?) ORDER BY platform, created_at, channel_id`,
      )
      .all(platform ?? null, platform ?? null);
    return rows as Subscription[];
  }
}
