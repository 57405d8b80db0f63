import { PassThrough } from "node:stream";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { runConsole } from "../../adapters/console/shell";
import { loadConfig } from "../../src/config";
import { Conversations, FORGET_FAILED_TEXT } from "../../src/conversation/conversations";
import {
  AlreadyHandledError,
  type ConversationStore,
  MAX_CONTEXT_BYTES,
  MAX_PROFILE_BYTES,
  MemoryConversationStore,
  type SharedContext,
} from "../../src/conversation/store";
import type { ConversationContext } from "../../src/intent/understand";
import { openStore, type Store } from "../../src/store";
import { SqliteConversationStore } from "../../src/store/conversations";
import { type Db, openDatabase } from "../../src/store/database";
import { bot } from "../helpers";
import { freshPostgresDatabase } from "../pg";
import { tempDatabase } from "../tempDir";

const TTL = 30 * 60_000;
const ctx = (roles: string[]): ConversationContext => ({ roles, intent: "salary" });
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

const stores: Store[] = [];
afterAll(async () => {
  for (const store of stores.splice(0)) await store.close();
});

const implementations: [string, (now: () => number) => Promise<ConversationStore>][] = [
  ["memory", async (now) => new MemoryConversationStore({ ttlMs: TTL, now })],
  [
    "sqlite",
    async (now) => {
      const db = openDatabase(":memory:");
      dbs.push(db);
      return new SqliteConversationStore(db, { ttlMs: TTL, now });
    },
  ],
  [
    // A real PostgreSQL (test/setup/postgres.global.ts), a fresh database each time.
    "postgres",
    async (now) => {
      const store = await openStore({ DATABASE_PATH: "unused.db", DATABASE_URL: await freshPostgresDatabase("conv") });
      stores.push(store);
      return store.conversations({ ttlMs: TTL, now });
    },
  ],
];

