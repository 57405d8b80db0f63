import { DiscordAPIError, REST, Routes } from "discord.js";
import type { Answer } from "../../src/answer/types";
import { type ChannelPoster, DeliveryError } from "../../src/weekly/poster";
import { renderDiscordEmbed } from "./render";

/** REST only: posting needs no gateway connection, so `trends run-due` can post from a one-off process. */
export function createDiscordRest(token: string, apiUrl?: string): REST {
  return new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
}

export function discordPoster(rest: REST): ChannelPoster {
  return {
    platform: "discord",
    async post(channelId: string, answer: Answer) {
      try {
        await rest.post(Routes.channelMessages(channelId), {
          body: { embeds: [renderDiscordEmbed(answer)], allowed_mentions: { parse: [] } },
        });
      } catch (error) {
        // 404 Unknown Channel, 403 Missing Access: the channel is gone or the bot was removed from it.
        const status = error instanceof DiscordAPIError ? error.status : undefined;
        throw new DeliveryError((error as Error).message, status === 404 || status === 403);
      }
    },
  };
}
