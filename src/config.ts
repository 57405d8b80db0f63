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

/**
 * A whole number from the environment. The error repeats what was given (`TREND_LEASE_MS: must be a whole number from
 * 60000 to ..., not "abc"`) rather than zod's "received NaN"; unset or empty means `fallback`.
 */
export function wholeNumber(min: number, max: number, fallback: number) {
  return z
    .union([z.string(), z.number()])
    .optional()
    .transform((raw, ctx) => {
      const text = String(raw ?? "").trim();
      if (text === "") return fallback;
      const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
      if (!Number.isSafeInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `must be a whole number from ${min} to ${max}, not "${text}"` });
        return z.NEVER;
      }
      return n;
    });
}

/**
 * What docs/configuration.md says of a variable (generated from these schemas by scripts/config-docs.ts, so the page
 * cannot drift): its meaning and, when it has one, its default as an operator would write it.
 */
export interface VariableDoc {
  /** The heading it is listed under in docs/configuration.md and .env.example. */
  section: string;
  description: string;
  /** The default as it would be written in .env ("3000", "0 9 * * 1"). */
  default?: string;
  /** A default that is not a value to write ("the bundled data/", "every interface"). */
  defaultNote?: string;
  /** Never shown in logs or error messages. */
  secret?: boolean;
}
export function documented<S extends z.ZodType>(schema: S, doc: VariableDoc): S {
  return schema.meta({ ...doc }) as S;
}
export function variableDoc(schema: z.ZodType): VariableDoc | undefined {
  const meta = schema.meta() as Partial<VariableDoc> | undefined;
  return meta?.description === undefined ? undefined : (meta as VariableDoc);
}

/** `slack:C0123ABCD`, `slack:T0123:C0456` (OAuth), `discord:123...`: a platform and a channel id (checked at start). */
export const REPORT_CHANNEL_PATTERN = /^([a-z][a-z0-9-]*):(\S+)$/;

/**
 * The core's variables; each platform adds its own (adapters/<name>/settings.ts). Built on first use, as the data
 * schemas are: importing this module (every platform's settings do) costs nothing until a command reads the environment.
 */
