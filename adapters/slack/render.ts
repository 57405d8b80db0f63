import type { types } from "@slack/bolt";

type KnownBlock = types.KnownBlock;

import { renderPlainText } from "../../src/answer/plainText";
import type { Answer } from "../../src/answer/types";
import { capContext, isEmptyContext } from "../../src/conversation/store";
import type { ConversationContext } from "../../src/intent/understand";
import { rememberJson } from "./json";

// Slack's limits (api.slack.com/reference/block-kit/blocks), kept well inside.
const MAX_BLOCKS = 45;
const MAX_SECTION_CHARS = 2900;
const MAX_HEADER_CHARS = 150;
const MAX_FIELDS = 10;
const MAX_FIELD_CHARS = 1900;
/** Messages near 13k characters of blocks fail with msg_blocks_too_long. */
const MAX_TOTAL_CHARS = 11_000;
const MAX_FALLBACK_CHARS = 3000;
/** What every part's summary may take together: the headers and summaries are always shown, so they must fit. */
const MAX_SUMMARIES_CHARS = 6000;

export const SHARE_ACTION_ID = "share_answer";
/** Follow-up buttons: `careerbot.followup.0`, `.1`...: unique within a message, matched by FOLLOW_UP_ACTION. */
export const FOLLOW_UP_ACTION_PREFIX = "careerbot.followup";
export const FOLLOW_UP_ACTION = /^careerbot\.followup\.\d+$/;
const MAX_FOLLOW_UP_BUTTONS = 5;
/** Rating buttons: `careerbot.feedback.up` and `.down`, their value the answer's feedback id. */
export const FEEDBACK_ACTION_PREFIX = "careerbot.feedback";
export const FEEDBACK_ACTION = /^careerbot\.feedback\.(up|down)$/;
/** Slack's limits for a button: 75 characters of text, 2,000 of value. */
const MAX_BUTTON_TEXT = 75;
const MAX_BUTTON_VALUE = 1900;

/**
 * Escapes the three characters Slack treats as markup, which disarms <!channel>, <!here>, <@U...> and
 * <!subteam^...>. Applied to every string we put in mrkdwn, user text or not.
 */
export function escapeMrkdwn(text: string): string {
  // Most text has none of them: one test instead of three replaces (this runs on every line of every answer).
  return MRKDWN_MARKUP.test(text) ? text.replace(/[&<>]/g, (c) => MRKDWN_ESCAPES[c] ?? c) : text;
}
const MRKDWN_MARKUP = /[&<>]/;
const MRKDWN_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const mrkdwn = (text: string, max = MAX_SECTION_CHARS) => ({ type: "mrkdwn" as const, text: clip(text, max) });

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export interface SlackRenderOptions {
  /** Adds a "Share in channel" button that posts this question's answer (see shareValue). */
  shareQuestion?: string;
  /** The conversation context the question was answered in, so the shared answer is the same one. */
  shareContext?: ConversationContext;
  /** Adds 👍/👎 buttons rating the answer recorded under this id (src/feedback). */
  feedbackId?: string;
}

/**
 * What the Share button carries: the question alone, or with the context it was answered in (JSON), so a shared
 * follow-up ("what about the salary?") answers as it did. Within a button value's 2,000 characters.
 */
export function shareValue(question: string, context?: ConversationContext, feedbackId?: string): string {
  const q = clip(question, MAX_BUTTON_VALUE);
  // The shared copy's rating buttons rate the same answer: its feedback id travels along.
  const a = feedbackId ? { a: feedbackId } : {};
  if (isEmptyContext(context)) return feedbackId ? JSON.stringify({ q, ...a }) : q;
  const full = JSON.stringify({ q, c: context, ...a });
  if (full.length <= MAX_BUTTON_VALUE) return full;
  const { roles, intent, focus, facet } = context as ConversationContext;
  const brief = JSON.stringify({ q, c: { roles, intent, focus, facet }, ...a });
  return brief.length <= MAX_BUTTON_VALUE ? brief : q;
}

/** The question, context and feedback id a Share button carries; a plain value is a question on its own. */
export function parseShareValue(value: string): {
  question: string;
  context?: ConversationContext;
  feedbackId?: string;
} {
  if (value.startsWith('{"q":')) {
    try {
      const parsed = JSON.parse(value) as { q?: unknown; c?: unknown; a?: unknown };
      if (typeof parsed.q === "string")
        return {
          question: parsed.q,
          context: capContext(parsed.c),
          ...(typeof parsed.a === "string" && parsed.a.length <= 64 ? { feedbackId: parsed.a } : {}),
        };
    } catch {}
  }
  return { question: value };
}

/** 👍 and 👎, rating the answer recorded under `feedbackId`. */
export function feedbackButtons(feedbackId: string): KnownBlock {
  const button = (vote: "up" | "down", emoji: string, label: string) => ({
    type: "button" as const,
    action_id: `${FEEDBACK_ACTION_PREFIX}.${vote}`,
    text: { type: "plain_text" as const, text: emoji, emoji: true },
    value: feedbackId,
    accessibility_label: label,
  });
  return {
    type: "actions",
    block_id: "careerbot.feedback",
    elements: [button("up", "👍", "Helpful answer"), button("down", "👎", "Not helpful")],
  };
}

