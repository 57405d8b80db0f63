/**
 * The helpers that make understanding faster give exactly what the plain ways give: execAll what String.matchAll
 * gives, anyPattern what testing each pattern gives, extractInterests what extractProfile's interests are; checked
 * on the quick sample of fixture questions and on edge cases here, on every fixture question in full-sweeps.slow.test.ts.
 */
import { describe, expect, it } from "vitest";
import { DEGREE_CRITERIA, ORDER_CUES, SALARY_FACETS, SKILL_GAP, VERDICT_CUES } from "../../src/intent/lexicon";
import { anyPattern, firstCue } from "../../src/text/anyPattern";
import { execAll } from "../../src/text/execAll";
import { collapseSpaces, stripChatMarkupKeepingLines, tokenize } from "../../src/text/normalize";
import { quickSample } from "../fixtureQuestions";
import { anyPatternDifferences, execAllDifferences, interestDifferences, speedHelperTexts } from "./speedHelperChecks";

/** The quick sample of fixture questions (quickSample): the shapes compared don't depend on which; `npm test` checks all. */
const texts = speedHelperTexts(quickSample());

describe("execAll", () => {
  it("finds what String.matchAll finds, in the quick sample of fixture questions and odd text", () => {
    expect(execAllDifferences(texts)).toEqual([]);
  });

  it("leaves the pattern's own lastIndex as it was, and starts from it as matchAll does", () => {
    const pattern = /o/g;
    pattern.lastIndex = 5;
    expect(execAll(pattern, "foo boo").map((m) => m.index)).toEqual([5, 6]);
    expect(pattern.lastIndex).toBe(5);
  });

  it("refuses a pattern without the global flag, as matchAll does", () => {
    expect(() => execAll(/o/, "foo")).toThrow(TypeError);
  });
});

describe("anyPattern", () => {
  it("says whether some pattern of the list matches, in the quick sample of fixture questions and odd text", () => {
    expect(anyPatternDifferences(texts)).toEqual([]);
  });

  it("is built once per list", () => {
    expect(anyPattern(SKILL_GAP)).toBe(anyPattern(SKILL_GAP));
  });
});

describe("firstCue", () => {
  it("finds the cue Array.find finds, in the quick sample of fixture questions and odd text, for each cue list it serves", () => {
    const differ: string[] = [];
    // Twice over: the first tests of a list go one by one, later ones through the union (anyPattern's tiers).
    for (const pass of [1, 2])
      for (const cues of [VERDICT_CUES, SALARY_FACETS, ORDER_CUES, DEGREE_CRITERIA] as (readonly {
        pattern: RegExp;
      }[])[])
        for (const text of texts) {
          const lower = text.toLowerCase();
          if (firstCue(cues, lower) !== cues.find((c) => c.pattern.test(lower))) differ.push(`${pass}: ${lower}`);
        }
    expect(differ).toEqual([]);
    expect(firstCue(VERDICT_CUES, "which pays more, x or y?")).toBeDefined();
  });
});

describe("extractInterests", () => {
  it("gives extractProfile's interests, in the quick sample of fixture questions and part", () => {
    expect(interestDifferences(texts)).toEqual([]);
  });
});

describe("collapseSpaces", () => {
  it("gives what replacing each run of whitespace by one space gives", () => {
    const odd = ["a  b", "a\tb", " a ", "a\u00a0b", "a\u3000 b", "a\n\nb", "\ufeffa", "a b c", "", " ", "a \u2028b"];
    const differ = [...texts, ...odd].filter((t) => collapseSpaces(t) !== t.replace(/\s+/g, " "));
    expect(differ).toEqual([]);
  });

  it("keeps stripChatMarkupKeepingLines as its replacements in a row (shortcodes, Korean laughter, emphasis, spaces), and other scripts' marks as Latin ones, give it", () => {
    const odd = [
      "a  b\n c",
      "a\t\nb",
      " a \n\n b ",
      "a\u00a0b\r\nc",
      "one two\nthree",
      "x \u2028 y",
      "\n",
      "ok :pray: 10:30",
      "ㅋㅋㅋ 고마워 ㅠㅠ",
      "i'm *doing* a **masters**, not a _phd_ ~~yet~~, snake_case 5 * 3",
    ];
    const plain = (t: string) =>
      stripChatMarkupKeepingLines(t) ===
      t
        .replace(/(?<=^|\s):[a-z0-9_+'-]{1,40}:(?=$|\s|[.,!?)])/gi, " ")
        .replace(/[ㄱ-ㅣ]{2,}/g, " ")
        .replace(
          /(?<![\w*_~])(\*{1,2}|_{1,2}|~{1,2})(?=[^\s*_~])([^*_~\n]*?[^\s*_~])\1(?![\w*_~])/g,
          (_m, sign, words) => (sign.startsWith("~") ? " " : words),
        )
        .replace(/[^\S\n]+/g, " ")
        .replace(/\s*\n\s*/g, "\n")
        .trim()
        .replace(/[？！؟،؛]/g, (m) => ({ "？": "?", "！": "!", "؟": "?", "،": ",", "؛": ";" })[m] ?? m);
    // Texts without mentions, so the mention markup (an adapter's) plays no part.
    expect([...texts, ...odd].filter((t) => !t.includes("@") && !t.includes("<") && !plain(t))).toEqual([]);
  });
});

describe("tokenize", () => {
  it("reads the names of Object's own properties as words", () => {
    expect(tokenize("constructor hasOwnProperty __proto__ valueOf")).toEqual([
      "constructor",
      "hasownproperty",
      "proto",
      "valueof",
    ]);
  });
});
