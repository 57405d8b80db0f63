import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PLATFORMS } from "../../adapters";
import { loadConfig, optional } from "../../src/config";
import { configuredPlatforms, definePlatform } from "../../src/platform";
import { stripChatMarkup, useMentionSyntaxes } from "../../src/text/normalize";

/** A third platform, as a new adapter would register itself: no core file names it. */
const matrix = definePlatform<{ token: string }>({
  name: "matrix",
  configSchema: z.object({ MATRIX_TOKEN: optional }),
  settings: (env) => (env.MATRIX_TOKEN ? { token: String(env.MATRIX_TOKEN) } : undefined),
  mentionPatterns: [/\[\[user:[a-z0-9]+\]\]/],
  start: async () => ({}),
  poster: async () => ({ platform: "matrix" as never, post: async () => {} }),
});

describe("the platform registry", () => {
  it("registers Slack and Discord in adapters/index.ts", () => {
    expect(PLATFORMS.map((p) => p.name)).toEqual(["slack", "discord"]);
  });

  it("starts only configured platforms, validating each one's variables with its own schema", () => {
    const registry = [...PLATFORMS, matrix];
    const env = { MATRIX_TOKEN: "m", DISCORD_TOKEN: "d" };
    expect(configuredPlatforms(registry, loadConfig(env), env).map((p) => p.adapter.name)).toEqual([
      "discord",
      "matrix",
    ]);
    expect(configuredPlatforms(registry, loadConfig({}), {})).toEqual([]);
  });

  it("strips the mention markup of the registered platforms, and only theirs", () => {
    expect(stripChatMarkup("<@U012ABC> salary <@!1234> <#C1|general> [[user:bob]]")).toBe("salary [[user:bob]]");
    try {
      useMentionSyntaxes([...PLATFORMS, matrix].flatMap((p) => p.mentionPatterns));
      expect(stripChatMarkup("[[user:bob]] salary <@U1>")).toBe("salary");
    } finally {
      useMentionSyntaxes(PLATFORMS.flatMap((p) => p.mentionPatterns));
    }
  });
});
