import { describe, expect, it } from "vitest";
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

describe("robustness", () => {
  it("answers 10,000 random and hostile inputs without throwing", () => {
    const next = random(42);
    for (let i = 0; i < 10_000; i++) {
      const input = hostileInput(next);
      const answer = bot.answer(input);
      expect(INTENTS).toContain(answer.intent);
      expect(answer.title.length).toBeGreaterThan(0);
      expect(renderPlainText(answer).length).toBeGreaterThan(0);
    }
  });

  it("never echoes a mass mention back", () => {
    for (const q of ["@everyone salary", "<!channel> what is nlp", "@here <@U1> help", "salary of a <!here> plumber"]) {
      const t = renderPlainText(bot.answer(q));
      expect(t).not.toMatch(/@everyone|@here|<!channel>|<!here>|<@U1>/);
    }
  });

  it("survives values that are not strings, reading them as their text", () => {
    expect(bot.answer(undefined as unknown as string).intent).toBe("help");
    expect(bot.answer(null as unknown as string).intent).toBe("help");
    const number = bot.answer(42 as unknown as string);
    expect(number.intent).toBe("unknown");
    expect(number).toEqual(bot.answer("42"));
  });
});
