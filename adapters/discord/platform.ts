import { ConfigError } from "../../src/config";
import { definePlatform } from "../../src/platform";
import { type DiscordEnv, type DiscordSettings, discordConfigSchema, discordSettings } from "./settings";

/** Discord: `<@1>`, `<@!1>`, `<@&1>`, `<#1>` markup. discord.js loads only when Discord is configured. */
export const discordPlatform = definePlatform<DiscordSettings>({
  name: "discord",
  configSchema: discordConfigSchema,
  settings: (env) => discordSettings(env as DiscordEnv),
  checkChannelId: (id) =>
    /^\d{17,20}$/.test(id)
      ? undefined
      : "a Discord channel id is a number of 17 to 20 digits (Developer Mode on, right-click the channel, Copy Channel ID)",
  mentionPatterns: [/<(?:@[!&]?|#)\d+>/],
  describe: (s) => (s.shards === undefined ? "on" : `sharded (${s.shards})`),
  async start(settings, context) {
    const { bot, log, weekly, ops, conversations, recentKeys, feedback, onStop, fatal } = context;
    if (settings.shards !== undefined) {
      // One process per shard, forked by discord.js's ShardingManager; this process keeps the weekly posts (REST).
      const [{ startShards }, { createDiscordRest, discordPoster }] = await Promise.all([
        import("./sharding"),
        import("./poster"),
      ]);
      await startShards(settings, context);
      return { poster: discordPoster(createDiscordRest(settings.token, settings.apiUrl)) };
    }
    const [{ createDiscordAdapter, DiscordTokenRejected }, { createDiscordRest, discordPoster }, { watchDiscord }] =
      await Promise.all([import("."), import("./poster"), import("./health")]);
    const adapter = createDiscordAdapter({
      bot,
      settings,
      log,
      subscriptions: weekly.commandsFor("discord"),
      conversations,
      recentKeys,
      onFatal: fatal,
      feedback,
    });
    const watch = watchDiscord(adapter.client, ops);
    onStop("discord", () => adapter.stop());
    try {
      await adapter.start();
    } catch (error) {
      if (!(error instanceof DiscordTokenRejected)) throw error;
      // Restarting would not help (and Discord bans clients that keep sending invalid tokens): the bot stays up,
      // says so on /readyz, and sends no weekly posts through Discord.
      watch.failed(error.message);
      log.error({ adapter: "discord" }, `${error.message}; not ready until it is replaced and the bot restarted`);
      return {};
    }
    return { poster: discordPoster(createDiscordRest(settings.token, settings.apiUrl)) };
  },
  async poster(settings) {
    const { createDiscordRest, discordPoster } = await import("./poster");
    return discordPoster(createDiscordRest(settings.token, settings.apiUrl));
  },
  commands: {
    "discord-shard": {
      summary: "one Discord shard process (started by `careerbot start` with DISCORD_SHARDS; not run by hand)",
      usage: `Usage: careerbot discord-shard

Run by the sharding manager: with DISCORD_SHARDS set, \`careerbot start\` forks one such process per shard. Each
holds its shard's gateway connection and answers its guilds; the weekly posts stay in the manager process.`,
      async run() {
        const { runShard } = await import("./shard");
        return runShard();
      },
    },
    "discord-register": {
      summary: "register the /career slash command with Discord",
      usage: `Usage: careerbot discord-register

Registers /career question:<text> with Discord, using DISCORD_TOKEN and DISCORD_APPLICATION_ID: in DISCORD_GUILD_ID
if set (instant), otherwise globally (can take up to an hour to show). Also: npm run discord:register.`,
      async run() {
        const settings = discordSettings(discordConfigSchema.parse(process.env));
        if (!settings) throw new ConfigError("DISCORD_TOKEN is required to register commands");
        if (!settings.applicationId) throw new ConfigError("DISCORD_APPLICATION_ID is required to register commands");
        const { registerCommands } = await import("./register");
        const { scope, count } = await registerCommands({ ...settings, applicationId: settings.applicationId });
        console.log(`Registered ${count} command(s) (${scope}).`);
        return 0;
      },
    },
  },
});
