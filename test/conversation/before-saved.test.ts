import { describe, expect, it } from "vitest";
import { Conversations } from "../../src/conversation/conversations";
import { MemoryConversationStore, type TurnWrite } from "../../src/conversation/store";
import { bot } from "../helpers";

/** A memory store whose writes wait until released, recording what happened in order. */
function gatedStore() {
  const store = new MemoryConversationStore();
  const events: string[] = [];
  const gates: (() => void)[] = [];
  const gate = (name: string) =>
    new Promise<void>((resolve) => {
      events.push(`${name} started`);
      gates.push(() => {
        events.push(`${name} saved`);
        resolve();
      });
    });
  const saveTurn = store.saveTurn.bind(store);
  store.saveTurn = async (key: string, userId: string, write: TurnWrite) => {
    await gate(`set ${key}`);
    await saveTurn(key, userId, write);
  };
  const forgetUser = store.forgetUser.bind(store);
  store.forgetUser = async (userId: string) => {
    await gate(`forget ${userId}`);
    return forgetUser(userId);
  };
  return { store, events, release: () => gates.shift()?.() };
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((r) => setImmediate(r));
};

describe("Conversations.turn with beforeSaved (the /career acknowledgement)", () => {
  it("answers before the context is saved, and the next question of the key waits for that save", async () => {
    const { store, events, release } = gatedStore();
    const conversations = new Conversations(bot, store);
    const first = await conversations.turn("k", "u", "tell me about the nlp research scientist role", {
      beforeSaved: true,
    });
    expect(first.answer.roles).toEqual(["nlp-research-scientist"]);
    expect(events).toEqual(["set k started"]);
    let second: Awaited<ReturnType<Conversations["turn"]>> | undefined;
    const asking = conversations.turn("k", "u", "what about the salary?", { beforeSaved: true }).then((t) => {
      second = t;
    });
    // Held until the first context is saved: the order below shows it read nothing before that.
    release();
    await asking;
    // The follow-up was answered in the context the first question left, saved before it was read.
    expect(events).toEqual(["set k started", "set k saved", "set k started"]);
    expect(second?.answer.intent).toBe("salary");
    expect(second?.answer.roles).toEqual(["nlp-research-scientist"]);
    release();
  });

  it("still waits for the store to answer forget me", async () => {
    const { store, events, release } = gatedStore();
    const conversations = new Conversations(bot, store);
    let done = false;
    const forgetting = conversations.turn("k", "u", "forget me", { beforeSaved: true }).then((t) => {
      done = true;
      return t;
    });
    await until(() => events.length === 1);
    expect(done).toBe(false);
    release();
    expect((await forgetting).answer.summary).not.toContain("could not delete");
    expect(events).toEqual(["forget u started", "forget u saved"]);
  });
});
