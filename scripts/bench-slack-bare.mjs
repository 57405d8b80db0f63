// The yardstick of `npm run bench:slack`: a bare Bolt app that acknowledges every /career with a fixed 2 KB
// ephemeral text, no store, no metrics, no understanding. It runs as careerbot's Slack HTTP mode does: one process,
// the same signing secret, token and Web API (the fake), processBeforeResponse false, /slack/events on 127.0.0.1,
// and the HTTP server settings of careerbot's receiver (adapters/slack/receiver.ts: timeouts, keep-alive, connection
// limit). Prints "listening <port>" on stdout when ready.
//
//   SLACK_SIGNING_SECRET=... SLACK_BOT_TOKEN=... SLACK_API_URL=http://127.0.0.1:PORT/api/ PORT=0 \
//     node scripts/bench-slack-bare.mjs
import bolt from "@slack/bolt";

const { App, HTTPReceiver, LogLevel } = bolt;
const { SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_API_URL } = process.env;
if (!SLACK_SIGNING_SECRET || !SLACK_BOT_TOKEN || !SLACK_API_URL)
  throw new Error("set SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN and SLACK_API_URL");

const line = "A fixed answer the size of a typical careerbot answer, to compare the cost of Bolt alone. ";
const TEXT = line.repeat(Math.ceil(2048 / line.length)).slice(0, 2048);

const receiver = new HTTPReceiver({
  signingSecret: SLACK_SIGNING_SECRET,
  endpoints: ["/slack/events"],
  processBeforeResponse: false,
  logLevel: LogLevel.ERROR,
});
const app = new App({
  token: SLACK_BOT_TOKEN,
  receiver,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: SLACK_API_URL.endsWith("/") ? SLACK_API_URL : `${SLACK_API_URL}/` },
});
app.command("/career", async ({ ack }) => {
  await ack({ response_type: "ephemeral", text: TEXT });
});

const server = await app.start(
  { port: Number(process.env.PORT ?? 0), host: "127.0.0.1" },
  { headersTimeout: 10_000, requestTimeout: 15_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 },
);
server.maxConnections = 1024;
process.stdout.write(`listening ${server.address().port}\n`);
process.on("SIGTERM", () => app.stop().then(() => process.exit(0)));
