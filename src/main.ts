import { runConsole } from "../adapters/console/shell";
import { createDiscordAdapter } from "../adapters/discord";
import { createSlackAdapter } from "../adapters/slack";
import { createCareerBot } from "./bot";
import { ConfigError, discordSettings, loadConfig, slackSettings } from "./config";
import { DataValidationError, loadCareerData } from "./data/load";
import { createLogger } from "./logger";

/** Starts every adapter whose variables are set; with none, the console shell. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const bot = createCareerBot(loadCareerData(config.DATA_DIR));
  const slack = slackSettings(config);
  const discord = discordSettings(config);
  log.info(
    { roles: bot.data.roles.length, slack: slack?.connection.mode ?? "off", discord: discord ? "on" : "off" },
    "careerbot starting",
  );

  if (!slack && !discord) {
    await runConsole(bot);
    return;
  }
  const stops: (() => Promise<void>)[] = [];
  if (slack) {
    const adapter = createSlackAdapter({ bot, settings: slack, log });
    await adapter.start();
    stops.push(adapter.stop);
  }
  if (discord) {
    const adapter = createDiscordAdapter({ bot, settings: discord, log });
    await adapter.start();
    stops.push(adapter.stop);
  }
  const shutdown = async (signal: string) => {
    log.info({ signal }, "careerbot stopping");
    await Promise.allSettled(stops.map((stop) => stop()));
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  const known = error instanceof DataValidationError || error instanceof ConfigError;
  console.error(known ? `careerbot cannot start: ${(error as Error).message}` : error);
  process.exit(1);
});
