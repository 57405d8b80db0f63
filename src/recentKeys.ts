/**
 * Remembers keys for a while so a redelivered event (a Slack retry, a repeated gateway dispatch) is handled once.
 * Bounded: the oldest keys go first when it is full.
 */
export class RecentKeys {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly maxKeys = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time a key is seen within the TTL; false for a repeat. */
  claim(key: string): boolean {
    const time = this.now();
    const previous = this.seen.get(key);
    if (previous !== undefined && time - previous < this.ttlMs) return false;
    this.seen.delete(key);
    this.seen.set(key, time);
    if (this.seen.size > this.maxKeys) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }

  /** Forgets a key, so a retry of something that failed is handled again. */
  forget(key: string): void {
    this.seen.delete(key);
  }
}
