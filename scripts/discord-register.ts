/** `npm run discord:register`: registers the /career slash command with Discord. */
import { registerCommands } from "../adapters/discord/register";
import { ConfigError, discordSettings, loadConfig } from "../src/config";

try {
  const settings = discordSettings(loadConfig());
  if (!settings) throw new ConfigError("DISCORD_TOKEN is required to register commands");
  if (!settings.applicationId) throw new ConfigError("DISCORD_APPLICATION_ID is required to register commands");
  const { scope, count } = await registerCommands({ ...settings, applicationId: settings.applicationId });
  console.log(`Registered ${count} command(s) (${scope}).`);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
