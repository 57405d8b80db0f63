import * as z from "zod";
import { ConfigError, documented, optional, url } from "../../src/config";

/** Discord's variables, validated with the core's at start-up. */
export const discordConfigSchema = z.object({
  DISCORD_TOKEN: documented(optional, {
    section: "Discord",
    description: "bot token; switches the Discord adapter on",
    secret: true,
  }),
  DISCORD_APPLICATION_ID: documented(
    optional.refine((v) => v === undefined || /^\d+$/.test(v), "must be a numeric id"),
    { section: "Discord", description: "the application id; needed by `careerbot discord-register`" },
  ),
  DISCORD_GUILD_ID: documented(
    optional.refine((v) => v === undefined || /^\d+$/.test(v), "must be a numeric id"),
    {
      section: "Discord",
      description: "register `/career` in this server only (instant) instead of globally (up to an hour)",
    },
  ),
  DISCORD_API_URL: documented(url, {
    section: "Discord",
    description: "REST base URL (the client's `rest.api`); tests point it at a local fake",
    defaultNote: "Discord's",
  }),
  /** Gateway sharding: `auto` (Discord's recommended count) or a number of shards; unset runs one connection. */
  DISCORD_SHARDS: documented(
    optional.refine(
      (v) => v === undefined || v === "auto" || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 1024),
      "must be auto or a number of shards from 1 to 1024",
    ),
    {
      section: "Discord",
      description:
        "`auto` or a number: one process per gateway shard (required from 2,500 servers); unset: one connection in this process",
    },
  ),
});
export type DiscordEnv = z.infer<typeof discordConfigSchema>;

export interface DiscordSettings {
  token: string;
  applicationId?: string;
  guildId?: string;
  apiUrl?: string;
  /** Sharded through discord.js's ShardingManager: `auto` or a count. Undefined: one process, one connection. */
  shards?: "auto" | number;
}

export function discordSettings(env: DiscordEnv): DiscordSettings | undefined {
  if (!env.DISCORD_TOKEN) {
    const stray = (["DISCORD_APPLICATION_ID", "DISCORD_GUILD_ID", "DISCORD_SHARDS"] as const).find((k) => env[k]);
    if (stray) throw new ConfigError(`DISCORD_TOKEN is required when ${stray} is set`);
    return undefined;
  }
  return {
    token: env.DISCORD_TOKEN,
    applicationId: env.DISCORD_APPLICATION_ID,
    guildId: env.DISCORD_GUILD_ID,
    apiUrl: env.DISCORD_API_URL,
    ...(env.DISCORD_SHARDS
      ? { shards: env.DISCORD_SHARDS === "auto" ? ("auto" as const) : Number(env.DISCORD_SHARDS) }
      : {}),
  };
}
