/**
 * A pattern skips its scan only over a text it cannot match: the needles (`src/text/needles.ts`) are literal strings
 * every match holds, and `mayMatch`, `GatedRegExp` and `anyPattern`'s gated tier say "no" only where none is present.
 * needles.slow.test.ts checks the same on every pattern the fixture answers run.
 */
import { describe, expect, it } from "vitest";
import { folded, needlesOf } from "../../src/text/needles";
import { GatedRegExp, gated, mayMatch, withoutGates } from "../../src/text/patternGate";

describe("needlesOf", () => {
  it("finds the literal runs every match passes through, one per alternative", () => {
    expect(needlesOf(/\bwhat (?:would|will|might) i (?:be )?(?:missing|lacking|lack)\b/i)).toEqual([
      "what will i ",
      "what would i ",
      "what might i ",
    ]);
    expect(needlesOf(/£|\b(gbp|quid)\b/i)).toEqual(["£", "gbp", "quid"]);
    expect(needlesOf(/学士|本科/)).toEqual(["学士", "本科"]);
    expect(needlesOf(/(?:a|b)+cd/)).toEqual(["cd"]);
    expect(needlesOf(/\bmaster'?s?\b/)).toEqual(["master"]);
  });

  it("gives none where some match holds no usable literal", () => {
    expect(needlesOf(/\w+\s+\d+/)).toBeUndefined(); // nothing literal at all
    expect(needlesOf(/\bi\b|\bphd\b/)).toBeUndefined(); // "i" and "phd" are in most messages here
    expect(needlesOf(/x?y?/)).toBeUndefined(); // matches the empty string
  });

  it("folds the letters a case-insensitive pattern takes as one", () => {
    expect(needlesOf(/σοφός/iu)).toEqual(["σοφόσ"]);
    expect(folded("ΣΟΦΌΣ ſtudent µs")).toBe("σοφόσ student μs");
  });
});

/** Uses enough for a pattern's needles to be worked out (the first uses of a pattern skip nothing). */
const WARM_UP = 300;

function warmed<T extends RegExp>(pattern: T, text = "warm-up text"): T {
  for (let i = 0; i < WARM_UP; i++) mayMatch(pattern, text);
  return pattern;
}

describe("mayMatch", () => {
  it("says no only to a text without a needle, once the pattern is used enough", () => {
    const pattern = /\b(?:doable|feasible) for me\b/i;
    expect(mayMatch(pattern, "is it feasible?")).toBe(true); // not yet worked out
    warmed(pattern);
    expect(mayMatch(pattern, "is it DOABLE for me?")).toBe(true);
    expect(mayMatch(pattern, "what does an architect earn?")).toBe(false);
    expect(withoutGates(() => mayMatch(pattern, "what does an architect earn?"))).toBe(true);
  });

  it("lets a 'ſ' or a Greek final sigma through where the pattern matches it", () => {
    const student = warmed(/\bstudent\b/iu);
    expect(student.test("ſtudent")).toBe(true);
    expect(mayMatch(student, "ſtudent")).toBe(true);
    const sofos = warmed(/σοφός/iu);
    expect(sofos.test("ΣΟΦΌΣ")).toBe(true);
    expect(mayMatch(sofos, "ΣΟΦΌΣ")).toBe(true);
  });
});

describe("GatedRegExp", () => {
  const texts = ["I have a PhD in physics", "no degree, 5 yrs", "phd? PHD! Ph.D", "", "nothing here"];

  /** Every use of a gated pattern and of a plain one, side by side, with the lastIndex each leaves. */
  function uses(pattern: RegExp): unknown[] {
    return texts.flatMap((text) => {
      pattern.lastIndex = 0;
      const test = pattern.test(text);
      const afterTest = pattern.lastIndex;
      pattern.lastIndex = 0;
      const exec = pattern.exec(text)?.[0] ?? null;
      const afterExec = pattern.lastIndex;
      return [
        test,
        afterTest,
        exec,
        afterExec,
        text.replace(pattern, "<$&>"),
        text.match(pattern),
        text.search(pattern),
        text.split(pattern),
        text.split(pattern, 0),
      ];
    });
  }

  for (const [source, flags] of [
    ["ph\\.?d", "gi"],
    ["ph\\.?d", "i"],
    ["\\bdegree\\b", "y"],
    ["(?<year>\\d+) yrs", "g"],
  ] as const) {
    it(`answers /${source}/${flags} exactly as a plain pattern does, before and after its needles are worked out`, () => {
      const plain = new RegExp(source, flags);
      const gate = new GatedRegExp(source, flags);
      expect(uses(gate)).toEqual(uses(plain));
      for (let i = 0; i < WARM_UP; i++) gate.test("unrelated");
      expect(uses(gate)).toEqual(uses(plain));
    });
  }

  it("skips the scan over a text without its needles, and scans with gates off", () => {
    const pattern = gated(/\bbootcamp\b/);
    for (let i = 0; i < WARM_UP; i++) pattern.test("no needle in this one");
    const exec = RegExp.prototype.exec;
    const scanned: string[] = [];
    // Replacing exec sends test through it: each scan is seen.
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      if (this.source === pattern.source) scanned.push(text);
      return exec.call(this, text);
    };
    try {
      expect(pattern.test("a bootcamp grad")).toBe(true);
      expect(pattern.test("no needle here")).toBe(false);
      expect(withoutGates(() => pattern.test("no needle here either"))).toBe(false);
    } finally {
      RegExp.prototype.exec = exec;
    }
    expect(scanned).toEqual(["a bootcamp grad", "no needle here either"]);
  });

  it("builds plain patterns for methods that copy it (matchAll)", () => {
    const pattern = gated(/\d+/g);
    expect([..."1 and 22".matchAll(pattern)].map((m) => m[0])).toEqual(["1", "22"]);
  });
});
