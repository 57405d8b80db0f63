import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { BOT_ID, CHANNEL_ID, startFakeDiscord } from "../fakes/discord";
import { blockActionsBody, postSigned, slashCommandBody, startFakeSlack } from "../fakes/slack";
import { until } from "../helpers";
import { get, getUntil, sample, startCareerbot } from "./process";

const BIN = fileURLToPath(new URL("../../bin/careerbot.js", import.meta.url));
// A process start, a connection and a few requests each: generous bounds for a loaded machine.
const LONG = 90_000;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

/** Polls /readyz until it answers `status`; returns the parsed body. */
async function readyz(base: string, status: number) {
  const res = await getUntil(`${base}/readyz`, status);
  return JSON.parse(res.text) as { status: string; checks: Record<string, string> };
}

async function expectAlive(base: string) {
  const health = await get(`${base}/healthz`);
  expect(health.status).toBe(200);
  expect(JSON.parse(health.text)).toMatchObject({ status: "ok" });
}

async function metricsOf(base: string) {
  const res = await get(`${base}/metrics`);
  expect(res.status).toBe(200);
  expect(res.type).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text;
}

/** What every mode's /metrics carries besides its platform's own series. */
function expectProcessMetrics(text: string) {
  for (const name of ["process_cpu_seconds_total", "process_resident_memory_bytes", "nodejs_eventloop_lag_seconds"])
    expect(text).toContain(`# TYPE ${name}`);
  for (const name of [
    "careerbot_questions_total",
    "careerbot_unknown_questions_total",
    "careerbot_answer_duration_seconds",
    "careerbot_slack_ack_duration_seconds",
    "careerbot_weekly_posts_total",
    "careerbot_gateway_reconnects_total",
  ])
    expect(text).toContain(`# HELP ${name}`);
}

