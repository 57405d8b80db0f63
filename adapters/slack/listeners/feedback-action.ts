import { conversationKeys } from "../../../src/conversation/keys";
import { type Feedback, thanksFor } from "../../../src/feedback/feedback";
import type { RecentKeys } from "../../../src/recentKeys";
import { FEEDBACK_ACTION } from "../render";
import type { ButtonListener } from "./types";

/**
 * 👍 / 👎 under an answer (`careerbot.feedback.up` / `.down`): acknowledged at once, stored as the clicker's vote on
 * that answer (a second click changes it), and thanked with a short ephemeral line; the answer stays as it was.
 */
export function feedbackActionListener(feedback: Feedback, recent: RecentKeys): ButtonListener {
  return async (args) => {
    const { ack, body, action, respond } = args;
    await ack();
    const vote = FEEDBACK_ACTION.exec(action.action_id)?.[1] === "up" ? "up" : "down";
    const answerId = action.value ?? "";
    const team = body.team?.id ?? body.user.team_id ?? "";
    const channel = body.channel?.id ?? body.container?.channel_id ?? "";
    // A replayed click (same trigger) is handled once; the vote itself is one per person and answer in the store.
    const click = body.trigger_id ?? `${team}:${channel}:${body.container?.message_ts ?? ""}:${action.action_ts}`;
    if (!answerId || !(await recent.claim(`vote:${click}`))) return;
    const outcome = await feedback.vote(answerId, conversationKeys.slackUser(team, body.user.id), vote);
    await respond({ response_type: "ephemeral", replace_original: false, text: thanksFor(vote, outcome) });
  };
}
