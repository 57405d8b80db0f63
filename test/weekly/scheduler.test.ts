import { afterEach, describe, expect, it, vi } from "vitest";
import { everySecondScheduler } from "./helpers";

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
    const { slack, ticks, scheduler } = await everySecondScheduler();
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
