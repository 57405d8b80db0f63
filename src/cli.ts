import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { PLATFORMS } from "../adapters";
import { renderPlainText } from "./answer/plainText";
import { answerText, type CareerBot, createCareerBot, type Reply } from "./bot";
import { type Config, loadConfig } from "./config";
import { DataValidationError, loadCareerData, validateCareerData } from "./data/load";
import { checkReportChannel } from "./feedback/operator";
import { statedProfile } from "./intent/profile";
import type { ConversationContext } from "./intent/understand";
import type { Logger } from "./logger";
import { packageVersion } from "./ops/version";
import { configuredPlatforms } from "./platform";
import { prebuiltBot } from "./startupSnapshot";
import type { Store } from "./store";
import type { Platform } from "./store/subscriptions";
import { UsageError } from "./usageError";
import { type IsoWeek, isoWeekOf, parseIsoWeek } from "./weekly/isoWeek";
import { buildWeeklyPost } from "./weekly/post";
import type { ChannelPoster } from "./weekly/poster";

/**
 * The store (better-sqlite3 or pg) and pino, for the commands that use them: `careerbot ask` starts without either.
 */
async function openWeekly(config: Config) {
  const [{ createWeekly }, { createLogger }] = await Promise.all([import("./weekly"), import("./logger")]);
  const log = createLogger(config.LOG_LEVEL, config.LOG_FORMAT);
  return { log, weekly: await createWeekly(config, loadCareerData(config.DATA_DIR), log) };
}

/** What every command shares: a summary for the overview, its help text, its options for node:util parseArgs. */
interface CommandSpec {
  summary: string;
  usage: string;
  options?: ParseArgsConfig["options"];
  /** Positional arguments allowed, at most; the question of `ask` takes any number. */
  maxPositionals?: number;
  run(values: Record<string, unknown>, positionals: string[]): Promise<number>;
}

/** The bot for the configured data folder: the start-up snapshot's own, when built from what the folder holds now. */
function loadBot(): CareerBot {
  const dir = loadConfig().DATA_DIR;
  return prebuiltBot(dir) ?? createCareerBot(loadCareerData(dir));
}

/** One reply as `ask --json` prints it: the answer, each part's intent and roles, and what was understood of the asker. */
function toJson({ answer, parts, understanding }: Reply): string {
  return JSON.stringify({
    intent: answer.intent,
    roles: answer.roles,
    text: renderPlainText(answer),
    profile: statedProfile(understanding.profile),
    parts: (answer.parts ?? [answer]).map((p, i) => ({
      intent: p.intent,
      roles: p.roles,
      ...(p.notCoveredTopic ? { topic: p.notCoveredTopic } : {}),
      ...(parts[i]?.place ? { place: parts[i]?.place } : {}),
    })),
    answer,
  });
}

// bin/careerbot.js turns the validated-data cache on for the built CLI (a file beside the bundle).
export { useDataCache } from "./data/cache";
// bin/snapshot.cjs builds the bot a start-up snapshot keeps.
export { prebuildBot } from "./startupSnapshot";

export interface AskOptions {
  /** The question (positionals joined); unused with `jsonl`. */
  question: string;
  /** One JSON object instead of plain text. */
  json: boolean;
  /** One question per stdin line, one JSON object per line on stdout. */
  jsonl: boolean;
  /** With `jsonl`: every stdin line continues the one before it, as in a chat. */
  conversation: boolean;
}

/** `careerbot ask`: stdout carries the answers and nothing else. */
export async function ask({ question, json, jsonl, conversation }: AskOptions): Promise<number> {
  const bot = loadBot();
  if (jsonl) {
    // Each line is answered in the context the one before it left, kept only with --conversation.
    let context: ConversationContext | undefined;
    const { stdinLines } = await import("./stdinLines");
    for await (const line of stdinLines()) {
      const reply = bot.reply(line, context);
      if (conversation) context = reply.context;
      process.stdout.write(`${toJson(reply)}\n`);
    }
    return 0;
  }
  process.stdout.write(json ? `${toJson(bot.reply(question))}\n` : `${answerText(bot, question).text}\n`);
  return 0;
}

