import type { Sql } from "./sql";
import type { Platform } from "./subscriptions";

export type DeliveryStatus = "claimed" | "sent" | "failed" | "gone";

/** How long a claim holds before another tick may take it over: longer than any one send can take. */
export const DEFAULT_LEASE_MS = 10 * 60_000;

/** A claim this caller now holds; `retaken` when a row existed (a failed send, or a claim whose lease ran out). */
export interface Claim {
  retaken: boolean;
  previousStatus?: DeliveryStatus;
}

const KEY = "platform = ? AND channel_id = ? AND week = ?";

/**
 * One row per (platform, channel, ISO week): claimed before the send, marked after. A claim is a lease, not a
 * tombstone: a `claimed` row older than the lease (its holder died mid-send) may be taken over by a later tick,
 * which must then check the channel before sending again. Every step is one atomic statement (an insert that does
 * nothing on conflict, an update guarded by the row's state), so two ticks, two processes or two replicas on one
 * PostgreSQL can never both hold the same delivery.
 */
export class DeliveryLog {
  constructor(private readonly sql: Sql) {}

  /** The claim when this caller now owns the delivery; undefined when it is sent, gone, or leased to someone else. */
  async acquire(
    platform: Platform,
    channelId: string,
    week: string,
    now: Date,
    leaseMs = DEFAULT_LEASE_MS,
  ): Promise<Claim | undefined> {
    const at = now.toISOString();
    const inserted = await this.sql.all(
      `INSERT INTO deliveries (platform, channel_id, week, status, claimed_at) VALUES (?, ?, ?, 'claimed', ?)
       ON CONFLICT (platform, channel_id, week) DO NOTHING RETURNING status`,
      [platform, channelId, week, at],
    );
    if (inserted.length === 1) return { retaken: false };
    const retake = `UPDATE deliveries SET status = 'claimed', claimed_at = ?, sent_at = NULL, error = NULL
                    WHERE ${KEY} AND `;
    // A failed send is released at once; a claim only when its lease ran out (ISO times compare as text).
    if ((await this.sql.run(`${retake} status = 'failed'`, [at, platform, channelId, week])) === 1)
      return { retaken: true, previousStatus: "failed" };
    const expired = new Date(now.getTime() - leaseMs).toISOString();
    if (
      (await this.sql.run(`${retake} status = 'claimed' AND claimed_at <= ?`, [
        at,
        platform,
        channelId,
        week,
        expired,
      ])) === 1
    )
      return { retaken: true, previousStatus: "claimed" };
    return undefined;
  }

  /** True when this caller now owns the delivery (see `acquire`). */
  async claim(
    platform: Platform,
    channelId: string,
    week: string,
    now: Date,
    leaseMs = DEFAULT_LEASE_MS,
  ): Promise<boolean> {
    return (await this.acquire(platform, channelId, week, now, leaseMs)) !== undefined;
  }

  async mark(
    platform: Platform,
    channelId: string,
    week: string,
    status: Exclude<DeliveryStatus, "claimed">,
    now: Date,
    error?: string,
  ): Promise<void> {
    await this.sql.run(`UPDATE deliveries SET status = ?, sent_at = ?, error = ? WHERE ${KEY}`, [
      status,
      status === "sent" ? now.toISOString() : null,
      error ?? null,
      platform,
      channelId,
      week,
    ]);
  }

  async status(platform: Platform, channelId: string, week: string): Promise<DeliveryStatus | undefined> {
    const row = await this.sql.get<{ status: DeliveryStatus }>(`SELECT status FROM deliveries WHERE ${KEY}`, [
      platform,
      channelId,
      week,
    ]);
    return row?.status;
  }

  /** Every delivery row of a week, for reports and tests. */
  async ofWeek(week: string): Promise<{ platform: Platform; channelId: string; status: DeliveryStatus }[]> {
    return this.sql.all(
      `SELECT platform, channel_id AS "channelId", status FROM deliveries WHERE week = ? ORDER BY platform, channel_id`,
      [week],
    );
  }

  /**
   * Deliveries of weeks before `week` that never went out, each returned once (its error is marked `missed:`), so
   * the end of a week with posts unsent is reported exactly once.
   */
  async takeMissed(
    week: string,
  ): Promise<{ platform: Platform; channelId: string; week: string; error: string | null }[]> {
    return this.sql.all(
      `UPDATE deliveries SET error = 'missed: ' || coalesce(error, status)
       WHERE week < ? AND status IN ('claimed', 'failed') AND (error IS NULL OR error NOT LIKE 'missed:%')
       RETURNING platform, channel_id AS "channelId", week, error`,
      [week],
    );
  }
}
