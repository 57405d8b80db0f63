import { mayMatch } from "./patternGate";

/** Text matched literally inside a larger regular expression. */
export function escapeRegExp(text: string): string {
  // Not "-": it means nothing outside a character class, and its escape is an error in a "u" pattern.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * Whether `text` holds any of `words`: the cheap test before a pattern that cannot match without one of them (most
 * texts have none, and `includes` is many times faster than a pattern that may start at every character).
 */
export function holdsAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

type Replacement = string | ((match: string, ...groups: string[]) => string);

/**
 * A rewrite whose pattern is compiled when it first runs. Building a pattern with `\p{L}` and the `u` and `i` flags
 * costs tens of microseconds; the readers hold hundreds, and a process meets few of their languages: built at start-up
 * they were about 20 ms of every `careerbot ask` (`node --cpu-prof`, `rule` and `phrase` in readers/shared.ts).
 */
export class PendingRewrite {
  #pattern: RegExp | undefined;
  constructor(
    readonly source: string,
    readonly flags: string,
    readonly replacement: Replacement,
  ) {
    pendingRewrites.push(this);
  }
  get pattern(): RegExp {
    this.#pattern ??= new RegExp(this.source, this.flags);
    return this.#pattern;
  }
}

/** Every pending rewrite made: a test compiles them all, since a mistyped pattern no longer fails at start-up. */
export const pendingRewrites: PendingRewrite[] = [];

/** A pattern and what each match becomes (with `$1` for its groups, or worked out from the match). */
export type Rewrite = readonly [RegExp, Replacement] | PendingRewrite;

/** `text` with each rewrite applied in turn. */
export function rewritten(text: string, rewrites: readonly Rewrite[]): string {
  let read = text;
  for (const rewrite of rewrites) {
    const pending = rewrite instanceof PendingRewrite;
    const pattern = pending ? rewrite.pattern : rewrite[0];
    const replacement = pending ? rewrite.replacement : rewrite[1];
    if (!mayMatch(pattern, read)) continue;
    read = typeof replacement === "string" ? read.replace(pattern, replacement) : read.replace(pattern, replacement);
  }
  return read;
}
