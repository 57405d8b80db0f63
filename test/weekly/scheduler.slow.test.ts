import { Cron } from "croner";
import { describe, expect, it } from "vitest";
import { until } from "../helpers";
import { everySecondScheduler } from "./helpers";

// On the real clock, waiting for real cron slots (about 4 s): `npm test` runs it, `test:unit` runs scheduler.test.ts,
// the same checks on a fake clock.
describe("the weekly scheduler", () => {
  it("catches up at start, then its cron ticks post nothing more that week, and it stops", async () => {
    // Every second, so the test sees several slots; the delivery log keeps it to one post a week.
    const { slack, ticks, scheduler } = await everySecondScheduler();
    try {
      await until(() => slack.posts.length === 1);
      await until(() => ticks.filter((t) => t === "slot").length >= 2, 5000);
      expect(slack.posts).toHaveLength(1);
    } finally {
      await scheduler.stop();
    }
    const after = ticks.length;
    // No fixed sleep: a witness on the same schedule sees two more slots pass, which a running job would have ticked.
    await new Promise<void>((resolve) => {
      let slots = 0;
      const witness = new Cron("* * * * * *", { timezone: "UTC" }, () => {
        if (++slots < 2) return;
        witness.stop();
        resolve();
      });
    });
    expect(ticks.length).toBe(after);
  });
});
