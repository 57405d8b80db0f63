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
 */
export class PhraseIndex<T> {
  private readonly byFirstToken = new Map<string, { tokens: string[]; value: T }[]>();

  add(phrase: string, value: T): void {
    const tokens = tokenize(phrase);
    const first = tokens[0];
    if (first === undefined) return;
    const entries = this.byFirstToken.get(first) ?? [];
    entries.push({ tokens, value });
    // Longest first, so the first match at a position is the most specific one.
    entries.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirstToken.set(first, entries);
  }

  /** Every token of every phrase, for the spelling corrector. */
  *words(): Iterable<string> {
    for (const entries of this.byFirstToken.values()) for (const e of entries) yield* e.tokens;
  }

  /** All matches, overlapping ones included. */
  findAll(tokens: readonly string[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let start = 0; start < tokens.length; start++) {
      for (const entry of this.byFirstToken.get(tokens[start] as string) ?? []) {
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
      const entries = this.byFirstToken.get(tokens[start] as string) ?? [];
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
