// Load for the benchmarks: signed /career slash commands, round-robin over the bots' URLs, each to 127.0.0.1 only.
// Run in its own process so the client does not share an event loop with anything it measures. Prints one JSON
// object: counts, achieved rate, ack latency.
// - Open loop (`npm run bench:replicas`): `rate` commands a second for `seconds`, whatever the answers take.
// - Closed loop (`npm run bench:slack`): `concurrency` clients, each sending its next command when the last one is
//   answered, for `seconds`.
// Usage: node scripts/slack-load-rate.mjs '{"urls":[...],"secret":"...","rate":100,"seconds":5,"runId":"x"}'
//        node scripts/slack-load-rate.mjs '{"urls":[...],"secret":"...","concurrency":50,"seconds":5,"runId":"x"}'
import { createHmac } from "node:crypto";
import http from "node:http";
import { slashCommand } from "./slack-load-questions.mjs";

const { urls, secret, rate, concurrency, seconds, runId } = JSON.parse(process.argv[2]);
for (const url of urls) if (new URL(url).hostname !== "127.0.0.1") throw new Error(`not a local URL: ${url}`);
const MAX_IN_FLIGHT = 4000;
const agents = urls.map(() => new http.Agent({ keepAlive: true, maxSockets: 256 }));

function send(i) {
  const replica = i % urls.length;
  const url = new URL(urls[replica]);
  const body = new URLSearchParams(slashCommand(i, runId)).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  const start = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        agent: agents[replica],
        timeout: 10_000,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(body),
          "x-slack-request-timestamp": String(timestamp),
          "x-slack-signature": signature,
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c) => {
          text += c;
        });
        res.on("end", () => {
          // An answer: careerbot's carries blocks and a text, the bare Bolt app's (bench:slack) a text.
          const ok = res.statusCode === 200 && text.includes('"text"');
          resolve({ ok, ms: performance.now() - start });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve({ ok: false, ms: performance.now() - start }));
    req.end(body);
  });
}

// Untimed warm-up: open a few keep-alive connections to every replica and let this process's own HTTP and HMAC
// code warm up, so the first timed requests measure the bot and not the load generator starting.
await Promise.all(Array.from({ length: 8 * urls.length }, (_, i) => send(1_000_000 + i)));

/** Open loop: sends on schedule; resolves to the promises of every answer and the time spent sending. */
async function openLoop() {
  const total = Math.round(rate * seconds);
  const results = [];
  let inFlight = 0;
  let skipped = 0;
  const t0 = performance.now();
  await new Promise((resolve) => {
    let next = 0;
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - t0) / 1000) * rate) + 1);
      for (; next < due; next++) {
        if (inFlight >= MAX_IN_FLIGHT) {
          skipped++;
          continue;
        }
        inFlight++;
        results.push(
          send(next).then((r) => {
            inFlight--;
            return r;
          }),
        );
      }
      if (next >= total) resolve();
      else setTimeout(tick, 2);
    };
    tick();
  });
  return { t0, results, skipped, sendSeconds: (performance.now() - t0) / 1000 };
}

/** Closed loop: `concurrency` clients, each one command at a time, until `seconds` have passed. */
async function closedLoop() {
  const results = [];
  let next = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const result = send(next++);
      results.push(result);
      await result;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return { t0, results, skipped: 0, sendSeconds: (performance.now() - t0) / 1000 };
}

const { t0, results, skipped, sendSeconds } = concurrency ? await closedLoop() : await openLoop();
const settled = await Promise.all(results);
const elapsed = (performance.now() - t0) / 1000;
const ms = settled.map((r) => r.ms).sort((a, b) => a - b);
const q = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] ?? 0;
const ok = settled.filter((r) => r.ok).length;
process.stdout.write(
  JSON.stringify({
    rate,
    concurrency,
    seconds,
    sent: settled.length,
    ok,
    errors: settled.length - ok + skipped,
    achievedRps: ok / elapsed,
    sendSeconds,
    p50: q(0.5),
    p90: q(0.9),
    p99: q(0.99),
    max: ms.at(-1) ?? 0,
  }),
);
for (const agent of agents) agent.destroy();
