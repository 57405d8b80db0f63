import { describe, expect, it } from "vitest";
import { capContext, sharedContext } from "../../src/conversation/store";
import type { ConversationContext } from "../../src/intent/understand";
import { bot } from "../helpers";

/** The contexts a conversation leaves after each of its turns, as `bot.reply` makes them. */
function contextsOf(turns: readonly string[]): ConversationContext[] {
  const contexts: ConversationContext[] = [];
  let context: ConversationContext | undefined;
  for (const turn of turns) {
    context = bot.reply(turn, context).context;
    contexts.push(context);
  }
  return contexts;
}

/** What a context is after a trip through storage (JSON in a row, read back). */
const stored = (context: ConversationContext) => sharedContext(JSON.parse(JSON.stringify(context)));

describe("capContext", () => {
  it("turns anything that is not a context into an empty one", () => {
    expect(capContext(null)).toEqual({ roles: [] });
    expect(capContext("x")).toEqual({ roles: [] });
    expect(capContext({ roles: [1, "a"], topics: [{ nope: 1 }] })).toEqual({ roles: ["a"], topics: [] });
  });

  it("keeps every field a turn leaves for the next one, so a stored conversation goes on as an unstored one", () => {
    const conversations = [
      ["which pays more, lead ml architect or nlp research scientist?", "and in Madrid?"],
      ["lead ml architect salary?", "and entry level?", "which pays more?"],
      ["what do the top 1% of lead ml architects make?"],
      ["which role needs the most experience", "and which needs the least?"],
      ["I have a master's and 4 years of python, which role fits me?", "what about the skills for it?"],
    ];
    const contexts = conversations.flatMap(contextsOf);
    // Each field the bot keeps, met at least once, so a field dropped by storage fails here.
    const fields = new Set(contexts.flatMap((c) => Object.keys(c).filter((k) => c[k as keyof typeof c] !== undefined)));
    expect([...fields].sort()).toEqual(
      ["earlier", "facet", "focus", "intent", "order", "place", "profile", "roles", "topics", "verdict"].sort(),
    );
    for (const context of contexts) {
      const { profile: _profile, ...shared } = context;
      expect(stored(context)).toEqual(shared);
    }
  });

  it("drops a verdict or an order it does not know, and roles that are not strings", () => {
    expect(capContext({ roles: ["a"], verdict: "cheapest", order: "by_vibes", earlier: [3, "b"] })).toEqual({
      roles: ["a"],
      earlier: ["b"],
    });
  });

  it("a ranking asked again from the other end works after the context was stored", () => {
    const [asked] = contextsOf(["which role needs the most experience"]);
    const reply = bot.reply("and which needs the least?", stored(asked as ConversationContext));
    expect(reply.answer.intent).toBe("qualifications");
    expect(reply.answer.roles[0]).toBe("entry-level-ai-engineer");
  });
});
