import { createHash } from "node:crypto";
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from "discord.js";

/** Discord's limits: 100 characters of custom_id, 80 of button label, 5 buttons a row. */
const MAX_CUSTOM_ID = 100;
const MAX_LABEL = 80;
const MAX_BUTTONS = 5;
/** custom_id of a follow-up button: the question itself, or (too long) a hash kept in memory for a while. */
export const FOLLOW_UP_PREFIX = "cb:f:";
const HASHED_PREFIX = "cb:h:";

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * Follow-up questions as buttons. A question that fits travels inside its custom_id, so a click works after a
 * restart; a longer one gets a hash id remembered here (bounded, oldest first).
 */
export class FollowUpButtons {
  private readonly long = new Map<string, string>();

  constructor(private readonly maxRemembered = 5_000) {}

  customIdFor(question: string): string {
    const inline = `${FOLLOW_UP_PREFIX}${question}`;
    if (inline.length <= MAX_CUSTOM_ID) return inline;
    const id = `${HASHED_PREFIX}${createHash("sha256").update(question).digest("base64url").slice(0, 22)}`;
    this.long.delete(id);
    this.long.set(id, question);
    if (this.long.size > this.maxRemembered) {
      const oldest = this.long.keys().next().value;
      if (oldest !== undefined) this.long.delete(oldest);
    }
    return id;
  }

  /** The question of a follow-up button's custom_id; undefined for other components or a forgotten hash. */
  questionFor(customId: string): string | undefined {
    if (customId.startsWith(FOLLOW_UP_PREFIX)) return customId.slice(FOLLOW_UP_PREFIX.length);
    if (customId.startsWith(HASHED_PREFIX)) return this.long.get(customId);
    return undefined;
  }

  /** One row of buttons (up to five), or none. */
  components(followUps: string[]): APIActionRowComponent<APIButtonComponent>[] {
    const questions = [...new Set(followUps.filter((q) => q.trim() !== ""))].slice(0, MAX_BUTTONS);
    if (questions.length === 0) return [];
    const ids = new Set<string>();
    const buttons: APIButtonComponent[] = [];
    for (const q of questions) {
      const id = this.customIdFor(q);
      if (ids.has(id)) continue;
      ids.add(id);
      buttons.push({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: clip(q, MAX_LABEL),
        custom_id: id,
      });
    }
    return [{ type: ComponentType.ActionRow, components: buttons }];
  }
}
