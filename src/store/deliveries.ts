import type { Db } from "./database";
import type { Platform } from "./subscriptions";

export type DeliveryStatus = "claimed" | "sent" | "failed" | "gone";

/** How long a claim holds before another tick may take it over: longer than any one send can take. */
export const DEFAULT_LEASE_MS = 10 * 60_000;

/** A claim this caller now holds; `retaken` when a row existed (a failed send, or a claim whose lease ran out). */
export interface Claim {
  retaken: boolean;
  previousStatus?: DeliveryStatus;
}

interface Row {
  status: DeliveryStatus;
  claimed_at: string;
}

/**
 * One row per (platform, channel, ISO week): claimed before the send, marked after. A claim is a lease, not a
 * tombstone: a `claimed` row older than the lease (its holder died mid-send) may be taken over by a later tick,
 * which must then check the channel before sending again. Claims run in an immediate transaction, so two ticks
 * or two processes can never both hold the same delivery.
 */
export class DeliveryLog {
  constructor(private readonly db: Db) {}

  /** The claim when this caller now owns the delivery; undefined when it is sent, gone, or leased to someone else. */
  acquire(
    platform: Platform,
    channelId: string,
    week: string,
    now: Date,
    leaseMs = DEFAULT_LEASE_MS,
  ): Claim | undefined {
    const take = this.db.transaction((): Claim | undefined => {
      const row = this.db
        .prepare("SELECT status, claimed_at FROM deliveries WHERE platform = ? AND channel_id = ? AND week = ?")
        .get(platform, channelId, week) as Row | undefined;
      if (!row) {
        this.db
          .prepare(
            "INSERT INTO deliveries (platform, channel_id, week, status, claimed_at) VALUES (?, ?, ?, 'claimed', ?)",
          )
          .run(platform, channelId, week, now.toISOString());
        return { retaken: false };
      }
      const leaseOver = row.status === "claimed" && Date.parse(row.claimed_at) <= now.getTime() - leaseMs;
      if (row.status !== "failed" && !leaseOver) return undefined;
      this.db
        .prepare(
          `UPDATE deliveries SET status = 'claimed', claimed_at = ?, sent_at = NULL, error = NULL
           WHERE platform = ? AND channel_id = ? AND week = ?`,
        )
        .run(now.toISOString(), platform, channelId, week);
      return { retaken: true, previousStatus: row.status };
    });
    return take.immediate();
  }

  /** True when this caller now owns the delivery (see `acquire`). */
  claim(platform: Platform, channelId: string, week: string, now: Date, leaseMs = DEFAULT_LEASE_MS): boolean {
    return this.acquire(platform, channelId, week, now, leaseMs) !== undefined;
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

  /**
   * Deliveries of weeks before `week` that never went out, each returned once (its error is marked `missed:`), so
   * the end of a week with posts unsent is reported exactly once.
   */
  takeMissed(week: string): { platform: Platform; channelId: string; week: string; error: string | null }[] {
    return this.db
      .prepare(
        `UPDATE deliveries SET error = 'missed: ' || coalesce(error, status)
         WHERE week < ? AND status IN ('claimed', 'failed') AND (error IS NULL OR error NOT LIKE 'missed:%')
         RETURNING platform, channel_id AS channelId, week, error`,
      )
      .all(week) as { platform: Platform; channelId: string; week: string; error: string | null }[];
  }
}
