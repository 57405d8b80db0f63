import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  Events,
  MessageFlags,
} from "discord.js";
import type { Conversations } from "../../../src/conversation/conversations";
import { conversationKeys } from "../../../src/conversation/keys";
import { suggestionList, suggestQuestions } from "../../../src/conversation/suggest";
import { type Feedback, thanksFor } from "../../../src/feedback/feedback";
import type { Logger } from "../../../src/logger";
import type { RecentKeys } from "../../../src/recentKeys";
import { findSubcommand } from "../../../src/text/subcommand";
import { type DiscordCharts, sendAnswerWithChart } from "../chart";
import { CAREER_COMMAND } from "../commands";
import { discordErrorFields } from "../errors";
import { parseFeedbackId, withFeedbackRow } from "../feedback";
import type { FollowUpButtons } from "../followups";
import { NO_PINGS } from "../mentions";

export type DiscordSlashCommands = Record<
  string,
  (interaction: ChatInputCommandInteraction, args: string[]) => Promise<string>
>;

/**
 * `/career question:<text>` with autocomplete on `question`, and follow-up buttons; all answered at once (well
 * inside Discord's 3 seconds): the handler is in-process. The conversation is the channel and person.
 */
export function registerInteractionListener(
  client: Client,
  conversations: Conversations,
  recent: RecentKeys,
  log: Logger,
  commands: DiscordSlashCommands = {},
  charts?: DiscordCharts,
  buttons?: FollowUpButtons,
  feedback?: Feedback,
): void {
  const suggestions = suggestionList(conversations.bot.data);
  const ask = async (interaction: ChatInputCommandInteraction | ButtonInteraction, question: string) => {
    const user = interaction.user.id;
    const userId = conversationKeys.discordUser(user);
    const answer = await conversations.ask(
      conversationKeys.discordChannel(interaction.channelId ?? "dm", user),
      userId,
      question,
    );
    const feedbackId = await feedback?.record(answer, {
      platform: "discord",
      workspace: interaction.guildId ?? undefined,
      userId,
      question,
    });
    return { answer, feedbackId };
  };

  const autocomplete = async (interaction: AutocompleteInteraction) => {
    const typed = String(interaction.options.getFocused() ?? "");
    await interaction.respond(suggestQuestions(suggestions, typed).map((q) => ({ name: q, value: q })));
  };

  /** A short ephemeral line: an expired button, a subscription command's outcome. */
  const note = (interaction: ButtonInteraction | ChatInputCommandInteraction, content: string) =>
    interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });

  /** The answer as the interaction's reply, with its chart and follow-up buttons. */
  const answerWith = async (
    interaction: ButtonInteraction | ChatInputCommandInteraction,
    question: string,
    ephemeral: boolean,
  ) => {
    const { answer, feedbackId } = await ask(interaction, question);
    await sendAnswerWithChart(
      answer,
      charts,
      (payload) => interaction.reply(ephemeral ? { ...payload, flags: MessageFlags.Ephemeral } : payload),
      (_sent, payload) => interaction.editReply(payload),
      withFeedbackRow(buttons?.components(answer.followUps) ?? [], feedbackId),
    );
  };

  /** 👍/👎: the clicker's vote on that answer, thanked with a short ephemeral line; the answer stays as it was. */
  const rate = async (interaction: ButtonInteraction) => {
    const rating = parseFeedbackId(interaction.customId);
    if (!rating) return;
    const userId = conversationKeys.discordUser(interaction.user.id);
    const outcome = feedback ? await feedback.vote(rating.feedbackId, userId, rating.vote) : "unknown_answer";
    await note(interaction, thanksFor(rating.vote, outcome));
  };

  const button = async (interaction: ButtonInteraction) => {
    const question = buttons?.questionFor(interaction.customId);
    if (question === undefined) {
      await note(interaction, "That suggestion has expired: ask with /career instead.");
      return;
    }
    // Only the clicker sees the answer; the message they clicked stays as it was.
    await answerWith(interaction, question, true);
  };

  const slash = async (interaction: ChatInputCommandInteraction) => {
    const question = interaction.options.getString("question") ?? "";
    const command = findSubcommand(question, commands);
    if (command) {
      await note(interaction, await command.handler(interaction, command.args));
      return;
    }
    await answerWith(interaction, question, false);
  };

  client.on(Events.InteractionCreate, async (interaction) => {
    try {
      // The gateway can replay a dispatch after a resume, and shards can overlap: one interaction, one callback
      // (a second one would fail anyway, after a second conversation turn).
      if (!(await recent.claim(`interaction:${interaction.id}`))) return;
      if (interaction.isAutocomplete() && interaction.commandName === CAREER_COMMAND.name) {
        await autocomplete(interaction);
      } else if (interaction.isButton() && parseFeedbackId(interaction.customId)) {
        await rate(interaction);
      } else if (interaction.isButton() && interaction.customId.startsWith("cb:")) {
        await button(interaction);
      } else if (interaction.isChatInputCommand() && interaction.commandName === CAREER_COMMAND.name) {
        await slash(interaction);
      }
    } catch (error) {
      log.error({ ...discordErrorFields(error), type: interaction.type }, "discord interaction failed");
    }
  });
}