async function validateData(dir: string | undefined): Promise<number> {
  const folder = dir ?? loadConfig().DATA_DIR;
  const data = validateCareerData(folder, dir === undefined ? "DATA_DIR" : "DIR");
  console.log(
    `${folder}: ok (${data.roles.length} roles, ${data.bestPractices.length} best practices, ${data.challenges.length} challenges, ${data.trends.length} trends)`,
  );
  return 0;
}

function parseWeek(label: string): IsoWeek {
  try {
    return parseIsoWeek(label);
  } catch (error) {
    throw new UsageError(`--week: ${(error as Error).message}`);
  }
}

async function trendsPreview(weekLabel: string | undefined): Promise<number> {
  // Checked before anything loads: a wrong --week is an error, never "this week".
  const week = weekLabel === undefined ? undefined : parseWeek(weekLabel);
  const config = loadConfig();
  const data = loadCareerData(config.DATA_DIR);
  console.log(renderPlainText(buildWeeklyPost(data, week ?? isoWeekOf(new Date(), config.TREND_TZ))));
  return 0;
}

async function trendsRunDue(nowText: string | undefined): Promise<number> {
  const now = nowText === undefined ? new Date() : new Date(nowText);
  if (Number.isNaN(now.getTime()))
    throw new UsageError(`--now "${nowText}" is not an ISO-8601 time such as 2026-11-30T09:05:00Z`);
  const config = loadConfig();
  checkReportChannel(config, PLATFORMS);
  const { log, weekly } = await openWeekly(config);
  try {
    const report = await weekly.poster(await postersFor(config, log, weekly.store)).runDue(now);
    console.log(`week ${report.week}: ${report.slot ? `slot ${report.slot}` : "slot not reached yet"}`);
    // Each skipped channel with its reason: "slack:C1 (subscribed after this week's slot: first post 2026-W50)".
    const skipped = report.skipped.map((key) => `${key} (${report.skipReasons[key] ?? "skipped"})`);
    const lines = { sent: report.sent, skipped, failed: report.failed, unsubscribed: report.unsubscribed };
    for (const [key, list] of Object.entries(lines)) console.log(`${key}: ${list.join(", ") || "none"}`);
    return report.failed.length > 0 ? 1 : 0;
  } finally {
    await weekly.close();
  }
}

/** Posters for the platforms configured (their clients load only here, so `ask` starts fast). */
async function postersFor(config: Config, log: Logger, store: Store): Promise<ChannelPoster[]> {
  // A poster may need the store (a Slack workspace's token from its installation).
  const platforms = configuredPlatforms(PLATFORMS, config, process.env, "post");
  return Promise.all(platforms.map(({ adapter, settings }) => adapter.poster(settings, { log, store })));
}

async function subscriptions([action, platform, channelId]: string[]): Promise<number> {
  if (action !== "list" && !((action === "add" || action === "remove") && platform && channelId)) {
    throw new UsageError(
      `careerbot subscriptions: use list [platform], or add|remove <${platformNames()}> <channel-id>`,
    );
  }
  const p = platform === undefined ? undefined : parsePlatform(platform);
  // Only on add: a malformed id subscribed before this check must stay removable.
  if (action === "add" && p !== undefined && channelId !== undefined) {
    const wrong = PLATFORMS.find((a) => a.name === p)?.checkChannelId?.(channelId);
    if (wrong) throw new UsageError(`subscriptions add: "${channelId}" is not a ${p} channel id: ${wrong}`);
  }
  const { weekly } = await openWeekly(loadConfig());
  try {
    if (action === "list") {
      const subs = await weekly.subscriptions.list(p);
      for (const s of subs) console.log(`${s.platform}\t${s.channelId}\t${s.createdAt}\t${s.createdBy ?? ""}`);
      if (subs.length === 0) console.log("no subscriptions");
      return 0;
    }
    const [q, id] = [p as Platform, channelId as string];
    const changed =
      action === "add" ? await weekly.subscriptions.add(q, id, "cli") : await weekly.subscriptions.remove(q, id);
    console.log(`${q} ${id}: ${changed ? (action === "add" ? "subscribed" : "unsubscribed") : "no change"}`);
    return 0;
  } finally {
    await weekly.close();
  }
}

