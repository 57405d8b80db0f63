/**
 * `npm run bench:slack`: careerbot's Slack acknowledgement side by side with a bare Bolt app answering a 2 KB text
 * (scripts/bench-slack-bare.mjs), both started here in Slack HTTP mode on 127.0.0.1 against the fake Slack of the
 * tests, with the same signing secret, token and receiver settings. careerbot runs as `careerbot start` does by
 * default: SQLite in a fresh temp folder, info logs (JSON), metrics on.
 *
 * The same signed /career load (scripts/slack-load-rate.mjs, closed loop: C clients each sending its next command
 * when the last is answered) goes to one app then the other, for each concurrency, in rounds whose order rotates
 * (careerbot first in even rounds, the bare app first in odd ones), so a machine that gets busier or quieter
 * slows both alike. Reported per concurrency: each app's median ack p50 and throughput over the rounds, and the
 * median over rounds of careerbot/bare for each. Goals: ack p50 at most 1.5x at concurrency 1 and 2x at 50,
 * throughput at least 0.6x.
 *
 *   npm run bench:slack -- [--rounds 5] [--seconds 3] [--concurrency 1,50] [--profile DIR] [--also CHECKOUT]
 *
 * `--also CHECKOUT` runs another checkout's careerbot (its built dist/) as a third app in the same rotation: a
 * before/after comparison that one busy machine disturbs alike.
 *
 * `--profile DIR` starts both with `node --cpu-prof`: DIR/careerbot/ and DIR/bare/ each get one .cpuprofile of the
 * whole run, written when it stops (open it in Chrome DevTools, Performance tab).
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { startFakeSlack } from "../test/fakes/slack";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "5" },
    seconds: { type: "string", default: "3" },
    concurrency: { type: "string", default: "1,50" },
    profile: { type: "string" },
    also: { type: "string" },
  },
});
const ROUNDS = Number(values.rounds);
const SECONDS = Number(values.seconds);
const CONCURRENCIES = String(values.concurrency).split(",").map(Number);
if (!(ROUNDS >= 1 && SECONDS > 0 && CONCURRENCIES.every((c) => Number.isInteger(c) && c >= 1)))
  throw new Error("--rounds, --seconds and --concurrency (e.g. 1,50) must be positive numbers");
const GOALS: Record<number, number> = { 1: 1.5, 50: 2 };
const THROUGHPUT_GOAL = 0.6;

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SECRET = "bench-secret";
const TOKEN = "xoxb-bench";
const run = promisify(execFile);

interface LoadResult {
  /** CPU time the server spent per answered command (user + system), in microseconds; Linux only. */
  cpuUs?: number;
  sent: number;
  ok: number;
  errors: number;
  achievedRps: number;
  p50: number;
  p90: number;
  p99: number;
}

interface Target {
  name: string;
  url: string;
  child: ChildProcess;
}

const profileFlags = (name: string) =>
  values.profile ? ["--cpu-prof", "--cpu-prof-dir", join(values.profile, name)] : [];

const children: ChildProcess[] = [];
process.on("exit", () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
});

/** Spawns a server and resolves to its port once `ready` finds it in the output. */
function startServer(
  name: string,
  args: string[],
  env: Record<string, string>,
  stream: "stdout" | "stderr",
  ready: (line: string) => number | undefined,
  cwd = ROOT,
): Promise<Target> {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", stream === "stdout" ? "pipe" : "ignore", "pipe"],
  });
  children.push(child);
  let output = "";
  let errors = "";
  child.stderr?.on("data", (c: Buffer) => {
    errors += c.toString();
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${name} exited (${code}) before listening:\n${errors}`)));
    child[stream]?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of output.split("\n")) {
        const port = ready(line);
        if (port !== undefined) resolve({ name, url: `http://127.0.0.1:${port}/slack/events`, child });
      }
    });
  });
}

/** A process's CPU time so far (user + system), in ms, from /proc (Linux); undefined elsewhere. */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name, in clock ticks (100 Hz).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

