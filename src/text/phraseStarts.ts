/**
 * Which of many literal phrases can start in a text, found with a few map lookups instead of one regular expression
 * of them all. Most texts name none of a long phrase list, and the union of hundreds of phrases costs ~20 ms to
 * compile (twice: V8 first interprets a pattern, then compiles it to machine code), most of a `careerbot ask`.
 *
 * Over-approximates a pattern `(?:\b|(?<=\d))(?:phrase1|phrase2|...)` with the `i` flag (no `u`): whenever the pattern
 * could match a phrase, `candidates` names that phrase's group, so the caller runs the real patterns only for those.
 * A phrase starting with an ASCII letter or digit matches only where a word starts or after a digit, and only where
 * the text continues with the phrase's ASCII beginning, in either case (`i` matches an ASCII letter only to its other
 * case, never to a non-ASCII one). A phrase that starts with other ASCII ("% equity") may start anywhere its
 * beginning is found; one that starts with a non-ASCII character ("¿", "πολύ") wherever that character is, in any case.
 */
export class PhraseStarts {
  /** Phrases by their first two characters (`pairKey`): their ASCII beginning, and the group each belongs to. */
  private readonly byPair = new Map<number, { head: string; group: number }[]>();
  /** Phrases whose ASCII beginning is one character long ("a", "5"), by its character code. */
  private readonly bySingle = new Map<number, number[]>();
  /** Phrases whose ASCII beginning starts with a sign or a space ("% equity"): looked for at every character. */
  private readonly anywhere: { head: string; group: number }[] = [];
  /** Phrases that start with a character beyond ASCII ("переговор*", "πολύ αργά"), by that character in lower case. */
  private readonly byNonAscii = new Map<number, number[]>();

  /** `groups[i]` is the phrases of group i, in lower case; a trailing `*` ("negotiat*") is left out of the lookup. */
  constructor(groups: readonly (readonly string[])[]) {
    for (const [group, phrases] of groups.entries()) {
      for (const phrase of phrases) {
        const head = /^[\x20-\x7e]+/.exec(phrase.toLowerCase().replace(/\*$/, ""))?.[0];
        if (!head) push(this.byNonAscii, lowerCode(phrase.charCodeAt(0)), group);
        else if (!isAsciiAlnum(head.charCodeAt(0))) this.anywhere.push({ head, group });
        else if (head.length === 1) push(this.bySingle, head.charCodeAt(0), group);
        else push(this.byPair, pairKey(head.charCodeAt(0), head.charCodeAt(1)), { head, group });
      }
    }
  }

  /** The groups with a phrase that may match in `text`; none means no phrase of any group does. */
  candidates(text: string): Set<number> {
    const found = new Set<number>();
    let previous = 0; // the code of the character before, 0 at the start
    for (let at = 0; at < text.length; at++) {
      const code = foldAscii(text.charCodeAt(at));
      // Beyond ASCII the "i" flag folds case as toUpperCase does: any case of the phrase's first character counts.
      if (code > 127 && this.byNonAscii.size > 0)
        for (const group of this.byNonAscii.get(lowerCode(code)) ?? []) found.add(group);
      for (const { head, group } of this.anywhere)
        if (code === head.charCodeAt(0) && !found.has(group) && startsWith(text, head, at)) found.add(group);
      const startsHere = isAsciiAlnum(code) && (!isWordChar(previous) || isDigit(previous));
      previous = code;
      if (!startsHere) continue;
      for (const group of this.bySingle.get(code) ?? []) found.add(group);
      const pair = this.byPair.get(pairKey(code, foldAscii(text.charCodeAt(at + 1))));
      if (pair)
        for (const { head, group } of pair) if (!found.has(group) && startsWith(text, head, at)) found.add(group);
    }
    return found;
  }
}

/** Whether `text` continues with `head` (lower-case ASCII) at `at`, ASCII letters in either case. */
function startsWith(text: string, head: string, at: number): boolean {
  if (at + head.length > text.length) return false;
  for (let i = 0; i < head.length; i++) if (foldAscii(text.charCodeAt(at + i)) !== head.charCodeAt(i)) return false;
  return true;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A character's lower-case form, by code (one UTF-16 unit; a phrase's first unit is compared to the text's). */
const lowerCode = (code: number) => String.fromCharCode(code).toLowerCase().charCodeAt(0);
/** Two characters as one number (any code below 2^16); NaN past the text's end keys nothing. */
const pairKey = (first: number, second: number) => first * 65536 + second;
/** An ASCII capital to its small letter; every other character as it is (the `i` flag without `u` does no more). */
const foldAscii = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);
const isDigit = (code: number) => code >= 48 && code <= 57;
const isAsciiAlnum = (code: number) => isDigit(code) || (code >= 97 && code <= 122);
/** `\w` without the `u` flag, on a folded character: ASCII letters, digits and "_". */
const isWordChar = (code: number) => isAsciiAlnum(code) || code === 95;