const SINCE_UNITS_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** `--since 7d` (hours, days, weeks back from now) or an ISO date or time (`2026-05-01`). */
export function parseSince(text: string, now: Date): Date {
  const relative = /^(\d{1,5})\s*([hdw])$/i.exec(text.trim());
  if (relative)
    return new Date(now.getTime() - Number(relative[1]) * (SINCE_UNITS_MS[(relative[2] ?? "").toLowerCase()] ?? 0));
  const at = /^\d{4}-\d{2}-\d{2}/.test(text) ? new Date(text) : new Date(Number.NaN);
  if (Number.isNaN(at.getTime()) || at > now)
    throw new UsageError(
      `--since "${text}": use a time back from now such as 7d, 24h or 4w, or a past date such as 2026-05-01`,
    );
  return at;
}

/** `careerbot report`: what people asked and rated, from the store (never a user id; texts only if kept). */
async function report(sinceText: string, json: boolean): Promise<number> {
  const now = new Date();
  const since = parseSince(sinceText, now);
  const config = loadConfig();
  const data = loadCareerData(config.DATA_DIR);
  const [{ openStore }, { buildReport, reportText }] = await Promise.all([
    import("./store"),
    import("./feedback/report"),
  ]);
  const store = await openStore(config);
  try {
    const built = await buildReport(store.feedback, data, { since, until: now, textsKept: config.FEEDBACK_KEEP_TEXT });
    console.log(json ? JSON.stringify(built) : reportText(built));
    return 0;
  } finally {
    await store.close();
  }
}

/** `careerbot backup FILE`: a consistent copy of the live SQLite database; PostgreSQL has pg_dump. */
async function backup(file: string | undefined): Promise<number> {
  if (!file)
    throw new UsageError("careerbot backup: give the file to write, e.g. careerbot backup careerbot-backup.db");
  const config = loadConfig();
  if (config.DATABASE_URL)
    throw new UsageError(
      'backup: DATABASE_URL is set: back PostgreSQL up with pg_dump, e.g. pg_dump --format=custom --file careerbot.dump "$DATABASE_URL"',
    );
  if (existsSync(file)) throw new UsageError(`backup: ${resolve(file)} exists already: pick a new file name`);
  const { backupDatabase, schemaVersionOf } = await import("./store/backup");
  const pages = await backupDatabase(config.DATABASE_PATH, file);
  console.log(
    `${resolve(config.DATABASE_PATH)} (schema v${schemaVersionOf(file)}, ${pages} pages) backed up to ${resolve(file)}`,
  );
  return 0;
}

const platformNames = () => PLATFORMS.map((p) => p.name).join("|");

function parsePlatform(value: string): Platform {
  if (PLATFORMS.some((p) => p.name === value)) return value as Platform;
  throw new UsageError(`platform must be ${PLATFORMS.map((p) => p.name).join(" or ")}, not "${value}"`);
}

/** Exit 0 when the running bot's /healthz (or /readyz) answers 200 on this machine: a HEALTHCHECK without curl. */
async function healthcheck(ready: boolean, urlOption: string | undefined): Promise<number> {
  let url = urlOption;
  if (url === undefined) {
    const config = loadConfig();
    // Every mode serves them on HEALTH_PORT; a wildcard HEALTH_HOST is reached through the loopback address.
    const host = ["0.0.0.0", "::"].includes(config.HEALTH_HOST) ? "127.0.0.1" : config.HEALTH_HOST;
    url = `http://${host.includes(":") ? `[${host}]` : host}:${config.HEALTH_PORT}${ready ? "/readyz" : "/healthz"}`;
  }
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    const body = (await res.text()).slice(0, 500);
    console.log(`${url}: ${res.status} ${body}`);
    return res.status === 200 ? 0 : 1;
  } catch (error) {
    console.error(`${url}: ${(error as Error).message}`);
    return 1;
  }
}

const HELP = { type: "boolean", short: "h" } as const;

