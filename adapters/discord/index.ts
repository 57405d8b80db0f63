import { Client, Events, GatewayIntentBits, Partials } from "discord.js";
import type { CareerBot } from "../../src/bot";
import type { DiscordSettings } from "../../src/config";
import type { Logger } from "../../src/logger";
import { RecentKeys } from "../../src/recentKeys";
import type { SubscriptionCommands } from "../../src/weekly/subscriptionCommands";
import { registerInteractionListener } from "./listeners/interaction";
import { registerMessageListener } from "./listeners/message";
import { NO_PINGS } from "./mentions";
import { discordSubscriptionCommands } from "./subscriptions";

export interface DiscordAdapter {
  client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface DiscordAdapterOptions {
  bot: CareerBot;
  settings: DiscordSettings;
  log: Logger;
  /** Enables `subscribe|unsubscribe|subscriptions` by mention and slash command. */
  subscriptions?: SubscriptionCommands;
}

export function createDiscordClient(settings: Pick<DiscordSettings, "apiUrl">): Client {
  return new Client({
    // No MessageContent: it is privileged, and Discord fills in the content of the messages the bot answers anyway
    // (those that mention it, and DMs).
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels arrive uncached; without the Channel partial their messages are dropped.
    partials: [Partials.Channel],
    allowedMentions: NO_PINGS,
    ...(settings.apiUrl ? { rest: { api: settings.apiUrl } } : {}),
  });
}

export function createDiscordAdapter({ bot, settings, log, subscriptions }: DiscordAdapterOptions): DiscordAdapter {
  const discordLog = log.child({ adapter: "discord" });
  const client = createDiscordClient(settings);
  const commands = subscriptions ? discordSubscriptionCommands(subscriptions) : undefined;
  registerMessageListener(client, bot, new RecentKeys(), discordLog, commands?.text);
  registerInteractionListener(client, bot, discordLog, commands?.slash);
  client.once(Events.ClientReady, (ready) =>
    discordLog.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, "discord adapter ready"),
  );
  client.on(Events.ShardResume, (shardId, replayed) =>
    discordLog.info({ shardId, replayed }, "discord gateway resumed"),
  );
  client.on(Events.ShardDisconnect, (event, shardId) =>
    discordLog.warn({ shardId, code: event.code }, "discord gateway disconnected"),
  );
  client.on(Events.Error, (error) => discordLog.error({ err: error }, "discord client error"));
  return {
    client,
    async start() {
      await client.login(settings.token);
    },
    async stop() {
      await client.destroy();
    },
  };
}
