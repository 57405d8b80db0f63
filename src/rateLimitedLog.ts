import type { Logger } from "./logger";

export interface RateLimitedLogOptions {
  /** Lines written per window; past that they are counted, not written. */
  perWindow?: number;
  windowMs?: number;
  now?: () => number;
}

/**
 * A log line anyone on the internet can cause (a junk OAuth redirect) must not let them flood the logs: at most
 * `perWindow` lines a window, then one line saying how many were left out, when the next line comes or the window
 * ends, whichever is first.
 */
export class RateLimitedLog {
  private windowStart = Number.NEGATIVE_INFINITY;
  private written = 0;
  private dropped = 0;
  private flushTimer?: NodeJS.Timeout;
  private readonly perWindow: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(
    private readonly log: Logger,
    /** The message of the line counting those left out (its `notLogged` field). */
    private readonly summary: string,
    options: RateLimitedLogOptions = {},
  ) {
    this.perWindow = options.perWindow ?? 5;
    this.windowMs = options.windowMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  warn(fields: Record<string, unknown>, message: string): void {
    const time = this.now();
    if (time - this.windowStart >= this.windowMs) {
      this.flush();
      this.windowStart = time;
      this.written = 0;
    }
    if (this.written < this.perWindow) {
      this.written++;
      this.log.warn(fields, message);
      return;
    }
    this.dropped++;
    if (!this.flushTimer) {
      this.flushTimer = setTimeout(() => this.flush(), Math.max(0, this.windowStart + this.windowMs - time));
      this.flushTimer.unref();
    }
  }

  /** Writes the count of lines left out, if any. */
  flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.dropped === 0) return;
    this.log.warn({ notLogged: this.dropped, windowMs: this.windowMs }, this.summary);
    this.dropped = 0;
  }
}
