import type { webApi } from "@slack/bolt";
import type { Answer } from "../../src/answer/types";
import type { Logger } from "../../src/logger";
import type { InstallationStore } from "../../src/store/installations";
import { type ChannelPoster, DeliveryError } from "../../src/weekly/poster";
import { createSlackPosterClient } from "./client";
import { botTokenLookup, splitChannelKey } from "./installations";
import { renderSlackMessage } from "./render";
import type { SlackSettings } from "./settings";

/** Slack errors meaning the channel is gone or closed to the bot: retrying cannot help. */
const GONE = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "channel_is_archived",
  "restricted_action",
]);

/** Marks weekly posts (message metadata) so `conversations.history` can find them again. */
export const WEEKLY_EVENT_TYPE = "careerbot_weekly_post";
/** How far back to look for an earlier weekly post: a week of a busy channel is not needed, only recent messages. */
const HISTORY_LIMIT = 100;

function toDeliveryError(error: unknown): DeliveryError {
  const e = error as { data?: { error?: string }; retryAfter?: number; code?: string; message?: string };
  if (e.code === "slack_webapi_rate_limited_error" && typeof e.retryAfter === "number") {
    return new DeliveryError(`ratelimited (retry after ${e.retryAfter} s)`, false, e.retryAfter * 1000);
  }
  const code = e.data?.error;
  return new DeliveryError(code ?? String(e.message), code !== undefined && GONE.has(code));
}

/**
 * The bot token of an installation (many workspaces): undefined when the workspace is no longer installed.
 */
export type TokenLookup = (installId: string) => Promise<string | undefined>;

/**
 * Posts weekly answers through the Web API. With `tokenFor` (OAuth install into many workspaces) a channel key is
 * `team:channel` and each post goes out with that team's token; without it, keys are bare channel ids and the
 * client's own token is used.
 */
export function slackPoster(client: webApi.WebClient, tokenFor?: TokenLookup): ChannelPoster {
  const target = async (key: string): Promise<{ channel: string; token?: string }> => {
    if (!tokenFor) return { channel: key };
    const { installId, channelId } = splitChannelKey(key);
    const token = installId ? await tokenFor(installId) : undefined;
    // Uninstalled (or a key without its team): nothing can ever be sent there, so the channel is unsubscribed.
    if (!token) throw new DeliveryError("not_installed", true);
    return { channel: channelId, token };
  };
  return {
    platform: "slack",
    async post(channelId: string, answer: Answer, week?: string) {
      const { channel, token } = await target(channelId);
      try {
        await client.chat.postMessage({
          ...(token ? { token } : {}),
          channel,
          ...renderSlackMessage(answer),
          unfurl_links: false,
          ...(week ? { metadata: { event_type: WEEKLY_EVENT_TYPE, event_payload: { week } } } : {}),
        });
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
    /** Needs the `channels:history` scope (and `groups:history` for private channels). */
    async findPost(channelId: string, week: string) {
      const { channel, token } = await target(channelId);
      try {
        const history = await client.conversations.history({
          ...(token ? { token } : {}),
          channel,
          include_all_metadata: true,
          limit: HISTORY_LIMIT,
        });
        return (history.messages ?? []).some(
          (m) =>
            m.metadata?.event_type === WEEKLY_EVENT_TYPE &&
            (m.metadata.event_payload as Record<string, unknown> | undefined)?.week === week,
        );
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
  };
}

/** The weekly poster for these settings: the bot token, or (OAuth install) each team's token from the database. */
export function slackPosterFor(settings: SlackSettings, log: Logger, installations: InstallationStore): ChannelPoster {
  return slackPoster(
    createSlackPosterClient(settings.botToken, settings.apiUrl, log),
    settings.oauth ? botTokenLookup(installations) : undefined,
  );
}
