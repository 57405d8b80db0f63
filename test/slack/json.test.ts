import { describe, expect, it } from "vitest";
import { rememberJson, toJson } from "../../adapters/slack/json";
import { renderSlackMessage } from "../../adapters/slack/render";
import type { Answer } from "../../src/answer/types";
import { bot } from "../helpers";

/** The body /career acknowledges with, as career-command.ts builds it. */
const ackBody = (answer: Answer, question: string) => ({
  response_type: "ephemeral",
  ...renderSlackMessage(answer, {
    shareQuestion: question,
    shareContext: { roles: ["lead-ml-architect"], intent: "salary" },
    feedbackId: "0123456789abcdef",
  }),
});

/** The five-part answer, every part far past what one Slack message takes: its blocks are trimmed. */
function oversized(): Answer {
  const answer = bot.reply("lead ml architect: duties, skills, salary, education, and career path?").answer;
  const parts = (answer.parts ?? [answer]).map((part, i) => ({
    ...part,
    summary: `Part ${i} "quoted" \\ ${"s".repeat(3000)}`,
    sections: Array.from({ length: 20 }, (_, j) => ({ heading: `Section ${j}`, lines: ["x\ty\n".repeat(300)] })),
  }));
  return { ...parts[0], parts } as Answer;
}

describe("an acknowledgement's JSON reuses the blocks' JSON made while rendering", () => {
  it.each([
    "lead ml architect salary",
    "compare nlp and multimodal",
    "thanks!",
    "which role fits me? I have a PhD in computer vision 👀",
    "lead ml architect: duties, skills, salary, education, and career path?",
  ])("is JSON.stringify's, byte for byte: %s", (question) => {
    const body = ackBody(bot.answer(question), question);
    expect(toJson(body)).toBe(JSON.stringify(body));
  });

  it("is JSON.stringify's for a trimmed message too (the 'shortened' notice included)", () => {
    const body = ackBody(oversized(), "everything");
    expect(JSON.stringify(body.blocks)).toContain("Answer shortened to fit Slack");
    expect(toJson(body)).toBe(JSON.stringify(body));
  });

  it("keeps the rendered blocks from changing under their JSON", () => {
    const { blocks } = renderSlackMessage(bot.answer("nlp skills"));
    expect(Object.isFrozen(blocks)).toBe(true);
    expect(() => blocks.push({ type: "divider" })).toThrow(TypeError);
  });

  it("is JSON.stringify's for anything else (members left out, toJSON, nesting)", () => {
    const date = new Date(0);
    for (const value of [
      undefined,
      null,
      "text",
      7,
      [1, undefined, "a"],
      { a: undefined, b: () => 1, c: Symbol("s"), d: date, e: { f: [null] }, 'quote"key': 1 },
      { toJSON: () => "custom" },
    ])
      expect(toJson(value)).toBe(JSON.stringify(value));
  });

  it("uses what was remembered, for the value or one of its members", () => {
    const blocks = rememberJson([{ type: "divider" }], "REMEMBERED");
    expect(toJson(blocks)).toBe("REMEMBERED");
    expect(toJson({ text: "t", blocks })).toBe('{"text":"t","blocks":REMEMBERED}');
    expect(toJson({ text: "t", blocks: [...blocks] })).toBe('{"text":"t","blocks":[{"type":"divider"}]}');
  });
});
