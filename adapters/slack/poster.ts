import type { webApi } from "@slack/bolt";
import type { Answer } from "../../src/answer/types";
import { type ChannelPoster, DeliveryError } from "../../src/weekly/poster";
import { renderSlackMessage } from "./render";

/** Slack errors meaning the channel is gone or closed to the bot: retrying cannot help. */
const GONE = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "channel_is_archived",
  "restricted_action",
]);

/** Posts weekly answers through the Web API. */
export function slackPoster(client: webApi.WebClient): ChannelPoster {
  return {
    platform: "slack",
    async post(channelId: string, answer: Answer) {
      try {
        await client.chat.postMessage({ channel: channelId, ...renderSlackMessage(answer), unfurl_links: false });
      } catch (error) {
        const code = (error as { data?: { error?: string } }).data?.error;
        throw new DeliveryError(code ?? (error as Error).message, code !== undefined && GONE.has(code));
      }
    },
  };
}
