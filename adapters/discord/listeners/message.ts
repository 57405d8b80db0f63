import { ChannelType, type Client, Events, type Message, MessageReferenceType } from "discord.js";
import type { Conversations } from "../../../src/conversation/conversations";
import { conversationKeys } from "../../../src/conversation/keys";
import type { Feedback } from "../../../src/feedback/feedback";
import type { Logger } from "../../../src/logger";
import type { RecentKeys } from "../../../src/recentKeys";
import { findSubcommand } from "../../../src/text/subcommand";
import { type DiscordCharts, sendAnswerWithChart } from "../chart";
import { discordErrorFields } from "../errors";
import { withFeedbackRow } from "../feedback";
import type { FollowUpButtons } from "../followups";
import { NO_PINGS } from "../mentions";

/**
 * Said to a reply to one of our answers that arrived without its text: Discord withholds the content of messages
 * that do not ping the bot (no Message Content intent), so the reply must keep its @ping on, or mention the bot.
 */
export const UNREAD_REPLY_TEXT =
  "I can't read replies that don't ping me. Reply again with the @ mention switched on (the default), or mention me in your message.";

/** Text commands handled before the question answerer, e.g. "subscribe". */
export type DiscordTextCommands = Record<string, (message: Message, args: string[]) => Promise<string>>;

/**
 * Mentions in a server channel, every direct message, and replies to one of the bot's answers get an answer as a
 * reply. The conversation is the channel and person, except that a reply to a bot answer continues that answer's.
 * The bot has no Message Content intent: Discord delivers the text of DMs, of mentions and of replies that ping the
 * bot (a reply pings its author by default); a reply to an answer with the ping switched off arrives with empty
 * content, and gets UNREAD_REPLY_TEXT instead of an answer to nothing.
 */
export function registerMessageListener(
  client: Client,
  conversations: Conversations,
  recent: RecentKeys,
  log: Logger,
  commands: DiscordTextCommands = {},
  charts?: DiscordCharts,
  buttons?: FollowUpButtons,
  feedback?: Feedback,
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
    // Only a reply (not a forward) in this very channel can continue an answer: a reference to an answer given
    // elsewhere (a DM, another channel) would carry that conversation into this one.
    const reference = message.reference;
    const referenced =
      reference?.messageId &&
      reference.channelId === message.channelId &&
      (reference.type === undefined || reference.type === MessageReferenceType.Default)
        ? reference.messageId
        : undefined;
    if (!isDirect && !mentioned && !referenced) return;
    // The gateway can replay a dispatch after a resume: one message, one answer. A repeat in this process stops
    // here; across processes the store claims it, in the commit that saves the conversation when there is one.
    const claim = `message:${message.id}`;
    if (!recent.claimInProcess(claim)) return;
    try {
      // A reply to one of our answers continues that answer's conversation; a reply to anything else is ignored
      // unless it also mentions the bot.
      const continued = referenced
        ? await conversations.resolveAlias(conversationKeys.discordMessage(message.channelId, referenced))
        : undefined;
      if (!isDirect && !mentioned && !continued) return;
      const text = message.content.replace(/<@!?\d+>/g, " ").trim();
      // Without the privileged Message Content intent, Discord sends a reply's content only when the reply pings
      // the bot (its default): a reply with the ping switched off arrives empty. Say so rather than guess.
      if (continued && !isDirect && !mentioned && text === "" && !message.mentions.users.has(client.user.id)) {
        if (!(await recent.claimShared(claim))) return;
        await message.reply({ content: UNREAD_REPLY_TEXT, allowedMentions: NO_PINGS });
        return;
      }
      const command = findSubcommand(text, commands);
      if (command) {
        if (!(await recent.claimShared(claim))) return;
        await message.reply({ content: await command.handler(message, command.args), allowedMentions: NO_PINGS });
        return;
      }
      const key = continued ?? conversationKeys.discordChannel(message.channelId, message.author.id);
      const userId = conversationKeys.discordUser(message.author.id);
      const { answer, alreadyHandled } = await conversations.turn(key, userId, text, {
        claim: recent.sharedClaim(claim),
      });
      if (alreadyHandled) return;
      const feedbackId = await feedback?.record(answer, {
        platform: "discord",
        workspace: message.guildId ?? undefined,
        userId,
        question: text,
      });
      const sent = await sendAnswerWithChart(
        answer,
        charts,
        (payload) => message.reply(payload),
        (sent, payload) => sent.edit(payload),
        withFeedbackRow(buttons?.components(answer.followUps) ?? [], feedbackId),
      );
      // A reply to this answer continues the conversation (forgotten with it: expiry, "forget me").
      await conversations.store.alias(conversationKeys.discordMessage(message.channelId, sent.id), key);
    } catch (error) {
      log.error({ ...discordErrorFields(error), channelId: message.channelId }, "discord reply failed");
    }
  });
}
