import type { Answer } from "./types";

/** The answer as plain text, for the console, the CLI and chat notifications. Figures come first: they are the answer. */
export function renderPlainText(answer: Answer): string {
  // Several questions: each part under its own heading, in the order asked.
  if (answer.parts && answer.parts.length > 1) {
    // The follow-ups once, after the last part.
    const parts = answer.parts.map((part) => renderPlainText({ ...part, followUps: [] }));
    const tail = answer.followUps.length > 0 ? [`Try: ${answer.followUps.map((q) => `"${q}"`).join(" | ")}`] : [];
    return [...parts, ...tail].join("\n\n");
  }
  const lines = [answer.title, answer.summary].filter(Boolean);
  // "Top 10% earn: over $366,000 ..." already is the summary of a one-figure answer.
  const figureLines = answer.figures
    .filter((f) => !answer.summary.includes(`${f.label}: ${f.value}`))
    .map((f) => `  * ${f.label}: ${f.value}${f.period ? ` (${f.period})` : ""}`);
  if (figureLines.length > 0) lines.push("", ...figureLines);
  for (const section of answer.sections) {
    lines.push("", `${section.heading}:`, ...section.lines.map((l) => `  - ${l}`));
  }
  if (answer.figures.length > 0)
    lines.push("", `Source: ${[...new Set(answer.figures.map((f) => f.source))].join("; ")}`);
  if (answer.followUps.length > 0) lines.push("", `Try: ${answer.followUps.map((q) => `"${q}"`).join(" | ")}`);
  return lines.join("\n");
}