describe("health, readiness and metrics in every mode (careerbot start against local fakes)", () => {
  it(
    "Discord only: own port; ready once the gateway is; counts questions and reconnects; 503 naming discord when the gateway is gone",
    async () => {
      const fake = await startFakeDiscord();
      cleanups.push(() => fake.close());
      const bot = startCareerbot({ DISCORD_TOKEN: "fake-token", DISCORD_API_URL: fake.apiUrl });
      cleanups.push(() => bot.stop());
      const { port } = (await bot.waitForLog("health endpoint listening")) as { port: number; msg: string };
      const base = `http://127.0.0.1:${port}`;
      await expectAlive(base);
      expect(await readyz(base, 200)).toEqual({ status: "ready", checks: { database: "ok", discord: "ok" } });
      // The container HEALTHCHECK: finds HEALTH_PORT from the environment, exits 0 on 200.
      const probe = await promisify(execFile)(process.execPath, [BIN, "healthcheck", "--ready"], {
        env: {
          ...process.env,
          HEALTH_PORT: String(port),
          SLACK_BOT_TOKEN: "",
          SLACK_APP_TOKEN: "",
          LOG_LEVEL: "silent",
        },
      });
      expect(probe.stdout).toMatch(/readyz: 200/);

      const before = fake.messagesTo(CHANNEL_ID).length;
      fake.dispatch("MESSAGE_CREATE", fake.guildMessage(`<@${BOT_ID}> what does an NLP research scientist earn?`));
      fake.dispatch("MESSAGE_CREATE", fake.guildMessage(`<@${BOT_ID}> salary of a plumber`));
      await until(() => fake.messagesTo(CHANNEL_ID).length >= before + 2, 20_000);
      let text = await metricsOf(base);
      expectProcessMetrics(text);
      expect(sample(text, 'careerbot_questions_total{platform="discord",intent="salary"}')).toBe(1);
      expect(sample(text, 'careerbot_unknown_questions_total{platform="discord"}')).toBe(1);
      expect(sample(text, 'careerbot_answer_duration_seconds_count{platform="discord"}')).toBe(2);

      fake.dropConnections(4000);
      await until(() => fake.resumes.length > 0, 30_000);
      text = await metricsOf(base);
      expect(sample(text, 'careerbot_gateway_reconnects_total{platform="discord"}')).toBeGreaterThanOrEqual(1);
      await readyz(base, 200);

      await fake.close();
      const down = await readyz(base, 503);
      expect(down.status).toBe("not ready");
      expect(down.checks.database).toBe("ok");
      expect(down.checks.discord).toMatch(/^gateway /);
      await expectAlive(base);
      const failing = await promisify(execFile)(process.execPath, [
        BIN,
        "healthcheck",
        "--url",
        `${base}/readyz`,
      ]).catch((e) => e);
      expect(failing.code).toBe(1);
      // A graceful stop, well inside the 10 s Docker and systemd give by default.
      expect(await bot.stop(10_000)).toBe(0);
    },
    LONG,
  );

  it(
    "Slack Socket Mode: own port; ready while the socket is open; times acks; 503 naming slack when the socket drops",
    async () => {
      const fake = await startFakeSlack();
      cleanups.push(() => fake.close());
      const bot = startCareerbot({
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_APP_TOKEN: "xapp-test",
        SLACK_API_URL: fake.apiUrl,
      });
      cleanups.push(() => bot.stop());
      const { port } = (await bot.waitForLog("health endpoint listening")) as { port: number; msg: string };
      const base = `http://127.0.0.1:${port}`;
      await expectAlive(base);
      expect(await readyz(base, 200)).toEqual({ status: "ready", checks: { database: "ok", slack: "ok" } });

      fake.sendEnvelope({
        envelope_id: "env-ops-1",
        type: "slash_commands",
        accepts_response_payload: true,
        payload: Object.fromEntries(
          new URLSearchParams(
            slashCommandBody({
              text: "lead ml architect salary",
              triggerId: "ops-1",
              responseUrl: fake.responseUrl("o"),
            }),
          ),
        ),
      });
      await until(() => fake.socketAcks.some((a) => a.envelope_id === "env-ops-1"), 20_000);
      const text = await metricsOf(base);
      expectProcessMetrics(text);
      expect(sample(text, 'careerbot_questions_total{platform="slack",intent="salary"}')).toBe(1);
      expect(sample(text, 'careerbot_slack_ack_duration_seconds_count{kind="command"}')).toBe(1);

      await fake.close();
      const down = await readyz(base, 503);
      expect(down.checks.slack).toMatch(/socket/);
      expect(down.checks.database).toBe("ok");
      expect(
        sample(await metricsOf(base), 'careerbot_gateway_reconnects_total{platform="slack"}'),
      ).toBeGreaterThanOrEqual(1);
      // A graceful stop, well inside the 10 s Docker and systemd give by default.
      expect(await bot.stop(10_000)).toBe(0);
    },
    LONG,
  );

  it(
    "Slack HTTP mode: /readyz and /metrics on HEALTH_PORT (loopback) only, Slack's public port has /healthz alone; acks and questions counted",
    async () => {
      const fake = await startFakeSlack();
      cleanups.push(() => fake.close());
      const secret = "ops-secret";
      const bot = startCareerbot({
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_SIGNING_SECRET: secret,
        SLACK_API_URL: fake.apiUrl,
      });
      cleanups.push(() => bot.stop());
      const { port: slackPort } = (await bot.waitForLog("slack adapter listening (HTTP mode)")) as {
        port: number;
        msg: string;
      };
      // HEALTH_HOST is not set: the health server is bound to the loopback interface alone.
      const health = await bot.waitForLog("health endpoint listening");
      expect(health.address).toBe("127.0.0.1");
      const base = `http://127.0.0.1:${health.port}`;
      const publicBase = `http://127.0.0.1:${slackPort}`;
      expect(slackPort).not.toBe(health.port);
      await expectAlive(base);
      await expectAlive(publicBase);
      expect(await readyz(base, 200)).toEqual({ status: "ready", checks: { database: "ok", slack: "ok" } });
      // Nothing of readiness or metrics on the port Slack (and everyone else) reaches.
      for (const path of ["/readyz", "/metrics"]) {
        const res = await get(`${publicBase}${path}`);
        expect([path, res.status, res.text]).toEqual([path, 404, ""]);
      }
      expect(fake.calls.some((c) => c.method === "auth.test")).toBe(true);

      const res = await postSigned(
        `${publicBase}/slack/events`,
        slashCommandBody({ text: "what is log and wait", triggerId: "ops-h1", responseUrl: fake.responseUrl("h") }),
        { secret },
      );
      expect(res.status).toBe(200);
      const text = await metricsOf(base);
      expectProcessMetrics(text);
      expect(sample(text, 'careerbot_questions_total{platform="slack",intent="challenges"}')).toBe(1);
      expect(sample(text, 'careerbot_slack_ack_duration_seconds_count{kind="command"}')).toBe(1);
      expect((await fetch(`${base}/metrics`, { method: "POST" })).status).toBeGreaterThanOrEqual(400);

      // A follow-up button click is answered through the conversation service (bot.reply): counted as a question.
      const click = blockActionsBody({
        actionId: "careerbot.followup.0",
        value: "lead ml architect salary",
        responseUrl: fake.responseUrl("ops-click"),
        actionTs: "1700000001.1",
        triggerId: "ops-click",
        messageTs: "1700000000.000100",
        blockId: "careerbot.followups",
      });
      const clicked = await postSigned(`${publicBase}/slack/events`, click, { secret });
      expect(clicked.status).toBe(200);
      const salary = 'careerbot_questions_total{platform="slack",intent="salary"}';
      // The click is acknowledged first and answered after: poll, one request at a time.
      let counted: number | undefined;
      for (const end = Date.now() + 20_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
        counted = sample(await metricsOf(base), salary);
        if (counted !== undefined) break;
      }
      expect(counted).toBe(1);
      expect(sample(await metricsOf(base), 'careerbot_slack_ack_duration_seconds_count{kind="action"}')).toBe(1);
      // A graceful stop, well inside the 10 s Docker and systemd give by default.
      expect(await bot.stop(10_000)).toBe(0);
    },
    LONG,
  );
});