async function load(target: Target, concurrency: number, seconds: number, runId: string): Promise<LoadResult> {
  const cpuBefore = cpuMs(target.child.pid);
  const { stdout } = await run(
    process.execPath,
    [
      join(ROOT, "scripts/slack-load-rate.mjs"),
      JSON.stringify({ urls: [target.url], secret: SECRET, concurrency, seconds, runId }),
    ],
    { timeout: (seconds + 60) * 1000, maxBuffer: 1 << 20 },
  );
  const result = JSON.parse(stdout) as LoadResult;
  const cpuAfter = cpuMs(target.child.pid);
  if (cpuBefore !== undefined && cpuAfter !== undefined && result.ok > 0)
    result.cpuUs = ((cpuAfter - cpuBefore) * 1000) / result.ok;
  return result;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

console.log(
  `bench:slack: careerbot vs a bare Bolt app${values.also ? ` (and ${values.also})` : ""}, ${ROUNDS} rounds of ${SECONDS} s per app and concurrency ${CONCURRENCIES.join(" and ")}; ` +
    `${cpus().length} cores (${cpus()[0]?.model ?? "?"}), node ${process.version}`,
);
const { RUN_V8_FLAGS } = createRequire(import.meta.url)("../bin/bundle.cjs") as { RUN_V8_FLAGS: string[] };
await run(process.execPath, [join(ROOT, "scripts/build.mjs")]);
const fake = await startFakeSlack();
const dir = mkdtempSync(join(tmpdir(), "careerbot-bench-slack-"));
try {
  const slackEnv = { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: fake.apiUrl, PORT: "0" };
  const startCareerbot = (name: string, root: string) =>
    startServer(
      name,
      // (With the V8 flags bin/careerbot, the command, gives a server.)
      [...profileFlags(name.replace(/\W+/g, "-")), ...RUN_V8_FLAGS, "bin/careerbot.js", "start"],
      {
        ...slackEnv,
        HOST: "127.0.0.1",
        HEALTH_PORT: "0",
        DATABASE_PATH: join(dir, `${name.replace(/\W+/g, "-")}.db`),
        DATABASE_URL: "",
        SLACK_APP_TOKEN: "",
        DISCORD_TOKEN: "",
        LOG_LEVEL: "info",
        LOG_FORMAT: "json",
      },
      "stderr",
      (line) => {
        if (!line.includes("slack adapter listening")) return undefined;
        return (JSON.parse(line) as { port: number }).port;
      },
      root,
    );
  const careerbot = await startCareerbot("careerbot", ROOT);
  const other = values.also ? await startCareerbot(`careerbot ${values.also}`, values.also) : undefined;
  const bare = await startServer(
    "bare Bolt",
    [...profileFlags("bare"), join(ROOT, "scripts/bench-slack-bare.mjs")],
    slackEnv,
    "stdout",
    (line) => {
      const match = /^listening (\d+)$/.exec(line);
      return match ? Number(match[1]) : undefined;
    },
  );
  const targets = [careerbot, bare, ...(other ? [other] : [])];

  // Warm-up, not counted: the JIT of both apps and of the load generator, keep-alive connections, SQLite pages.
  for (const target of targets) {
    for (const c of [...CONCURRENCIES].reverse()) await load(target, c, 2, `warm-${target.name}-${c}`);
  }

  const results = new Map<string, LoadResult[]>();
  const key = (name: string, c: number) => `${name}@${c}`;
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of CONCURRENCIES) {
      // Each round starts with the next app: every app goes first, last (and in between) as often as the others.
      const order = targets.map((_, i) => targets[(i + round) % targets.length] as Target);
      for (const target of order) {
        const result = await load(target, c, SECONDS, `r${round}-${target.name}-${c}`);
        if (result.errors > 0) console.log(`  ${target.name} at ${c}: ${result.errors} errors of ${result.sent}`);
        results.set(key(target.name, c), [...(results.get(key(target.name, c)) ?? []), result]);
      }
    }
  }

  const summary: Record<string, unknown> = {};
  for (const c of CONCURRENCIES) {
    const cb = results.get(key(careerbot.name, c)) ?? [];
    const bb = results.get(key(bare.name, c)) ?? [];
    const p50Ratio = median(cb.map((r, i) => r.p50 / (bb[i]?.p50 ?? Number.NaN)));
    const rpsRatio = median(cb.map((r, i) => r.achievedRps / (bb[i]?.achievedRps ?? Number.NaN)));
    const cpuRatio = median(cb.map((r, i) => (r.cpuUs ?? Number.NaN) / (bb[i]?.cpuUs ?? Number.NaN)));
    const row = (name: string, rs: LoadResult[]) =>
      `  ${name.padEnd(10)} ack p50 ${median(rs.map((r) => r.p50)).toFixed(2)} ms, p99 ${median(rs.map((r) => r.p99)).toFixed(2)} ms, ` +
      `${median(rs.map((r) => r.achievedRps)).toFixed(0)} answers/s, ` +
      `CPU ${median(rs.map((r) => r.cpuUs ?? Number.NaN)).toFixed(0)} us an answer, errors ${rs.reduce((n, r) => n + r.errors, 0)}`;
    const p50Goal = GOALS[c];
    console.log(`concurrency ${c} (medians of ${ROUNDS} rounds):`);
    console.log(row(careerbot.name, cb));
    console.log(row(bare.name, bb));
    const ob = other ? (results.get(key(other.name, c)) ?? []) : [];
    if (other) {
      console.log(row(other.name, ob));
      const ratio = (pick: (r: LoadResult) => number) =>
        median(ob.map((r, i) => pick(r) / pick(bb[i] ?? ({} as LoadResult)))).toFixed(2);
      console.log(
        `  ${other.name} / bare: ack p50 ${ratio((r) => r.p50)}x, throughput ${ratio((r) => r.achievedRps)}x, CPU an answer ${ratio((r) => r.cpuUs ?? Number.NaN)}x`,
      );
    }
    console.log(
      `  careerbot / bare: ack p50 ${p50Ratio.toFixed(2)}x${p50Goal ? ` (goal <= ${p50Goal}x${p50Ratio <= p50Goal ? ", met" : ", NOT met"})` : ""}, ` +
        `throughput ${rpsRatio.toFixed(2)}x (goal >= ${THROUGHPUT_GOAL}x${rpsRatio >= THROUGHPUT_GOAL ? ", met" : ", NOT met"})`,
    );
    console.log(
      `  CPU an answer: ${cpuRatio.toFixed(2)}x (less disturbed by other work on the machine than the timings)`,
    );
    // The spread: each round's ratio, in round order (the median above is their middle one).
    console.log(
      `  per round p50 ratio: ${cb.map((r, i) => (r.p50 / (bb[i]?.p50 ?? Number.NaN)).toFixed(2)).join(" ")}`,
    );
    console.log(
      `  per round throughput ratio: ${cb.map((r, i) => (r.achievedRps / (bb[i]?.achievedRps ?? Number.NaN)).toFixed(2)).join(" ")}`,
    );
    const medians = (rs: LoadResult[]) => ({
      p50: median(rs.map((r) => r.p50)),
      rps: median(rs.map((r) => r.achievedRps)),
      cpuUs: median(rs.map((r) => r.cpuUs ?? Number.NaN)),
    });
    summary[`c${c}`] = {
      p50Ratio,
      rpsRatio,
      cpuRatio,
      careerbot: medians(cb),
      bare: medians(bb),
      ...(other ? { other: medians(ob) } : {}),
    };
  }
  console.log(JSON.stringify(summary));
  for (const target of targets) target.child.kill("SIGTERM");
  await Promise.all(
    targets.map((t) => new Promise((r) => (t.child.exitCode !== null ? r(0) : t.child.once("exit", r)))),
  );
} finally {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}
