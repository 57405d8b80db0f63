import { ChannelType, type Client, Events, type Message } from "discord.js";
import type { CareerBot } from "../../../src/bot";
import type { Logger } from "../../../src/logger";
import type { RecentKeys } from "../../../src/recentKeys";
import { findSubcommand } from "../../../src/text/subcommand";
import { type DiscordCharts, sendAnswerWithChart } from "../chart";
import { NO_PINGS } from "../mentions";

/** Text commands handled before the question answerer, e.g. "subscribe". */
export type DiscordTextCommands = Record<string, (message: Message, args: string[]) => Promise<string>>;

/** Mentions in a server channel, and every direct message, get an answer as a reply. */
export function registerMessageListener(
  client: Client,
  bot: CareerBot,
  recent: RecentKeys,
  log: Logger,
  commands: DiscordTextCommands = {},
  charts?: DiscordCharts,
): void {
  client.on(Events.MessageCreate, async (message) => {
    if (message.author.bot || !client.user) return;
    const isDirect = message.channel.type === ChannelType.DM;
    // @everyone, @here, a role the bot holds and reply pings do not count as asking the bot.
    const mentioned = message.mentions.has(client.user, {
      ignoreEveryone: true,
      ignoreRoles: true,
      ignoreRepliedUser: true,
    });
    if (!isDirect && !mentioned) return;
    // The gateway can replay a dispatch after a resume: one message, one answer.
    if (!recent.claim(`message:${message.id}`)) return;
    try {
      const text = message.content.replace(/<@!?\d+>/g, " ").trim();
      const command = findSubcommand(text, commands);
      if (command) {
        await message.reply({ content: await command.handler(message, command.args), allowedMentions: NO_PINGS });
        return;
      }
      await sendAnswerWithChart(
        bot.answer(text),
        charts,
        (payload) => message.reply(payload),
        (sent, payload) => sent.edit(payload),
      );
    } catch (error) {
      log.error({ err: error, channelId: message.channelId }, "discord reply failed");
    }
  });
}
