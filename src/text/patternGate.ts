import { folded, type Needles, needlesOf } from "./needles";

/**
 * Skipping a pattern over a text that holds none of its needles (`needles.ts`): most texts match none of this bot's
 * patterns, and most of a message's time went into scans that found nothing.
 *
 * A pattern with a few needles asks the folded text whether it `includes` each. Cue lists and phrase lists have
 * hundreds, so those are found the other way round: each three characters of the text are hashed once, and only
 * where a needle starts with that hash is the needle compared there.
 */

/** Off only inside `withoutGates`. */
let gatesOn = true;

/** `run()` with every pattern scanning every text: the test that gates change no answer compares against it. */
export function withoutGates<T>(run: () => T): T {
  gatesOn = false;
  try {
    return run();
  } finally {
    gatesOn = true;
  }
}

/** Uses of a pattern before its needles are worked out: a CLI question uses a pattern a few times, a bot thousands. */
const USES_BEFORE_NEEDLES = 256;
/** Up to this many needles, `includes` each; above, the text's hashed pieces. */
const FEW_NEEDLES = 6;
/** Bits of a piece's hash. */
const HASH_BITS = 13;

function pieceHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x2c1b3c6d) ^ Math.imul(b, 0x297a2d39) ^ Math.imul(c, 0x5bd1e995)) >>> (32 - HASH_BITS);
}

/** A text as needles are looked for in it: folded, and the hash of the three characters at each position. */
class IndexedText {
  #hashes: Uint16Array | undefined;
  constructor(
    readonly text: string,
    readonly lower: string,
  ) {}

  get hashes(): Uint16Array {
    if (this.#hashes) return this.#hashes;
    const lower = this.lower;
    const hashes = new Uint16Array(Math.max(0, lower.length - 2));
    for (let i = 0; i < hashes.length; i++)
      hashes[i] = pieceHash(lower.charCodeAt(i), lower.charCodeAt(i + 1), lower.charCodeAt(i + 2));
    this.#hashes = hashes;
    return hashes;
  }
}

/** The last texts indexed: a message's patterns run over the same few texts in turn. */
const KEPT = 4;
const recent: (IndexedText | undefined)[] = new Array(KEPT);
let nextSlot = 0;

function indexed(text: string): IndexedText {
  for (const entry of recent) if (entry !== undefined && entry.text === text) return entry;
  const entry = new IndexedText(text, folded(text));
  recent[nextSlot] = entry;
  nextSlot = (nextSlot + 1) % KEPT;
  return entry;
}

/**
 * The needles of one pattern, or of every pattern of a list (each needle knows its owner's position), ready to be
 * looked for.
 */
class NeedleSet {
  /** Needles of one or two characters, and all of them when they are few: looked for with `includes`. */
  readonly #short: { text: string; owner: number }[] = [];
  /** The others by the hash of their first three characters. */
  readonly #byStart = new Map<number, { text: string; owner: number }[]>();
  /** A bit per hash that starts a needle. */
  readonly #starts = new Uint32Array(1 << (HASH_BITS - 5));

  constructor(needlesByOwner: readonly (Needles | undefined)[]) {
    const total = needlesByOwner.reduce((n, needles) => n + (needles?.length ?? 0), 0);
    needlesByOwner.forEach((needles, owner) => {
      for (const text of needles ?? []) {
        if (total <= FEW_NEEDLES || text.length < 3) {
          this.#short.push({ text, owner });
          continue;
        }
        const hash = pieceHash(text.charCodeAt(0), text.charCodeAt(1), text.charCodeAt(2));
        const list = this.#byStart.get(hash) ?? [];
        list.push({ text, owner });
        this.#byStart.set(hash, list);
        this.#starts[hash >>> 5] = (this.#starts[hash >>> 5] as number) | (1 << (hash & 31));
      }
    });
  }

  /** Calls `found` with the owner of each needle the text holds until it returns true; whether it did. */
  #scan(entry: IndexedText, found: (owner: number) => boolean): boolean {
    const lower = entry.lower;
    for (const needle of this.#short) if (lower.includes(needle.text) && found(needle.owner)) return true;
    if (this.#byStart.size === 0) return false;
    const hashes = entry.hashes;
    const starts = this.#starts;
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i] as number;
      if (((starts[hash >>> 5] as number) & (1 << (hash & 31))) === 0) continue;
      for (const needle of this.#byStart.get(hash) ?? [])
        if (lower.startsWith(needle.text, i) && found(needle.owner)) return true;
    }
    return false;
  }

  /** Whether the text holds a needle. */
  holds(entry: IndexedText): boolean {
    return this.#scan(entry, () => true);
  }

