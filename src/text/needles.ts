import { createRequire } from "node:module";
import type { AST } from "@eslint-community/regexpp";

/**
 * The literal strings a pattern cannot match without: every match of the pattern holds one of its needles (in
 * lower case), so a text that holds none of them cannot match and the pattern need not run over it.
 *
 * Why: V8 tries a pattern at every position of a text, and a pattern of many alternatives (a cue list, a reader's
 * phrase list) tries each of them there. Most texts match none of this bot's patterns, and asking a lower-cased
 * text whether it `includes` a few words is several times cheaper than that scan.
 *
 * The needles come from the pattern's syntax tree (`@eslint-community/regexpp`, the parser eslint-plugin-regexp
 * uses): a run of literal characters every match must pass through, or for a choice of alternatives one such run per
 * alternative. Anything else (a character class, `\w+`, a lookaround, an optional part) requires nothing, and a
 * pattern one of whose alternatives requires nothing has no needles and always runs.
 */
export type Needles = readonly string[];

/** Finite sets of strings are worked out up to this size (`(?:would|will|might) i (?:be )?` is 3 x 2 = 6). */
const MAX_STRINGS = 64;
/** A needle shorter than this (counting a very common word as one letter) rules out too few texts to be worth it. */
const MIN_WEIGHT = 2;
/** Above this weight a needle is rare enough: a set of fewer needles is preferred to a set of longer ones. */
const ENOUGH_WEIGHT = 6;
/** More needles than this cost about as much to look for as the pattern's own scan. */
const MAX_NEEDLES = 1000;

/**
 * Words in most messages this bot gets, counted as one letter: a needle made of them alone rules out little. The
 * English function words and the guide's own (in over 4% of the real-message fixtures: "engineer" in most).
 */
const COMMON_WORDS = new Set(
  (
    "a an and are as at be can do does for from have here how i in is it me my no of on one or that the they this " +
    "to what which with you your ai ml lead architect research scientist engineer engineers level entry nlp python " +
    "yrs years senior multimodal application data role roles degree salary pay need phd job like should actually " +
    "more about all bachelor sql de en un lol"
  ).split(" "),
);

/** The common words in one string: a piece of one ("engine", "ph") is as common. */
const COMMON_TEXT = [...COMMON_WORDS].join(" ");

/**
 * Characters a needle may hold: ones that match, under the `i` flag, only what lower-cases (and `folded` turns) into
 * the same character, so that a text whose folded form lacks every needle cannot match. Extended Greek, the
 * Turkish dotted and dotless i and the two Greek letters that fold to three are left out.
 */
