import { describe, expect, it } from "vitest";
import { JobAdMatcher } from "../../src/intent/jobAds";
import { bot } from "../helpers";

describe("a pasted job ad, placed among the guide's roles", () => {
  const matcher = new JobAdMatcher(bot.data);
  const research =
    'saw this: "Requirements: PhD in CS, strong Python/C++, publications at top-tier venues, vision-language and audio models"';
  const lead =
    'our req says "5+ yrs in software/data/ML engineering, 2+ yrs technical leadership, MLOps, mentor a team of data scientists"';

  it.each([
    [research, "which role in the guide is this closest to?", "multimodal-ai-research-scientist"],
    [lead, "which role is this?", "lead-ml-architect"],
  ])("%s / %s: %s", (message, question, role) => {
    expect(matcher.roleOfAd(message, question)).toBe(role);
  });

  it("places nothing without a quoted ad or without the question", () => {
    expect(matcher.roleOfAd("which role in the guide is this closest to?", "which role is this closest to?")).toBe(
      undefined,
    );
    expect(matcher.roleOfAd(research, "what's the salary band?")).toBeUndefined();
  });

  it("answers the ad's role, then what the message asks of it", () => {
    const reply = bot.reply(`${research} which role in the guide is this closest to and what's the salary band?`);
    expect(reply.parts.map((p) => [p.intent, p.roleIds])).toEqual([
      ["overview", ["multimodal-ai-research-scientist"]],
      ["salary", ["multimodal-ai-research-scientist"]],
    ]);
  });
});
