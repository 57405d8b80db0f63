import { Cron } from "croner";
import { isoWeekOf } from "./isoWeek";

const WEEK_MS = 7 * 86_400_000;

/** Validates a cron pattern and time zone the way the scheduler will use them; throws croner's message. */
export function parseSchedule(pattern: string, timeZone: string): Cron {
  return new Cron(pattern, { timezone: timeZone, paused: true });
}

/**
 * This week's slot if it has passed: the latest scheduled time at or before `now` that falls in the same ISO week.
 * Undefined before the first slot of the week, so a late start never sends last week's post.
 */
export function passedSlotThisWeek(schedule: Cron, now: Date, timeZone: string): Date | undefined {
  const week = isoWeekOf(now, timeZone).label;
  let latest: Date | undefined;
  let cursor: Date | null = schedule.nextRun(new Date(now.getTime() - WEEK_MS - 1000));
  while (cursor && cursor.getTime() <= now.getTime()) {
    latest = cursor;
    cursor = schedule.nextRun(cursor);
  }
  return latest && isoWeekOf(latest, timeZone).label === week ? latest : undefined;
}