/** The follow-up suggestions as buttons; a click asks the button's question (its value). */
export function followUpButtons(followUps: string[]): KnownBlock | undefined {
  const questions = [...new Set(followUps.filter((q) => q.trim() !== ""))].slice(0, MAX_FOLLOW_UP_BUTTONS);
  if (questions.length === 0) return undefined;
  return {
    type: "actions",
    block_id: "careerbot.followups",
    elements: questions.map((q, i) => ({
      type: "button" as const,
      action_id: `${FOLLOW_UP_ACTION_PREFIX}.${i}`,
      // Button text is plain_text: no mrkdwn, so nothing in it can ping anyone.
      text: { type: "plain_text" as const, text: clip(q, MAX_BUTTON_TEXT), emoji: true },
      value: clip(q, MAX_BUTTON_VALUE),
    })),
  };
}

/** A part's header and summary (always shown), then its figures and sections (shown while they fit). */
function partBlocks(
  answer: Answer,
  maxSummary: number,
): { head: KnownBlock[]; content: { block: KnownBlock; clipped: boolean }[] } {
  // Small talk has no title, and Slack rejects an empty header.
  const head: KnownBlock[] = [
    ...(answer.title
      ? [
          {
            type: "header" as const,
            text: { type: "plain_text" as const, text: clip(answer.title, MAX_HEADER_CHARS), emoji: true },
          },
        ]
      : []),
    { type: "section", text: mrkdwn(escapeMrkdwn(answer.summary), maxSummary) },
  ];
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
  return { head, content };
}

/**
 * The answer as Block Kit: header, summary, figures as fields, sections, sources, follow-up buttons, optional share.
 * A message that asked several questions gets each part under its own header, in order, in one message.
 */
export function renderSlackMessage(answer: Answer, options: SlackRenderOptions = {}): SlackMessage {
  const answers = answer.parts ?? [answer];
  // Five long summaries at 2,900 characters each would pass msg_blocks_too_long: several parts share the room.
  const maxSummary = Math.min(MAX_SECTION_CHARS, Math.floor(MAX_SUMMARIES_CHARS / answers.length));
  const parts = answers.map((part) => partBlocks(part, maxSummary));
  const blocks: KnownBlock[] = [];
  const tail: KnownBlock[] = [];
  const figures = answers.flatMap((p) => p.figures);
  if (figures.length > 0) {
    const sources = [...new Set(figures.map((f) => f.source))].join("; ");
    tail.push({ type: "context", elements: [mrkdwn(`Source: ${escapeMrkdwn(sources)}`)] });
  }
  const buttons = followUpButtons(answer.followUps);
  if (buttons) tail.push(buttons);
  if (options.shareQuestion !== undefined) {
    tail.push({
      type: "actions",
      elements: [
        {
          type: "button",
          action_id: SHARE_ACTION_ID,
          text: { type: "plain_text", text: "Share in channel" },
          value: shareValue(options.shareQuestion, options.shareContext, options.feedbackId),
        },
      ],
    });
  }
  if (options.feedbackId) tail.push(feedbackButtons(options.feedbackId));

  // Every part's header and summary, then its figures and sections while the message stays inside Slack's limits.
  // Each block is serialized once: its size counts against the limits, and the acknowledgement carrying the message
  // reuses the JSON (json.ts) instead of serializing it all again.
  const heads = parts.flatMap((p) => p.head);
  const headJson = parts.map((p) => p.head.map((block) => JSON.stringify(block)));
  const tailJson = tail.map((block) => JSON.stringify(block));
  let trimmed = answers.some((p) => escapeMrkdwn(p.summary).length > maxSummary);
  // JSON.stringify(heads).length + JSON.stringify(tail).length, from the blocks' own JSON.
  let used = listLength(headJson.flat()) + listLength(tailJson) + 200;
  let room = heads.length + tail.length + 2 <= MAX_BLOCKS;
  const pieces: string[] = [];
  parts.forEach(({ head, content }, i) => {
    if (i > 0) {
      blocks.push({ type: "divider" });
      pieces.push(DIVIDER_JSON);
    }
    blocks.push(...head);
    pieces.push(...(headJson[i] ?? []));
    for (const { block, clipped } of content) {
      const json = JSON.stringify(block);
      const size = json.length;
      const laterHeads = parts.slice(i + 1).reduce((n, p) => n + p.head.length + 1, 0);
      if (!room || blocks.length + laterHeads + tail.length + 2 > MAX_BLOCKS || used + size > MAX_TOTAL_CHARS) {
        trimmed = true;
        room = false;
        break;
      }
      blocks.push(block);
      pieces.push(json);
      used += size;
      trimmed ||= clipped;
    }
  });
  if (trimmed) {
    tail.unshift(shortenedNotice());
    tailJson.unshift(SHORTENED_JSON);
  }
  // Frozen: the JSON remembered for it must stay true.
  const all = Object.freeze([...blocks, ...tail]) as KnownBlock[];
  return {
    text: clip(escapeMrkdwn(renderPlainText(answer)), MAX_FALLBACK_CHARS),
    blocks: rememberJson(all, `[${[...pieces, ...tailJson].join(",")}]`),
  };
}

/** The length of the JSON of a list of values, from each value's JSON: `[a,b]`. */
function listLength(json: string[]): number {
  return json.length === 0 ? 2 : json.reduce((n, item) => n + item.length, 0) + json.length + 1;
}

const DIVIDER_JSON = JSON.stringify({ type: "divider" });
const shortenedNotice = (): KnownBlock => ({
  type: "context",
  elements: [mrkdwn("_Answer shortened to fit Slack: ask a narrower question for the rest._")],
});
const SHORTENED_JSON = JSON.stringify(shortenedNotice());
