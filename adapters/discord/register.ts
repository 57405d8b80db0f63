import { REST, Routes } from "discord.js";
import { CAREER_COMMAND } from "./commands";
import type { DiscordSettings } from "./settings";

/** Registers /career: in one server when a guild id is given (instant), otherwise globally (up to an hour). */
export async function registerCommands(
  settings: DiscordSettings & { applicationId: string },
): Promise<{ scope: string; count: number }> {
  const rest = new REST(settings.apiUrl ? { api: settings.apiUrl } : {}).setToken(settings.token);
  const route = settings.guildId
    ? Routes.applicationGuildCommands(settings.applicationId, settings.guildId)
    : Routes.applicationCommands(settings.applicationId);
  const registered = (await rest.put(route, { body: [CAREER_COMMAND] })) as unknown[];
  return { scope: settings.guildId ? `guild ${settings.guildId}` : "global", count: registered.length };
}
