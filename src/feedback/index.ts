import type { Config } from "../config";
import type { Logger } from "../logger";
import type { Store } from "../store";
import type { Vote } from "../store/feedback";
import { Feedback } from "./feedback";

export { Feedback } from "./feedback";

/** Feedback over the shared store, as the configuration says (FEEDBACK_KEEP_TEXT, FEEDBACK_TTL, FEEDBACK_RETENTION). */
export function createFeedback(
  store: Pick<Store, "feedback">,
  config: Pick<Config, "FEEDBACK_KEEP_TEXT" | "FEEDBACK_TTL" | "FEEDBACK_RETENTION" | "STORE_BUDGET_MS">,
  log: Logger,
  onVote?: (vote: Vote, intents: string[]) => void,
): Feedback {
  return new Feedback(store.feedback, {
    keepText: config.FEEDBACK_KEEP_TEXT,
    textTtlMs: config.FEEDBACK_TTL,
    retentionMs: config.FEEDBACK_RETENTION,
    budgetMs: config.STORE_BUDGET_MS,
    log,
    onVote,
  });
}
