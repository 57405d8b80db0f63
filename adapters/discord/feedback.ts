import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from "discord.js";
import type { Vote } from "../../src/store/feedback";

/** custom_id of a rating button: `cb:v:up:<feedback id>` or `cb:v:down:<feedback id>` (well inside 100 characters). */
export const FEEDBACK_PREFIX = "cb:v:";
/** Discord allows 5 action rows a message. */
const MAX_ROWS = 5;

type Row = APIActionRowComponent<APIButtonComponent>;

/** 👍 and 👎 in one row, rating the answer recorded under `feedbackId`. */
export function feedbackRow(feedbackId: string): Row {
  const button = (vote: Vote, emoji: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    emoji: { name: emoji },
    custom_id: `${FEEDBACK_PREFIX}${vote}:${feedbackId}`,
  });
  return { type: ComponentType.ActionRow, components: [button("up", "👍"), button("down", "👎")] };
}

/** The answer's rows with the rating row last; never more than Discord's 5 rows (other rows give way). */
export function withFeedbackRow(rows: readonly Row[], feedbackId: string | undefined): Row[] {
  if (!feedbackId) return [...rows];
  return [...rows.slice(0, MAX_ROWS - 1), feedbackRow(feedbackId)];
}

/** The vote and answer a rating button's custom_id carries; undefined for any other component. */
export function parseFeedbackId(customId: string): { vote: Vote; feedbackId: string } | undefined {
  const match = /^cb:v:(up|down):([A-Za-z0-9_-]{1,64})$/.exec(customId);
  return match?.[1] && match[2] ? { vote: match[1] as Vote, feedbackId: match[2] } : undefined;
}
