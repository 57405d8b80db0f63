import Fuse, { type IFuseOptions } from "fuse.js";

/**
 * Fuse's fuzzy search over single words, asked only for its best hit at or under a score: `best(word, maxScore)`
 * returns what `new Fuse(items, options).search(word, { limit: 1 })[0]` would when that hit scores at most
 * `maxScore`. Fuse scores every word of the list (Bitap, about a microsecond a word: milliseconds with 10,000 roles),
 * so it searches only the words that can score that well. With `ignoreLocation`, Fuse's score is the errors of the
 * query's best approximate match in the word (insertions, deletions, substitutions) divided by the query's length,
 * so a score of at most `maxScore` needs a match with k = floor(maxScore x length) errors or fewer: words without one
 * are dropped, first by the q-gram lemma (each error breaks at most two of the query's m - 1 letter pairs, and the
 * unbroken ones lie in the word, so it shares at least m - 1 - 2k of them), then by computing the distance. A word's
 * score does not depend on the other words and the survivors keep their order, so Fuse picks the same best hit.
 */
export class FuzzyWordIndex<T extends object> {
  private readonly fuse: Fuse<T>;
  /** The items' words, in lower case as Fuse compares them. */
  private readonly words: string[];
  /** The first item with each word. */
  private readonly firstWithWord = new Map<string, number>();
  /** Indexes of the words holding each pair of letters. */
  private readonly byPair = new Map<string, number[]>();

  constructor(
    private readonly items: readonly T[],
    wordOf: (item: T) => string,
    private readonly options: IFuseOptions<T> & { ignoreLocation: boolean; isCaseSensitive?: false },
  ) {
    if (!options.ignoreLocation) throw new Error("FuzzyWordIndex: its narrowing holds only with ignoreLocation");
    this.fuse = new Fuse(items, options);
    this.words = items.map((item) => wordOf(item).toLowerCase());
    this.words.forEach((word, i) => {
      if (!this.firstWithWord.has(word)) this.firstWithWord.set(word, i);
      for (let at = 0; at + 2 <= word.length; at++) {
        const pair = word.slice(at, at + 2);
        const list = this.byPair.get(pair);
        if (list === undefined) this.byPair.set(pair, [i]);
        else if (list.at(-1) !== i) list.push(i);
      }
    });
  }

  best(word: string, maxScore: number): { item: T; score: number } | undefined {
    const query = word.toLowerCase();
    // The word itself scores best of all (Fuse gives equal text a score of 0, a match inside a longer word 0.001):
    // the first item with that word is the hit.
    const same = this.firstWithWord.get(query);
    if (same !== undefined) return this.hit([same], query, maxScore);
    const errors = Math.floor(maxScore * query.length);
    const close = this.sharingPairs(query, errors).filter((i) => withinEdits(query, this.words[i] as string, errors));
    // Fuse's score grows with the errors, so its best hit is among the words with the fewest: only those are scored
    // (hundreds of words lie within two errors of a query among 10,000 made-up titles, and Fuse indexes each one).
    for (let fewer = 0; fewer < errors && close.length > 1; fewer++) {
      const fewest = close.filter((i) => withinEdits(query, this.words[i] as string, fewer));
      if (fewest.length > 0) return this.hit(fewest, query, maxScore);
    }
    return close.length > 0 ? this.hit(close, query, maxScore) : undefined;
  }

  private hit(indexes: number[], query: string, maxScore: number): { item: T; score: number } | undefined {
    const fuse =
      indexes.length === this.items.length
        ? this.fuse
        : new Fuse(
            indexes.map((i) => this.items[i] as T),
            this.options,
          );
    const [hit] = fuse.search(query, { limit: 1 });
    return hit?.score !== undefined && hit.score <= maxScore ? { item: hit.item, score: hit.score } : undefined;
  }

  /** The indexes, in order, of the words sharing enough letter pairs with the query to be within `errors` of it. */
  private sharingPairs(query: string, errors: number): number[] {
    const needed = query.length - 1 - 2 * errors;
    if (needed <= 0) return this.words.map((_, i) => i);
    const pairs = new Map<string, number>();
    for (let at = 0; at + 2 <= query.length; at++) {
      const pair = query.slice(at, at + 2);
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
    const shared = new Uint8Array(this.items.length);
    const touched: number[] = [];
    for (const [pair, times] of pairs) {
      for (const i of this.byPair.get(pair) ?? []) {
        if (shared[i] === 0) touched.push(i);
        shared[i] = Math.min(255, (shared[i] ?? 0) + times);
      }
    }
    return touched.filter((i) => (shared[i] ?? 0) >= needed).sort((a, b) => a - b);
  }
}

/**
 * Whether `pattern` matches somewhere in `text` with at most `errors` insertions, deletions and substitutions
 * (a match may start anywhere in the text). A question naming no role asks this of thousands of words with 10,000
 * roles: for patterns of up to 31 letters it runs Myers' bit-parallel algorithm (one pass of a few integer
 * operations per letter of the text), which gives exactly the answer of the dynamic programme `withinEditsByTable`.
 */
export function withinEdits(pattern: string, text: string, errors: number): boolean {
  const m = pattern.length;
  if (m <= errors) return true;
  if (m > 31) return withinEditsByTable(pattern, text, errors);
  patternBits(pattern);
  const last = 1 << (m - 1);
  // Bit i of pv / mv: the column of the table goes up / down by one from row i to row i + 1 (all up at the start).
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j);
    const eq = code < 128 ? (asciiBits[code] as number) : (otherBits.get(code) ?? 0);
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    // A match may start anywhere: the table's top row is all zeros, so nothing is shifted in.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= errors) return true;
  }
  return false;
}

/** For each letter of the pattern, the positions where it stands as bits (ASCII in a table, the rest in a map); kept
 * for the pattern asked last, as the index asks one query of many words. */
let bitsFor = "";
const asciiBits = new Int32Array(128);
const otherBits = new Map<number, number>();
function patternBits(pattern: string): void {
  if (pattern === bitsFor) return;
  asciiBits.fill(0);
  otherBits.clear();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (code < 128) asciiBits[code] = (asciiBits[code] as number) | (1 << i);
    else otherBits.set(code, (otherBits.get(code) ?? 0) | (1 << i));
  }
  bitsFor = pattern;
}

/** `withinEdits` by Sellers' dynamic programme: for patterns longer than a machine word, and for its tests. */
export function withinEditsByTable(pattern: string, text: string, errors: number): boolean {
  const m = pattern.length;
  if (m <= errors) return true;
  // column[i]: fewest errors matching the first i letters of the pattern, ending at the current letter of the text.
  let column = Array.from({ length: m + 1 }, (_, i) => i);
  let next = new Array<number>(m + 1);
  for (let j = 0; j < text.length; j++) {
    next[0] = 0;
    for (let i = 1; i <= m; i++) {
      const substitute = (column[i - 1] as number) + (pattern[i - 1] === text[j] ? 0 : 1);
      next[i] = Math.min(substitute, (column[i] as number) + 1, (next[i - 1] as number) + 1);
    }
    if ((next[m] as number) <= errors) return true;
    [column, next] = [next, column];
  }
  return false;
}