describe.each(implementations)("conversation store (%s)", (_name, make) => {
  it("keeps a context per key, and deletes it", async () => {
    const store = await make(() => 1_000);
    await store.set("k1", "u1", ctx(["a"]));
    await store.set("k2", "u2", ctx(["b"]));
    expect(await store.get("k1")).toEqual(ctx(["a"]));
    expect(await store.get("k2")).toEqual(ctx(["b"]));
    await store.delete("k1");
    expect(await store.get("k1")).toBeUndefined();
    expect(await store.get("k2")).toEqual(ctx(["b"]));
  });

  it("expires an idle conversation after the TTL: deleted when read, and by a sweep", async () => {
    let now = 0;
    const store = await make(() => now);
    await store.set("idle", "u1", ctx(["a"]));
    await store.set("busy", "u1", ctx(["b"]));
    now = TTL - 1;
    await store.set("busy", "u1", ctx(["c"])); // used again: its clock restarts
    expect(await store.get("idle")).toEqual(ctx(["a"]));
    now = TTL;
    expect(await store.get("idle")).toBeUndefined();
    await store.set("other", "u2", ctx(["d"]));
    now = 2 * TTL;
    expect(await store.sweep()).toBe(2); // busy and other
    expect(await store.get("busy")).toBeUndefined();
    expect(await store.sweep()).toBe(0);
  });

  it("getTurn reads a conversation and a profile together, as get and getProfile do, expiry included", async () => {
    let now = 0;
    const store = await make(() => now);
    expect(await store.getTurn("k", "u1")).toEqual({ shared: undefined, profile: undefined });
    await store.set("k", "u1", ctx(["a"]));
    expect(await store.getTurn("k", "u1")).toEqual({ shared: ctx(["a"]), profile: undefined });
    await store.setProfile("u2", { skills: [], interests: [], years: 3 });
    expect(await store.getTurn("k", "u2")).toEqual({
      shared: ctx(["a"]),
      profile: { skills: [], interests: [], years: 3 },
    });
    expect(await store.getTurn("other", "u2")).toEqual({
      shared: undefined,
      profile: { skills: [], interests: [], years: 3 },
    });
    now = TTL - 1;
    await store.set("k", "u1", ctx(["b"])); // the conversation is used again, the profile is not
    now = TTL;
    expect(await store.getTurn("k", "u2")).toEqual({ shared: ctx(["b"]), profile: undefined });
    now = 2 * TTL;
    expect(await store.getTurn("k", "u2")).toEqual({ shared: undefined, profile: undefined });
    // Expired rows were deleted when read, not only hidden.
    expect(await store.sweep()).toBe(0);
  });

  it("forgetUser ends the person's own conversations and the shared ones they were last in, and nothing else", async () => {
    const store = await make(() => 5);
    await store.set("slack:T1:thread:C1:1", "slack:T1:U1", ctx(["a"]));
    await store.set("slack:T1:thread:C1:1", "slack:T1:U2", ctx(["b"])); // a thread with two people
    await store.set("slack:T1:thread:C1:2", "slack:T1:U1", ctx(["e"])); // a thread with U1 alone
    await store.set("slack:T1:C1:U1", "slack:T1:U1", ctx(["c"]));
    await store.set("slack:T1:C1:U2", "slack:T1:U2", ctx(["d"]));
    await store.setProfile("slack:T1:U1", { skills: [], interests: [], years: 7 });
    await store.setProfile("slack:T1:U2", { skills: [], interests: [], years: 2 });
    await store.alias("discord:msg:9", "slack:T1:C1:U1");
    expect(await store.forgetUser("slack:T1:U1")).toEqual({ ended: 2, left: 1, profile: true });
    expect(await store.get("slack:T1:thread:C1:1")).toEqual(ctx(["b"])); // U2 is still in it
    expect(await store.get("slack:T1:thread:C1:2")).toBeUndefined();
    expect(await store.get("slack:T1:C1:U1")).toBeUndefined();
    expect(await store.resolveAlias("discord:msg:9")).toBeUndefined();
    expect(await store.getProfile("slack:T1:U1")).toBeUndefined();
    expect(await store.get("slack:T1:C1:U2")).toEqual(ctx(["d"]));
    expect(await store.getProfile("slack:T1:U2")).toEqual({ skills: [], interests: [], years: 2 });
    expect(await store.forgetUser("slack:T1:U1")).toEqual({ ended: 0, left: 0, profile: false });
    // U2, the thread's last participant, ends it.
    expect(await store.forgetUser("slack:T1:U2")).toEqual({ ended: 2, left: 0, profile: true });
  });

  it("a conversation made for one person ends with their forget me, even when others joined it", async () => {
    const store = await make(() => 5);
    await store.set("discord:C1:111", "discord:111", ctx(["a"]));
    await store.set("discord:C1:111", "discord:222", ctx(["b"])); // 222 replied to 111's answer
    expect(await store.forgetUser("discord:222")).toEqual({ ended: 0, left: 1, profile: false });
    expect(await store.get("discord:C1:111")).toEqual(ctx(["b"]));
    await store.set("discord:C1:111", "discord:222", ctx(["c"]));
    expect(await store.forgetUser("discord:111")).toEqual({ ended: 1, left: 0, profile: false });
    expect(await store.get("discord:C1:111")).toBeUndefined();
  });

  it("keeps profiles per person, apart from any conversation, and never inside a shared context", async () => {
    let now = 0;
    const store = await make(() => now);
    await store.set("k", "u1", { ...ctx(["a"]), profile: { skills: [], interests: [], years: 7 } } as SharedContext);
    expect(await store.get("k")).toEqual(ctx(["a"]));
    await store.setProfile("u1", { skills: [], interests: [], degree: "phd" });
    expect(await store.getProfile("u1")).toEqual({ skills: [], interests: [], degree: "phd" });
    expect(await store.getProfile("u2")).toBeUndefined();
    // Too big to be a real profile: not kept (the previous one stays).
    await store.setProfile("u1", { skills: [], interests: [], background: "x".repeat(MAX_PROFILE_BYTES) });
    expect(await store.getProfile("u1")).toEqual({ skills: [], interests: [], degree: "phd" });
    now = TTL; // idle past the TTL, like a conversation
    expect(await store.getProfile("u1")).toBeUndefined();
    await store.setProfile("u3", { skills: [], interests: [], years: 1 });
    now = 2 * TTL;
    expect(await store.sweep()).toBe(2); // the conversation k and the profile u3
    await store.setProfile("u4", { skills: [], interests: [], years: 1 });
    await store.deleteProfile("u4");
    expect(await store.getProfile("u4")).toBeUndefined();
  });

  it("saveTurn writes a turn's conversation and profile together; null deletes, a field left out stays", async () => {
    const store = await make(() => 5);
    const years = { skills: [], interests: [], years: 7 };
    await store.saveTurn("k", "u1", { context: ctx(["a"]), profile: years });
    expect(await store.get("k")).toEqual(ctx(["a"]));
    expect(await store.getProfile("u1")).toEqual(years);
    await store.saveTurn("k", "u1", { context: ctx(["b"]) });
    expect(await store.getProfile("u1")).toEqual(years);
    await store.saveTurn("k", "u1", { profile: null });
    expect(await store.get("k")).toEqual(ctx(["b"]));
    expect(await store.getProfile("u1")).toBeUndefined();
    await store.saveTurn("k", "u1", { context: null, profile: years });
    expect(await store.get("k")).toBeUndefined();
    expect(await store.getProfile("u1")).toEqual(years);
  });

  it("forgetPrefix deletes a workspace's conversations, participants and profiles, and only that workspace's", async () => {
    const store = await make(() => 5);
    await store.set("slack:T1:C1:U1", "slack:T1:U1", ctx(["a"]));
    await store.set("slack:T1:thread:C1:1", "slack:T1:U2", ctx(["b"]));
    await store.set("slack:T10:C1:U1", "slack:T10:U1", ctx(["c"]));
    await store.setProfile("slack:T1:U1", { skills: [], interests: [], years: 7 });
    await store.setProfile("slack:T10:U1", { skills: [], interests: [], years: 3 });
    expect(await store.forgetPrefix("slack:T1:")).toBe(3);
    expect(await store.get("slack:T1:C1:U1")).toBeUndefined();
    expect(await store.get("slack:T1:thread:C1:1")).toBeUndefined();
    expect(await store.getProfile("slack:T1:U1")).toBeUndefined();
    expect(await store.get("slack:T10:C1:U1")).toEqual(ctx(["c"]));
    expect(await store.getProfile("slack:T10:U1")).toEqual({ skills: [], interests: [], years: 3 });
  });

  it("aliases lead to a live conversation only", async () => {
    let now = 0;
    const store = await make(() => now);
    await store.alias("m0", "nobody"); // no such conversation: ignored
    expect(await store.resolveAlias("m0")).toBeUndefined();
    await store.set("k", "u", ctx(["a"]));
    await store.alias("m1", "k");
    expect(await store.resolveAlias("m1")).toBe("k");
    now = TTL;
    expect(await store.resolveAlias("m1")).toBeUndefined();
  });

  it("caps what one key holds", async () => {
    const store = await make(() => 0);
    const huge = {
      roles: Array.from({ length: 100 }, (_, i) => `role-${i}`),
      intent: "salary",
      topics: Array.from({ length: 50 }, (_, i) => ({ kind: "trend", id: `t${i}`, score: 1 })),
    } as unknown as SharedContext;
    await store.set("big", "u", huge);
    const kept = await store.get("big");
    expect(Buffer.byteLength(JSON.stringify(kept))).toBeLessThanOrEqual(MAX_CONTEXT_BYTES);
    expect(kept?.roles).toHaveLength(5);
    expect(kept?.topics?.length ?? 0).toBeLessThanOrEqual(3);
  });
});