const COMMANDS: Record<string, CommandSpec> = {
  start: {
    summary: `run the bot: every configured platform (${PLATFORMS.map((p) => p.name).join(", ")}), else the console shell`,
    usage: `Usage: careerbot start

Starts every platform whose variables are set (${PLATFORMS.map((p) => p.name).join(", ")}) with the weekly posts, and the health, readiness
and metrics endpoint; with neither configured, opens the console shell. Configuration comes from the environment
or .env (see .env.example).`,
    maxPositionals: 0,
    async run() {
      const { startBot } = await import("./main");
      return startBot();
    },
  },
  ask: {
    summary: "answer one question, or one per stdin line",
    usage: `Usage: careerbot ask [--json] <question...>
       careerbot ask --jsonl [--conversation] < questions.txt

Options:
  --json           print one JSON object (intent, roles, text, answer) instead of plain text
  --jsonl          read one question per stdin line, print one JSON object per line
  --conversation   with --jsonl: the lines are one conversation, each answered in the context of those before
  -h, --help       this text

The question is every argument that is not an option; put it after -- if it starts with a dash.`,
    options: { json: { type: "boolean" }, jsonl: { type: "boolean" }, conversation: { type: "boolean" } },
    run(values, positionals) {
      const [json, jsonl, conversation] = [values.json === true, values.jsonl === true, values.conversation === true];
      if (json && jsonl) throw new UsageError("use --json or --jsonl, not both");
      if (conversation && !jsonl)
        throw new UsageError("--conversation needs --jsonl (the conversation is read from stdin)");
      if (jsonl && positionals.length > 0)
        throw new UsageError("with --jsonl the questions come from stdin: give no question argument");
      return ask({ question: positionals.join(" "), json, jsonl, conversation });
    },
  },
  "validate-data": {
    summary: "check a data folder (default: DATA_DIR or ./data)",
    usage: `Usage: careerbot validate-data [DIR]

Loads and validates every file of the data folder DIR (default: DATA_DIR, else the project's data/). Exits 1
naming each file and field that is wrong.`,
    maxPositionals: 1,
    run: (_values, [dir]) => validateData(dir),
  },
  "trends preview": {
    summary: "print the weekly post (default: this week)",
    usage: `Usage: careerbot trends preview [--week 2026-W49]

Options:
  --week WEEK   the ISO week to show (2026-W49 or --week=2026-W49); default: this week in TREND_TZ
  -h, --help    this text`,
    options: { week: { type: "string" } },
    maxPositionals: 0,
    run: (values) => trendsPreview(values.week as string | undefined),
  },
  "trends run-due": {
    summary: "run one weekly tick: send what is due, print what was sent and skipped",
    usage: `Usage: careerbot trends run-due [--now 2026-11-30T09:05:00Z]

Runs one tick of the weekly scheduler as if the clock read --now (default: now): sends this week's post to every
subscribed channel that is due, and prints what was sent, skipped, failed and unsubscribed. Exits 1 if a send failed.

Options:
  --now TIME    an ISO-8601 time (--now 2026-11-30T09:05:00Z or --now=...)
  -h, --help    this text`,
    options: { now: { type: "string" } },
    maxPositionals: 0,
    run: (values) => trendsRunDue(values.now as string | undefined),
  },
  "chart salary": {
    summary: "write the salary chart PNG (default: every role)",
    usage: `Usage: careerbot chart salary [--roles id,id] [--out salary.png] [--svg] [--repeat N]

Writes the salary chart the bots attach to salary answers: one bar per role, from the data folder.

Options:
  --roles IDS   comma-separated role ids (careerbot ask "roles" lists them); default: every role
  --out FILE    where to write it (default: salary.png)
  --svg         write the SVG instead of the PNG
  --repeat N    render N times and print the median and slowest render time
  -h, --help    this text`,
    options: {
      roles: { type: "string" },
      out: { type: "string", default: "salary.png" },
      svg: { type: "boolean", default: false },
      repeat: { type: "string", default: "1" },
    },
    maxPositionals: 0,
    async run(values) {
      const { writeSalaryChart } = await import("./chart/cli");
      return writeSalaryChart({
        roles: values.roles as string | undefined,
        out: values.out as string,
        svg: values.svg === true,
        repeat: values.repeat as string,
      });
    },
  },
  healthcheck: {
    summary: "probe the running bot's health endpoint; exit 0 on 200 (container HEALTHCHECK)",
    usage: `Usage: careerbot healthcheck [--ready] [--url URL]

Asks the bot running on this machine for GET /healthz (alive) or, with --ready, GET /readyz (database writable and
every adapter connected) on HEALTH_PORT (at HEALTH_HOST, or 127.0.0.1 when that is 0.0.0.0), in every mode.
Exits 0 on 200, 1 otherwise.

Options:
  --ready       probe /readyz instead of /healthz
  --url URL     probe this URL instead
  -h, --help    this text`,
    options: { ready: { type: "boolean" }, url: { type: "string" } },
    maxPositionals: 0,
    run: (values) => healthcheck(values.ready === true, values.url as string | undefined),
  },
  backup: {
    summary: "copy the live SQLite database to FILE, safely while the bot runs",
    usage: `Usage: careerbot backup FILE

Copies the SQLite database (DATABASE_PATH) to FILE through SQLite's online backup API: consistent while the bot
runs and writes (a plain cp of a WAL database can miss recent rows, even whole tables). FILE must not exist.
Restore: stop the bot, copy FILE to DATABASE_PATH, delete DATABASE_PATH-wal and DATABASE_PATH-shm, start the bot.
With DATABASE_URL (PostgreSQL), use pg_dump instead.`,
    maxPositionals: 1,
    run: (_values, [file]) => backup(file),
  },
  report: {
    summary: "what people asked and rated: answers by intent, what the guide does not cover, ratings, top roles",
    usage: `Usage: careerbot report [--since 7d] [--json]

Reads the store (DATABASE_URL, else DATABASE_PATH): answers by intent and the share of unknown, the topics the guide
does not cover (most asked first), 👍/👎 by intent (worst first) and the roles asked about most. Question texts
appear only when the bot keeps them (FEEDBACK_KEEP_TEXT=true); no user id ever does. Counts are kept per UTC day,
so a period starts at midnight UTC of its first day.

Options:
  --since WHEN   the period: 7d (default), 24h, 4w, or a date such as 2026-05-01
  --json         one JSON object: {"votes": {"up", "down"}, "notCovered": [{"topic", "count"}], "byIntent": {...}, ...}
  -h, --help     this text`,
    options: { since: { type: "string", default: "7d" }, json: { type: "boolean" } },
    maxPositionals: 0,
    run: (values) => report(values.since as string, values.json === true),
  },
  subscriptions: {
    summary: "manage weekly-post subscriptions",
    usage: `Usage: careerbot subscriptions list [${platformNames()}]
       careerbot subscriptions add|remove <${platformNames()}> <channel-id>

Lists, adds or removes the channels that get the weekly trend post (DATABASE_URL, else DATABASE_PATH).`,
    maxPositionals: 3,
    run: (_values, positionals) => subscriptions(positionals),
  },
};

