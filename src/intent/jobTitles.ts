import { execAll } from "../text/execAll";
import { escapeRegExp } from "../text/regex";

/** Seniority words that may come before a job title: "senior data analyst". */
const SENIORITY = "(?:junior|senior|lead|sr|jr|staff|principal)";
/** The same word boundaries as the regular expression's `\b`: the runs of `\w` characters. */
const NON_WORD = /\W+/;
/** Regular expressions kept for the sets of titles seen; a message names a handful, so few sets recur. */
const MAX_CACHED = 256;

/**
 * Finds job titles ("data analyst", "senior ML engineer", plural too) in lower-case text, as one regular expression
 * of every title would (`\b(seniority )?(title|...)s?\b`, longest title first), without trying every title at every
 * position: with 10,000 roles that expression took most of a question's time. A title can only match where its first
 * word stands as a whole word of the text, so the expression is built of just those titles, in the same order, which
 * finds exactly the same matches.
 */
export class JobTitleFinder {
  /** Titles by their first word, each with its place in the longest-first order. */
  private readonly byFirstWord = new Map<string, { title: string; order: number }[]>();
  /** Titles that do not start with a letter or digit: always tried (none of today's). */
  private readonly alwaysTried: { title: string; order: number }[] = [];
  private readonly patterns = new Map<string, RegExp>();

  constructor(titles: Iterable<string>) {
    const ordered = [...new Set(titles)].sort((a, b) => b.length - a.length);
    ordered.forEach((title, order) => {
      const first = /^\w+/.exec(title)?.[0];
      if (first === undefined) {
        this.alwaysTried.push({ title, order });
        return;
      }
      // A one-word title also matches its plural ("testers"): index it under both.
      const keys = first === title ? [first, `${first}s`] : [first];
      for (const key of keys) {
        const list = this.byFirstWord.get(key);
        if (list) list.push({ title, order });
        else this.byFirstWord.set(key, [{ title, order }]);
      }
    });
  }

  /** Every match, left to right, as `text.matchAll` of the expression of all titles returns them. */
  matchAll(text: string): RegExpMatchArray[] {
    const candidates = new Map<number, string>();
    for (const { title, order } of this.alwaysTried) candidates.set(order, title);
    for (const word of new Set(text.split(NON_WORD))) {
      for (const { title, order } of this.byFirstWord.get(word) ?? []) candidates.set(order, title);
    }
    if (candidates.size === 0) return [];
    const orders = [...candidates.keys()].sort((a, b) => a - b);
    const key = orders.join(",");
    let pattern = this.patterns.get(key);
    if (!pattern) {
      const alternatives = orders.map((order) => escapeRegExp(candidates.get(order) as string));
      pattern = new RegExp(`\\b(${SENIORITY} )?(${alternatives.join("|")})s?\\b`, "g");
      if (this.patterns.size >= MAX_CACHED) this.patterns.clear();
      this.patterns.set(key, pattern);
    }
    return execAll(pattern, text);
  }
}
