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
  return { ...first, followUps, ...(chart ? { chart } : {}), parts: [...parts] };
}

/** The guide's figures are US figures: an answer to a question about somewhere else says so first. */
export function withPlaceNote(answer: Answer, place: string): Answer {
  const aboutPay = answer.figures.length > 0 || ["salary", "market", "compare"].includes(answer.intent);
  if (!aboutPay) return answer;
  return {
    ...answer,
    summary: `Note: these are the guide's US figures (US market); it has none for ${place}. ${answer.summary}`,
  };
}