// Commands a platform adds (`discord-register`).
for (const platform of PLATFORMS) {
  for (const [name, command] of Object.entries(platform.commands ?? {})) {
    COMMANDS[name] = {
      summary: command.summary,
      usage: command.usage,
      maxPositionals: 0,
      run: () => {
        loadConfig(); // reads .env into the environment the platform reads
        return command.run();
      },
    };
  }
}

/** Commands with actions: `careerbot trends preview`, `careerbot chart salary`. */
const GROUPS: Record<string, string[]> = { trends: ["preview", "run-due"], chart: ["salary"] };

function overview(): string {
  const lines = Object.entries(COMMANDS).map(([name, spec]) => `  ${name.padEnd(18)}${spec.summary}`);
  return `Usage: careerbot <command> [options]

Commands:
${lines.join("\n")}
  ${"help [command]".padEnd(18)}this text, or a command's help

Options:
  -h, --help        help (also after any command: careerbot ask --help)
  -v, --version     print the version`;
}

function groupUsage(group: string): string {
  const actions = (GROUPS[group] ?? []).map(
    (a) => `  ${`${group} ${a}`.padEnd(18)}${COMMANDS[`${group} ${a}`]?.summary}`,
  );
  return `Usage: careerbot ${group} <${(GROUPS[group] ?? []).join("|")}> [options]\n\n${actions.join("\n")}`;
}

