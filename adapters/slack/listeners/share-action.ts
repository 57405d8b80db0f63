import type { CareerBot } from "../../../src/bot";
import type { RecentKeys } from "../../../src/recentKeys";
import { type SlackCharts, uploadChartToThread, withChartImage } from "../chart";
import { parseShareValue, renderSlackMessage } from "../render";
import type { ButtonListener } from "./types";

/** Why a Web API call failed, in a few words a user can act on (the Slack error code when there is one). */
function reasonOf(error: unknown): string {
  const e = error as { data?: { error?: string }; code?: string; message?: string };
  if (e.data?.error === "not_in_channel" || e.data?.error === "channel_not_found")
    return "I am not in this channel (invite me, then try again)";
  if (e.data?.error) return e.data.error;
  if (e.code === "slack_webapi_rate_limited_error") return "Slack is rate limiting me, try again in a minute";
  return "Slack did not answer in time, try again";
}

/** "Share in channel": posts the same answer visibly (without touching any conversation), once, and drops the button from the private copy. */
export function shareActionListener(bot: CareerBot, recent: RecentKeys, charts?: SlackCharts): ButtonListener {
  return async ({ ack, body, action, client, respond, logger }) => {
    await ack();
    const channel = body.channel?.id;
    const messageKey = body.container?.message_ts ?? action.action_ts;
    const key = `share:${channel}:${messageKey}`;
    if (!channel || !(await recent.claim(key))) return;
    // The question with the conversation context it was answered in: the shared answer is the one the user saw.
    const { question, context, feedbackId } = parseShareValue(action.value ?? "");
    const answer = bot.reply(question, context).answer;
    // The shared copy is the same answer: its rating buttons count for the answer first given.
    const message = renderSlackMessage(answer, { feedbackId });
    let posted: { ts?: string };
    try {
      posted = await client.chat.postMessage({ channel, ...message, unfurl_links: false });
    } catch (error) {
      // The client's timeout and bounded retries make this arrive within seconds; the user hears about it.
      await recent.forget(key); // pressing the button again tries again
      logger.warn(`share failed in ${channel}: ${reasonOf(error)}`);
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        text: `Couldn't share: ${reasonOf(error)}.`,
      });
      return;
    }
    await respond({ replace_original: true, ...withChartImage(message, answer, charts) });
    // The chart follows the shared answer into its thread; a failed upload is logged and the text stands.
    if (posted.ts) await uploadChartToThread(client, charts, answer, { channel, threadTs: posted.ts });
  };
}