describe.each(implementations.filter(([name]) => name !== "memory"))("event claims (%s)", (_name, make) => {
  it("a turn whose claim was made before writes nothing and rejects with AlreadyHandledError", async () => {
    const store = await make(() => 5);
    const claim = { key: "event:Ev1", ttlMs: 60_000 };
    await store.saveTurn("k", "u1", { context: ctx(["a"]), profile: { skills: [], interests: [], years: 7 }, claim });
    await expect(
      store.saveTurn("k2", "u2", { context: ctx(["b"]), profile: { skills: [], interests: [], years: 2 }, claim }),
    ).rejects.toBeInstanceOf(AlreadyHandledError);
    expect(await store.get("k2")).toBeUndefined();
    expect(await store.getProfile("u2")).toBeUndefined();
    await expect(store.forgetUser("u1", claim)).rejects.toBeInstanceOf(AlreadyHandledError);
    expect(await store.getProfile("u1")).toEqual({ skills: [], interests: [], years: 7 });
    expect(await store.forgetUser("u1", { key: "event:Ev2", ttlMs: 60_000 })).toEqual({
      ended: 1,
      left: 0,
      profile: true,
    });
  });
});

describe("SQLite conversation store across a restart", () => {
  it("keeps a conversation when the file is reopened, and expires it after the TTL", async () => {
    const path = tempDatabase();
    let now = 1_000_000;
    const first = openDatabase(path);
    await new SqliteConversationStore(first, { ttlMs: TTL, now: () => now }).set("k", "u", ctx(["nlp"]));
    first.close();
    const second = openDatabase(path);
    dbs.push(second);
    const reopened = new SqliteConversationStore(second, { ttlMs: TTL, now: () => now });
    expect(await reopened.get("k")).toEqual(ctx(["nlp"]));
    now += TTL;
    expect(await reopened.get("k")).toBeUndefined();
    expect(second.prepare("SELECT count(*) AS n FROM conversations").get()).toEqual({ n: 0 });
    expect(second.prepare("SELECT count(*) AS n FROM conversation_users").get()).toEqual({ n: 0 });
  });
});

