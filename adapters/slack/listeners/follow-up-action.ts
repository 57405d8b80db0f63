import type { Conversations } from "../../../src/conversation/conversations";
import { conversationKeys } from "../../../src/conversation/keys";
import type { Feedback } from "../../../src/feedback/feedback";
import type { RecentKeys } from "../../../src/recentKeys";
import { type SlackCharts, withChartImage } from "../chart";
import { renderSlackMessage } from "../render";
import type { ButtonListener } from "./types";

/**
 * A follow-up button: acknowledged at once, then asked in the clicker's conversation for this channel (as if they
 * typed `/career <question>`), answered ephemerally where they clicked, leaving the original message as it was.
 */
export function followUpActionListener(
  conversations: Conversations,
  recent: RecentKeys,
  charts?: SlackCharts,
  feedback?: Feedback,
): ButtonListener {
  return async (args) => {
    const { ack, body, action, respond } = args;
    await ack();
    const question = action.value ?? "";
    const user = body.user.id;
    const team = body.team?.id ?? body.user.team_id ?? "";
    const channel = body.channel?.id ?? body.container?.channel_id ?? "";
    // Keyed by the click's trigger id, never by who clicked: a de-duplication row must not name a person.
    // One answer per click: a repeat in this process stops here, across replicas the conversation's commit claims it.
    const click = body.trigger_id ?? `${team}:${channel}:${body.container?.message_ts ?? ""}:${action.action_ts}`;
    const claim = `followup:${click}`;
    if (!question || !recent.claimInProcess(claim)) return;
    const userId = conversationKeys.slackUser(team, user);
    // The answer's feedback record rides in the commit that claims the click and saves the conversation.
    const { answer, asked, alreadyHandled, feedbackId } = await conversations.turn(
      conversationKeys.slackCommand(team, channel, user),
      userId,
      question,
      {
        claim: recent.sharedClaim(claim),
        rating: feedback && { feedback, origin: { platform: "slack", workspace: team, userId, question } },
      },
    );
    if (alreadyHandled) return;
    const message = renderSlackMessage(answer, { shareQuestion: question, shareContext: asked, feedbackId });
    await respond({ response_type: "ephemeral", replace_original: false, ...withChartImage(message, answer, charts) });
  };
}
