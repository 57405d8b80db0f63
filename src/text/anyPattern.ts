import { requiredLiterals } from "./requiredLiterals";

/**
 * Whether any of several patterns matches a text: exactly `patterns.some((p) => p.test(text))`, as fast as the
 * process's use of the list warrants.
 *
 * - A list tested many times (a running bot): one pattern of their union scans a text in one pass, several times
 *   faster than the patterns one by one (most texts match none of a list).
 * - A list tested a few times (one `careerbot ask`): the union costs milliseconds to compile, twice (V8 interprets a
 *   pattern first, then compiles it to machine code), more than its scans save. Each pattern's required literals
 *   (`requiredLiterals`: "which ", "fit") are looked up with `includes` instead, and only a pattern whose literals
 *   the text contains is run, compiled on first use.
 */
export type AnyPattern = (text: string) => boolean;

/** Tests with the literal lookup before the union is built: a CLI question uses a list a few times, a bot thousands. */
const TESTS_BEFORE_UNION = 32;

const cache = new WeakMap<readonly RegExp[], AnyPattern>();

/** The test of `patterns`, built once per list (the list must not change afterwards). */
export function anyPattern(patterns: readonly RegExp[]): AnyPattern {
  let test = cache.get(patterns);
  if (!test) {
    test = tiered(patterns);
    cache.set(patterns, test);
  }
  return test;
}

function tiered(patterns: readonly RegExp[]): AnyPattern {
  const first = byLiterals(patterns);
  let union: AnyPattern | undefined;
  let tests = 0;
  return (text) => {
    if (union) return union(text);
    if (++tests >= TESTS_BEFORE_UNION) union = unionOf(patterns);
    return first(text);
  };
}

interface Entry {
  source: RegExp;
  /** A copy without `g` or `y`, so testing keeps no state between calls; made on first use. */
  copy?: RegExp;
  /** Literals one of which any match contains; `undefined`: the pattern always runs. */
  literals?: readonly string[];
}

/** The first tier: required literals, then only the patterns they allow (exported for its test). */
export function byLiterals(patterns: readonly RegExp[]): AnyPattern {
  let entries: Entry[] | undefined;
  return (text) => {
    entries ??= patterns.map((source) => ({ source, literals: requiredLiterals(source) }));
    let lower: string | undefined;
    for (const entry of entries) {
      const { literals, source } = entry;
      if (literals) {
        if (source.ignoreCase) lower ??= text.toLowerCase();
        const haystack = source.ignoreCase && lower !== undefined ? lower : text;
        if (!literals.some((l) => haystack.includes(l))) continue;
      }
      entry.copy ??= new RegExp(source.source, source.flags.replace(/[gy]/g, ""));
      if (entry.copy.test(text)) return true;
    }
    return false;
  };
}

/** The second tier: one pattern of the union (exported for its test). */
export function unionOf(patterns: readonly RegExp[]): AnyPattern {
  const flags = patterns[0]?.flags.replace(/[gy]/g, "") ?? "";
  // A union is only the same test when every pattern reads the text the same way and numbers no group it refers
  // back to (a back-reference would point at another pattern's group once they are joined).
  const joinable = patterns.every(
    (p) => p.flags.replace(/[gy]/g, "") === flags && !/\\[1-9]|\\k<|\(\?<[^=!]/.test(p.source),
  );
  if (!joinable || patterns.length < 2) {
    const fresh = patterns.map((p) => new RegExp(p.source, p.flags.replace(/[gy]/g, "")));
    return (text) => fresh.some((p) => p.test(text));
  }
  const joined = new RegExp(patterns.map((p) => `(?:${p.source})`).join("|"), flags);
  return (text) => joined.test(text);
}
