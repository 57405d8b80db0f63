/**
 * Chart flood: `careerbot start` in Slack HTTP mode with PUBLIC_URL (its own process, against the local fake Slack),
 * then 16 clients cycling 320 distinct signed chart URLs for 20 s while one client sends signed `/career` commands
 * and one asks `/healthz`, all timed at the client; the bot's event-loop lag and RSS from its /metrics.
 * `npx tsx scripts/bench-charts.ts [--seconds 20] [--clients 16] [--bin path/to/bin/careerbot.js] [--legacy-urls]`
 * (`--bin` and `--legacy-urls`: the same load against an older checkout, whose chart URLs had no expiry).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ChartImages } from "../adapters/slack/chart";
import type { SalaryCharts } from "../src/chart";
import { loadCareerData } from "../src/data/load";
import { postSigned, slashCommandBody, startFakeSlack } from "../test/fakes/slack";

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "20" },
    clients: { type: "string", default: "16" },
    bin: { type: "string", default: fileURLToPath(new URL("../bin/careerbot.js", import.meta.url)) },
    "legacy-urls": { type: "boolean", default: false },
  },
});
const SECONDS = Number(args.seconds);
const CLIENTS = Number(args.clients);
const SECRET = "bench-charts-signing-secret";
const PUBLIC_URL = "https://careerbot.example.test";

/** Every ordered set of 2 to 5 roles, then single roles: 325 distinct charts; the first 320 are used. */
function roleSets(ids: string[]): string[][] {
  const out: string[][] = [];
  const grow = (prefix: string[]) => {
    if (prefix.length >= 2) out.push(prefix);
    if (prefix.length === ids.length) return;
    for (const id of ids) if (!prefix.includes(id)) grow([...prefix, id]);
  };
  grow([]);
  return [...out, ...ids.map((id) => [id])].slice(0, 320);
}

/** The paths the bot signs: this version's (with an expiry), or the older ones without. */
function chartPaths(sets: string[][]): string[] {
  if (!args["legacy-urls"]) {
    const images = new ChartImages(PUBLIC_URL, SECRET, {} as SalaryCharts);
    return sets.map((s) => images.path(s));
  }
  const key = createHmac("sha256", SECRET).update("careerbot chart image paths v1").digest();
  return sets.map((s) => {
    const roles = s.join(",");
    const sig = createHmac("sha256", key).update(roles).digest("hex").slice(0, 32);
    return `/charts/${Buffer.from(roles).toString("base64url")}.${sig}.png`;
  });
}

function startBot(
  apiUrl: string,
  dir: string,
): { child: ChildProcess; ports: Promise<{ slack: number; health: number }> } {
  const child = spawn(process.execPath, [args.bin as string, "start"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: "xoxb-bench",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: apiUrl,
      SLACK_APP_TOKEN: "",
      SLACK_CLIENT_ID: "",
      DISCORD_TOKEN: "",
      PUBLIC_URL,
      PORT: "0",
      HEALTH_PORT: "0",
      HOST: "127.0.0.1",
      HEALTH_HOST: "127.0.0.1",
      LOG_FORMAT: "json",
      LOG_LEVEL: "info",
      DATABASE_PATH: join(dir, "careerbot.db"),
      TREND_CRON: "0 0 29 2 *",
    },
  });
  const ports = new Promise<{ slack: number; health: number }>((resolve, reject) => {
    let pending = "";
    let health: number | undefined;
    child.stderr?.on("data", (chunk: Buffer) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const log = JSON.parse(line) as { msg?: string; port?: number };
        if (log.msg === "health endpoint listening") health = log.port;
        if (log.msg?.startsWith("slack adapter listening") && log.port)
          resolve({ slack: log.port, health: health ?? log.port });
      }
    });
    child.once("exit", (code) => reject(new Error(`careerbot exited (${code}) before listening`)));
  });
  return { child, ports };
}

/** One GET on a keep-alive agent: status and milliseconds. */
function get(agent: Agent, port: number, path: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    });
    req.on("error", () => resolve({ status: 0, ms: performance.now() - started }));
    req.end();
  });
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

function metric(text: string, name: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(" ")[1]) : Number.NaN;
}

