import { runConsole } from "../adapters/console/shell";
import { createCareerBot } from "./bot";
import { discordSettings, loadConfig, slackSettings } from "./config";
import { Conversations } from "./conversation/conversations";
import { loadCareerData } from "./data/load";
import { createLifecycle } from "./lifecycle";
import { createLogger } from "./logger";
import { SqliteConversationStore } from "./store/conversations";
import { createWeekly } from "./weekly";
import type { ChannelPoster } from "./weekly/poster";
import { startWeeklyScheduler } from "./weekly/scheduler";

/**
 * `npm start`: every adapter whose variables are set, and the weekly posts; with no platform, the console shell.
 * Platform libraries load only when their platform is configured, so the shell opens fast.
 */
export async function startBot(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const bot = createCareerBot(loadCareerData(config.DATA_DIR));
  const slack = slackSettings(config);
  const discord = discordSettings(config);
  if (!slack && !discord) {
    await runConsole(bot);
    return;
  }
  log.info(
    { roles: bot.data.roles.length, slack: slack?.connection.mode ?? "off", discord: discord ? "on" : "off" },
    "careerbot starting",
  );

  const weekly = createWeekly(config, bot.data, log);
  // Conversations live in the same SQLite file, so a restart does not forget one mid-way.
  const conversations = new Conversations(
    bot,
    new SqliteConversationStore(weekly.db, { ttlMs: config.CONVERSATION_TTL }),
    log.child({ component: "conversations" }),
  );
  const sweeper = conversations.startSweeper();
  // Stops run in order: stop accepting and finish requests, let a weekly tick finish, then the database.
  const lifecycle = createLifecycle(log, config.SHUTDOWN_TIMEOUT_MS);
  const posters: ChannelPoster[] = [];
  try {
    if (slack) {
      const [{ createSlackAdapter }, { slackPoster }, { createSlackPosterClient }] = await Promise.all([
        import("../adapters/slack"),
        import("../adapters/slack/poster"),
        import("../adapters/slack/client"),
      ]);
      const adapter = createSlackAdapter({
        bot,
        settings: slack,
        log,
        subscriptions: weekly.commandsFor("slack"),
        conversations,
      });
      lifecycle.onStop({ name: "slack", stop: (ms) => adapter.stop(ms) });
      await adapter.start();
      posters.push(slackPoster(createSlackPosterClient(slack.botToken, slack.apiUrl, log)));
    }
    if (discord) {
      const [{ createDiscordAdapter }, { createDiscordRest, discordPoster }] = await Promise.all([
        import("../adapters/discord"),
        import("../adapters/discord/poster"),
      ]);
      const adapter = createDiscordAdapter({
        bot,
        settings: discord,
        log,
        subscriptions: weekly.commandsFor("discord"),
        conversations,
        onFatal: (reason) => void lifecycle.shutdown(reason, 1),
      });
      lifecycle.onStop({ name: "discord", stop: () => adapter.stop() });
      await adapter.start();
      posters.push(discordPoster(createDiscordRest(discord.token, discord.apiUrl)));
    }
  } catch (error) {
    // One adapter failing to start stops the others: a half-running bot looks healthy and is not.
    log.error({ err: error }, "an adapter failed to start: stopping");
    sweeper.stop();
    lifecycle.onStop({ name: "database", stop: () => weekly.db.close() });
    await lifecycle.shutdown("start failed", 1);
  }
  const scheduler = startWeeklyScheduler(
    weekly.poster(posters),
    config.TREND_CRON,
    config.TREND_TZ,
    log.child({ component: "weekly" }),
  );
  lifecycle.onStop({ name: "weekly", stop: (ms) => scheduler.stop(ms) });
  lifecycle.onStop({ name: "conversation sweeper", stop: () => sweeper.stop() });
  lifecycle.onStop({ name: "database", stop: () => weekly.db.close() });
}
