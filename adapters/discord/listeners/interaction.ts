import { type ChatInputCommandInteraction, type Client, Events, MessageFlags } from "discord.js";
import type { CareerBot } from "../../../src/bot";
import type { Logger } from "../../../src/logger";
import { findSubcommand } from "../../../src/text/subcommand";
import { type DiscordCharts, sendAnswerWithChart } from "../chart";
import { CAREER_COMMAND } from "../commands";
import { NO_PINGS } from "../mentions";

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
  charts?: DiscordCharts,
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
      await sendAnswerWithChart(
        bot.answer(question),
        charts,
        (payload) => interaction.reply(payload),
        (_sent, payload) => interaction.editReply(payload),
      );
    } catch (error) {
      log.error({ err: error }, "discord interaction failed");
    }
  });
}
