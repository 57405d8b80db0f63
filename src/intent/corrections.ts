// Corrections of the role just asked about: "what's the salary range for the NLP one / sorry I meant the multimodal
// one, not NLP", in one message or the next turn. The part before is asked again of the role meant (src/pipeline.ts).
import type { Understander, Understanding } from "./understand";

/**
 * "sorry I meant ...", "oops, meant the ...", "wait I meant", "correction: I meant", "sorry, brain's fried from the
 * incident review — I meant ...": a correction of what came before.
 */
const CORRECTION =
  /^\W*(?:sorry|oops|whoops|wait|actually|my bad|no|correction|edit)(?:\W+|\b[^?!]{0,60}?[,;:—–-]\s*)(?:i\s+)?meant\b/i;
/** Where a correction names what it does not mean: "..., not NLP". */
export const NOT_MEANT = /\b(?:not|rather than|instead of)\b/i;

/** The part before, asked of the roles a correction names; undefined when the text corrects no role. */
export function correctedPart(
  understander: Understander,
  text: string,
  before: Understanding | undefined,
): Understanding | undefined {
  if (!before) return undefined;
  const roleIds = meantRoles(understander, text);
  if (roleIds.length === 0 || roleIds.join() === before.roleIds.join()) return undefined;
  return { ...before, roleIds, rule: `${before.rule}, corrected` };
}

/** "not the architect one, i mean the NLP research scientist, ...": what is not meant first, then what is. */
const NOT_THAT_ONE = /^\W*(?:no[,!.]?\s+)?not\s+(?:the\s+)?[^,.;?]{1,40}?[,;.—–-]*\s+(?:i\s+)?(?:mean|meant)\b/i;

/** The roles a correction says were meant; none for any other text ("sorry i meant 4 yrs" corrects no role). */
export function meantRoles(understander: Understander, text: string): string[] {
  const meant = meantText(text);
  return meant === undefined ? [] : understander.rolesTalkedAbout(meant).roleIds;
}

/** The words of a correction that say what was meant, without what was not; undefined for any other text. */
export function meantText(text: string): string | undefined {
  if (CORRECTION.test(text)) return text.split(NOT_MEANT)[0] ?? text;
  const notThatOne = NOT_THAT_ONE.exec(text);
  return notThatOne ? text.slice(notThatOne[0].length) : undefined;
}
