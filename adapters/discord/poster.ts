import {
  type APIEmbed,
  type APIMessage,
  type APIUser,
  DiscordAPIError,
  RateLimitError,
  REST,
  Routes,
} from "discord.js";
import type { Answer } from "../../src/answer/types";
import { type ChannelPoster, DeliveryError } from "../../src/weekly/poster";
import { renderDiscordEmbed } from "./render";

/** Per request: a REST call that has not answered by then is abandoned. */
export const POSTER_REQUEST_TIMEOUT_MS = 10_000;
/** A 429 asking to wait longer than this is thrown (and the channel left for a later tick) instead of waited out. */
export const MAX_RATE_LIMIT_WAIT_MS = 60_000;

/**
 * REST only: posting needs no gateway connection, so `trends run-due` can post from a one-off process. An explicit
 * timeout, no retries of its own (the weekly poster is the one retry layer), and rate limits waited out per route
 * (so per channel) only up to a cap.
 */
export function createDiscordRest(
  token: string,
  apiUrl?: string,
  { timeoutMs = POSTER_REQUEST_TIMEOUT_MS, maxRateLimitWaitMs = MAX_RATE_LIMIT_WAIT_MS } = {},
): REST {
  return new REST({
    ...(apiUrl ? { api: apiUrl } : {}),
    timeout: timeoutMs,
    retries: 0,
    rejectOnRateLimit: (data) => data.retryAfter > maxRateLimitWaitMs,
  }).setToken(token);
}

/** Weekly posts carry this in the embed footer, so the channel's recent messages show whether one went out. */
export const weeklyMarker = (week: string) => `careerbot weekly ${week}`;
const HISTORY_LIMIT = 50;

function withMarker(embed: APIEmbed, week: string): APIEmbed {
  const marker = weeklyMarker(week);
  const text = embed.footer?.text ? `${embed.footer.text.slice(0, 2000)}\n${marker}` : marker;
  return { ...embed, footer: { ...embed.footer, text } };
}

function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof RateLimitError) return new DeliveryError(error.message, false, error.retryAfter);
  // 404 Unknown Channel, 403 Missing Access: the channel is gone or the bot was removed from it.
  const status = error instanceof DiscordAPIError ? error.status : undefined;
  return new DeliveryError((error as Error).message, status === 404 || status === 403);
}

export function discordPoster(rest: REST): ChannelPoster {
  let botId: string | undefined;
  return {
    platform: "discord",
    async post(channelId: string, answer: Answer, week?: string) {
      const embed = renderDiscordEmbed(answer);
      try {
        await rest.post(Routes.channelMessages(channelId), {
          body: {
            embeds: [week ? withMarker(embed, week) : embed],
            allowed_mentions: { parse: [] },
            // Discord also drops a repeat of the same nonce by the same author within a few minutes.
            ...(week ? { nonce: `careerbot-${week}`, enforce_nonce: true } : {}),
          },
        });
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
    /** Needs Read Message History in the channel. */
    async findPost(channelId: string, week: string) {
      try {
        botId ??= ((await rest.get(Routes.user())) as APIUser).id;
        const query = new URLSearchParams({ limit: String(HISTORY_LIMIT) });
        const messages = (await rest.get(Routes.channelMessages(channelId), { query })) as APIMessage[];
        const marker = weeklyMarker(week);
        return messages.some(
          (m) => m.author?.id === botId && m.embeds?.some((e) => e.footer?.text?.split("\n").includes(marker)),
        );
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
  };
}
