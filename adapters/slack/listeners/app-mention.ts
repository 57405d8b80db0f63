import type { Conversations } from "../../../src/conversation/conversations";
import { conversationKeys } from "../../../src/conversation/keys";
import type { Feedback } from "../../../src/feedback/feedback";
import type { RecentKeys } from "../../../src/recentKeys";
import { type SlackCharts, uploadChartToThread } from "../chart";
import { renderSlackMessage } from "../render";
import type { EventListener } from "./types";

/**
 * "@careerbot what does an NLP research scientist earn?": answered in a thread under the mention. The thread is
 * the conversation: a later mention in it ("@careerbot and the salary?") continues it, whoever asks.
 */
export function appMentionListener(
  conversations: Conversations,
  recent: RecentKeys,
  charts?: SlackCharts,
  feedback?: Feedback,
): EventListener<"app_mention"> {
  return async ({ event, body, say, client }) => {
    // Slack redelivers events it thinks were missed; the event id is the same each time. A repeat in this process
    // stops here; across replicas the store claims it in the commit that saves the conversation.
    const claim = `event:${body.event_id}`;
    if (!recent.claimInProcess(claim)) return;
    const threadTs = event.thread_ts ?? event.ts;
    const team = body.team_id ?? event.team ?? "";
    const userId = conversationKeys.slackUser(team, event.user ?? "unknown");
    // The answer's feedback record rides in the commit that claims the event and saves the conversation.
    const { answer, alreadyHandled, feedbackId } = await conversations.turn(
      conversationKeys.slackThread(team, event.channel, threadTs),
      userId,
      event.text,
      {
        claim: recent.sharedClaim(claim),
        rating: feedback && { feedback, origin: { platform: "slack", workspace: team, userId, question: event.text } },
      },
    );
    if (alreadyHandled) return;
    await say({ ...renderSlackMessage(answer, { feedbackId }), thread_ts: threadTs, unfurl_links: false });
    // The chart follows the text into the same thread; the text never waits for it.
    await uploadChartToThread(client, charts, answer, { channel: event.channel, threadTs });
  };
}
