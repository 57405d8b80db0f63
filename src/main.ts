import { runConsole } from "../adapters/console/shell";
import { createCareerBot } from "./bot";
import { discordSettings, loadConfig, slackSettings } from "./config";
import { loadCareerData } from "./data/load";
import { createLogger } from "./logger";
import { createOps } from "./ops";
import { createWeekly } from "./weekly";
import type { ChannelPoster } from "./weekly/poster";
import { startWeeklyScheduler } from "./weekly/scheduler";

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

  const weekly = createWeekly(config, bot.data, log);
  const posters: ChannelPoster[] = [];
  const stops: (() => Promise<void> | void)[] = [];
  // Health, readiness and metrics: on Slack's port in HTTP mode, else on HEALTH_PORT, listening before adapters connect.
  const ops = createOps(weekly.db, log, [
    ...(slack ? ["slack" as const] : []),
    ...(discord ? ["discord" as const] : []),
  ]);
  if (slack?.connection.mode !== "http") await ops.listen(config.HEALTH_PORT, config.HOST);
  if (slack) {
    const [{ createSlackAdapter }, { slackPoster }, { healthRoutes, watchSlack }] = await Promise.all([
      import("../adapters/slack"),
      import("../adapters/slack/poster"),
      import("../adapters/slack/health"),
    ]);
    const adapter = createSlackAdapter({
      bot: ops.instrumentBot(bot, "slack"),
      settings: slack,
      log,
      subscriptions: weekly.commandsFor("slack"),
      host: config.HOST,
      routes: healthRoutes(ops.handler),
    });
    const watch = watchSlack(adapter.app, slack.connection.mode, ops);
    await adapter.start();
    watch.started();
    posters.push(slackPoster(adapter.app.client));
    stops.push(adapter.stop);
  }
  if (discord) {
    const [{ createDiscordAdapter }, { createDiscordRest, discordPoster }, { watchDiscord }] = await Promise.all([
      import("../adapters/discord"),
      import("../adapters/discord/poster"),
      import("../adapters/discord/health"),
    ]);
    const adapter = createDiscordAdapter({
      bot: ops.instrumentBot(bot, "discord"),
      settings: discord,
      log,
      subscriptions: weekly.commandsFor("discord"),
    });
    watchDiscord(adapter.client, ops);
    await adapter.start();
    posters.push(discordPoster(createDiscordRest(discord.token, discord.apiUrl)));
    stops.push(adapter.stop);
  }
  const scheduler = startWeeklyScheduler(
    ops.instrumentPoster(weekly.poster(posters)),
    config.TREND_CRON,
    config.TREND_TZ,
    log.child({ component: "weekly" }),
  );
  stops.unshift(() => scheduler.stop());
  stops.push(() => ops.close());
  stops.push(() => {
    weekly.db.close();
  });

  const shutdown = async (signal: string) => {
    log.info({ signal }, "careerbot stopping");
    for (const stop of stops) await Promise.resolve(stop()).catch(() => {});
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}
