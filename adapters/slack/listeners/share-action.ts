import type { App, BlockButtonAction } from "@slack/bolt";
import type { CareerBot } from "../../../src/bot";
import type { RecentKeys } from "../../../src/recentKeys";
import { type SlackCharts, uploadChartToThread, withChartImage } from "../chart";
import { renderSlackMessage, SHARE_ACTION_ID } from "../render";

/** "Share in channel": posts the same answer visibly, once, and drops the button from the private copy. */
export function registerShareAction(app: App, bot: CareerBot, recent: RecentKeys, charts?: SlackCharts): void {
  app.action<BlockButtonAction>(SHARE_ACTION_ID, async ({ ack, body, action, client, respond }) => {
    await ack();
    const channel = body.channel?.id;
    const messageKey = body.container?.message_ts ?? action.action_ts;
    if (!channel || !recent.claim(`share:${channel}:${messageKey}`)) return;
    const answer = bot.answer(action.value ?? "");
    const message = renderSlackMessage(answer);
    const posted = await client.chat.postMessage({ channel, ...message, unfurl_links: false });
    await respond({ replace_original: true, ...withChartImage(message, answer, charts) });
    if (posted.ts) await uploadChartToThread(client, charts, answer, { channel, threadTs: posted.ts });
  });
}