function defineEnvSchema() {
  return z.object({
    LOG_LEVEL: documented(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"), {
      section: "Logs",
      description: "`fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`",
      default: "info",
    }),
    LOG_FORMAT: documented(
      z.preprocess((v) => (typeof v === "string" ? v.trim() || undefined : v), z.enum(LOG_FORMATS).default("auto")),
      {
        section: "Logs",
        description:
          "`auto`: readable lines when stderr is a terminal, one JSON object a line otherwise; `json` or `pretty` to force one",
        default: "auto",
      },
    ),
    DATA_DIR: documented(optional.default(DEFAULT_DATA_DIR), {
      section: "Data",
      description:
        "folder with the career data (roles/, topics/, market.json, sources.json); read at start-up, so restart after editing it",
      defaultNote: "the bundled data/",
    }),
    PORT: documented(wholeNumber(0, 65535, 3000), {
      section: "HTTP (health, metrics, Slack HTTP mode)",
      description:
        "Slack HTTP mode: the public port Slack calls, for `/slack/events` (and `/slack/install`, `/charts/...`, a bare `GET /healthz`); `/readyz` and `/metrics` are never served here",
      default: "3000",
    }),
    HOST: documented(optional, {
      section: "HTTP (health, metrics, Slack HTTP mode)",
      description:
        "Slack HTTP mode: the interface `PORT` listens on (`127.0.0.1` behind a reverse proxy on the same machine)",
      defaultNote: "every interface",
    }),
    HEALTH_PORT: documented(wholeNumber(0, 65535, 3001), {
      section: "HTTP (health, metrics, Slack HTTP mode)",
      description:
        "every mode: `GET /healthz`, `/readyz` and `/metrics` listen here, on `HEALTH_HOST` (`0`: a free port, logged); must differ from `PORT` in Slack HTTP mode",
      default: "3001",
    }),
    HEALTH_HOST: documented(optional.default("127.0.0.1"), {
      section: "HTTP (health, metrics, Slack HTTP mode)",
      description:
        "the interface `HEALTH_PORT` listens on; the default keeps metrics and readiness off the network. In a container whose probes or Prometheus come from outside it (Kubernetes, a published port), set `0.0.0.0` and keep the port private",
      default: "127.0.0.1",
    }),
    PUBLIC_URL: documented(url, {
      section: "HTTP (health, metrics, Slack HTTP mode)",
      description:
        "Slack HTTP mode: the bot's public https base URL; ephemeral `/career` answers then show salary charts served at `/charts/...`; with OAuth, the redirect URL is `PUBLIC_URL/slack/oauth_redirect`",
    }),
    DATABASE_PATH: documented(optional.default("./careerbot.db"), {
      section: "Store",
      description:
        "SQLite file for subscriptions, the delivery log, conversations, handled event ids and Slack OAuth installations (the container sets `/data/careerbot.db`, the systemd unit `/var/lib/careerbot/careerbot.db`)",
      default: "./careerbot.db",
    }),
    DATABASE_URL: documented(
      optional.refine(
        (v) => v === undefined || (/^postgres(ql)?:\/\//.test(v) && URL.canParse(v)),
        "must be a PostgreSQL URL such as postgres://careerbot:secret@127.0.0.1:5432/careerbot",
      ),
      {
        section: "Store",
        description:
          "`postgres://user:password@host:5432/db`: PostgreSQL instead of SQLite, shared by replicas; its password is never logged",
        secret: true,
      },
    ),
    BACKUPS_KEPT: documented(wholeNumber(0, 100, 3), {
      section: "Store",
      description:
        "SQLite: how many automatic backups (taken before a migration changes the schema, beside `DATABASE_PATH`) to keep; `0` takes none",
      default: "3",
    }),
    TREND_CRON: documented(optional.default("0 9 * * 1"), {
      section: "Weekly trend posts",
      description: "when the weekly post goes out (cron syntax; the default is Mondays 09:00)",
      default: "0 9 * * 1",
    }),
    TREND_TZ: documented(optional.default("UTC"), {
      section: "Weekly trend posts",
      description: 'IANA time zone for `TREND_CRON` and for what "this week" means',
      default: "UTC",
    }),
    TREND_LEASE_MS: documented(wholeNumber(60_000, 86_400_000, 600_000), {
      section: "Weekly trend posts",
      description:
        "milliseconds a claimed weekly delivery holds before a later tick may take it over (a sender that died mid-send; the taker first looks for the post in the channel's history); 60000 to 86400000",
      default: "600000",
    }),
    SHUTDOWN_TIMEOUT_MS: documented(wholeNumber(0, 600_000, 10_000), {
      section: "Process",
      description:
        "milliseconds to finish requests in flight and a weekly tick after SIGTERM/SIGINT before exiting; 0 to 600000",
      default: "10000",
    }),
    CONVERSATION_TTL: documented(
      z.preprocess((v) => (v === undefined || v === "" ? "30m" : v), duration(10_000, 30 * 86_400_000)),
      {
        section: "Conversations",
        description:
          "idle time after which a conversation's context is deleted: a number and a unit (`s`, `m`, `h`, `d`), 10s to 30d",
        default: "30m",
      },
    ),
    SHUTDOWN_DRAIN_MS: documented(wholeNumber(0, 600_000, 2_000), {
      section: "Process",
      description:
        "at shutdown, how long the Slack HTTP receiver keeps answering requests already sent (each with `Connection: close`) after `/readyz` turned 503, so none is reset; within `SHUTDOWN_TIMEOUT_MS` (milliseconds)",
      default: "2000",
    }),
    STORE_BUDGET_MS: documented(wholeNumber(10, 2_000, 300), {
      section: "Store",
      description:
        "the longest an answer waits for the store (reading a conversation, claiming an event); past it the question is answered without context, so a frozen database never holds answers (milliseconds)",
      default: "300",
    }),
    FEEDBACK_KEEP_TEXT: documented(flag(false), {
      section: "Feedback and the operator report",
      description:
        '`true`: keep the question text of answers rated or not answered well (`not_covered`, `unknown`) for `FEEDBACK_TTL`, shown in `careerbot report` only; the asker\'s "forget me" deletes them. `false`: no question text is ever stored (docs/feedback.md)',
      default: "false",
    }),
    FEEDBACK_TTL: documented(
      z.preprocess((v) => (v === undefined || v === "" ? "30d" : v), duration(60_000, 365 * 86_400_000)),
      {
        section: "Feedback and the operator report",
        description:
          "with `FEEDBACK_KEEP_TEXT=true`, how long a question text is kept: a number and a unit (`m`, `h`, `d`), 1m to 365d",
        default: "30d",
      },
    ),
    FEEDBACK_RETENTION: documented(
      z.preprocess((v) => (v === undefined || v === "" ? "90d" : v), duration(86_400_000, 3650 * 86_400_000)),
      {
        section: "Feedback and the operator report",
        description:
          "how long ratings, the records of answers not answered well and the daily counts by intent, role and topic are kept (none names a person): 1d to 3650d",
        default: "90d",
      },
    ),
    REPORT_CHANNEL: documented(
      optional.refine(
        (v) => v === undefined || REPORT_CHANNEL_PATTERN.test(v),
        "must be a platform and a channel id such as slack:C0123ABCD or discord:123456789012345678",
      ),
      {
        section: "Feedback and the operator report",
        description:
          "where the weekly operator report goes (answers by intent, what the guide does not cover, ratings, top roles; no question text), with the weekly posts at `TREND_CRON`: `slack:C0123ABCD` (`slack:T0123:C0456` with OAuth) or `discord:<channel id>`",
        defaultNote: "no report is posted",
      },
    ),
    DATABASE_QUERY_TIMEOUT_MS: documented(wholeNumber(100, 600_000, 5_000), {
      section: "Store",
      description:
        "PostgreSQL: a query without an answer after this long fails (client `query_timeout`, server `statement_timeout`), freeing its pooled connection (milliseconds)",
      default: "5000",
    }),
  });
}

let builtEnvSchema: ReturnType<typeof defineEnvSchema> | undefined;
export const envSchema = (): ReturnType<typeof defineEnvSchema> => {
  builtEnvSchema ??= defineEnvSchema();
  return builtEnvSchema;
};

/** "true" or "false" (any case; unset or empty: `fallback`); anything else is an error that repeats what was given. */
function flag(fallback: boolean) {
  return z
    .union([z.string(), z.boolean()])
    .optional()
    .transform((raw, ctx) => {
      const text = String(raw ?? "")
        .trim()
        .toLowerCase();
      if (text === "") return fallback;
      if (text === "true" || text === "false") return text === "true";
      ctx.addIssue({ code: "custom", message: `must be true or false, not "${String(raw)}"` });
      return z.NEVER;
    });
}

export type Config = z.infer<ReturnType<typeof defineEnvSchema>>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads `.env` (without overriding the real environment) and validates every variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dotenvPath?: string): Config {
  if (env === process.env) loadDotenvFile(dotenvPath ?? ".env");
  const result = envSchema().safeParse(env);
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
