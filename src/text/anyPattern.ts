/**
 * Whether any of several patterns matches a text, in one scan. One regular expression made of their union scans a
 * text several times faster than the patterns one by one, and most texts match none of a list: callers test this
 * first and run the list itself only when it says yes. Exactly `patterns.some((p) => p.test(text))`.
 */
export type AnyPattern = (text: string) => boolean;

const cache = new WeakMap<readonly RegExp[], AnyPattern>();

/** The union test of `patterns`, built once per list (the list must not change afterwards). */
export function anyPattern(patterns: readonly RegExp[]): AnyPattern {
  let test = cache.get(patterns);
  if (!test) {
    test = union(patterns);
    cache.set(patterns, test);
  }
  return test;
}

function union(patterns: readonly RegExp[]): AnyPattern {
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
