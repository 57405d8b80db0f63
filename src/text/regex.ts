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

/** A pattern and what each match becomes (with `$1` for its groups, or worked out from the match). */
export type Rewrite = readonly [RegExp, string | ((match: string, ...groups: string[]) => string)];

/** `text` with each rewrite applied in turn. */
export function rewritten(text: string, rewrites: readonly Rewrite[]): string {
  let read = text;
  for (const [pattern, replacement] of rewrites)
    read = typeof replacement === "string" ? read.replace(pattern, replacement) : read.replace(pattern, replacement);
  return read;
}
