import type { Db } from "./database";
import type { Platform } from "./subscriptions";

export type DeliveryStatus = "claimed" | "sent" | "failed" | "gone";

/**
 * One row per (platform, channel, ISO week): claimed before the send, marked after. The claim is a single
 * atomic statement, so two ticks or two processes can never both post the same week to the same channel.
 */
export class DeliveryLog {
  constructor(private readonly db: Db) {}

  /** True when this caller now owns the delivery. A failed one may be claimed again; any other may not. */
  claim(platform: Platform, channelId: string, week: string, now: Date): boolean {
    const result = this.db
      .prepare(
        `INSERT INTO deliveries (platform, channel_id, week, status, claimed_at) VALUES (?, ?, ?, 'claimed', ?)
         ON CONFLICT (platform, channel_id, week) DO UPDATE SET status = 'claimed', claimed_at = excluded.claimed_at, error = NULL
         WHERE deliveries.status = 'failed'`,
      )
      .run(platform, channelId, week, now.toISOString());
    return result.changes === 1;
  }

  mark(
    platform: Platform,
    channelId: string,
    week: string,
    status: Exclude<DeliveryStatus, "claimed">,
    now: Date,
    error?: string,
  ): void {
    this.db
      .prepare(
        "UPDATE deliveries SET status = ?, sent_at = ?, error = ? WHERE platform = ? AND channel_id = ? AND week = ?",
      )
      .run(status, status === "sent" ? now.toISOString() : null, error ?? null, platform, channelId, week);
  }

  status(platform: Platform, channelId: string, week: string): DeliveryStatus | undefined {
    const row = this.db
      .prepare("SELECT status FROM deliveries WHERE platform = ? AND channel_id = ? AND week = ?")
      .get(platform, channelId, week) as { status: DeliveryStatus } | undefined;
    return row?.status;
  }
}