const fake = await startFakeSlack();
const dir = mkdtempSync(join(tmpdir(), "careerbot-bench-charts-"));
const bot = startBot(fake.apiUrl, dir);
try {
  const ports = await bot.ports;
  const paths = chartPaths(roleSets(loadCareerData().roles.map((r) => r.id)));
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS + 4 });
  const healthAgent = new Agent({ keepAlive: true, maxSockets: 2 });
  let trigger = 0;
  const career = async () => {
    const started = performance.now();
    const res = await postSigned(
      `http://127.0.0.1:${ports.slack}/slack/events`,
      slashCommandBody({
        text: "what does an NLP research scientist earn?",
        triggerId: `bench-${++trigger}`,
        responseUrl: fake.responseUrl(`bench-${trigger}`),
      }),
      { secret: SECRET },
    );
    return { status: res.status, ms: performance.now() - started };
  };

  /** `/career` and `/healthz` one after another for `ms`, with or without the chart flood beside them. */
  async function phase(ms: number, flood: boolean) {
    const end = Date.now() + ms;
    const careerMs: number[] = [];
    const healthMs: number[] = [];
    const chartStatus = new Map<number, number>();
    const chartMs: number[] = [];
    let rssMax = 0;
    let lagP99Max = 0;
    const loops: Promise<void>[] = [];
    if (flood) {
      let next = 0;
      for (let c = 0; c < CLIENTS; c++)
        loops.push(
          (async () => {
            while (Date.now() < end) {
              const r = await get(agent, ports.slack, paths[next++ % paths.length] as string);
              chartStatus.set(r.status, (chartStatus.get(r.status) ?? 0) + 1);
              chartMs.push(r.ms);
            }
          })(),
        );
    }
    loops.push(
      (async () => {
        while (Date.now() < end) {
          const r = await career();
          if (r.status === 200) careerMs.push(r.ms);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })(),
      (async () => {
        while (Date.now() < end) {
          const r = await get(healthAgent, ports.slack, "/healthz");
          if (r.status === 200) healthMs.push(r.ms);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })(),
      (async () => {
        while (Date.now() < end) {
          const text = await fetch(`http://127.0.0.1:${ports.health}/metrics`).then((r) => r.text());
          rssMax = Math.max(rssMax, metric(text, "process_resident_memory_bytes"));
          lagP99Max = Math.max(lagP99Max, metric(text, "nodejs_eventloop_lag_p99_seconds"));
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
      })(),
    );
    await Promise.all(loops);
    return {
      career: { n: careerMs.length, p50: percentile(careerMs, 0.5), p99: percentile(careerMs, 0.99) },
      healthz: { n: healthMs.length, p50: percentile(healthMs, 0.5), p99: percentile(healthMs, 0.99) },
      charts: { n: chartMs.length, statuses: Object.fromEntries(chartStatus), p50: percentile(chartMs, 0.5) },
      rssMaxMb: Math.round(rssMax / 1024 / 1024),
      eventLoopLagP99MaxMs: lagP99Max * 1000,
    };
  }

  // Warm-up: the first answers and the every-role chart.
  for (let i = 0; i < 5; i++) await career();
  const quiet = await phase(5_000, false);
  const flood = await phase(SECONDS * 1_000, true);
  const show = (label: string, r: typeof quiet) =>
    console.log(
      `${label}: /career p50 ${fmt(r.career.p50)} p99 ${fmt(r.career.p99)} (${r.career.n}); /healthz p50 ${fmt(r.healthz.p50)} p99 ${fmt(r.healthz.p99)} (${r.healthz.n}); ` +
        `charts ${r.charts.n} ${JSON.stringify(r.charts.statuses)} p50 ${fmt(r.charts.p50)}; event-loop lag p99 (max sampled) ${fmt(r.eventLoopLagP99MaxMs)}; RSS max ${r.rssMaxMb} MB`,
    );
  console.log(
    `${args.bin}${args["legacy-urls"] ? " (legacy URLs)" : ""}: ${paths.length} distinct chart URLs, ${CLIENTS} clients, ${SECONDS} s`,
  );
  show("quiet (5 s)", quiet);
  show(`chart flood (${SECONDS} s)`, flood);
  console.log(JSON.stringify({ quiet, flood }));
} finally {
  bot.child.kill("SIGTERM");
  await new Promise((resolve) => (bot.child.exitCode === null ? bot.child.once("exit", resolve) : resolve(undefined)));
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}
