import { tokenize } from "./normalize";

export interface PhraseHit<T> {
  value: T;
  start: number;
  /** Index after the last token of the phrase. */
  end: number;
}

/**
 * Finds known multi-word phrases in a token list. Phrases are indexed by their first token, so matching costs
 * a map lookup per token rather than a scan of every phrase.
 *
 * Adding is O(1): the lists that changed are sorted (longest phrase first) once, on the next lookup, rather than
 * on every add, so building an index of n phrases costs O(n log n) instead of O(n² log n) for a popular first word.
 */
export class PhraseIndex<T> {
  private readonly byFirstToken = new Map<string, { tokens: string[]; value: T }[]>();
  /** First tokens whose lists were added to since they were last sorted. */
  private readonly unsorted = new Set<string>();
  /** Every distinct token of every phrase. */
  private readonly vocabulary = new Set<string>();

  add(phrase: string, value: T): void {
    const tokens = tokenize(phrase);
    const first = tokens[0];
    if (first === undefined) return;
    const entries = this.byFirstToken.get(first);
    if (entries) entries.push({ tokens, value });
    else this.byFirstToken.set(first, [{ tokens, value }]);
    this.unsorted.add(first);
    for (const token of tokens) this.vocabulary.add(token);
  }

  /**
   * Sorts the lists changed since the last call; lookups call it, so calling it is optional (e.g. once after
   * loading, to keep the cost out of the first question). The sort is stable: equal lengths keep insertion order.
   */
  freeze(): this {
    for (const first of this.unsorted) {
      // Longest first, so the first match at a position is the most specific one.
      this.byFirstToken.get(first)?.sort((a, b) => b.tokens.length - a.tokens.length);
    }
    this.unsorted.clear();
    return this;
  }

  private entriesFor(token: string): readonly { tokens: string[]; value: T }[] {
    if (this.unsorted.size > 0) this.freeze();
    return this.byFirstToken.get(token) ?? [];
  }

  /** Every distinct token of every phrase, for the spelling corrector. */
  words(): ReadonlySet<string> {
    return this.vocabulary;
  }

  /** All matches, overlapping ones included. */
  findAll(tokens: readonly string[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let start = 0; start < tokens.length; start++) {
      for (const entry of this.entriesFor(tokens[start] as string)) {
        if (matchesAt(tokens, start, entry.tokens))
          hits.push({ value: entry.value, start, end: start + entry.tokens.length });
      }
    }
    return hits;
  }

  /** Longest non-overlapping matches, left to right. */
  findLongest(tokens: readonly string[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let start = 0;
    while (start < tokens.length) {
      const entries = this.entriesFor(tokens[start] as string);
      const longest = entries.find((e) => matchesAt(tokens, start, e.tokens));
      if (!longest) {
        start++;
        continue;
      }
      // Several values can share one phrase ("research scientist"): keep them all.
      for (const e of entries) {
        if (e.tokens.length === longest.tokens.length && matchesAt(tokens, start, e.tokens)) {
          hits.push({ value: e.value, start, end: start + e.tokens.length });
        }
      }
      start += longest.tokens.length;
    }
    return hits;
  }
}

function matchesAt(tokens: readonly string[], start: number, phrase: readonly string[]): boolean {
  if (start + phrase.length > tokens.length) return false;
  for (let i = 0; i < phrase.length; i++) if (tokens[start + i] !== phrase[i]) return false;
  return true;
}
