import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store";
import { postSigned, slashCommandBody, startFakeSlack } from "../fakes/slack";
import { until } from "../helpers";
import { freshPostgresDatabase } from "../pg";
import { freePort } from "../setup/embeddedPostgres";

/**
 * Three `careerbot start` replicas in Slack HTTP mode on one real PostgreSQL, against the local fake Slack (all on
 * 127.0.0.1), and weekly ticks run by `careerbot trends run-due` processes at once, as three replicas' schedulers
 * would.
 */
const SECRET = "replica-secret";
const REPLICAS = 3;
// The replicas' own schedulers must not post during the test: their slot is on 29 February only.
const NEVER_THIS_WEEK = "0 0 29 2 *";
const BEFORE = new Date("2026-11-01T00:00:00Z");
const W49 = "2026-11-30T09:05:00Z";
const W50 = new Date("2026-12-07T09:05:00Z");
const at = (minutes: number) => new Date(W50.getTime() + minutes * 60_000).toISOString();

let fake: Awaited<ReturnType<typeof startFakeSlack>>;
let databaseUrl: string;
let store: Store;
const replicas: ReturnType<typeof startReplica>[] = [];
const children: ChildProcess[] = [];

function startReplica(port: number) {
  const child = spawn(process.execPath, ["bin/careerbot.js", "start"], {
    env: {
      ...process.env,
      LOG_LEVEL: "info",
      PORT: String(port),
      HEALTH_PORT: "0",
      DATABASE_URL: databaseUrl,
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      TREND_CRON: NEVER_THIS_WEEK,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.push(child);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    stderr: () => stderr,
    /** /readyz is on HEALTH_PORT (a free port here, logged), not on Slack's port. */
    healthBase: () => {
      const port = /"port":(\d+)[^\n]*"msg":"health endpoint listening"/.exec(stderr)?.[1];
      return port ? `http://127.0.0.1:${port}` : undefined;
    },
  };
}

/** One weekly tick as if the clock read `now`, in its own process: what each replica's scheduler does. */
function runDue(now: string, lease = "600000"): ChildProcess & { result: Promise<{ code: number; stdout: string }> } {
  const child = spawn(process.execPath, ["bin/careerbot.js", "trends", "run-due", "--now", now], {
    env: {
      ...process.env,
      LOG_LEVEL: "warn",
      DATABASE_URL: databaseUrl,
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_API_URL: fake.apiUrl,
      TREND_CRON: "0 9 * * 1",
      TREND_LEASE_MS: lease,
    },
    stdio: ["ignore", "pipe", "ignore"],
  });
  children.push(child);
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const result = new Promise<{ code: number; stdout: string }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code: code ?? (signal ? -1 : 0), stdout })),
  );
  return Object.assign(child, { result });
}

/** The channels a run-due process says it sent to. */
const sentBy = (stdout: string) =>
  (/^sent: (.*)$/m.exec(stdout)?.[1] ?? "none")
    .split(", ")
    .filter((s) => s && s !== "none")
    .map((s) => s.replace(/^slack:/, ""));

const postsTo = (channel: string) => fake.posts().filter((p) => p.body.channel === channel);

beforeAll(async () => {
  fake = await startFakeSlack();
  databaseUrl = await freshPostgresDatabase("replicas");
  const ports = await Promise.all(Array.from({ length: REPLICAS }, () => freePort()));
  // Started together on an empty database: the migrations run once, under PostgreSQL's advisory lock.
  replicas.push(...ports.map(startReplica));
  await until(() => replicas.every((r) => r.stderr().includes("slack adapter listening")), 90_000);
  store = await openStore({ DATABASE_PATH: "unused.db", DATABASE_URL: databaseUrl });
}, 120_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await store?.close();
  await fake?.close();
});

function mention(eventId: string, text: string, ts: string) {
  return JSON.stringify({
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: "app_mention", user: "U1", text, ts, channel: "CQ", event_ts: ts },
  });
}
const deliver = (replica: number, body: string, retry?: number) =>
  postSigned(`${replicas[replica]?.base}/slack/events`, body, {
    secret: SECRET,
    contentType: "application/json",
    headers: retry ? { "x-slack-retry-num": String(retry), "x-slack-retry-reason": "http_timeout" } : {},
  });
const threadPosts = (ts: string) => fake.posts().filter((p) => p.body.thread_ts === ts);

