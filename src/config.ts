import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import * as z from "zod";
import { DEFAULT_DATA_DIR } from "./data/load";
import { LOG_FORMATS } from "./logFormat";
import "./oneShotZod";
import { parseSchedule } from "./weekly/schedule";

/** Unset and empty mean the same thing in a .env file. */
export const optional = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();
export const url = optional.refine(
  (v) => v === undefined || URL.canParse(v),
  "must be a URL such as http://127.0.0.1:4000/api",
);

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** "30m", "1800s", "2h": a duration with its unit, in milliseconds. */
const duration = (min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/i.exec(v);
      const ms = match
        ? Number(match[1]) * (DURATION_UNITS_MS[(match[2] ?? "").toLowerCase()] ?? Number.NaN)
        : Number.NaN;
      if (!Number.isFinite(ms) || ms < min || ms > max) {
        ctx.addIssue({
          code: "custom",
          message: `must be a duration with its unit between ${min / 1000}s and ${max / 86_400_000}d, such as 30m, 1800s or 2h`,
        });
        return z.NEVER;
      }
      return Math.round(ms);
    });

const EnvSchema = z.object({
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() || undefined : v),
    z.enum(LOG_FORMATS).default("auto"),
  ),
  DATA_DIR: optional.default(DEFAULT_DATA_DIR),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: optional,
  /** Public https base URL of the bot (Slack HTTP mode: chart images in ephemeral answers, the OAuth redirect URL). */
  PUBLIC_URL: url,
  DATABASE_PATH: optional.default("./careerbot.db"),
  /** postgres://user:password@host:5432/db selects PostgreSQL (shared by replicas) instead of DATABASE_PATH. */
  DATABASE_URL: optional.refine(
    (v) => v === undefined || (/^postgres(ql)?:\/\//.test(v) && URL.canParse(v)),
    "must be a PostgreSQL URL such as postgres://careerbot:secret@127.0.0.1:5432/careerbot",
  ),
  TREND_CRON: optional.default("0 9 * * 1"),
  TREND_TZ: optional.default("UTC"),
  TREND_LEASE_MS: z.coerce.number().int().min(60_000).default(600_000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** Idle time after which a conversation's context is deleted; in milliseconds once parsed. */
  CONVERSATION_TTL: z.preprocess((v) => (v === undefined || v === "" ? "30m" : v), duration(10_000, 30 * 86_400_000)),
});

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads `.env` (without overriding the real environment) and validates every variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dotenvPath?: string): Config {
  if (env === process.env) loadDotenvFile(dotenvPath ?? ".env");
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const config = result.data;
  checkTimeZone(config.TREND_TZ);
  checkCron(config.TREND_CRON, config.TREND_TZ);
  return config;
}

/**
 * Reads a .env file into the environment, without overriding it. dotenv (CommonJS) loads only when there is a file
 * to read: a container or a CI run has none, and `careerbot ask` starts without it.
 */
function loadDotenvFile(path: string): void {
  if (!existsSync(path)) return;
  const dotenv = createRequire(import.meta.url)("dotenv") as typeof import("dotenv");
  dotenv.config({ quiet: true, path });
}

function checkTimeZone(zone: string): void {
  // The default needs no check, and the first Intl object costs every command (`careerbot ask` too) about 12 ms.
  if (zone === "UTC") return;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
  } catch {
    throw new ConfigError(
      `Invalid configuration:\n  TREND_TZ: unknown time zone "${zone}" (use an IANA name such as Europe/Paris)`,
    );
  }
}

function checkCron(pattern: string, zone: string): void {
  try {
    parseSchedule(pattern, zone);
  } catch (error) {
    throw new ConfigError(
      `Invalid configuration:\n  TREND_CRON: "${pattern}" is not a cron pattern (${(error as Error).message}); e.g. "0 9 * * 1" for Mondays 09:00`,
    );
  }
}
