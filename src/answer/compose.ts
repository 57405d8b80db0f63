import { FIGURES_ARE_US } from "./narrow";
import type { Answer } from "./types";

/** At most this many questions of one message are answered; Discord allows 10 embeds, and replies stay readable. */
export const MAX_PARTS = 5;

/** One reply for several questions: each part in the order asked; the top-level fields are the first part's. */
export function composeAnswer(parts: readonly Answer[]): Answer {
  const [first] = parts;
  if (!first) throw new Error("composeAnswer needs at least one part");
  if (parts.length === 1) return first;
  const followUps = [...new Set(parts.flatMap((p) => p.followUps))].slice(0, 3);
  const chart = parts.find((p) => p.chart)?.chart;
  // "1) how big is the market 2) what do lead ML architects earn": the reply is about every role its parts name.
  const roles = [...new Set(parts.flatMap((p) => p.roles))];
  return { ...first, roles, followUps, ...(chart ? { chart } : {}), parts: [...parts] };
}

/** The guide's figures are US figures: an answer to a question about somewhere else says so first. */
export function withPlaceNote(answer: Answer, place: string): Answer {
  const aboutPay = answer.figures.length > 0 || ["salary", "market", "compare"].includes(answer.intent);
  if (!aboutPay) return answer;
  const note = `Note: these are the guide's US figures (US market); it doesn't have figures for ${place}.`;
  // "The guide doesn't cover ..." stays the first line of a not-covered answer.
  // "The guide's salary figures are for the US; it gives none for other countries.": the note says it, for the place.
  const rest = answer.summary.startsWith(FIGURES_ARE_US) ? answer.summary.replace(/^[^.]*\.\s*/, "") : answer.summary;
  const summary = answer.intent === "not_covered" ? `${rest} ${note}` : `${note} ${rest}`.trim();
  return { ...answer, summary };
}

/** The guide's figures are for the US as a whole: a pay answer about one city or state says so first. */
export function withUsPlaceNote(answer: Answer, place: string): Answer {
  if (!(answer.figures.length > 0 && ["salary", "compare"].includes(answer.intent))) return answer;
  const note = `The guide doesn't give pay for ${place} on its own: its figures are for the US as a whole.`;
  return { ...answer, summary: `${note} ${answer.summary}`.trim() };
}

/**
 * A not-covered part whose nearest facts an earlier part of the same reply already shows ("what do they earn, and
 * how do I negotiate?"): the first line, and a pointer to them instead of the same figures twice.
 */
export function withoutRepeats(answer: Answer, earlier: readonly Answer[]): Answer {
  // Only figures can repeat: a not-covered answer without any ("which language first?": the skills) stays whole.
  if (answer.intent !== "not_covered" || answer.roles.length === 0 || answer.figures.length === 0) return answer;
  const shown = earlier.find((e) => e.roles.join() === answer.roles.join() && e.figures.length > 0);
  if (!shown || !figuresIn(answer, shown)) return answer;
  const first = answer.summary.replace(/ What it does say about .*$/, "");
  return {
    ...answer,
    summary: `${first} Its figures for this role are in "${shown.title}" above.`,
    sections: [],
    figures: [],
  };
}

/**
 * A pay part after a not-covered part that already showed the same role's figures ("lower base, more equity. is that a
 * good trade?" then the role's pay): the figures once are enough.
 */
export function figuresShownBefore(answer: Answer, earlier: readonly Answer[]): boolean {
  if (answer.intent !== "salary" || answer.figures.length === 0) return false;
  return earlier.some(
    (e) => e.intent === "not_covered" && e.roles.join() === answer.roles.join() && figuresIn(answer, e),
  );
}

/** Every figure of `answer` is one `shown` has too. */
function figuresIn(answer: Answer, shown: Answer): boolean {
  return answer.figures.every((f) => shown.figures.some((s) => s.label === f.label && s.value === f.value));
}