describe("three replicas on one PostgreSQL", () => {
  it("every replica is ready: /readyz checks PostgreSQL is writable", async () => {
    for (const r of replicas) {
      // "slack adapter listening" is logged a moment before the adapter reports itself started.
      let body: unknown;
      await until(async () => {
        const base = r.healthBase();
        if (!base) return false;
        const res = await fetch(`${base}/readyz`);
        body = await res.json();
        return res.status === 200;
      }, 10_000).catch(() => {}); // the body says what is not ready

      expect(body).toEqual({ status: "ready", checks: { database: "ok", slack: "ok" } });
    }
  });

  it("a retried event delivered to another replica is answered once, also when all three get it at once", async () => {
    // Slack's first delivery goes to replica 0, its retries to replicas 1 and 2.
    const first = mention("EvRetry1", "<@UBOT> what does an NLP research scientist do?", "1800000000.000100");
    expect((await deliver(0, first)).status).toBe(200);
    await until(() => threadPosts("1800000000.000100").length === 1, 30_000);
    expect((await deliver(1, first, 1)).status).toBe(200);
    expect((await deliver(2, first, 2)).status).toBe(200);
    // The same event at once on every replica.
    const together = mention("EvRetry2", "<@UBOT> what does a lead ML architect do?", "1800000000.000200");
    const statuses = await Promise.all([0, 1, 2].map((r) => deliver(r, together, r)));
    expect(statuses.map((s) => s.status)).toEqual([200, 200, 200]);
    await until(() => threadPosts("1800000000.000200").length === 1, 30_000);
    // Fresh events after the retries, on the replicas that got them: once these are answered, the retries (handled
    // first on the same replica) have long been refused.
    for (const r of [1, 2]) {
      const ts = `1800000001.00000${r}`;
      expect((await deliver(r, mention(`EvAfter${r}`, "<@UBOT> roles", ts))).status).toBe(200);
      await until(() => threadPosts(ts).length === 1, 30_000);
    }
    expect(threadPosts("1800000000.000100")).toHaveLength(1);
    expect(threadPosts("1800000000.000200")).toHaveLength(1);
    expect(await store.sql.get("SELECT key FROM seen_events WHERE key = ?", ["event:EvRetry1"])).toEqual({
      key: "event:EvRetry1",
    });
  }, 90_000);

  it("a conversation started on one replica continues on another", async () => {
    const ask = (replica: number, text: string, trigger: string) =>
      postSigned(
        `${replicas[replica]?.base}/slack/events`,
        slashCommandBody({ text, triggerId: trigger, responseUrl: fake.responseUrl(trigger), userId: "UCONV" }),
        { secret: SECRET },
      );
    expect((await ask(0, "tell me about the nlp research scientist role", "conv-1")).status).toBe(200);
    const followUp = JSON.parse((await ask(1, "what about the salary?", "conv-2")).body);
    expect(followUp.text).toContain("NLP Research Scientist");
    expect(followUp.text).toContain("$105,000");
  }, 60_000);

  it("a weekly tick on every replica at once sends one post per channel", async () => {
    const channels = Array.from({ length: 30 }, (_, i) => `CW${i}`);
    for (const c of channels) await store.subscriptions.add("slack", c, "cli", BEFORE);
    const ticks = Array.from({ length: REPLICAS }, () => runDue(W49));
    const results = await Promise.all(ticks.map((t) => t.result));
    expect(results.map((r) => r.code)).toEqual([0, 0, 0]);
    const sent = results.flatMap((r) => sentBy(r.stdout));
    expect(sent.sort()).toEqual([...channels].sort());
    for (const c of channels) expect(postsTo(c)).toHaveLength(1);
    // Every replica ticking again sends nothing more.
    const again = await Promise.all(Array.from({ length: REPLICAS }, () => runDue(W49).result));
    expect(again.flatMap((r) => sentBy(r.stdout))).toEqual([]);
    for (const c of channels) expect(postsTo(c)).toHaveLength(1);
    for (const c of channels) await store.subscriptions.remove("slack", c);
  }, 120_000);

  it("a replica killed mid-send loses nothing: past the lease one other replica posts it, once", async () => {
    const channels = ["CK0", "CK1", "CK2", "CK3", "CKILL"];
    for (const c of channels) await store.subscriptions.add("slack", c, "cli", BEFORE);
    // The send to CKILL never comes back: whichever replica claimed it is stuck mid-send.
    fake.brokenChannels.set("CKILL", "hang");
    const ticks = Array.from({ length: REPLICAS }, () => runDue(at(0)));
    const claimed = async () => (await store.deliveries.status("slack", "CKILL", "2026-W50")) === "claimed";
    await until(async () => (await claimed()) && channels.slice(0, 4).every((c) => postsTo(c).length === 1), 60_000);
    // Kill -9 the replica holding CKILL (the one still running once the others are done).
    await until(() => ticks.filter((t) => t.exitCode === null).length <= 1, 60_000);
    const stuck = ticks.find((t) => t.exitCode === null);
    expect(stuck).toBeDefined();
    stuck?.kill("SIGKILL");
    await stuck?.result;
    fake.brokenChannels.delete("CKILL");
    expect(postsTo("CKILL")).toHaveLength(0);
    expect(await store.deliveries.status("slack", "CKILL", "2026-W50")).toBe("claimed");
    // Within the lease every replica leaves the claim alone.
    const within = await Promise.all(Array.from({ length: REPLICAS }, () => runDue(at(5)).result));
    expect(within.flatMap((r) => sentBy(r.stdout))).toEqual([]);
    // Past it, all three tick at once: exactly one takes it over, checks the channel, and posts.
    const past = await Promise.all(Array.from({ length: REPLICAS }, () => runDue(at(11)).result));
    expect(past.flatMap((r) => sentBy(r.stdout))).toEqual(["CKILL"]);
    expect(postsTo("CKILL")).toHaveLength(1);
    for (const c of channels) expect(postsTo(c)).toHaveLength(1);
    expect(await store.deliveries.status("slack", "CKILL", "2026-W50")).toBe("sent");
  }, 180_000);
});

describe("replicas stay up", () => {
  it("all three are still running and none logged an error", () => {
    for (const r of replicas) {
      expect(r.child.exitCode).toBe(null);
      const errors = r
        .stderr()
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as { level: number; msg: string })
        .filter((l) => l.level >= 50);
      expect(errors).toEqual([]);
      // The password in DATABASE_URL is never logged.
      expect(r.stderr()).not.toContain(new URL(databaseUrl).password);
    }
  });
});
