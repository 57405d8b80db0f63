import { mayMatch } from "./patternGate";

/**
 * Every match of a global pattern in a text, as `[...text.matchAll(pattern)]` gives them, without its cost:
 * `matchAll` builds a new regular expression object at every call, which made it ~10x slower than the `exec`
 * loop it stands for on this bot's short texts. The loop runs on one private copy of each pattern, so the
 * pattern's own `lastIndex` is left as it was, as `matchAll` leaves it.
 */
const copies = new WeakMap<RegExp, RegExp>();

export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`execAll needs a global pattern: /${pattern.source}/${pattern.flags}`);
  let copy = copies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags);
    copies.set(pattern, copy);
  }
  const matches: RegExpExecArray[] = [];
  if (!mayMatch(copy, text)) return matches;
  copy.lastIndex = pattern.lastIndex;
  for (let match = copy.exec(text); match !== null; match = copy.exec(text)) {
    matches.push(match);
    // An empty match moves on by one character (a whole code point in unicode mode), as matchAll does.
    if (match[0] === "") copy.lastIndex = nextIndex(text, copy.lastIndex, copy.unicode || copy.flags.includes("v"));
  }
  return matches;
}

/** The spec's AdvanceStringIndex: past a surrogate pair at once in unicode mode. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}
