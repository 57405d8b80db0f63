import type { App } from "@slack/bolt";
import type { CareerBot } from "../../../src/bot";
import type { RecentKeys } from "../../../src/recentKeys";
import { type SlackCharts, uploadChartToThread } from "../chart";
import { renderSlackMessage } from "../render";

/** "@careerbot what does an NLP research scientist earn?": answered in a thread under the mention. */
export function registerAppMention(app: App, bot: CareerBot, recent: RecentKeys, charts?: SlackCharts): void {
  app.event("app_mention", async ({ event, body, say, client }) => {
    // Slack redelivers events it thinks were missed; the event id is the same each time.
    if (!recent.claim(`event:${body.event_id}`)) return;
    const answer = bot.answer(event.text);
    const threadTs = event.thread_ts ?? event.ts;
    await say({ ...renderSlackMessage(answer), thread_ts: threadTs, unfurl_links: false });
    // The chart follows the text into the same thread; the text never waits for it.
    await uploadChartToThread(client, charts, answer, { channel: event.channel, threadTs });
  });
}
