import type { CareerData, MarketFigure, Role, SalaryFigure } from "../data/schema";
import type { Figure } from "./types";

/**
 * "$185,000", as Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 }) writes
 * it: by hand, because the first Intl formatter loads ICU data, about 15 ms of every `careerbot ask`.
 */
export const usd = {
  format(amount: number): string {
    const whole = Math.round(Math.abs(amount));
    const digits = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return `${amount < 0 && whole !== 0 ? "-" : ""}$${digits}`;
  },
};

export function formatSalary(figure: SalaryFigure): string {
  const per = ` a ${figure.period}`;
  if (figure.atLeast !== undefined) return `over ${usd.format(figure.atLeast)}${per}`;
  if (figure.value !== undefined) return `${usd.format(figure.value)}${per}`;
  return `${usd.format(figure.min ?? 0)} - ${usd.format(figure.max ?? 0)}${figure.maxOpen ? "+" : ""}${per}`;
}

export function salaryFigures(role: Role, data: CareerData): Figure[] {
  const salary = role.salary;
  if (!salary) return [];
  const period = [salary.region, salary.year].filter(Boolean).join(", ") || undefined;
  return salary.figures.map((f) => ({ label: f.label, value: formatSalary(f), source: data.sourceName, period }));
}

export function marketFigure(figure: MarketFigure, data: CareerData): Figure {
  return {
    label: figure.label,
    value: figure.display,
    source: figure.source ? `${figure.source}, via ${data.sourceName}` : data.sourceName,
    period: figure.period,
  };
}

export function marketFiguresById(ids: readonly string[], data: CareerData): Figure[] {
  return ids.flatMap((id) => {
    const figure = data.market.figures.find((f) => f.id === id);
    return figure ? [marketFigure(figure, data)] : [];
  });
}

/** "A, B and C" */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The first sentence of a paragraph, for one-line summaries. */
export function firstSentence(text: string): string {
  const end = text.search(/\.\s/);
  return end === -1 ? text : text.slice(0, end + 1);
}

/** "an NLP Research Scientist", "a Lead Machine Learning Architect": by sound, not spelling. */
export function withArticle(title: string): string {
  return /^([AEIOU]|NLP\b|ML\b|MLE\b)/i.test(title) ? `an ${title}` : `a ${title}`;
}

/** Chat messages have room for this many roles; a catalogue grown by DATA_DIR is cut here. */
export const MAX_LISTED_ROLES = 25;

export function listedRoles(data: CareerData): Role[] {
  return data.roles.slice(0, MAX_LISTED_ROLES);
}

/** "... and 12 more", or nothing when every role was listed. */
export function moreRolesNote(data: CareerData): string[] {
  const more = data.roles.length - MAX_LISTED_ROLES;
  return more > 0 ? [`...and ${more} more roles: name one to ask about it.`] : [];
}
