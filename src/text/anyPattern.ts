import { needlesOf } from "./needles";
import { anyGated, mayMatch } from "./patternGate";

/**
 * Whether any of several patterns matches a text: exactly `patterns.some((p) => p.test(text))`, as fast as the
 * process's use of the list warrants.
 *
 * - A list tested many times (a running bot): one pattern of their union scans a text in one pass, several times
 *   faster than the patterns one by one (most texts match none of a list).
 * - A list tested a few times (one `careerbot ask`): the union costs more to compile than its scans save (V8
 *   compiles a pattern when first run, and again to machine code when run again: ~3-4 ms, then ~1 ms, for a list
 *   of 27). The patterns are tested one by one, each compiled on first use.
 */
export type AnyPattern = (text: string) => boolean;

/** Tests of a list before its union is built: a CLI question tests a list a few times, a running bot thousands. */
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
  const first = oneByOne(patterns);
  let union: AnyPattern | undefined;
  let tests = 0;
  return (text) => {
    if (union) return union(text);
    if (++tests >= TESTS_BEFORE_UNION) union = gatedUnion(patterns);
    return first(text);
  };
}

/**
 * The second tier: a pattern with needles (`needles.ts`) runs only over a text that holds one of them; the others
 * run as one union.
 */
function gatedUnion(patterns: readonly RegExp[]): AnyPattern {
  const withNeedles: RegExp[] = [];
  const without: RegExp[] = [];
  for (const copy of patterns.map(stateless)) (needlesOf(copy) ? withNeedles : without).push(copy);
  const others = without.length > 0 ? unionOf(without) : () => false;
  return withNeedles.length > 0 ? anyGated(withNeedles, others) : others;
}

/** A copy of the pattern without `g` or `y`, so testing keeps no state between calls. */
const stateless = (p: RegExp) => new RegExp(p.source, p.flags.replace(/[gy]/g, ""));

/** The first tier: each pattern in turn, compiled when first reached (exported for its test). */
export function oneByOne(patterns: readonly RegExp[]): AnyPattern {
  const copies: (RegExp | undefined)[] = patterns.map(() => undefined);
  return (text) =>
    patterns.some((p, i) => {
      const copy = copies[i] ?? stateless(p);
      copies[i] = copy;
      return mayMatch(copy, text) && copy.test(text);
    });
}

/** The second tier: one pattern of their union, when it reads the same (exported for its test). */
export function unionOf(patterns: readonly RegExp[]): AnyPattern {
  const flags = patterns[0]?.flags.replace(/[gy]/g, "") ?? "";
  // A union is only the same test when every pattern reads the text the same way and numbers no group it refers
  // back to (a back-reference would point at another pattern's group once they are joined).
  const joinable = patterns.every(
    (p) => p.flags.replace(/[gy]/g, "") === flags && !/\\[1-9]|\\k<|\(\?<[^=!]/.test(p.source),
  );
  if (!joinable || patterns.length < 2) return oneByOne(patterns);
  const joined = new RegExp(patterns.map((p) => `(?:${p.source})`).join("|"), flags);
  return (text) => joined.test(text);
}

const patternsOf = new WeakMap<readonly { pattern: RegExp }[], RegExp[]>();

/**
 * The first of `cues` whose pattern matches `text`: exactly `cues.find((c) => c.pattern.test(text))` for patterns
 * without `g` or `y`, with `anyPattern` saying "none" first (most texts match none of a cue list).
 */
export function firstCue<T extends { pattern: RegExp }>(cues: readonly T[], text: string): T | undefined {
  let patterns = patternsOf.get(cues);
  if (!patterns) {
    patterns = cues.map((c) => c.pattern);
    patternsOf.set(cues, patterns);
  }
  if (!anyPattern(patterns)(text)) return undefined;
  return cues.find((c) => mayMatch(c.pattern, text) && c.pattern.test(text));
}

/**
 * The cue of `cues` whose match starts earliest in `text` (on a tie, the first listed): "top 10% and top 1%"
 * asks for the top 10% first, whatever order the list is in.
 */
export function earliestCue<T extends { pattern: RegExp }>(cues: readonly T[], text: string): T | undefined {
  if (!firstCue(cues, text)) return undefined;
  let best: { cue: T; at: number } | undefined;
  for (const cue of cues) {
    const at = mayMatch(cue.pattern, text) ? text.search(cue.pattern) : -1;
    if (at >= 0 && (best === undefined || at < best.at)) best = { cue, at };
  }
  return best?.cue;
}