/** Finds the command an argument list names: its key and the arguments after its name. */
function resolveCommand(argv: string[]): { key: string; args: string[] } | { group: string; args: string[] } {
  const [name = "", ...rest] = argv;
  const actions = GROUPS[name];
  if (!actions) {
    if (!COMMANDS[name]) throw new UsageError(`unknown command "${name}" (careerbot --help lists the commands)`);
    return { key: name, args: rest };
  }
  const [action, ...args] = rest;
  if (action !== undefined && actions.includes(action)) return { key: `${name} ${action}`, args };
  if (action === undefined || action.startsWith("-")) return { group: name, args: rest };
  throw new UsageError(`unknown ${name} action "${action}": use ${actions.join(" or ")}`);
}

/** node:util parseArgs' messages, shortened to one line that names the problem. */
function parseError(key: string, error: Error & { code?: string }): UsageError {
  const quoted = /'([^']+)'/.exec(error.message)?.[1];
  const hint = `(careerbot ${key} --help)`;
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(`careerbot ${key}: unknown option ${quoted} ${hint}`);
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new UsageError(`careerbot ${key}: unexpected argument "${quoted}" ${hint}`);
    default:
      return new UsageError(`careerbot ${key}: ${error.message.split("\n")[0]} ${hint}`);
  }
}

function help(argv: string[]): number {
  if (argv.length === 0) {
    console.log(overview());
    return 0;
  }
  const found = resolveCommand(argv);
  console.log("key" in found ? (COMMANDS[found.key] as CommandSpec).usage : groupUsage(found.group));
  return 0;
}

async function dispatch(argv: string[]): Promise<number> {
  const [first] = argv;
  if (first === undefined || first === "help") return help(argv.slice(1));
  if (first === "--help" || first === "-h") return help([]);
  if (first === "--version" || first === "-v") {
    console.log(packageVersion());
    return 0;
  }
  if (first.startsWith("-"))
    throw new UsageError(`unknown option ${first} before the command (careerbot --help lists the commands)`);
  const found = resolveCommand(argv);
  if ("group" in found) {
    if (found.args.includes("--help") || found.args.includes("-h")) {
      console.log(groupUsage(found.group));
      return 0;
    }
    throw new UsageError(`careerbot ${found.group} needs an action: ${(GROUPS[found.group] ?? []).join(" or ")}`);
  }
  const spec = COMMANDS[found.key] as CommandSpec;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: found.args,
      options: { ...spec.options, help: HELP },
      strict: true,
      allowPositionals: spec.maxPositionals !== 0,
    });
  } catch (error) {
    throw parseError(found.key, error as Error);
  }
  if (parsed.values.help) {
    console.log(spec.usage);
    return 0;
  }
  if (spec.maxPositionals !== undefined && parsed.positionals.length > spec.maxPositionals) {
    throw new UsageError(
      `careerbot ${found.key}: unexpected argument "${parsed.positionals[spec.maxPositionals]}" (careerbot ${found.key} --help)`,
    );
  }
  return spec.run(parsed.values, parsed.positionals);
}

/** Runs a command line; resolves to the exit code: 0 done, 1 failed, 2 called wrongly. */
export async function runCli(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message.startsWith("careerbot") ? error.message : `careerbot: ${error.message}`);
      return 2;
    }
    // Known, user-fixable errors get their message alone; anything else keeps its stack.
    const known =
      error instanceof DataValidationError ||
      ["ConfigError", "DatabaseError", "ListenError"].includes((error as Error).name);
    console.error(known ? (error as Error).message : error);
    return 1;
  }
}

// Run directly (`tsx src/cli.ts ...`); bin/careerbot.js imports runCli instead.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
