import { Client, Events, GatewayIntentBits, Partials } from "discord.js";
import type { CareerBot } from "../../src/bot";
import { createSalaryCharts, prewarmSalaryCharts, type SalaryCharts } from "../../src/chart";
import { Conversations } from "../../src/conversation/conversations";
import { MemoryConversationStore } from "../../src/conversation/store";
import type { Feedback } from "../../src/feedback/feedback";
import type { Logger } from "../../src/logger";
import { RecentKeys } from "../../src/recentKeys";
import type { SubscriptionCommands } from "../../src/weekly/subscriptionCommands";
import { discordErrorFields } from "./errors";
import { FollowUpButtons } from "./followups";
import { registerInteractionListener } from "./listeners/interaction";
import { registerMessageListener } from "./listeners/message";
import { NO_PINGS } from "./mentions";
import type { DiscordSettings } from "./settings";
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
  /** Salary charts attached to answers that ask for one; one is made from the bot's data when not given. */
  charts?: SalaryCharts;
  /** Where conversations are kept; in memory (lost on restart) when not given. */
  conversations?: Conversations;
  /** De-duplication of replayed dispatches; shared by processes when backed by the store, else in this one only. */
  recentKeys?: RecentKeys;
  /** Called once when the gateway closes for good (wrong token, disallowed intents...): the bot should exit. */
  onFatal?: (reason: string) => void;
  /** Ratings: with it, answers carry 👍/👎 buttons and are recorded (src/feedback); without it, neither. */
  feedback?: Feedback;
}

/** Gateway close codes after which discord.js does not reconnect, and what they mean. */
export const FATAL_CLOSE_CODES: Record<number, string> = {
  4004: "authentication failed: DISCORD_TOKEN is wrong or was reset (copy the bot token again from the Developer Portal)",
  4010: "invalid shard",
  4011: "sharding required: the bot is in too many servers for one connection",
  4012: "invalid gateway API version",
  4013: "invalid intents",
  4014: "disallowed intents: switch the privileged intents on in the Developer Portal (Bot page)",
};

/** Discord refused DISCORD_TOKEN at login (401, TokenInvalid, close 4004): restarting will not help. */
export class DiscordTokenRejected extends Error {
  override name = "DiscordTokenRejected";
}

function isTokenRejection(error: unknown): boolean {
  const e = error as { code?: unknown; status?: unknown; message?: unknown };
  return e?.code === "TokenInvalid" || e?.status === 401 || e?.code === 4004;
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

export function createDiscordAdapter({
  bot,
  settings,
  log,
  subscriptions,
  charts: salaryCharts,
  conversations,
  recentKeys,
  onFatal,
  feedback,
}: DiscordAdapterOptions): DiscordAdapter {
  const discordLog = log.child({ adapter: "discord" });
  conversations ??= new Conversations(bot, new MemoryConversationStore(), discordLog);
  const buttons = new FollowUpButtons();
  const charts = {
    charts:
      salaryCharts ??
      createSalaryCharts(bot.data, {
        onRender: (roleIds, ms) =>
          discordLog.debug({ roles: roleIds.length, ms: Math.round(ms) }, "salary chart rendered"),
      }),
    log: discordLog,
  };
  prewarmSalaryCharts(charts.charts, (error) => discordLog.warn({ err: error }, "salary chart prewarm failed"));
  const client = createDiscordClient(settings);
  const commands = subscriptions ? discordSubscriptionCommands(subscriptions) : undefined;
  const recent = recentKeys ?? new RecentKeys();
  registerMessageListener(client, conversations, recent, discordLog, commands?.text, charts, buttons, feedback);
  registerInteractionListener(client, conversations, recent, discordLog, commands?.slash, charts, buttons, feedback);
  client.once(Events.ClientReady, (ready) =>
    discordLog.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, "discord adapter ready"),
  );
  client.on(Events.ShardResume, (shardId, replayed) =>
    discordLog.info({ shardId, replayed }, "discord gateway resumed"),
  );
  let fatal = false;
  client.on(Events.ShardDisconnect, (event, shardId) => {
    const cause = FATAL_CLOSE_CODES[event.code];
    if (!cause) {
      discordLog.warn({ shardId, code: event.code }, "discord gateway disconnected");
      return;
    }
    discordLog.error({ shardId, code: event.code, cause }, `discord gateway closed for good: ${cause}`);
    if (!fatal) {
      fatal = true;
      onFatal?.(`discord gateway close ${event.code}`);
    }
  });
  client.on(Events.Error, (error) => discordLog.error(discordErrorFields(error), "discord client error"));
  return {
    client,
    async start() {
      try {
        await client.login(settings.token);
      } catch (error) {
        if (!isTokenRejection(error)) throw error;
        await client.destroy();
        throw new DiscordTokenRejected(
          `Discord rejected DISCORD_TOKEN (${(error as Error).message}): copy the bot token again from the Developer Portal (Bot page)`,
        );
      }
    },
    async stop() {
      await client.destroy();
    },
  };
}
