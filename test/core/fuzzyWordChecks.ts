/**
 * FuzzyWordIndex against Fuse, its plain way: the words of the titles and aliases of 500 synthetic roles, and for the
 * first `wordCount` of them the word, six misspellings (one to three random edits) and a gibberish word, each asked of
 * both. Fuse scores every word for every query (about 3 ms a query), so `test:unit` asks about the first 25 words
 * (fast-paths.test.ts) and `npm test` also about the first 200 (full-sweeps.slow.test.ts).
 */
import Fuse from "fuse.js";
import { withSyntheticRoles } from "../../src/evaluation/synthetic";
import { FuzzyWordIndex } from "../../src/text/fuzzyWords";
import { bot } from "../helpers";

/** A repeatable stream of numbers below n. */
function numbers(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
}

export interface FuseComparison {
  /** The first queries where the index's best hit is not Fuse's best hit at or under 0.25. */
  differ: { query: string; found?: string; expected?: string }[];
  queries: number;
  /** Queries Fuse finds a word for. */
  hits: number;
}

export function fuzzyWordsAgainstFuse(wordCount: number): FuseComparison {
  const options = { keys: ["word"], includeScore: true, ignoreLocation: true, threshold: 0.4 };
  const words = withSyntheticRoles(bot.data, 500)
    .roles.flatMap((r) => [r.title, ...r.aliases])
    .flatMap((t) => t.toLowerCase().split(/[^a-z0-9]+/))
    .filter((w, i, all) => w.length >= 4 && all.indexOf(w) === i)
    .map((word) => ({ word }));
  const index = new FuzzyWordIndex(words, (w) => w.word, options);
  const fuse = new Fuse(words, options);
  const next = numbers(7);
  const letters = "abcdefghijklmnopqrstuvwxyz0123456789";
  const queries = new Set<string>(["tokyo", "transformers", "pipelines", "architekt", "multimodel", "scientist"]);
  for (const { word } of words.slice(0, wordCount)) {
    queries.add(word);
    for (let variant = 0; variant < 6; variant++) {
      let q = word;
      for (let edit = 0; edit <= next(3); edit++) {
        const at = next(q.length + 1);
        const letter = letters[next(letters.length)];
        const kind = next(3);
        q = q.slice(0, at) + (kind === 1 ? "" : letter) + q.slice(kind === 0 ? at : at + 1);
      }
      queries.add(q);
    }
    queries.add(Array.from({ length: 5 + next(12) }, () => letters[next(26)]).join(""));
  }
  let hits = 0;
  const differ: FuseComparison["differ"] = [];
  for (const query of queries) {
    const [top] = fuse.search(query, { limit: 1 });
    const expected = top?.score !== undefined && top.score <= 0.25 ? top.item : undefined;
    if (expected) hits++;
    const found = index.best(query, 0.25)?.item;
    // The first ten: one fails the test, and a broken index differs on most queries.
    if (found !== expected && differ.length < 10) differ.push({ query, found: found?.word, expected: expected?.word });
  }
  return { differ, queries: queries.size, hits };
}