  /** The owners with a needle in the text, each once. */
  owners(entry: IndexedText): Set<number> {
    const found = new Set<number>();
    this.#scan(entry, (owner) => {
      found.add(owner);
      return false;
    });
    return found;
  }
}

/**
 * Whether any of `patterns` (all with needles, none with `g` or `y`) matches, each run only over a text that holds
 * one of its needles, or `others` (the list's patterns without needles) does. `anyPattern`'s tier for a list a
 * process uses often.
 */
export function anyGated(patterns: readonly RegExp[], others: (text: string) => boolean): (text: string) => boolean {
  const needles = new NeedleSet(patterns.map(needlesOf));
  return (text) => {
    if (others(text)) return true;
    if (!gatesOn) return patterns.some((pattern) => pattern.test(text));
    for (const owner of needles.owners(indexed(text))) if (patterns[owner]?.test(text)) return true;
    return false;
  };
}

/** One pattern's gate: open until the pattern has been used enough, then open only over a text with a needle. */
class Gate {
  #uses = 0;
  #needles: NeedleSet | null | undefined;
  constructor(readonly pattern: RegExp) {}

  allows(text: string): boolean {
    if (!gatesOn) return true;
    if (this.#needles === undefined) {
      if (++this.#uses < USES_BEFORE_NEEDLES) return true;
      const needles = needlesOf(this.pattern);
      this.#needles = needles ? new NeedleSet([needles]) : null;
    }
    return this.#needles === null || this.#needles.holds(indexed(text));
  }
}
const gates = new WeakMap<RegExp, Gate>();

/**
 * False when `pattern` cannot match `text` (it holds none of the pattern's needles); true when it might, including
 * while the pattern has been used too few times for its needles to be worth working out.
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  let gate = gates.get(pattern);
  if (!gate) {
    gate = new Gate(pattern);
    gates.set(pattern, gate);
  }
  return gate.allows(text);
}

/**
 * A pattern that skips its scan over a text without its needles, for every use: `test`, `exec`, and the string
 * methods (`replace`, `match`, `search`, `split`). Where it might match, a plain copy runs, so V8's fast paths stay.
 * Wrap with `gated(/.../)` a pattern that runs over most texts and matches few of them.
 */
export class GatedRegExp extends RegExp {
  readonly #plain: RegExp;
  readonly #gate: Gate;

  constructor(pattern: RegExp | string, flags?: string) {
    super(pattern, flags);
    this.#plain = new RegExp(this.source, this.flags);
    this.#gate = new Gate(this.#plain);
  }

  // Species: methods that build a new pattern from this one (matchAll) build a plain one.
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  /** The state a failed scan leaves: a global or sticky pattern starts again from 0. */
  #missed(): void {
    if (this.global || this.sticky) this.lastIndex = 0;
  }

  #run<T>(scan: (plain: RegExp) => T): T {
    const plain = this.#plain;
    plain.lastIndex = this.lastIndex;
    const result = scan(plain);
    this.lastIndex = plain.lastIndex;
    return result;
  }

  override exec(text: string): RegExpExecArray | null {
    const input = String(text);
    if (!this.#gate.allows(input)) {
      this.#missed();
      return null;
    }
    return this.#run((plain) => plain.exec(input));
  }

  override test(text: string): boolean {
    const input = String(text);
    if (!this.#gate.allows(input)) {
      this.#missed();
      return false;
    }
    return this.#run((plain) => plain.test(input));
  }

  override [Symbol.replace](
    text: string,
    replacement: string | ((substring: string, ...args: never[]) => string),
  ): string {
    const input = String(text);
    if (!this.#gate.allows(input)) {
      this.#missed();
      return input;
    }
    return this.#run((plain) => input.replace(plain, replacement as string));
  }

  override [Symbol.match](text: string): RegExpMatchArray | null {
    const input = String(text);
    if (!this.#gate.allows(input)) {
      this.#missed();
      return null;
    }
    return this.#run((plain) => input.match(plain));
  }

  override [Symbol.search](text: string): number {
    const input = String(text);
    if (!this.#gate.allows(input)) return -1;
    return this.#run((plain) => input.search(plain));
  }

  override [Symbol.split](text: string, limit?: number): string[] {
    const input = String(text);
    if (!this.#gate.allows(input)) return limit === 0 ? [] : [input];
    return this.#run((plain) => input.split(plain, limit));
  }
}

/** `pattern` as a `GatedRegExp`. */
export function gated(pattern: RegExp): GatedRegExp {
  return new GatedRegExp(pattern);
}
