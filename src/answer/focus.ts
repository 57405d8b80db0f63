import { tokenize } from "../text/normalize";
import type { Answer } from "./types";

/** Tokens of a data line, kept: the lines come from the data, so the cache is bounded by it. */
const lineTokens = new Map<string, Set<string>>();

function tokensOf(line: string): Set<string> {
  let tokens = lineTokens.get(line);
  if (!tokens) {
    tokens = new Set(tokenize(line));
    lineTokens.set(line, tokens);
  }
  return tokens;
}

/** Most lines a narrow answer shows besides the one asked about. */
const MORE_LINES = 4;

/**
 * Answers the exact question asked: where the question names something specific ("leadership", "cloud
 * platforms", "certifications"), the lines about it come first and the rest of the answer is one follow-up away.
 */
export function focusOn(answer: Answer, words: readonly string[], fullQuestion: string): Answer {
  if (words.length === 0) return answer;
  const matches = answer.sections.flatMap((s) => s.lines.filter((line) => words.some((w) => tokensOf(line).has(w))));
  const total = answer.sections.reduce((n, s) => n + s.lines.length, 0);
  const [first, ...rest] = matches;
  if (first === undefined || matches.length === total) return answer;
  return {
    ...answer,
    summary: first,
    sections: rest.length > 0 ? [{ heading: "Also in the guide", lines: rest.slice(0, MORE_LINES) }] : [],
    followUps: [fullQuestion, ...answer.followUps.filter((q) => q !== fullQuestion)].slice(0, 3),
  };
}
