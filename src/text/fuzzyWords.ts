import Fuse, { type IFuseOptions } from "fuse.js";

/**
 * Fuse's fuzzy search over single words, asked only for its best hit at or under a score: `best(word, maxScore)`
 * returns what `new Fuse(items, options).search(word, { limit: 1 })[0]` would when that hit scores at most
 * `maxScore`. Fuse scores every word of the list (Bitap), a millisecond or more per word with 10,000 roles, so the
 * search runs over only the words that can score that well. With `ignoreLocation`, a word's score is the errors of
 * its best approximate match divided by the query's length, so a score of at most `maxScore` allows
 * k = floor(maxScore x length) errors; each error breaks at most two of the query's m - 1 letter pairs, and the
 * unbroken ones lie in the word (the q-gram lemma), so a word sharing fewer than m - 1 - 2k of them cannot score that
 * well; nor can one holding none of k + 1 pieces of the query whole (each error touches one piece). A word's score does not depend on the other words and the survivors keep their order, so Fuse picks the same
 * best hit among them.
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
    if (same !== undefined) return this.hit(new Fuse([this.items[same] as T], this.options), query, maxScore);
    const candidates = this.candidates(query, Math.floor(maxScore * query.length));
    if (candidates === undefined) return this.hit(this.fuse, query, maxScore);
    if (candidates.length === 0) return undefined;
    return this.hit(new Fuse(candidates, this.options), query, maxScore);
  }

  private hit(fuse: Fuse<T>, query: string, maxScore: number): { item: T; score: number } | undefined {
    const [hit] = fuse.search(query, { limit: 1 });
    return hit?.score !== undefined && hit.score <= maxScore ? { item: hit.item, score: hit.score } : undefined;
  }

  /** The items, in order, sharing enough letter pairs with the query; undefined when that cannot narrow. */
  private candidates(query: string, errors: number): T[] | undefined {
    const needed = query.length - 1 - 2 * errors;
    if (needed <= 0) return undefined;
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
    // And one of k + 1 pieces of the query lies in the word whole (each error touches one piece).
    const pieces = Array.from({ length: errors + 1 }, (_, p) =>
      query.slice(Math.floor((p * query.length) / (errors + 1)), Math.floor(((p + 1) * query.length) / (errors + 1))),
    );
    const chosen: number[] = [];
    for (const i of touched) {
      if ((shared[i] ?? 0) >= needed && pieces.some((piece) => this.words[i]?.includes(piece))) chosen.push(i);
    }
    // Most of the list: a new index of it would cost more than searching them all.
    if (chosen.length > this.items.length / 2) return undefined;
    return chosen.sort((a, b) => a - b).map((i) => this.items[i] as T);
  }
}
