import pg from "pg";
import { describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../adapters/slack";
import { Conversations } from "../../src/conversation/conversations";
import { Feedback } from "../../src/feedback";
import { createLogger } from "../../src/logger";
import { storeRecentKeys } from "../../src/recentKeys";
import { openStore, type Store } from "../../src/store";
import { httpSettings, postSigned, slashCommandBody, startFakeSlack } from "../fakes/slack";
import { bot, until } from "../helpers";
import { freshPostgresDatabase } from "../pg";
import { countedSqliteStores } from "./commitCounter";

/**
 * What the store costs a Slack command or event, over the fake Slack on 127.0.0.1, and PostgreSQL's durability per
 * transaction. The store-only half is in commits.test.ts.
 *
 * With ratings on (as `careerbot start` wires them), an answer costs exactly one commit: the turn's, which carries the
 * event's claim (events), the conversation, the asker's profile and the answer's feedback record (the day's counts
 * and the row the 👍/👎 buttons point to), NORMAL and shared. A /career's commit follows its acknowledgement; an
 * event's precedes its answer, so the row is there before its buttons and nothing is recorded for a claim lost.
 */
const COMMITS_PER_ANSWER = 1;
const silent = createLogger("silent");
const sqliteStore = countedSqliteStores("careerbot-commits-e2e-");

describe("Slack /career: one commit a command, for the conversation and its rating's record", () => {
  it("stores the conversation and the asker's profile in one commit and keeps the trigger id out of the store", async () => {
    const { store, commits } = await sqliteStore();
    const fake = await startFakeSlack();
    const secret = "commits-secret";
    const conversations = new Conversations(bot, store.conversations(), silent);
    const feedback = new Feedback(store.feedback);
    const adapter = createSlackAdapter({
      bot,
      settings: httpSettings(fake.apiUrl, secret),
      log: silent,
      host: "127.0.0.1",
      retries: 0,
      conversations,
      // As `careerbot start` wires it: de-duplication backed by the store.
      recentKeys: storeRecentKeys(store, silent),
      feedback,
    });
    try {
      const { port } = await adapter.start();
      const before = commits();
      const questions = [
        "I have 7 years as a data scientist and a phd, tell me about the nlp research scientist role",
        "and the skills?",
        "trends",
        "nlp skills",
      ];
      for (const [i, text] of questions.entries()) {
        const body = slashCommandBody({ text, triggerId: `t${i}`, responseUrl: fake.responseUrl(`r${i}`) });
        const res = await postSigned(`http://127.0.0.1:${port}/slack/events`, body, { secret });
        expect(res.status).toBe(200);
        expect((JSON.parse(res.body) as { text: string }).text).not.toBe("");
      }
      // The answer goes out before its context is saved: wait for the last save, then count.
      await until(() => commits() - before >= questions.length * COMMITS_PER_ANSWER);
      expect(commits() - before).toBe(questions.length * COMMITS_PER_ANSWER);
      // That commit carries each answer's feedback record: each answer counted once.
      expect(await store.sql.get("SELECT count(*) AS n FROM feedback_answers")).toEqual({ n: questions.length });
      expect(await store.sql.get("SELECT count(*) AS n FROM seen_events")).toEqual({ n: 0 });
      expect(await conversations.store.get("slack:T1:C1:U1")).toMatchObject({ roles: ["nlp-research-scientist"] });
      expect(await conversations.store.getProfile("slack:T1:U1")).toMatchObject({ years: 7, degree: "phd" });
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });
});

describe("Slack events: the event's claim rides in the conversation's commit", () => {
  it("a mention costs one commit, its rating's record included; the same mention on two replicas at once is answered once", async () => {
    const a = await sqliteStore();
    const fake = await startFakeSlack();
    const secret = "events-secret";
    // A second replica: another connection to the same database file.
    const b = await sqliteStore(a.db.name);
    const replica = (store: Store) =>
      createSlackAdapter({
        bot,
        settings: httpSettings(fake.apiUrl, secret),
        log: silent,
        host: "127.0.0.1",
        retries: 0,
        conversations: new Conversations(bot, store.conversations(), silent),
        recentKeys: storeRecentKeys(store, silent),
        feedback: new Feedback(store.feedback),
      });
    const adapters = [replica(a.store), replica(b.store)];
    try {
      const bases = await Promise.all(adapters.map(async (r) => `http://127.0.0.1:${(await r.start()).port}`));
      const mention = (eventId: string, ts: string, text = "nlp skills") =>
        JSON.stringify({
          team_id: "T1",
          api_app_id: "A1",
          type: "event_callback",
          event_id: eventId,
          event: { type: "app_mention", user: "U1", text: `<@UBOT> ${text}`, ts, channel: "C1", event_ts: ts },
        });
      const deliver = (base: string | undefined, body: string) =>
        postSigned(`${base}/slack/events`, body, { secret, contentType: "application/json" });
      const thread = (ts: string) => fake.posts().filter((p) => p.body.thread_ts === ts);

      const before = a.commits();
      const aboutMe = "I have 7 years as a data scientist and a phd, nlp skills";
      expect((await deliver(bases[0], mention("Ev1", "1.1", aboutMe))).status).toBe(200);
      await until(() => thread("1.1").length === 1);
      expect(a.commits() - before).toBe(COMMITS_PER_ANSWER);
      expect(await a.store.sql.get("SELECT key FROM seen_events")).toEqual({ key: "event:Ev1" });
      expect(await a.store.conversations().getProfile("slack:T1:U1")).toMatchObject({ years: 7, degree: "phd" });

      const both = mention("Ev2", "2.2");
      await Promise.all(bases.map((base) => deliver(base, both)));
      await until(() => thread("2.2").length >= 1);
      // An event after it, on each replica: once these are answered, both copies of Ev2 have been handled.
      for (const [i, base] of bases.entries()) {
        expect((await deliver(base, mention(`After${i}`, `3.${i}`))).status).toBe(200);
        await until(() => thread(`3.${i}`).length === 1);
      }
      expect(thread("2.2")).toHaveLength(1);
      // Ev1, Ev2 once and the two after it: the replica that lost Ev2's claim recorded nothing.
      expect(await a.store.sql.get("SELECT count(*) AS n FROM feedback_answers")).toEqual({ n: 4 });
    } finally {
      for (const adapter of adapters) await adapter.stop();
      await fake.close();
    }
  });
});

describe("PostgreSQL: synchronous_commit per transaction", () => {
  it("is off inside a NORMAL transaction only", async () => {
    const url = await freshPostgresDatabase("sync");
    // The tests' server runs with synchronous_commit off for speed: this database gets PostgreSQL's default back.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(
      `ALTER DATABASE ${admin.escapeIdentifier(new URL(url).pathname.slice(1))} SET synchronous_commit = on`,
    );
    await admin.end();
    const store = await openStore({ DATABASE_PATH: "unused.db", DATABASE_URL: url });
    try {
      const setting = (sql: Store["sql"]) => sql.get<{ synchronous_commit: string }>("SHOW synchronous_commit");
      expect(await store.sql.transaction(setting, { synchronous: "normal" })).toEqual({ synchronous_commit: "off" });
      expect(await store.sql.transaction(setting)).toEqual({ synchronous_commit: "on" });
      expect(await setting(store.sql)).toEqual({ synchronous_commit: "on" });
    } finally {
      await store.close();
    }
  });
});
