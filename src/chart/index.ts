import { listedRoles } from "../answer/format";
import type { Answer } from "../answer/types";
import type { CareerData } from "../data/schema";
import type { SalaryCharts } from "./render";
import { salaryRow } from "./spec";

export { ChartsBusyError } from "./queue";
export { createSalaryCharts, type SalaryCharts } from "./render";

/**
 * The roles of the salary chart an answer asks for, or undefined when it asks for none or when none of its roles
 * has a figure to draw (a chart of "no figure in the guide" rows says nothing the text does not).
 */
export function chartRoleIds(answer: Answer, data: CareerData): string[] | undefined {
  if (answer.chart?.kind !== "salary") return undefined;
  const roles = answer.chart.roleIds.flatMap((id) => data.roles.filter((r) => r.id === id));
  return roles.some((r) => salaryRow(r).bar) ? roles.map((r) => r.id) : undefined;
}

/** A one-line description of the chart, for alt text and captions. */
export function chartAltText(roleIds: readonly string[], data: CareerData): string {
  const titles = roleIds.flatMap((id) => data.roles.filter((r) => r.id === id).map((r) => r.title));
  return `Salary ranges chart: ${titles.join(", ")} (source: ${data.sourceName})`;
}

/** Renders the every-role chart ahead of the first "salaries" question, so it goes out with the answer at once. */
export function prewarmSalaryCharts(charts: SalaryCharts, onError: (error: unknown) => void): void {
  charts
    .png(
      listedRoles(charts.data).map((r) => r.id),
      { forAnswer: true },
    )
    .catch(onError);
}
