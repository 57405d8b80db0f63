import { marketFigure } from "../answer/format";
import type { Answer } from "../answer/types";
import type { CareerData } from "../data/schema";
import type { IsoWeek } from "./isoWeek";

function pickFor<T>(items: readonly T[], week: IsoWeek): T | undefined {
  return items.length === 0 ? undefined : items[((week.index % items.length) + items.length) % items.length];
}

/**
 * The weekly post, built from the data alone and the same for every channel in a given week: rotating by week
 * index goes through every trend (and best practice) before any repeats.
 */
export function buildWeeklyPost(data: CareerData, week: IsoWeek): Answer {
  const trend = pickFor(data.trends, week);
  const practice = pickFor(data.bestPractices, week);
  // Only figures the guide dates, so the post can say which year it is about.
  const figure = pickFor(
    data.market.figures.filter((f) => f.period),
    week,
  );
  return {
    intent: "trends",
    roles: [],
    title: `AI/ML careers, week ${week.label}: ${trend?.title ?? "industry trends"}`,
    summary: trend?.text ?? data.market.summary,
    sections: practice ? [{ heading: `Best practice of the week: ${practice.title}`, lines: [practice.text] }] : [],
    figures: figure ? [marketFigure(figure, data)] : [],
    followUps: ["what are the current trends in AI and ML", "what is the job market demand for ML roles"],
  };
}
