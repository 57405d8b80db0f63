import type { Sql } from "./sql";

/** The claim itself, on any connection or inside a caller's transaction (a conversation's: see EventClaim). */
export async function claimSeenEvent(sql: Sql, key: string, ttlMs: number, now = Date.now()): Promise<boolean> {
  const rows = await sql.all(
    `INSERT INTO seen_events (key, expires_at) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_events.expires_at <= ?
     RETURNING key`,
    [key, now + ttlMs, now],
  );
  return rows.length === 1;
}

/**
 * "Seen before?" across processes: the first caller to claim a key (a Slack event id, a Discord message id) within
 * its time to live gets true, every other caller, on any replica, false. One atomic upsert: a new key is inserted,
 * an expired one is taken over, a live one is left alone and returns no row.
 */
export class SeenEvents {
  constructor(private readonly sql: Sql) {}

  async claim(key: string, ttlMs: number, now = Date.now()): Promise<boolean> {
    return claimSeenEvent(this.sql, key, ttlMs, now);
  }

  /** Forgets a key, so a retry of something that failed is handled again. */
  async forget(key: string): Promise<void> {
    await this.sql.run("DELETE FROM seen_events WHERE key = ?", [key]);
  }

  /** Deletes expired keys; returns how many. */
  async sweep(now = Date.now()): Promise<number> {
    return this.sql.run("DELETE FROM seen_events WHERE expires_at <= ?", [now]);
  }
}
