import { createCareerBot } from "../../src/bot";
import { loadConfig } from "../../src/config";
import { Conversations } from "../../src/conversation/conversations";
import { loadCareerData } from "../../src/data/load";
import { createFeedback } from "../../src/feedback";
import { createLogger } from "../../src/logger";
import { storeRecentKeys } from "../../src/recentKeys";
import { createWeekly } from "../../src/weekly";
import { discordConfigSchema, discordSettings } from "./settings";
import { SHARD_FATAL_EXIT_CODE } from "./sharding";

/**
 * One shard process, forked by the sharding manager (`careerbot start` with DISCORD_SHARDS): discord.js reads its
 * shard ids and count from the environment the manager sets. It answers the guilds of its shards over the shared
 * database (conversations, subscriptions); it runs no weekly scheduler and no health server (the manager does).
 * Stops on SIGTERM/SIGINT, or when the manager goes away.
 */
export async function runShard(): Promise<number> {
  const config = loadConfig();
  const settings = discordSettings(discordConfigSchema.parse(process.env));
  if (!settings || !process.env.SHARDING_MANAGER)
    throw new Error("discord-shard is started by the sharding manager (careerbot start with DISCORD_SHARDS)");
  const shardIds = String(process.env.SHARDS ?? "");
  const log = createLogger(config.LOG_LEVEL, config.LOG_FORMAT).child({ shard: shardIds });
  const bot = createCareerBot(loadCareerData(config.DATA_DIR));
  // The manager's store: PostgreSQL with DATABASE_URL, else the same SQLite file (shared across processes).
  const weekly = await createWeekly(config, bot.data, log);
  const store = weekly.store.conversations({ ttlMs: config.CONVERSATION_TTL });
  const { createDiscordAdapter } = await import(".");
  let exitCode = 0;
  let resolveDone: (code: number) => void = () => {};
  const done = new Promise<number>((resolve) => {
    resolveDone = resolve;
  });
  let stopping = false;
  const stop = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    log.info({ reason }, "discord shard stopping");
    await adapter.stop().catch((error) => log.warn({ err: error }, "discord shard: client stop failed"));
    await weekly.close().catch((error) => log.warn({ err: error }, "discord shard: store close failed"));
    log.flush?.();
    // The IPC channel to the manager would keep this process alive.
    if (process.connected) process.disconnect();
    resolveDone(exitCode);
  };
  const adapter = createDiscordAdapter({
    bot,
    settings: { ...settings, shards: undefined },
    log,
    subscriptions: weekly.commandsFor("discord"),
    conversations: new Conversations(bot, store, log.child({ component: "conversations" }), {
      budgetMs: config.STORE_BUDGET_MS,
    }),
    recentKeys: storeRecentKeys(weekly.store, log.child({ component: "store" }), config.STORE_BUDGET_MS),
    onFatal: (reason) => void stop(reason, SHARD_FATAL_EXIT_CODE),
    // Ratings over the shared store; the manager process serves the metrics and sweeps.
    feedback: createFeedback(weekly.store, config, log.child({ component: "feedback" })),
  });
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stop(signal, 0));
  process.once("disconnect", () => void stop("sharding manager gone", 0));
  await adapter.start();
  return done;
}
