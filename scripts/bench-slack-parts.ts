/**
 * What three steps of a Slack `/career` cost on their own, each beside what it replaced (docs/slack-ack.md), in a
 * loop in this process (microseconds a call, the median of 9 rounds after 3 to warm up):
 * - Bolt dispatching a command: to six listeners registered with Bolt (careerbot before its router, each listener
 *   with Bolt's filters, after Bolt's ignoreSelf) against one global middleware routing it (the router);
 * - the signature check: Bolt's verifySlackRequest (tsscmp) against adapters/slack/signature.ts;
 * - serializing the acknowledgement's body: JSON.stringify against toJson, which reuses the rendered blocks' JSON.
 *
 *   npx tsx scripts/bench-slack-parts.ts [--calls 5000]
 */
import { createHmac } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { App, LogLevel, type Receiver, verifySlackRequest } from "@slack/bolt";
import { toJson } from "../adapters/slack/json";
import { renderSlackMessage } from "../adapters/slack/render";
import { verifySlackSignature } from "../adapters/slack/signature";
import { createCareerBot } from "../src/bot";
import { loadCareerData } from "../src/data/load";
import { SLACK_LOAD_QUESTIONS, slashCommand } from "./slack-load-questions.mjs";

const { values } = parseArgs({ options: { calls: { type: "string", default: "5000" } } });
const CALLS = Number(values.calls);
if (!(Number.isInteger(CALLS) && CALLS >= 1)) throw new Error("--calls must be a positive integer");

/** Median microseconds a call of `fn` over 9 timed rounds of CALLS calls, after 3 rounds to warm up. */
async function timed(fn: (i: number) => unknown): Promise<number> {
  const rounds: number[] = [];
  for (let round = 0; round < 12; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < CALLS; i++) await fn(i);
    if (round >= 3) rounds.push(Number(process.hrtime.bigint() - start) / 1000 / CALLS);
  }
  rounds.sort((a, b) => a - b);
  return rounds[4] ?? Number.NaN;
}

function app(routed: boolean): App {
  const receiver: Receiver = { init: () => {}, start: async () => undefined, stop: async () => undefined };
  const bolt = new App({
    authorize: async () => ({ botToken: "xoxb-bench", botId: "B1", botUserId: "UBOT" }),
    receiver,
    logLevel: LogLevel.ERROR,
    convoStore: false,
    ignoreSelf: !routed,
  });
  const answer = async ({ ack }: { ack: (body: { text: string }) => Promise<void> }) => ack({ text: "answer" });
  if (routed) {
    bolt.use(async (args) => {
      if ("command" in args && args.command?.command === "/career") return answer(args);
      await args.next();
    });
    return bolt;
  }
  // careerbot's six listeners as they were registered before the router (their bodies do not run for a command).
  bolt.command("/career", answer);
  bolt.action("share_answer", async () => {});
  bolt.action({ type: "block_actions", action_id: /^careerbot\.followup\.\d+$/ }, async () => {});
  bolt.event("app_mention", async () => {});
  bolt.message(async () => {});
  bolt.action({ type: "block_actions", action_id: /^careerbot\.feedback\.(up|down)$/ }, async () => {});
  return bolt;
}

const dispatch = (bolt: App) => (i: number) =>
  bolt.processEvent({ body: slashCommand(i, "parts"), ack: async () => {} } as Parameters<App["processEvent"]>[0]);

const SECRET = "bench-secret";
const body = new URLSearchParams(slashCommand(1, "parts")).toString();
const timestamp = Math.floor(Date.now() / 1000);
const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;

const bot = createCareerBot(loadCareerData(join(fileURLToPath(new URL("..", import.meta.url)), "data")));
const bodies = SLACK_LOAD_QUESTIONS.map((question) => {
  const reply = bot.reply(question);
  return {
    response_type: "ephemeral",
    ...renderSlackMessage(reply.answer, {
      shareQuestion: question,
      shareContext: reply.context,
      feedbackId: "0".repeat(16),
    }),
  };
});

const rows: [string, number, number][] = [
  [
    "Bolt dispatching /career: six listeners / the router",
    await timed(dispatch(app(false))),
    await timed(dispatch(app(true))),
  ],
  [
    `signature check of a ${body.length}-byte body: Bolt / ours`,
    await timed(() =>
      verifySlackRequest({
        signingSecret: SECRET,
        body,
        headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp },
      }),
    ),
    await timed(() => verifySlackSignature({ signingSecret: SECRET, body, timestamp, signature })),
  ],
  [
    "the ack's body as JSON: JSON.stringify / toJson",
    await timed((i) => JSON.stringify(bodies[i % bodies.length])),
    await timed((i) => toJson(bodies[i % bodies.length])),
  ],
];
for (const [what, before, now] of rows) console.log(`${what}: ${before.toFixed(1)} us / ${now.toFixed(1)} us`);
