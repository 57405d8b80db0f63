import { describe, expect, it } from "vitest";
import { renderDiscordEmbed } from "../../adapters/discord/render";
import { renderSlackMessage } from "../../adapters/slack/render";
import { bot } from "../helpers";

/** One question of each kind of answer, small talk and advice included. */
const QUESTIONS = [
  "thanks!",
  "hello",
  "which role fits me? I have a bachelor's in CS and know python",
  "which role pays the most?",
  "what am I missing for lead ML architect? I know python",
  "what do the top 1% of lead ml architects make?",
  "what do they earn?",
  "lead ml architect vs entry level ai engineer",
  "best practices for feature engineering",
  "salary of a plumber",
];

describe("every kind of answer renders as valid Block Kit and embeds", () => {
  it.each(QUESTIONS)("%s", (question) => {
    const answer = bot.answer(question);
    const { blocks, text } = renderSlackMessage(answer);
    expect(text.trim()).not.toBe("");
    for (const block of blocks as { type: string; text?: { text: string } }[]) {
      // Slack rejects a header or section whose text is empty.
      if (block.text) expect(block.text.text.trim()).not.toBe("");
    }
    const embed = renderDiscordEmbed(answer);
    if ("title" in embed) expect(embed.title?.trim()).not.toBe("");
    expect(embed.description?.trim()).not.toBe("");
  });
});
