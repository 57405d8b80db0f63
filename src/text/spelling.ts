import { distance } from "fastest-levenshtein";
import { STOPWORDS } from "./stopwords";

/**
 * Most edits we forgive in a word of this length. Four-letter words get one, but only a dropped letter
 * ("skil" -> "skill"): one changed letter in a short word makes another word ("last" -> "list").
 */
function editBudget(length: number): number {
  if (length < 4) return 0;
  if (length < 7) return 1;
  return 2;
}

const CACHE_LIMIT = 10_000;

/**
 * Maps misspelled words onto the bot's own vocabulary ("salery" -> "salary", "architekt" -> "architect").
 * Words are bucketed by length so a lookup only compares against plausible candidates.
 */
export class SpellingCorrector {
  private readonly known: Set<string>;
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string | null>();

  /**
   * @param vocabulary words a typo is corrected to
   * @param knownOnly words left as they are but never a correction target: "deliver" must not become "driver"
   * @param isPlainWord whether a word is a real one, corrected only to themselves with an ending dropped or added ("deployed" ->
   *   "deploy"), never to another word ("back" is not "black", "based" not "biased")
   */
  constructor(
    vocabulary: Iterable<string>,
    knownOnly: Iterable<string> = [],
    private readonly isPlainWord: (word: string) => boolean = () => false,
  ) {
    this.known = new Set(vocabulary);
    for (const word of this.known) {
      if (word.length < 5 || /^\d+$/.test(word)) continue;
      const bucket = this.byLength.get(word.length) ?? [];
      bucket.push(word);
      this.byLength.set(word.length, bucket);
    }
    for (const word of knownOnly) this.known.add(word);
  }

  isKnown(word: string): boolean {
    return this.known.has(word);
  }

  /** The closest vocabulary word within the edit budget, or undefined when there is none or a tie. */
  correct(word: string): string | undefined {
    if (this.known.has(word) || STOPWORDS.has(word)) return undefined;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const searched = this.search(word);
    const found =
      searched && this.isPlainWord(word) && !word.startsWith(searched) && !searched.startsWith(word)
        ? undefined
        : searched;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, found ?? null);
    return found;
  }

  private search(word: string): string | undefined {
    const budget = editBudget(word.length);
    if (budget === 0 || /\d/.test(word)) return undefined;
    let best: string | undefined;
    let bestDistance = budget + 1;
    let tie = false;
    const shortest = word.length === 4 ? 5 : word.length - budget;
    for (let length = shortest; length <= word.length + budget; length++) {
      for (const candidate of this.byLength.get(length) ?? []) {
        // The first letter is rarely the typo; requiring it keeps "pay" from becoming "day".
        if (candidate[0] !== word[0]) continue;
        const plain = distance(word, candidate);
        // "salray", "reserach": two letters swapped are one slip of the fingers, not two edits.
        const d = plain === 2 && swapsTwoLetters(word, candidate) ? 1 : plain;
        if (d < bestDistance) {
          best = candidate;
          bestDistance = d;
          tie = false;
        } else if (d === bestDistance && candidate !== best) {
          tie = true;
        }
      }
    }
    return tie ? undefined : best;
  }
}

/** Whether `b` is `a` with two neighbouring letters swapped ("salray" and "salary"). */
function swapsTwoLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
