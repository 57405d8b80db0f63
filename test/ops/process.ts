import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { until } from "../helpers";
import { tempDir } from "../tempDir";

const BIN = fileURLToPath(new URL("../../bin/careerbot.js", import.meta.url));

export interface LogLine {
  msg: string;
  [key: string]: unknown;
}

/**
 * `careerbot start` in a child process (Node given `nodeFlags`, as bin/careerbot gives its V8 flags) with JSON logs, listening on 127.0.0.1 only, with a fresh database and
 * every platform variable blanked unless `env` sets it. Its folder goes when the test (or, started in beforeAll, the
 * file) ends: stop it before then.
 */
export function startCareerbot(env: Record<string, string>, bin = BIN, nodeFlags: readonly string[] = []) {
  const dir = tempDir("careerbot-ops-");
  const child: ChildProcess = spawn(process.execPath, [...nodeFlags, bin, "start"], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      LOG_LEVEL: "info",
      LOG_FORMAT: "json",
      HOST: "127.0.0.1",
      HEALTH_PORT: "0",
      HEALTH_HOST: "",
      PORT: "0",
      DATABASE_PATH: join(dir, "careerbot.db"),
      SLACK_BOT_TOKEN: "",
      SLACK_SIGNING_SECRET: "",
      SLACK_APP_TOKEN: "",
      SLACK_API_URL: "",
      DISCORD_TOKEN: "",
      DISCORD_API_URL: "",
      DISCORD_APPLICATION_ID: "",
      DISCORD_GUILD_ID: "",
      ...env,
    },
  });
  const logs: LogLine[] = [];
  let stderr = "";
  let exitCode: number | null | undefined;
  let exitSignal: NodeJS.Signals | null = null;
  child.on("exit", (code, signal) => {
    exitCode = code;
    exitSignal = signal;
  });
  let pending = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk;
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line));
      } catch {}
    }
  });
  const find = (msg: string) => logs.find((l) => l.msg === msg);
  return {
    child,
    logs,
    stderr: () => stderr,
    /** Waits for a log line with this message; fails early, with the process's stderr, if it exits. */
    async waitForLog(msg: string, ms = 60_000): Promise<LogLine> {
      await until(() => find(msg) !== undefined || exitCode !== undefined, ms).catch(() => {
        throw new Error(`no "${msg}" log line within ${ms} ms; stderr:\n${stderr}`);
      });
      const line = find(msg);
      if (!line)
        throw new Error(
          `careerbot exited (code ${exitCode}, signal ${exitSignal}) before "${msg}"; stderr:\n${stderr}`,
        );
      return line;
    },
    /** SIGTERM, then the exit code. */
    async stop(ms = 20_000): Promise<number | null> {
      if (exitCode === undefined) child.kill("SIGTERM");
      await until(() => exitCode !== undefined, ms);
      return exitCode ?? null;
    },
  };
}

export async function get(url: string): Promise<{ status: number; type: string; text: string }> {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get("content-type") ?? "", text: await res.text() };
}

/** The value of one Prometheus sample, e.g. sample(text, 'careerbot_questions_total{platform="slack",intent="salary"}'). */
export function sample(metrics: string, series: string): number | undefined {
  const line = metrics.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** GETs `url` until it answers `status` (one request at a time, a short pause between); returns the last answer. */
export async function getUntil(url: string, status: number, ms = 30_000) {
  const end = Date.now() + ms;
  let last: { status: number; type: string; text: string } = { status: 0, type: "", text: "" };
  while (Date.now() < end) {
    last = await get(url).catch((e: Error) => ({ status: 0, type: "", text: e.message }));
    if (last.status === status) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} never answered ${status} within ${ms} ms; last: ${last.status} ${last.text}`);
}
