import { afterEach, describe, expect, it, vi } from "vitest";
import { startWeeklyScheduler } from "../../src/weekly/scheduler";
import { recordingPoster, silent, tempDatabase, weeklyAt } from "./helpers";

/**
 * The scheduler on a fake clock, so `test:unit` does not wait for cron slots: the same behaviour as
 * scheduler.slow.test.ts, which `npm test` runs on the real clock (about 4 s of waiting for slots).
 */
describe("the weekly scheduler, on a fake clock", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("catches up at start, then its cron ticks post nothing more that week, and it stops", async () => {
    // Half a second into a second: the next slots are 0.5 s, 1.5 s, 2.5 s ... away.
    vi.useFakeTimers({ now: Date.parse("2026-06-10T12:00:00.500Z") });
    const weekly = await weeklyAt(tempDatabase(), "* * * * * *");
    await weekly.subscriptions.add("slack", "C1", "U1", new Date(Date.now() - 30 * 86_400_000));
    const slack = recordingPoster("slack");
    const ticks: string[] = [];
    const log = {
      ...silent,
      info: () => {},
      debug: (o: { reason?: string }) => o?.reason && ticks.push(o.reason),
      error: () => {},
    } as unknown as typeof silent;
    const scheduler = startWeeklyScheduler(weekly.poster([slack]), "* * * * * *", "UTC", log);
    try {
      await vi.advanceTimersByTimeAsync(400);
      expect(slack.posts).toHaveLength(1);
      expect(ticks).toEqual([]); // the start tick posted (logged at info): no slot yet
      await vi.advanceTimersByTimeAsync(2_000);
      expect(ticks).toEqual(["slot", "slot"]);
      expect(slack.posts).toHaveLength(1);
    } finally {
      await scheduler.stop();
    }
    await vi.advanceTimersByTimeAsync(2_000);
    expect(ticks).toEqual(["slot", "slot"]);
  });
});
