import type { Sql } from "./sql";

/**
 * A platform's name, as registered in adapters/index.ts (the registry validates it where it comes in: CLI, config);
 * the schema has no list of platforms, so a new one needs no migration.
 */
export type Platform = string;

export interface Subscription {
  platform: Platform;
  channelId: string;
  createdAt: string;
  createdBy: string | null;
}

/** Which channels get the weekly post (SQLite or PostgreSQL). */
export class SubscriptionStore {
  constructor(private readonly sql: Sql) {}

  /** True when the channel was not subscribed before. */
  async add(platform: Platform, channelId: string, createdBy: string | null, now = new Date()): Promise<boolean> {
    const changes = await this.sql.run(
      `INSERT INTO subscriptions (platform, channel_id, created_at, created_by) VALUES (?, ?, ?, ?)
       ON CONFLICT (platform, channel_id) DO NOTHING`,
      [platform, channelId, now.toISOString(), createdBy],
    );
    return changes === 1;
  }

  /** True when the channel was subscribed. */
  async remove(platform: Platform, channelId: string): Promise<boolean> {
    return (
      (await this.sql.run("DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?", [platform, channelId])) ===
      1
    );
  }

  /** Whether one channel is subscribed. */
  async has(platform: Platform, channelId: string): Promise<boolean> {
    return (
      (await this.sql.get("SELECT 1 AS one FROM subscriptions WHERE platform = ? AND channel_id = ?", [
        platform,
        channelId,
      ])) !== undefined
    );
  }

  async list(platform?: Platform): Promise<Subscription[]> {
    return this.sql.all<Subscription>(
      `SELECT platform, channel_id AS "channelId", created_at AS "createdAt", created_by AS "createdBy"
       FROM subscriptions WHERE (CAST(? AS TEXT) IS NULL OR platform = ?) ORDER BY platform, created_at, channel_id`,
      [platform ?? null, platform ?? null],
    );
  }
}
