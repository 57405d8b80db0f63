/**
 * Random and hostile inputs, the same stream every run (seed 42) so a failure can be replayed, and what goes wrong
 * when the bot answers them. `test:unit` answers the first 2,000 (robustness.test.ts), `npm test` also all 10,000
 * (full-sweeps.slow.test.ts): the stream holds inputs of up to 200,000 characters.
 */
import { renderPlainText } from "../../src/answer/plainText";
import { INTENTS } from "../../src/intent/intents";
import { bot } from "../helpers";

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FRAGMENTS = [
  "@everyone",
  "@here",
  "<!channel>",
  "<!here>",
  "<@U012ABC>",
  "<@!1234567890>",
  "<@&999>",
  "<!subteam^S1|team>",
  "**bold**",
  "_it_",
  "`code`",
  "```block```",
  "> quote",
  "[link](http://x)",
  "<http://x|y>",
  "🚀",
  "👩🏽‍💻",
  "💰",
  "مرحبا كم راتب",
  "שלום",
  "\u202e",
  "\u200b",
  "\u0000",
  "\u001b[31m",
  "\r\n",
  "\t",
  "ñ",
  "日本語の質問",
  "salary",
  "lead ml architect",
  "nlp",
  "vs",
  "?",
  "$$$",
  "%",
  "\\",
  '"',
  "'",
  "null",
  "undefined",
  "constructor",
  "__proto__",
];

function hostileInput(next: () => number): string {
  const kind = next();
  if (kind < 0.05) return "a".repeat(Math.floor(next() * 200_000));
  if (kind < 0.15) return Array.from({ length: 50 }, () => String.fromCharCode(Math.floor(next() * 0xffff))).join("");
  const parts = Array.from(
    { length: 1 + Math.floor(next() * 8) },
    () => FRAGMENTS[Math.floor(next() * FRAGMENTS.length)],
  );
  return parts.join(next() < 0.5 ? " " : "");
}

/**
 * What is wrong with the answers to the first `count` inputs (the first ten found): an intent that is not one, an
 * empty title or an empty text; answering must not throw. Checked in plain code for one assertion: three expect()
 * calls an input cost more than the answers.
 */
export function hostileAnswerFaults(count: number): string[] {
  const next = random(42);
  const wrong: string[] = [];
  for (let i = 0; i < count; i++) {
    const input = hostileInput(next);
    const answer = bot.answer(input);
    const why = [
      ...(INTENTS.includes(answer.intent) ? [] : [`intent ${answer.intent}`]),
      ...(answer.title.length > 0 ? [] : ["empty title"]),
      ...(renderPlainText(answer).length > 0 ? [] : ["empty text"]),
    ];
    if (why.length > 0) wrong.push(`input ${i} ${JSON.stringify(input.slice(0, 100))}: ${why.join(", ")}`);
    // The first ten: one fails the test, and a broken answer fails most inputs.
    if (wrong.length === 10) break;
  }
  return wrong;
}
