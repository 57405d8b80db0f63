import type { types } from "@slack/bolt";

type KnownBlock = types.KnownBlock;

import { renderPlainText } from "../../src/answer/plainText";
import type { Answer } from "../../src/answer/types";

// Slack's limits (api.slack.com/reference/block-kit/blocks), kept well inside.
const MAX_BLOCKS = 45;
const MAX_SECTION_CHARS = 2900;
const MAX_HEADER_CHARS = 150;
const MAX_FIELDS = 10;
const MAX_FIELD_CHARS = 1900;
/** Messages near 13k characters of blocks fail with msg_blocks_too_long. */
const MAX_TOTAL_CHARS = 11_000;
const MAX_FALLBACK_CHARS = 3000;

export const SHARE_ACTION_ID = "share_answer";

/**
 * Escapes the three characters Slack treats as markup, which disarms <!channel>, <!here>, <@U...> and
 * <!subteam^...>. Applied to every string we put in mrkdwn, user text or not.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const mrkdwn = (text: string, max = MAX_SECTION_CHARS) => ({ type: "mrkdwn" as const, text: clip(text, max) });

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** The answer as Block Kit: header, summary, sections, figures as fields, sources, follow-ups, optional share button. */
export function renderSlackMessage(answer: Answer, options: { shareQuestion?: string } = {}): SlackMessage {
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: clip(answer.title, MAX_HEADER_CHARS), emoji: true } },
    { type: "section", text: mrkdwn(escapeMrkdwn(answer.summary)) },
  ];
  const tail: KnownBlock[] = [];
  if (answer.figures.length > 0) {
    const sources = [...new Set(answer.figures.map((f) => f.source))].join("; ");
    tail.push({ type: "context", elements: [mrkdwn(`Source: ${escapeMrkdwn(sources)}`)] });
  }
  if (answer.followUps.length > 0) {
    tail.push({
      type: "context",
      elements: [mrkdwn(`Try: ${answer.followUps.map((q) => `\`/career ${escapeMrkdwn(q)}\``).join("  ·  ")}`)],
    });
  }
  if (options.shareQuestion !== undefined) {
    tail.push({
      type: "actions",
      elements: [
        {
          type: "button",
          action_id: SHARE_ACTION_ID,
          text: { type: "plain_text", text: "Share in channel" },
          // Button values hold 2,000 characters; questions are capped well below that upstream.
          value: clip(options.shareQuestion, 1900),
        },
      ],
    });
  }

  // Figures (as fields) then sections, each while the message stays inside Slack's block and size limits.
  const content: { block: KnownBlock; clipped: boolean }[] = [];
  for (let i = 0; i < answer.figures.length; i += MAX_FIELDS) {
    const fields = answer.figures.slice(i, i + MAX_FIELDS).map((f) => {
      const text = `*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}${f.period ? ` (${escapeMrkdwn(f.period)})` : ""}`;
      return { field: mrkdwn(text, MAX_FIELD_CHARS), clipped: text.length > MAX_FIELD_CHARS };
    });
    content.push({
      block: { type: "section", fields: fields.map((f) => f.field) },
      clipped: fields.some((f) => f.clipped),
    });
  }
  for (const section of answer.sections) {
    const body = `*${escapeMrkdwn(section.heading)}*\n${section.lines.map((l) => `• ${escapeMrkdwn(l)}`).join("\n")}`;
    content.push({ block: { type: "section", text: mrkdwn(body) }, clipped: body.length > MAX_SECTION_CHARS });
  }
  let trimmed = answer.summary.length > MAX_SECTION_CHARS;
  let used = JSON.stringify(blocks).length + JSON.stringify(tail).length + 200;
  for (const { block, clipped } of content) {
    const size = JSON.stringify(block).length;
    if (blocks.length + tail.length + 2 > MAX_BLOCKS || used + size > MAX_TOTAL_CHARS) {
      trimmed = true;
      break;
    }
    blocks.push(block);
    used += size;
    trimmed ||= clipped;
  }
  if (trimmed)
    tail.unshift({
      type: "context",
      elements: [mrkdwn("_Answer shortened to fit Slack: ask a narrower question for the rest._")],
    });
  return { text: clip(escapeMrkdwn(renderPlainText(answer)), MAX_FALLBACK_CHARS), blocks: [...blocks, ...tail] };
}
