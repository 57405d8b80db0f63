const DAY_MS = 86_400_000;
/** 1970-01-05 was a Monday: week indexes count from it. */
const FIRST_MONDAY_MS = 4 * DAY_MS;

export interface IsoWeek {
  /** "2026-W48" */
  label: string;
  /** Weeks since 1970-01-05, for deterministic rotation. */
  index: number;
  /** Midnight UTC of the week's Monday (as a calendar date, whatever the time zone). */
  monday: Date;
}

/** The calendar date a moment falls on in a time zone, as midnight UTC of that date. */
function calendarDate(moment: Date, timeZone: string): Date {
  const wallClock = moment.getTime() + zoneOffsetMs(moment, timeZone);
  return new Date(wallClock - (((wallClock % DAY_MS) + DAY_MS) % DAY_MS));
}

function fromMonday(monday: Date): IsoWeek {
  const thursday = new Date(monday.getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return {
    label: `${year}-W${String(week).padStart(2, "0")}`,
    index: Math.round((monday.getTime() - FIRST_MONDAY_MS) / (7 * DAY_MS)),
    monday,
  };
}

/** The ISO 8601 week a moment falls in, in the given time zone. */
export function isoWeekOf(moment: Date, timeZone = "UTC"): IsoWeek {
  const date = calendarDate(moment, timeZone);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  return fromMonday(new Date(date.getTime() - weekday * DAY_MS));
}

/** Parses "2026-W49"; throws on anything else, including week 53 of a 52-week year. */
export function parseIsoWeek(label: string): IsoWeek {
  const match = /^(\d{4})-W(\d{2})$/.exec(label.trim());
  if (!match) throw new Error(`"${label}" is not an ISO week such as 2026-W49`);
  const [year, week] = [Number(match[1]), Number(match[2])];
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week1Monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS;
  const result = fromMonday(new Date(week1Monday + (week - 1) * 7 * DAY_MS));
  if (week < 1 || result.label !== label.trim()) throw new Error(`${label} does not exist`);
  return result;
}

/** How far a time zone's wall clock is ahead of UTC at an instant, in ms. */
function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (
    Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second")) -
    instant.getTime()
  );
}

/** The instant the ISO week containing `moment` began: Monday 00:00 on the time zone's wall clock. */
export function weekStart(moment: Date, timeZone = "UTC"): Date {
  const monday = isoWeekOf(moment, timeZone).monday;
  return new Date(monday.getTime() - zoneOffsetMs(monday, timeZone));
}
