import { type ChatInputCommandInteraction, type Client, Events, MessageFlags } from "discord.js";
import type { CareerBot } from "../../../src/bot";
import type { Logger } from "../../../src/logger";
import { findSubcommand } from "../../../src/text/subcommand";
import { CAREER_COMMAND } from "../commands";
import { NO_PINGS } from "../mentions";
import { renderDiscordEmbed } from "../render";

export type DiscordSlashCommands = Record<
  string,
  (interaction: ChatInputCommandInteraction, args: string[]) => Promise<string>
>;

/** `/career question:<text>`, answered at once (well inside Discord's 3 seconds): the handler is in-process. */
export function registerInteractionListener(
  client: Client,
  bot: CareerBot,
  log: Logger,
  commands: DiscordSlashCommands = {},
): void {
  client.on(Events.InteractionCreate, async (interaction) => {
    if (!interaction.isChatInputCommand() || interaction.commandName !== CAREER_COMMAND.name) return;
    try {
      const question = interaction.options.getString("question") ?? "";
      const command = findSubcommand(question, commands);
      if (command) {
        await interaction.reply({
          content: await command.handler(interaction, command.args),
          flags: MessageFlags.Ephemeral,
          allowedMentions: NO_PINGS,
        });
        return;
      }
      await interaction.reply({ embeds: [renderDiscordEmbed(bot.answer(question))], allowedMentions: NO_PINGS });
    } catch (error) {
      log.error({ err: error }, "discord interaction failed");
    }
  });
}
