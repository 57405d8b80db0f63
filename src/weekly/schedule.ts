import { Cron } from "croner";
import { weekStart } from "./isoWeek";

/** Validates a cron pattern and time zone the way the scheduler will use them; throws croner's message. */
export function parseSchedule(pattern: string, timeZone: string): Cron {
  return new Cron(pattern, { timezone: timeZone, paused: true });
}

/**
 * This week's first slot, if it has passed: the first scheduled time since Monday 00:00 (in the time zone), when
 * that is at or before `now`. Undefined before it, so a late start never sends last week's post.
 */
export function passedSlotThisWeek(schedule: Cron, now: Date, timeZone: string): Date | undefined {
  const slot = schedule.nextRun(new Date(weekStart(now, timeZone).getTime() - 1000));
  return slot && slot.getTime() <= now.getTime() ? slot : undefined;
}
