import type { Role, SalaryFigure } from "../data/schema";
import { formatSalary, usd, withArticle } from "./format";
import type { Answer } from "./types";

/**
 * "is it true lead ML architects make like half a million??": where the sum sits among the role's figures, first
 * (below them, within a range, between two of the top tiers, above them all), then the answer as it was. Only the
 * guide's own figures are named; a role without a salary range keeps its answer.
 */
export function withSumVerdict(answer: Answer, role: Role, sum: number): Answer {
  const verdict = sumVerdict(role, sum);
  return verdict ? { ...answer, summary: `${verdict} ${answer.summary}`.trim() } : answer;
}

function sumVerdict(role: Role, sum: number): string | undefined {
  const figures = role.salary?.figures ?? [];
  // Bonuses are paid on top of a salary: no measure of one.
  const ranges = figures.filter(
    (f) => f.min !== undefined && f.max !== undefined && !/additional|bonus/i.test(f.label),
  );
  const tiers = figures.filter((f) => f.atLeast !== undefined).sort((a, b) => (a.atLeast ?? 0) - (b.atLeast ?? 0));
  if (ranges.length === 0) return undefined;
  const told = `${usd.format(sum)} a year`;
  const forRole = withArticle(role.title);
  const named = (f: SalaryFigure) => `${f.label.toLowerCase()}: ${formatSalary(f)}`;
  const lowest = [...ranges].sort((a, b) => (a.min ?? 0) - (b.min ?? 0))[0] as SalaryFigure;
  if (sum < (lowest.min ?? 0)) return `${told} is below the guide's figures for ${forRole} (${named(lowest)}).`;
  // The range that holds it, in the guide's order ("Base salary, average" before "Base salary, range").
  const holding = ranges.find((f) => sum >= (f.min ?? 0) && sum <= (f.max ?? 0));
  if (holding) return `${told} is within the guide's figures for ${forRole} (${named(holding)}).`;
  const open = ranges.find((f) => f.maxOpen);
  if (open)
    return `${told} is above the top of the guide's range for ${forRole}, which it leaves open (${named(open)}).`;
  const reached = tiers.filter((f) => sum >= (f.atLeast ?? 0)).at(-1);
  const next = tiers.find((f) => sum < (f.atLeast ?? 0));
  // "Top 10% earn": "the top 10% (over $366,000 a year)".
  const tierName = (f: SalaryFigure) => f.label.replace(/\s+earn$/i, "").toLowerCase();
  const tier = (f: SalaryFigure) => `the ${tierName(f)} (${formatSalary(f)})`;
  if (reached && next)
    return `${told} is more than ${tier(reached)} earn and less than ${tier(next)}, in the guide's figures for ${forRole}.`;
  if (reached) return `${told} is more than even ${tier(reached)} earn, in the guide's figures for ${forRole}.`;
  const highest = [...ranges].sort((a, b) => (b.max ?? 0) - (a.max ?? 0))[0] as SalaryFigure;
  const above = `${told} is above the highest range the guide gives for ${forRole} (${named(highest)})`;
  return next ? `${above}; its ${tierName(next)} earn ${formatSalary(next)}.` : `${above}.`;
}
