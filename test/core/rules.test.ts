import { describe, expect, it } from "vitest";
import { createCareerBot } from "../../src/bot";
import { loadCareerData } from "../../src/data/load";
import { type ConversationContext, Understander } from "../../src/intent/understand";

const data = loadCareerData();
const understander = new Understander(data);
const bot = createCareerBot(data);

describe("the rules of understanding, in their order", () => {
  it("names each rule once", () => {
    const names = understander.rules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(understander.rules.map((r) => [r.name, r.example] as const))(
    "%s decides its own example",
    (name, example) => {
      let context: ConversationContext | undefined;
      for (const turn of example.slice(0, -1)) context = bot.reply(turn, context).context;
      expect(understander.understand(example.at(-1) ?? "", context).rule).toBe(name);
    },
  );
});
