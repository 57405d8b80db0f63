import { runConsole } from "../adapters/console/shell";
import { createCareerBot } from "./bot";
import { discordSettings, loadConfig, slackSettings } from "./config";
import { Conversations } from "./conversation/conversations";
import { loadCareerData } from "./data/load";
import { createLifecycle } from "./lifecycle";
import { createLogger } from "./logger";
import { createOps } from "./ops";
import { RecentKeys } from "./recentKeys";
import { createWeekly } from "./weekly";
import type { ChannelPoster } from "./weekly/poster";
import { startWeeklyScheduler } from "./weekly/scheduler";

/** How long a handled event id counts as seen: past Slack's last retry (about 5 minutes after the first try). */
const SEEN_EVENT_TTL_MS = 60 * 60_000;

/**
 * `npm start`: every adapter whose variables are set, and the weekly posts; with no platform, the console shell.
 * Platform libraries load only when their platform is configured, so the shell opens fast.
 */
export async function startBot(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL, config.LOG_FORMAT);
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

  const weekly = await createWeekly(config, bot.data, log);
  log.info({ store: weekly.store.sql.dialect, location: weekly.store.location }, "store open");
  // Health, readiness and metrics: on Slack's port in HTTP mode, else on HEALTH_PORT, listening before adapters connect.
  // Readiness checks the store is writable (SQLite or PostgreSQL).
  const ops = createOps(weekly.store, log, [
    ...(slack ? ["slack" as const] : []),
    ...(discord ? ["discord" as const] : []),
  ]);
  // Conversations live in the shared store (SQLite file or PostgreSQL), so a restart or another replica does not
  // forget one mid-way. Each platform has its own service over the one store (keys carry their platform), asking the
  // bot through that platform's metrics.
  const conversationStore = weekly.store.conversations({ ttlMs: config.CONVERSATION_TTL });
  const conversationLog = log.child({ component: "conversations" });
  const sweeper = new Conversations(bot, conversationStore, conversationLog).startSweeper();
  // Retried events are answered once: in memory first, then across replicas in the store.
  const storeLog = log.child({ component: "store" });
  const recentKeys = new RecentKeys({
    ttlMs: SEEN_EVENT_TTL_MS,
    shared: {
      claim: (key, ttlMs) => weekly.store.seenEvents.claim(key, ttlMs),
      forget: (key) => weekly.store.seenEvents.forget(key),
    },
    onSharedError: (error) => storeLog.warn({ err: error.message }, "event de-duplication store failed: handling it"),
  });
  const seenSweeper = setInterval(() => {
    weekly.store.seenEvents
      .sweep()
      .catch((error: Error) => storeLog.warn({ err: error.message }, "seen-event sweep failed"));
  }, 5 * 60_000);
  seenSweeper.unref();
  // Stops run in order: stop accepting and finish requests, let a weekly tick finish, the health server, then the
  // database.
  const lifecycle = createLifecycle(log, config.SHUTDOWN_TIMEOUT_MS);
  const failStart = async (error: unknown, message: string): Promise<never> => {
    // One part failing to start stops the others: a half-running bot looks healthy and is not.
    log.error({ err: error }, message);
    sweeper.stop();
    clearInterval(seenSweeper);
    lifecycle.onStop({ name: "health server", stop: () => ops.close() });
    lifecycle.onStop({ name: "database", stop: () => weekly.close() });
    return lifecycle.shutdown("start failed", 1);
  };
  if (slack?.connection.mode !== "http") {
    await ops
      .listen(config.HEALTH_PORT, config.HOST)
      .catch((error) => failStart(error, "the health endpoint failed to listen (HEALTH_PORT): stopping"));
  }
  const posters: ChannelPoster[] = [];
  try {
    if (slack) {
      const [{ createSlackAdapter }, { slackPoster }, { createSlackPosterClient }, { healthRoutes, watchSlack }] =
        await Promise.all([
          import("../adapters/slack"),
          import("../adapters/slack/poster"),
          import("../adapters/slack/client"),
          import("../adapters/slack/health"),
        ]);
      const slackBot = ops.instrumentBot(bot, "slack");
      const adapter = createSlackAdapter({
        bot: slackBot,
        settings: slack,
        log,
        subscriptions: weekly.commandsFor("slack"),
        conversations: new Conversations(slackBot, conversationStore, conversationLog),
        recentKeys,
        host: config.HOST,
        // HTTP mode: /healthz, /readyz and /metrics are custom routes of the Slack receiver, on PORT.
        routes: healthRoutes(ops.handler),
      });
      const watch = watchSlack(adapter.app, slack.connection.mode, ops);
      lifecycle.onStop({ name: "slack", stop: (ms) => adapter.stop(ms) });
      await adapter.start();
      watch.started();
      posters.push(slackPoster(createSlackPosterClient(slack.botToken, slack.apiUrl, log)));
    }
    if (discord) {
      const [{ createDiscordAdapter }, { createDiscordRest, discordPoster }, { watchDiscord }] = await Promise.all([
        import("../adapters/discord"),
        import("../adapters/discord/poster"),
        import("../adapters/discord/health"),
      ]);
      const discordBot = ops.instrumentBot(bot, "discord");
      const adapter = createDiscordAdapter({
        bot: discordBot,
        settings: discord,
        log,
        subscriptions: weekly.commandsFor("discord"),
        conversations: new Conversations(discordBot, conversationStore, conversationLog),
        recentKeys,
        onFatal: (reason) => void lifecycle.shutdown(reason, 1),
      });
      watchDiscord(adapter.client, ops);
      lifecycle.onStop({ name: "discord", stop: () => adapter.stop() });
      await adapter.start();
      posters.push(discordPoster(createDiscordRest(discord.token, discord.apiUrl)));
    }
  } catch (error) {
    await failStart(error, "an adapter failed to start: stopping");
  }
  const scheduler = startWeeklyScheduler(
    ops.instrumentPoster(weekly.poster(posters)),
    config.TREND_CRON,
    config.TREND_TZ,
    log.child({ component: "weekly" }),
  );
  lifecycle.onStop({ name: "weekly", stop: (ms) => scheduler.stop(ms) });
  lifecycle.onStop({ name: "conversation sweeper", stop: () => sweeper.stop() });
  lifecycle.onStop({ name: "seen-event sweeper", stop: () => clearInterval(seenSweeper) });
  lifecycle.onStop({ name: "health server", stop: () => ops.close() });
  lifecycle.onStop({ name: "database", stop: () => weekly.close() });
}
