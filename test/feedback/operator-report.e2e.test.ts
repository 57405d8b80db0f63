import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Feedback } from "../../src/feedback/feedback";
import { openStore, type Store } from "../../src/store";
import { isoWeekOf } from "../../src/weekly/isoWeek";
import { blockActionsBody, postSigned, slashCommandBody, startFakeSlack } from "../fakes/slack";
import { bot, until } from "../helpers";
import { get, sample, startCareerbot } from "../ops/process";
import { freshPostgresDatabase } from "../pg";
import { tempDir } from "../tempDir";

/**
 * Two `careerbot start` replicas on one PostgreSQL, in Slack HTTP mode against the local fake Slack, with
 * REPORT_CHANNEL set: the weekly operator report goes out exactly once, through the weekly delivery; a vote on
 * an answer given by the other replica is stored, and each replica's /metrics counts what it saw.
 */
const SECRET = "operator-secret";
// This week's slot has always passed (Monday 00:00): each replica's start-up tick finds the report due.
const PASSED_THIS_WEEK = "0 0 * * 1";
const BIN = fileURLToPath(new URL("../../bin/careerbot.js", import.meta.url));
const SEEDED = "how do I negotiate my first ML offer?";

let fake: Awaited<ReturnType<typeof startFakeSlack>>;
let databaseUrl: string;
let store: Store;
let replicas: ReturnType<typeof startCareerbot>[] = [];
const ports: number[] = [];
/** /metrics is served on HEALTH_PORT (a free port here, logged), not on Slack's port. */
const healthPorts: number[] = [];

const env = () => ({
  LOG_LEVEL: "debug",
  DATABASE_URL: databaseUrl,
  SLACK_BOT_TOKEN: "xoxb-test",
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_API_URL: fake.apiUrl,
  TREND_CRON: PASSED_THIS_WEEK,
  REPORT_CHANNEL: "slack:CREPORT",
});
const reportPosts = () => fake.posts().filter((p) => p.body.channel === "CREPORT");

beforeAll(async () => {
  fake = await startFakeSlack();
  databaseUrl = await freshPostgresDatabase("operator");
  // Last week's feedback, already in the store (migrated here first): a not_covered question and its 👎.
  store = await openStore({ DATABASE_PATH: "unused.db", DATABASE_URL: databaseUrl });
  const feedback = new Feedback(store.feedback, { keepText: true, budgetMs: 10_000 });
  const id = await feedback.record(bot.reply(SEEDED).answer, {
    platform: "slack",
    workspace: "T1",
    userId: "slack:T1:USEED",
    question: SEEDED,
  });
  await feedback.vote(id ?? "", "slack:T1:USEED", "down");
  replicas = [startCareerbot(env()), startCareerbot(env())];
  for (const replica of replicas) {
    ports.push(Number((await replica.waitForLog("slack adapter listening (HTTP mode)")).port));
    healthPorts.push(Number((await replica.waitForLog("health endpoint listening")).port));
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(replicas.map((r) => r.stop()));
  await store?.close();
  await fake?.close();
});

describe("the weekly operator report on two replicas", () => {
  it("is posted exactly once, marked with its week, without any question text", async () => {
    // Each replica runs a weekly tick as it starts; both have now ticked.
    for (const replica of replicas) await replica.waitForLog("weekly tick");
    expect(reportPosts()).toHaveLength(1);
    const post = reportPosts()[0]?.body as { text: string; metadata: { event_payload: { week: string } } };
    const week = isoWeekOf(new Date(), "UTC").label;
    expect(post.metadata.event_payload.week).toBe(`report-${week}`);
    expect(post.text).toContain(`careerbot report, week ${week}`);
    expect(post.text).toContain("salary negotiation (negotiation): 1");
    expect(post.text).toContain("not_covered: 👎 1, 👍 0");
    expect(post.text).not.toContain(SEEDED);
    expect(await store.deliveries.status("slack", "report:CREPORT", week)).toBe("sent");
    // Two more ticks at once, as two more replicas' schedulers would run them: nothing more.
    const tick = () =>
      promisify(execFile)("node", [BIN, "trends", "run-due"], {
        cwd: tempDir(),
        env: { ...process.env, ...env(), LOG_LEVEL: "warn", DATABASE_PATH: "unused.db" },
      });
    const ticks = await Promise.all([tick(), tick()]);
    for (const { stdout } of ticks) expect(stdout).toContain("sent: none");
    expect(reportPosts()).toHaveLength(1);
  }, 60_000);

  it("a 👎 on an answer of one replica, clicked through the other, is stored once and counted in /metrics", async () => {
    const [first, second] = ports.map((port) => `http://127.0.0.1:${port}`);
    const res = await postSigned(
      `${first}/slack/events`,
      slashCommandBody({
        text: "can I negotiate a remote work deal as a lead ML architect?",
        triggerId: "op-1",
        responseUrl: fake.responseUrl("op-1"),
        userId: "UOP",
      }),
      { secret: SECRET },
    );
    const blocks = (JSON.parse(res.body) as { blocks: { block_id?: string; elements?: { value: string }[] }[] }).blocks;
    const answerId = blocks.find((b) => b.block_id === "careerbot.feedback")?.elements?.[0]?.value ?? "";
    expect(answerId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const click = blockActionsBody({
      actionId: "careerbot.feedback.down",
      value: answerId,
      responseUrl: fake.responseUrl("op-vote"),
      actionTs: "1",
      triggerId: "op-vote",
      userId: "UOP",
    });
    expect((await postSigned(`${second}/slack/events`, click, { secret: SECRET })).status).toBe(200);
    await until(() => fake.responses.some((r) => r.id === "op-vote"), 10_000);
    expect(fake.responses.find((r) => r.id === "op-vote")?.body.text).toMatch(/^Thanks for the 👎/);
    const metrics = async (port: number | undefined) => (await get(`http://127.0.0.1:${port}/metrics`)).text;
    expect(sample(await metrics(healthPorts[0]), 'careerbot_not_covered_total{topic="negotiation"}')).toBe(1);
    expect(sample(await metrics(healthPorts[1]), 'careerbot_feedback_total{vote="down",intent="not_covered"}')).toBe(1);
    expect(await store.sql.all("SELECT v.vote FROM feedback_votes v WHERE v.answer_id = ?", [answerId])).toEqual([
      { vote: "down" },
    ]);
  }, 60_000);

  it("neither replica logged an error", () => {
    for (const replica of replicas) expect(replica.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
  });
});