function safeChar(code: number): boolean {
  if (code >= 0x20 && code < 0x7f) return true;
  if (code === 0x130 || code === 0x131 || code === 0x390 || code === 0x3b0) return false;
  return (
    (code >= 0xa0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || // Latin-1 and Latin Extended, their signs
    (code >= 0x370 && code <= 0x4ff) || // Greek (folded below), Cyrillic
    (code >= 0x590 && code <= 0x6ff) || // Hebrew, Arabic: no case
    (code >= 0x900 && code <= 0xdff) || // Indic scripts: no case
    (code >= 0xe00 && code <= 0xe7f) || // Thai
    (code >= 0x1ea0 && code <= 0x1eff) || // Vietnamese letters
    (code >= 0x2010 && code <= 0x20cf) || // dashes, quotes, currency signs
    (code >= 0x3040 && code <= 0x30ff) || // kana
    (code >= 0x3400 && code <= 0x9fff) || // CJK
    (code >= 0xac00 && code <= 0xd7af) // Hangul
  );
}

/** Letters `toLowerCase` leaves apart that a case-insensitive pattern takes as one (`/σ/i` matches "ς"). */
const FOLDS: Readonly<Record<string, string>> = {
  ς: "σ",
  ϐ: "β",
  ϑ: "θ",
  ϵ: "ε",
  ϰ: "κ",
  ϖ: "π",
  ϱ: "ρ",
  ϕ: "φ",
  ϲ: "σ",
  µ: "μ",
  "\u0345": "ι",
  "\u1fbe": "ι",
  ſ: "s",
  ẞ: "ß",
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join("")}]`, "g");

/** A text in the form needles are looked for in: lower case, with the letters above folded. */
export function folded(text: string): string {
  const lower = text.toLowerCase();
  FOLDABLE.lastIndex = 0;
  return FOLDABLE.test(lower) ? lower.replace(FOLDABLE, (c) => FOLDS[c] ?? c) : lower;
}

/**
 * How much a needle rules out: a letter or digit counts 1 (a very common word, or a piece of one, 1 in all), a CJK
 * or Hangul character 2, a sign such as "$" or "£" 2.
 */
function weight(needle: string): number {
  let total = 0;
  for (const word of needle.split(/[\s,.;:!?'"()-]+/u)) {
    if (COMMON_WORDS.has(word) || (word.length > 0 && COMMON_TEXT.includes(word))) {
      total += 1;
      continue;
    }
    for (const ch of word) {
      const code = ch.codePointAt(0) ?? 0;
      if (/[\p{L}\p{N}]/u.test(ch)) total += (code >= 0x3040 && code <= 0x9fff) || code >= 0xac00 ? 2 : 1;
      else total += 2;
    }
  }
  return total;
}

/** What one part of a pattern tells: the strings it can match, when few, and the best requirement it makes. */
interface Reading {
  /** Every string the part can match, in lower case; undefined when they are many or any of them is unknown. */
  strings?: readonly string[];
  /** Needles one of which every match of the part holds; undefined when it requires nothing usable. */
  needles?: Needles;
}

const EMPTY: Reading = { strings: [""] };
const UNKNOWN: Reading = {};

/** How much ruling out a text is worth with this set: its weakest needle, then fewer needles. */
function score(needles: Needles): number {
  let weakest = Number.POSITIVE_INFINITY;
  for (const needle of needles) weakest = Math.min(weakest, weight(needle));
  return Math.min(weakest, ENOUGH_WEIGHT) * 1000 - needles.length;
}

/** The set as needles: without one that holds another (the shorter is found wherever the longer is). */
function asNeedles(strings: readonly string[]): Needles | undefined {
  const unique = [...new Set(strings)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of unique) if (!kept.some((k) => s.includes(k))) kept.push(s);
  if (kept.length === 0 || kept.length > MAX_NEEDLES) return undefined;
  return kept.every((s) => weight(s) >= MIN_WEIGHT) ? kept : undefined;
}

/** The set that rules out more: the higher score, then the longer needles. */
function better(a: Needles | undefined, b: Needles | undefined): Needles | undefined {
  if (!a) return b;
  if (!b) return a;
  const [scoreA, scoreB] = [score(a), score(b)];
  if (scoreA !== scoreB) return scoreB > scoreA ? b : a;
  return b.join("").length > a.join("").length ? b : a;
}

function characterStrings(codes: readonly number[]): Reading {
  if (!codes.every(safeChar)) return UNKNOWN;
  return { strings: [...new Set(codes.map((c) => folded(String.fromCodePoint(c))))] };
}

function classStrings(node: AST.CharacterClass): Reading {
  if (node.negate) return UNKNOWN;
  const codes: number[] = [];
  for (const element of node.elements) {
    if (element.type === "Character") codes.push(element.value);
    else if (element.type === "CharacterClassRange" && element.max.value - element.min.value < 4)
      for (let c = element.min.value; c <= element.max.value; c++) codes.push(c);
    else return UNKNOWN;
  }
  return codes.length > 0 && codes.length <= 8 ? characterStrings(codes) : UNKNOWN;
}

function product(a: readonly string[], b: readonly string[]): string[] | undefined {
  if (a.length * b.length > MAX_STRINGS) return undefined;
  return a.flatMap((x) => b.map((y) => x + y));
}

function alternatives(list: readonly AST.Alternative[]): Reading {
  const readings = list.map(sequence);
  let strings: string[] | undefined = [];
  for (const r of readings) strings = r.strings && strings ? strings.concat(r.strings) : undefined;
  if (strings && strings.length > MAX_STRINGS) strings = undefined;
  const own = strings ? asNeedles(strings) : undefined;
  // Otherwise one requirement per alternative, all of them needed: one that requires nothing lets any text through.
  let union: string[] | undefined = [];
  for (const r of readings) union = r.needles && union ? union.concat(r.needles) : undefined;
  return { strings: strings ? [...new Set(strings)] : undefined, needles: better(own, union && asNeedles(union)) };
}

/** A run of elements one after the other: the strings of each contiguous known stretch, and each element's own. */
function sequence(node: AST.Alternative): Reading {
  let best: Needles | undefined;
  /** The strings of the known stretch that ends here (its needles are weighed at each step). */
  let run: string[] = [""];
  let all: string[] | undefined = [""];
  for (const element of node.elements) {
    const r = read(element);
    best = better(best, r.needles);
    if (r.strings) {
      // Too many strings to join: the stretch so far and this element stand apart.
      run = product(run, r.strings) ?? [...r.strings];
      best = better(best, asNeedles(run));
    } else run = [""];
    all = all && r.strings ? product(all, r.strings) : undefined;
  }
  return { strings: all, needles: best };
}

function read(node: AST.Element): Reading {
  switch (node.type) {
    case "Character":
      return characterStrings([node.value]);
    case "CharacterClass":
      return classStrings(node);
    case "Assertion":
      return EMPTY; // zero-width: \b, ^, $ and lookarounds consume nothing
    case "Group":
    case "CapturingGroup":
      return alternatives(node.alternatives);
    case "Quantifier": {
      const inner = read(node.element);
      if (node.min === 0 && node.max === 1)
        return { strings: inner.strings ? [...new Set(["", ...inner.strings])] : undefined };
      if (node.min === 1 && node.max === 1) return inner;
      return node.min === 0 ? UNKNOWN : { needles: inner.needles ?? (inner.strings && asNeedles(inner.strings)) };
    }
    default:
      return UNKNOWN; // \w, ., \d, \p{..}, back-references, the v flag's classes
  }
}

type Regexpp = typeof import("@eslint-community/regexpp");
let regexpp: Regexpp | undefined;

/** The needles of a pattern, or undefined when a match may hold none (then the pattern always runs). */
export function needlesOf(pattern: RegExp): Needles | undefined {
  const key = `${pattern.flags}/${pattern.source}`;
  if (worked.has(key)) return worked.get(key);
  const needles = needlesOfSource(pattern);
  worked.set(key, needles);
  return needles;
}

/** Needles worked out, by flags and source: a pattern's copies share them. */
const worked = new Map<string, Needles | undefined>();

function needlesOfSource(pattern: RegExp): Needles | undefined {
  regexpp ??= createRequire(import.meta.url)("@eslint-community/regexpp") as Regexpp;
  const unicode = pattern.flags.includes("u");
  const unicodeSets = pattern.flags.includes("v");
  let tree: AST.Pattern;
  try {
    tree = new regexpp.RegExpParser({ ecmaVersion: 2025 }).parsePattern(pattern.source, 0, pattern.source.length, {
      unicode,
      unicodeSets,
    });
  } catch {
    return undefined; // a syntax the parser does not know: the pattern just runs
  }
  const reading = alternatives(tree.alternatives);
  return reading.needles;
}
