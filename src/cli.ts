import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { renderPlainText } from "./answer/plainText";
import type { Answer } from "./answer/types";
import { answerText, type CareerBot, createCareerBot } from "./bot";
import { type Config, loadConfig } from "./config";
import { DataValidationError, loadCareerData } from "./data/load";
import type { ConversationContext } from "./intent/understand";
import { createLogger, type Logger } from "./logger";
import { PLATFORMS, type Platform } from "./store/subscriptions";
import { createWeekly } from "./weekly";
import { isoWeekOf, parseIsoWeek } from "./weekly/isoWeek";
import { buildWeeklyPost } from "./weekly/post";
import type { ChannelPoster } from "./weekly/poster";

const USAGE = `Usage: careerbot <command>
  start                       run the bot: Slack and Discord when configured, else the console shell
  ask [--json] "question"     answer one question (plain text, or one JSON object)
  ask --jsonl                 answer one question per stdin line, one JSON object per line
  validate-data [DIR]         check a data folder (default: DATA_DIR or ./data)
  trends preview [--week 2026-W49]   print the weekly post (default: this week)
  trends run-due [--now ISO-8601]    run one weekly tick: send what is due, print what was sent and skipped
  subscriptions list|add|remove <slack|discord> <channel-id>   manage weekly-post subscriptions
  chart salary [--roles id,id] [--out salary.png]   write the salary chart PNG (default: every role)
  help                        this text`;

type Command = (args: string[]) => Promise<number>;

function loadBot(): CareerBot {
  return createCareerBot(loadCareerData(loadConfig().DATA_DIR));
}

function toJson(answer: Answer): string {
  return JSON.stringify({ intent: answer.intent, roles: answer.roles, text: renderPlainText(answer), answer });
}

const ask: Command = async (args) => {
  const bot = loadBot();
  if (args.includes("--jsonl")) {
    // With --conversation every line continues the one before it, as in a chat.
    const conversation = args.includes("--conversation");
    let context: ConversationContext | undefined;
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      const reply = bot.reply(line, context);
      if (conversation) context = reply.context;
      process.stdout.write(`${toJson(reply.answer)}\n`);
    }
    return 0;
  }
  const question = args.filter((a) => a !== "--json").join(" ");
  process.stdout.write(
    args.includes("--json") ? `${toJson(bot.answer(question))}\n` : `${answerText(bot, question).text}\n`,
  );
  return 0;
};

const validateData: Command = async (args) => {
  const dir = args[0] ?? loadConfig().DATA_DIR;
  const data = loadCareerData(dir);
  console.log(
    `${dir}: ok (${data.roles.length} roles, ${data.bestPractices.length} best practices, ${data.challenges.length} challenges, ${data.trends.length} trends)`,
  );
  return 0;
};

function optionValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
}

const trends: Command = async ([action, ...args]) => {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const data = loadCareerData(config.DATA_DIR);
  if (action === "preview") {
    const week = optionValue(args, "--week");
    console.log(
      renderPlainText(buildWeeklyPost(data, week ? parseIsoWeek(week) : isoWeekOf(new Date(), config.TREND_TZ))),
    );
    return 0;
  }
  if (action === "run-due") {
    const nowText = optionValue(args, "--now");
    const now = nowText ? new Date(nowText) : new Date();
    if (Number.isNaN(now.getTime()))
      throw new UsageError(`--now "${nowText}" is not an ISO-8601 time such as 2026-11-30T09:05:00Z`);
    const weekly = await createWeekly(config, data, log);
    try {
      const report = await weekly.poster(await postersFor(config, log)).runDue(now);
      console.log(`week ${report.week}: ${report.slot ? `slot ${report.slot}` : "slot not reached yet"}`);
      for (const key of ["sent", "skipped", "failed", "unsubscribed"] as const)
        console.log(`${key}: ${report[key].join(", ") || "none"}`);
      return report.failed.length > 0 ? 1 : 0;
    } finally {
      await weekly.close();
    }
  }
  throw new UsageError(`Unknown trends action "${action ?? ""}": use preview or run-due`);
};

/** Posters for the platforms whose tokens are set; their clients load only here, so `ask` starts fast. */
async function postersFor(config: Config, log: Logger): Promise<ChannelPoster[]> {
  const posters: ChannelPoster[] = [];
  if (config.SLACK_BOT_TOKEN) {
    const [{ createSlackPosterClient }, { slackPoster }] = await Promise.all([
      import("../adapters/slack/client"),
      import("../adapters/slack/poster"),
    ]);
    posters.push(slackPoster(createSlackPosterClient(config.SLACK_BOT_TOKEN, config.SLACK_API_URL, log)));
  }
  if (config.DISCORD_TOKEN) {
    const { createDiscordRest, discordPoster } = await import("../adapters/discord/poster");
    posters.push(discordPoster(createDiscordRest(config.DISCORD_TOKEN, config.DISCORD_API_URL)));
  }
  return posters;
}

const subscriptions: Command = async ([action, platform, channelId]) => {
  const config = loadConfig();
  const weekly = await createWeekly(config, loadCareerData(config.DATA_DIR), createLogger(config.LOG_LEVEL));
  try {
    if (action === "list") {
      const subs = await weekly.subscriptions.list(platform ? parsePlatform(platform) : undefined);
      for (const s of subs) console.log(`${s.platform}\t${s.channelId}\t${s.createdAt}\t${s.createdBy ?? ""}`);
      if (subs.length === 0) console.log("no subscriptions");
      return 0;
    }
    if ((action === "add" || action === "remove") && platform && channelId) {
      const p = parsePlatform(platform);
      const changed =
        action === "add"
          ? await weekly.subscriptions.add(p, channelId, "cli")
          : await weekly.subscriptions.remove(p, channelId);
      console.log(`${p} ${channelId}: ${changed ? (action === "add" ? "subscribed" : "unsubscribed") : "no change"}`);
      return 0;
    }
    throw new UsageError("usage: careerbot subscriptions list|add|remove <slack|discord> <channel-id>");
  } finally {
    await weekly.close();
  }
};

function parsePlatform(value: string): Platform {
  if ((PLATFORMS as readonly string[]).includes(value)) return value as Platform;
  throw new UsageError(`platform must be slack or discord, not "${value}"`);
}

class UsageError extends Error {
  override name = "UsageError";
}

const start: Command = async () => {
  const { startBot } = await import("./main");
  await startBot();
  return 0;
};

const COMMANDS: Record<string, Command> = {
  start,
  ask,
  "validate-data": validateData,
  trends,
  subscriptions,
  chart: async (args) => (await import("./chart/cli")).chartCommand(args),
  help: async () => {
    console.log(USAGE);
    return 0;
  },
};

export async function runCli(argv: string[]): Promise<number> {
  const [name = "help", ...args] = argv;
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n${USAGE}`);
    return 2;
  }
  try {
    return await command(args);
  } catch (error) {
    // Known, user-fixable errors get their message alone; anything else keeps its stack.
    const known =
      error instanceof DataValidationError ||
      ["ConfigError", "UsageError", "DatabaseError"].includes((error as Error).name);
    console.error(known ? (error as Error).message : error);
    return 1;
  }
}

// Run directly (`tsx src/cli.ts ...`); bin/careerbot.js imports runCli instead.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2));
}
