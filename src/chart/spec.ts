import type { CareerData, Role, SalaryFigure } from "../data/schema";

/**
 * The salary chart as data, before any drawing: one row per role, in the order asked. Tests compare these numbers
 * with the guide's; the SVG is drawn from them alone.
 *
 * Which figure is a role's bar (the guide gives each role figures of different shapes):
 * 1. its salary range: the first min+max figure whose label says "range";
 * 2. else its first min+max figure that is not an average or additional pay;
 * 3. else its first "over $X" figure (atLeast): a bar that starts at X and is open to the right;
 * 4. else its first single value: a bar of zero length (a tick).
 * A "+" on the top of a range (maxOpen) makes the bar open to the right.
 * The average marker is the first figure labelled "average" (not "average additional pay") other than the bar's:
 * a single value is a diamond, a range of averages is a bracket over the bar.
 * Other figures (top 10%, bonuses, "potential to reach") stay in the text answer.
 */
export interface SalaryBar {
  /** The figure's label in the guide, e.g. "Salary range". */
  label: string;
  low: number;
  high: number;
  /** The guide gives no top: "$360,000+" or "over $366,000". */
  openHigh: boolean;
}

export interface SalaryAverage {
  label: string;
  low: number;
  /** Equal to low for a single average. */
  high: number;
}

export interface SalaryRow {
  roleId: string;
  title: string;
  /** "US market, 2024": where and when the figures apply, when the guide says. */
  context?: string;
  /** Absent when the guide gives the role no salary figure. */
  bar?: SalaryBar;
  average?: SalaryAverage;
}

export interface SalaryChartSpec {
  title: string;
  rows: SalaryRow[];
  /** Dollar range of the x axis and its gridline values; absent when no row has a bar. */
  axis?: { min: number; max: number; ticks: number[] };
  source: string;
}

const hasRange = (f: SalaryFigure): f is SalaryFigure & { min: number; max: number } =>
  f.min !== undefined && f.max !== undefined;
const isAverage = (f: SalaryFigure) => /\baverage\b/i.test(f.label) && !/additional|bonus/i.test(f.label);

export function barFigure(role: Role): SalaryFigure | undefined {
  const figures = role.salary?.figures ?? [];
  return (
    figures.find((f) => hasRange(f) && /\brange\b/i.test(f.label)) ??
    figures.find((f) => hasRange(f) && !isAverage(f) && !/additional|bonus/i.test(f.label)) ??
    figures.find((f) => f.atLeast !== undefined) ??
    figures.find((f) => f.value !== undefined)
  );
}

function toBar(f: SalaryFigure): SalaryBar {
  if (hasRange(f)) return { label: f.label, low: f.min, high: f.max, openHigh: f.maxOpen === true };
  if (f.atLeast !== undefined) return { label: f.label, low: f.atLeast, high: f.atLeast, openHigh: true };
  return { label: f.label, low: f.value ?? 0, high: f.value ?? 0, openHigh: false };
}

function toAverage(f: SalaryFigure): SalaryAverage | undefined {
  if (hasRange(f)) return { label: f.label, low: f.min, high: f.max };
  if (f.value !== undefined) return { label: f.label, low: f.value, high: f.value };
  return undefined;
}

export function salaryRow(role: Role): SalaryRow {
  const salary = role.salary;
  const context = [salary?.region, salary?.year].filter(Boolean).join(", ") || undefined;
  const row: SalaryRow = { roleId: role.id, title: role.title, ...(context ? { context } : {}) };
  const bar = barFigure(role);
  if (!salary || !bar) return row;
  const averageFigure = salary.figures.find((f) => f !== bar && isAverage(f));
  const average = averageFigure && toAverage(averageFigure);
  return { ...row, bar: toBar(bar), ...(average ? { average } : {}) };
}

const NICE_STEPS = [10_000, 20_000, 25_000, 50_000, 100_000, 200_000, 250_000, 500_000];

/** An axis from a round number below the lowest figure to one above the highest, with at most 8 gridlines. */
export function salaryAxis(rows: readonly SalaryRow[]): SalaryChartSpec["axis"] {
  const bars = rows.flatMap((r) => (r.bar ? [r.bar] : []));
  if (bars.length === 0) return undefined;
  const values = rows.flatMap((r) => [
    ...(r.bar ? [r.bar.low, r.bar.high] : []),
    ...(r.average ? [r.average.low, r.average.high] : []),
  ]);
  const lo = Math.min(...values);
  // Open ends need room to the right for their arrow.
  const hi = Math.max(...values) * (bars.some((b) => b.openHigh) ? 1.1 : 1.02);
  const step = NICE_STEPS.find((s) => (Math.ceil(hi / s) - Math.floor(lo / s)) * 1 <= 8) ?? 1_000_000;
  const min = Math.floor(lo / step) * step;
  const max = Math.max(Math.ceil(hi / step) * step, min + step);
  const ticks: number[] = [];
  for (let t = min; t <= max; t += step) ticks.push(t);
  return { min, max, ticks };
}

/** The chart for these roles (unknown ids are skipped), or every listed role when none are given. */
export function salaryChartSpec(data: CareerData, roleIds?: readonly string[]): SalaryChartSpec {
  const roles = roleIds?.length
    ? roleIds.map((id) => data.roles.find((r) => r.id === id)).filter((r): r is Role => Boolean(r))
    : data.roles.slice(0, MAX_CHART_ROLES);
  const rows = roles.slice(0, MAX_CHART_ROLES).map(salaryRow);
  return {
    title: "Salary ranges by role",
    rows,
    axis: salaryAxis(rows),
    source: data.sourceName,
  };
}

/** Rows past this would be unreadable at chat preview size. */
export const MAX_CHART_ROLES = 12;
