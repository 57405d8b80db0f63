import { describe, expect, it } from "vitest";
import { isoWeekOf, parseIsoWeek } from "../../src/weekly/isoWeek";
import { buildWeeklyPost } from "../../src/weekly/post";
import { parseSchedule, passedSlotThisWeek } from "../../src/weekly/schedule";
import { bot } from "../helpers";

describe("ISO weeks", () => {
  it.each([
    ["2026-11-26T12:00:00Z", "2026-W48"],
    ["2021-01-01T12:00:00Z", "2020-W53"],
    ["2024-12-30T12:00:00Z", "2025-W01"],
    ["2026-01-01T00:00:00Z", "2026-W01"],
  ])("%s is in %s", (moment, label) => {
    expect(isoWeekOf(new Date(moment)).label).toBe(label);
  });

  it("uses the configured time zone: Sunday 23:30 UTC is already Monday in Tokyo", () => {
    const sundayNight = new Date("2026-11-29T23:30:00Z");
    expect(isoWeekOf(sundayNight, "UTC").label).toBe("2026-W48");
    expect(isoWeekOf(sundayNight, "Asia/Tokyo").label).toBe("2026-W49");
  });

  it("parses week labels and rejects nonsense", () => {
    expect(parseIsoWeek("2026-W49").label).toBe("2026-W49");
    expect(parseIsoWeek("2020-W53").label).toBe("2020-W53");
    expect(parseIsoWeek("2026-W53").label).toBe("2026-W53");
    expect(() => parseIsoWeek("2025-W53")).toThrow(/does not exist/);
    expect(() => parseIsoWeek("next week")).toThrow(/not an ISO week/);
  });
});

describe("the weekly post", () => {
  it("rotates through every trend and every best practice over a year, the same post for everyone in a week", () => {
    const first = parseIsoWeek("2026-W01");
    const weeks = Array.from({ length: 52 }, (_, i) =>
      isoWeekOf(new Date(first.monday.getTime() + i * 7 * 86_400_000 + 3_600_000)),
    );
    const titles = weeks.map((w) => buildWeeklyPost(bot.data, w).title);
    for (const trend of bot.data.trends) expect(titles.some((t) => t.endsWith(trend.title))).toBe(true);
    const practices = weeks.map((w) => buildWeeklyPost(bot.data, w).sections[0]?.heading);
    for (const p of bot.data.bestPractices) expect(practices).toContain(`Best practice of the week: ${p.title}`);
    const sixth = weeks[5] as (typeof weeks)[number];
    expect(buildWeeklyPost(bot.data, sixth)).toEqual(buildWeeklyPost(bot.data, parseIsoWeek(sixth.label)));
  });

  it("always carries a market figure with its source and period", () => {
    for (let i = 0; i < 10; i++) {
      const post = buildWeeklyPost(bot.data, isoWeekOf(new Date(Date.UTC(2026, 0, 5 + 7 * i))));
      expect(post.figures).toHaveLength(1);
      expect(post.figures[0]?.period).toBeTruthy();
      expect(post.figures[0]?.source).toBeTruthy();
    }
  });
});

describe("the slot of the week", () => {
  const mondays9 = parseSchedule("0 9 * * 1", "UTC");
  it("is undefined before Monday 09:00 and set after it, all week", () => {
    expect(passedSlotThisWeek(mondays9, new Date("2026-11-30T08:59:00Z"), "UTC")).toBeUndefined();
    expect(passedSlotThisWeek(mondays9, new Date("2026-11-30T09:00:00Z"), "UTC")?.toISOString()).toBe(
      "2026-11-30T09:00:00.000Z",
    );
    expect(passedSlotThisWeek(mondays9, new Date("2026-12-06T23:59:00Z"), "UTC")?.toISOString()).toBe(
      "2026-11-30T09:00:00.000Z",
    );
  });

  it("follows TREND_TZ", () => {
    const paris = parseSchedule("0 9 * * 1", "Europe/Paris");
    expect(passedSlotThisWeek(paris, new Date("2026-11-30T08:30:00Z"), "Europe/Paris")?.toISOString()).toBe(
      "2026-11-30T08:00:00.000Z",
    );
  });
});

describe("week start", () => {
  it("is Monday 00:00 on the zone's wall clock", async () => {
    const { weekStart } = await import("../../src/weekly/isoWeek");
    expect(weekStart(new Date("2026-12-02T12:00:00Z"), "UTC").toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(weekStart(new Date("2026-12-02T12:00:00Z"), "Europe/Paris").toISOString()).toBe("2026-11-29T23:00:00.000Z");
    expect(weekStart(new Date("2026-12-02T12:00:00Z"), "America/New_York").toISOString()).toBe(
      "2026-11-30T05:00:00.000Z",
    );
  });
});
