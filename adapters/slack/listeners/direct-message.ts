import type { Conversations } from "../../../src/conversation/conversations";
import { conversationKeys } from "../../../src/conversation/keys";
import type { Feedback } from "../../../src/feedback/feedback";
import type { RecentKeys } from "../../../src/recentKeys";
import { renderSlackMessage } from "../render";
import type { EventListener } from "./types";

/** A direct message to the bot (event `message.im`): answered in the DM, which is one conversation. */
export function directMessageListener(
  conversations: Conversations,
  recent: RecentKeys,
  feedback?: Feedback,
): EventListener<"message"> {
  return async ({ message, body, say }) => {
    // Only people's own messages in a DM: no edits, joins or bot messages (our own answers included).
    if (message.channel_type !== "im" || message.subtype !== undefined || !("user" in message)) return;
    if ("bot_id" in message && message.bot_id) return;
    // One answer per event: see app-mention.ts.
    const claim = `event:${(body as { event_id?: string }).event_id ?? message.ts}`;
    if (!recent.claimInProcess(claim)) return;
    const team = (body as { team_id?: string }).team_id ?? "";
    const userId = conversationKeys.slackUser(team, message.user);
    const question = message.text ?? "";
    // The answer's feedback record rides in the commit that claims the event and saves the conversation.
    const { answer, alreadyHandled, feedbackId } = await conversations.turn(
      conversationKeys.slackDm(team, message.channel),
      userId,
      question,
      {
        claim: recent.sharedClaim(claim),
        rating: feedback && { feedback, origin: { platform: "slack", workspace: team, userId, question } },
      },
    );
    if (alreadyHandled) return;
    await say({ ...renderSlackMessage(answer, { feedbackId }), unfurl_links: false });
  };
}
