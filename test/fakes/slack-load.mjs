// Load generator for the Slack test, run in its own process so the client does not share the bot's event loop:
// sends N signed /career slash commands at once to URL and prints {statuses, ms[]} as JSON.
// Usage: node slack-load.mjs URL SECRET COUNT RESPONSE_URL
import { createHmac } from "node:crypto";

const [url, secret, count, responseUrl] = process.argv.slice(2);
const questions = [
  "lead ml architect salary",
  "nlp skills",
  "what is log and wait",
  "compare nlp and multimodal",
  "trends",
];

async function send(i) {
  const body = new URLSearchParams({
    team_id: "T1",
    channel_id: "C1",
    user_id: "U1",
    command: "/career",
    text: questions[i % questions.length],
    response_url: responseUrl,
    trigger_id: `load-${i}-${Date.now()}`,
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  const start = performance.now();
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": signature,
    },
    body,
  });
  const json = await res.json();
  return { status: res.status, blocks: json.blocks?.length ?? 0, ms: performance.now() - start };
}

// Warm the HTTP client first (undici loads on the first fetch), so its start-up is not counted as the bot's latency.
await fetch(new URL("/healthz", url));
const results = await Promise.all(Array.from({ length: Number(count) }, (_, i) => send(i)));
process.stdout.write(JSON.stringify(results));
