import type { App } from "@slack/bolt";
import type { CareerBot } from "../../../src/bot";
import type { RecentKeys } from "../../../src/recentKeys";
import { renderSlackMessage } from "../render";

/** "@careerbot what does an NLP research scientist earn?": answered in a thread under the mention. */
export function registerAppMention(app: App, bot: CareerBot, recent: RecentKeys): void {
  app.event("app_mention", async ({ event, body, say }) => {
    // Slack redelivers events it thinks were missed; the event id is the same each time.
    if (!recent.claim(`event:${body.event_id}`)) return;
    const answer = bot.answer(event.text);
    await say({ ...renderSlackMessage(answer), thread_ts: event.thread_ts ?? event.ts, unfurl_links: false });
  });
}
