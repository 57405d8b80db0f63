/** What every reader does around its own words. */

/**
 * A reading tidied: one space between words (lines kept), none before a mark, one question mark where rewrites left
 * several, and nothing left of a greeting at the start ("Mọi người ơi, em ..." is ", i ..." once the greeting goes).
 */
export function tidied(read: string): string {
  return read
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ([?,.!])(?=\s|$)/g, "$1")
    .replace(/\?(?:\s*\?)+/g, "?")
    .replace(/^[\s,.;:!?-]+/, "")
    .trim();
}

/** How many different words of `pattern` (a global pattern of a language's words) a text holds. */
export function distinctWords(text: string, pattern: RegExp): number {
  return new Set(text.toLowerCase().match(pattern) ?? []).size;
}
