/** What every reader does around its own words. */
import { PendingRewrite, type Rewrite, rewritten } from "../regex";

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

/**
 * A reader: the message in English words when `isItsLanguage` says it is written in that language, each table of
 * rewrites applied in turn (a writer's statements, then the words of questions) and the result tidied; any other
 * message as it is.
 */
export function languageReader(
  isItsLanguage: (message: string) => boolean,
  ...tables: readonly (readonly Rewrite[])[]
): (message: string) => string {
  return (message) => (isItsLanguage(message) ? tidied(tables.reduce(rewritten, message)) : message);
}

/** How many different words of `pattern` (a global pattern of a language's words) a text holds. */
export function distinctWords(text: string, pattern: RegExp): number {
  return new Set(text.toLowerCase().match(pattern) ?? []).size;
}

/** A rewrite of whole words ("tmb" to "también"), never part of another word or of a word with an apostrophe. */
export function wholeWords(words: string, replacement: string): Rewrite {
  return new PendingRewrite(`(?<![\\p{L}'])(?:${words})(?![\\p{L}'])`, "giu", replacement);
}

/**
 * A rewrite of whole words or phrases in any script ("що таке", "vad saknar jag", "ज़िम्मेदारियाँ"): `\b` knows only
 * English letters, so the edges are any letter or mark of any script.
 */
export function phrase(words: string, replacement: string): Rewrite {
  return new PendingRewrite(`(?<![\\p{L}\\p{M}])(?:${words})(?![\\p{L}\\p{M}])`, "giu", replacement);
}

/**
 * "... i koliko godina ...", "... a aké jazyky ...", "... ja kas ...": a language's "and" before a question the
 * rewrites before it made English (or before one of `nativeOpeners`), read as "and" so the second question is a part
 * of its own. Run last in a reader's table.
 */
export function andBeforeQuestion(conjunction: string, nativeOpeners: readonly string[] = []): Rewrite {
  const openers = ["how", "what", "which", "do i", "is", ...nativeOpeners].join("|");
  return new PendingRewrite(`(?<![\\p{L}])${conjunction}\\s+(?=(?:${openers})(?![\\p{L}]))`, "giu", " and ");
}

/** A rewrite from a pattern's source, every match and any case ("X ki em skills kavali"). */
export function rule(pattern: string, replacement: string): Rewrite {
  return new PendingRewrite(pattern, "giu", replacement);
}

/** A word in English letters, dots only inside it ("B.Tech", not "ECE."). */
const LATIN_WORD = String.raw`[\w+#'-]+(?:\.[\w+#-]+)*`;
/** Conjunctions a noun phrase stops at, in English and in the Indian languages typed with it. */
const NOT_IN_A_NOUN = "(?!(?:and|but|or|kani|aana) )";

/**
 * The source of a capturing group of one to `words` words, none of them a conjunction: the noun a postposition
 * follows in Telugu and Tamil ("lead ML architect ki", "Chennai la"), moved before it in English.
 */
export function nounOfUpTo(words: number): string {
  return `((?:${NOT_IN_A_NOUN}${LATIN_WORD} ){0,${words - 1}}${LATIN_WORD})`;
}

/** The source of one word, as `nounOfUpTo` reads words. */
export const ONE_WORD = LATIN_WORD;
