import { Cron } from "croner";
import type { Logger } from "../logger";
import type { WeeklyPoster } from "./poster";

export interface SchedulerHandle {
  /**
   * Stops the schedule; then waits (up to `timeoutMs`) for a tick in progress, which starts no new channel and
   * releases what it did not send. Resolves false when the tick was still running at the deadline.
   */
  stop(timeoutMs?: number): Promise<boolean>;
}

const CHECK_EVERY_MS = 15 * 60_000;

/**
 * Runs the weekly post at each cron slot, at start-up (catch-up after downtime) and every 15 minutes (retrying
 * failed sends, and logging that the scheduler is alive). Ticks never overlap; the delivery log makes extra ticks harmless.
 */
export function startWeeklyScheduler(
  poster: WeeklyPoster,
  pattern: string,
  timeZone: string,
  log: Logger,
): SchedulerHandle {
  let running: Promise<void> = Promise.resolve();
  const tick = (reason: string) => {
    running = running.then(async () => {
      try {
        const report = await poster.runDue(new Date());
        const level = report.sent.length + report.failed.length + report.unsubscribed.length > 0 ? "info" : "debug";
        log[level]({ reason, ...report, skipped: report.skipped.length }, "weekly tick");
      } catch (error) {
        log.error({ err: error, reason }, "weekly tick failed");
      }
    });
  };
  const job = new Cron(pattern, { timezone: timeZone, protect: true }, () => tick("slot"));
  const check = setInterval(() => {
    log.info({ nextSlot: job.nextRun()?.toISOString() }, "weekly scheduler alive");
    tick("check");
  }, CHECK_EVERY_MS);
  check.unref();
  tick("start");
  log.info({ cron: pattern, timeZone, nextSlot: job.nextRun()?.toISOString() }, "weekly scheduler started");
  return {
    async stop(timeoutMs = 10_000) {
      job.stop();
      clearInterval(check);
      const finished = await poster.stop(timeoutMs);
      if (!finished)
        log.warn({ timeoutMs }, "weekly tick still sending at shutdown: its claims expire with their lease");
      return finished;
    },
  };
}