describe("Conversations service", () => {
  const salaryOf = (answer: { intent: string; roles: string[] }) => [answer.intent, answer.roles];

  it("answers a follow-up with the conversation's context, and only that conversation's", async () => {
    const conversations = new Conversations(bot, new MemoryConversationStore());
    await conversations.ask("a", "u1", "tell me about the nlp research scientist role");
    await conversations.ask("b", "u2", "tell me about the lead ml architect role");
    expect(salaryOf(await conversations.ask("a", "u1", "what about the salary?"))).toEqual([
      "salary",
      ["nlp-research-scientist"],
    ]);
    expect(salaryOf(await conversations.ask("b", "u2", "what about the salary?"))).toEqual([
      "salary",
      ["lead-ml-architect"],
    ]);
    const fresh = await conversations.ask("c", "u1", "what about the salary?");
    expect(fresh.roles).not.toEqual(["nlp-research-scientist"]);
  });

  it("start over clears the conversation; forget me deletes the user's profile and own conversations", async () => {
    const store = new MemoryConversationStore();
    const conversations = new Conversations(bot, store);
    await conversations.ask("a", "u1", "tell me about the nlp research scientist role");
    await conversations.ask("a", "u1", "start over");
    expect(await store.get("a")).toBeUndefined();
    await conversations.ask("a", "u1", "tell me about the nlp research scientist role");
    await conversations.ask("b", "u1", "I know python and pytorch");
    await conversations.ask("c", "u2", "tell me about the lead ml architect role");
    expect(store.profileCount()).toBe(2);
    const answer = await conversations.ask("a", "u1", "forget me");
    expect(answer.summary).toMatch(/deleted everything/);
    expect(store.size()).toBe(1);
    expect(store.profileCount()).toBe(1); // u2's
    expect(await store.get("c")).toBeDefined();
  });

  it("a profile follows its person, never the conversation: B in A's thread is answered from B's alone", async () => {
    const store = new MemoryConversationStore();
    const conversations = new Conversations(bot, store);
    await conversations.ask(
      "thread",
      "a",
      "I have 7 years as a data scientist and a phd, tell me about the nlp research scientist role",
    );
    const aliceProfile = await store.getProfile("a");
    expect(aliceProfile).toMatchObject({ years: 7, degree: "phd" });
    const turn = await conversations.turn("thread", "b", "which role fits me?");
    expect(turn.asked?.profile).toBeUndefined();
    expect(turn.asked?.roles).toEqual(["nlp-research-scientist"]);
    await conversations.ask("thread", "b", "I have a master's degree");
    expect(await store.getProfile("a")).toEqual(aliceProfile);
    expect(await store.getProfile("b")).toMatchObject({ degree: "master" });
    expect(JSON.stringify(await store.get("thread"))).not.toMatch(/master|phd|years/);
  });

  it("never claims a deletion that failed", async () => {
    const store = new MemoryConversationStore();
    store.forgetUser = async () => {
      throw new Error("disk full");
    };
    const answer = await new Conversations(bot, store).ask("a", "u1", "forget me");
    expect(answer.summary).toBe(FORGET_FAILED_TEXT);
  });

  it("keeps questions of one key in order, even when they arrive together", async () => {
    const conversations = new Conversations(bot, new MemoryConversationStore());
    const [, second] = await Promise.all([
      conversations.ask("a", "u1", "tell me about the nlp research scientist role"),
      conversations.ask("a", "u1", "what about the salary?"),
    ]);
    expect(salaryOf(second)).toEqual(["salary", ["nlp-research-scientist"]]);
  });
});

describe("CONVERSATION_TTL", () => {
  it("defaults to 30 minutes and takes a duration with its unit", () => {
    expect(loadConfig({}).CONVERSATION_TTL).toBe(30 * 60_000);
    expect(loadConfig({ CONVERSATION_TTL: "2h" }).CONVERSATION_TTL).toBe(2 * 3_600_000);
    expect(loadConfig({ CONVERSATION_TTL: "90s" }).CONVERSATION_TTL).toBe(90_000);
    expect(() => loadConfig({ CONVERSATION_TTL: "30" })).toThrow(/CONVERSATION_TTL/);
    expect(() => loadConfig({ CONVERSATION_TTL: "1s" })).toThrow(/CONVERSATION_TTL/);
  });
});

describe("console", () => {
  it("numbers the suggestions, asks one by its number, and keeps the session's context", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = "";
    output.on("data", (chunk) => {
      text += String(chunk);
    });
    const done = runConsole(bot, input, output);
    input.end("tell me about the nlp research scientist role\n1\nwhat about the salary?\n");
    await done;
    expect(text).toMatch(/Try:\n {2}1\) /);
    const first = /Try:\n {2}1\) (.+)/.exec(text)?.[1];
    expect(text).toContain(`> ${first}`);
    expect(text).toContain("Salary: NLP Research Scientist");
  });
});
