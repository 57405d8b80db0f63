import type { APIEmbed } from "discord.js";
import { describe, expect, it } from "vitest";
import { renderDiscordEmbeds } from "../../adapters/discord/render";
import { renderSlackMessage } from "../../adapters/slack/render";
import type { Answer } from "../../src/answer/types";
import { bot } from "../helpers";

const FIVE_PARTS = "lead ml architect: duties, skills, salary, education, and career path?";

/** The real five-part answer, after checking the core still splits it into five. */
function fivePartAnswer(): Answer {
  const answer = bot.reply(FIVE_PARTS).answer;
  expect(answer.parts?.map((p) => p.intent)).toEqual([
    "responsibilities",
    "skills",
    "salary",
    "qualifications",
    "career_path",
  ]);
  return answer;
}

/** The same five parts, each blown up far past what either platform takes in one message. */
function hugeFivePartAnswer(): Answer {
  const answer = fivePartAnswer();
  const parts = (answer.parts ?? []).map((part, i) => ({
    ...part,
    title: `${part.title} ${"t".repeat(300)}`,
    summary: `Part ${i}: ${"s".repeat(5000)}`,
    sections: Array.from({ length: 20 }, (_, j) => ({ heading: `Section ${j}`, lines: ["x".repeat(800)] })),
    figures: Array.from({ length: 15 }, (_, j) => ({ label: `Figure ${j}`, value: "v".repeat(2500), source: "s" })),
  }));
  return { ...parts[0], parts } as Answer;
}

type Block = { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: unknown[] };

function expectWithinSlackLimits(answer: Answer): Block[] {
  const { blocks, text } = renderSlackMessage(answer, {
    shareQuestion: FIVE_PARTS,
    feedbackId: "f".repeat(32),
  }) as { blocks: Block[]; text: string };
  // api.slack.com/reference/block-kit/blocks: 50 blocks; header 150; section text 3,000; 10 fields of 2,000.
  expect(blocks.length).toBeLessThanOrEqual(50);
  for (const block of blocks) {
    if (block.type === "header") expect(block.text?.text.length).toBeLessThanOrEqual(150);
    if (block.type === "section" && block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
    expect(block.fields?.length ?? 0).toBeLessThanOrEqual(10);
    for (const field of block.fields ?? []) expect(field.text.length).toBeLessThanOrEqual(2000);
  }
  // Messages near 13k characters of blocks fail with msg_blocks_too_long.
  expect(JSON.stringify(blocks).length).toBeLessThan(13_000);
  expect(text.length).toBeLessThanOrEqual(3000);
  return blocks;
}

/** What Discord counts toward its 6,000 characters a message: every embed's title, description, fields, footer, author. */
const embedChars = (e: APIEmbed) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.author?.name.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

function expectWithinDiscordLimits(answer: Answer): APIEmbed[] {
  const embeds = renderDiscordEmbeds(answer, { followUpButtons: false });
  // discord.com/developers/docs/resources/message#embed-object-embed-limits
  expect(embeds.length).toBeLessThanOrEqual(10);
  expect(embeds.reduce((n, e) => n + embedChars(e), 0)).toBeLessThanOrEqual(6000);
  for (const e of embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(256);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(25);
    expect(e.fields?.every((f) => f.name.length <= 256 && f.value.length <= 1024)).toBe(true);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
  }
  return embeds;
}

describe("a five-part answer stays inside each platform's limits, every part shown in order", () => {
  it("Slack: one message within 50 blocks, a header per part", () => {
    const answer = fivePartAnswer();
    const headers = expectWithinSlackLimits(answer)
      .filter((b) => b.type === "header")
      .map((b) => b.text?.text);
    expect(headers).toEqual(answer.parts?.map((p) => p.title));
  });

  it("Slack: five oversized parts are trimmed, not dropped, and say so", () => {
    const blocks = expectWithinSlackLimits(hugeFivePartAnswer());
    const headers = blocks.filter((b) => b.type === "header").map((b) => b.text?.text ?? "");
    expect(headers).toHaveLength(5);
    expect(headers.map((h) => h.split(" ")[0])).toEqual(["What", "Skills", "Salary:", "Qualifications", "Career"]);
    expect(JSON.stringify(blocks)).toContain("ask a narrower question");
  });

  it("Discord: one embed per part, within 10 embeds and 6,000 characters in all", () => {
    const answer = fivePartAnswer();
    expect(expectWithinDiscordLimits(answer).map((e) => e.title)).toEqual(answer.parts?.map((p) => p.title));
  });

  it("Discord: five oversized parts share the 6,000 characters, each keeping its embed", () => {
    const embeds = expectWithinDiscordLimits(hugeFivePartAnswer());
    expect(embeds).toHaveLength(5);
    expect(embeds.map((e) => e.title?.split(" ")[0])).toEqual([
      "What",
      "Skills",
      "Salary:",
      "Qualifications",
      "Career",
    ]);
  });
});
