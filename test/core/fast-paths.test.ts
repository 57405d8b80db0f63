/**
 * The faster ways of finding job titles, "did you mean" words and best fits give exactly what the plain ways give:
 * each is checked against the plain way on the fixtures' questions and on made-up variants.
 */
import { describe, expect, it } from "vitest";
import { rankByCriterion } from "../../src/advice/criteria";
import { bestForProfile, rankForProfile } from "../../src/advice/fit";
import { countMet, meetsSkill, skillRequirements, skillsHeld } from "../../src/advice/requirements";
import { withSyntheticRoles } from "../../src/evaluation/synthetic";
import { extractProfile } from "../../src/intent/profile";
import { findSkillTerms } from "../../src/intent/skills";
import { withinEdits, withinEditsByTable } from "../../src/text/fuzzyWords";
import { fixtureQuestions } from "../fixtureQuestions";
import { bot } from "../helpers";
import { fuzzyWordsAgainstFuse } from "./fuzzyWordChecks";
import { jobTitleFinderDifferences } from "./jobTitleChecks";

describe("JobTitleFinder", () => {
  it("finds what one expression of every title finds, in every tenth fixture question and in edge cases", () => {
    // Every fixture question in full-sweeps.slow.test.ts (`npm test`).
    const { differ, found } = jobTitleFinderDifferences(fixtureQuestions.filter((_, i) => i % 10 === 0));
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(10);
  });
});

describe("FuzzyWordIndex", () => {
  it("gives Fuse's best hit at or under the score, for words, their misspellings and gibberish", () => {
    // The first 25 words' queries; full-sweeps.slow.test.ts asks about 200 words' in `npm test`.
    const { differ, queries, hits } = fuzzyWordsAgainstFuse(25);
    expect(differ).toEqual([]);
    expect(hits).toBeGreaterThan(100);
    expect(queries - hits).toBeGreaterThan(40);
  });

  it("counts edits inside a longer word as Sellers' distance does", () => {
    expect(withinEdits("archtect", "architect", 1)).toBe(true);
    expect(withinEdits("scientist", "researchscientists", 0)).toBe(true);
    expect(withinEdits("tokyo", "toltolmek", 1)).toBe(false);
    expect(withinEdits("abcd", "xabxdx", 1)).toBe(true);
    expect(withinEdits("abcd", "xbcx", 1)).toBe(false);
    expect(withinEdits("abcd", "xbxdx", 1)).toBe(false);
  });

  it("answers as the dynamic programme does, bit-parallel or not, on random words of small and large alphabets", () => {
    let state = 1;
    const below = (n: number) => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state % n;
    };
    const word = (length: number, letters: string) =>
      Array.from({ length }, () => letters[below(letters.length)]).join("");
    const differ: string[] = [];
    let within = 0;
    // Patterns of 1 to 34 letters: past 31 the table answers itself; over 20,000 cases about half are within.
    for (let n = 0; n < 20_000; n++) {
      const letters = ["ab", "abc", "abcdefgh", "abcdefghijklmnopqrstuvwxyz"][below(4)] as string;
      const pattern = word(1 + below(34), letters);
      const text = word(below(40), letters);
      const errors = below(5);
      const fast = withinEdits(pattern, text, errors);
      if (fast) within++;
      if (fast !== withinEditsByTable(pattern, text, errors)) differ.push(`${pattern} in ${text}, ${errors} edits`);
    }
    expect(differ).toEqual([]);
    expect(within).toBeGreaterThan(5_000);
    expect(within).toBeLessThan(15_000);
  });
});

describe("bestForProfile and countMet", () => {
  const synthetic = withSyntheticRoles(bot.data, 200).roles;
  // (And a role without fit requirements, which scores apart from the others.)
  const roles = [...synthetic, { ...(synthetic[0] as (typeof synthetic)[number]), id: "no-fit", fit: undefined }];
  const profiles = [
    "I'm a student",
    "I have 5 years of python, docker, pytorch and aws, a master's in CS",
    "PhD in NLP, 3 papers, 2 years of ML work, I lead a team of 4 for 3 years",
    "backend dev 8 yrs, kubernetes and spark, never touched tensorflow, want to do research",
    "bootcamp grad, no degree, some sql and tableau",
  ].map(extractProfile);

  it("counts the requirements met as checking each one does", () => {
    let met = 0;
    for (const profile of profiles) {
      const counts = countMet(roles, skillsHeld(profile));
      roles.forEach((role, at) => {
        expect(counts[at]).toBe(skillRequirements(role).filter((r) => meetsSkill(r, profile)).length);
        met += counts[at] ?? 0;
      });
    }
    expect(met).toBeGreaterThan(0);
  });

  it("picks the head of the full ranking re-sorted with a bonus, ties in the roles' order", () => {
    const criterion = { focus: [], tools: findSkillTerms("kubernetes and pytorch"), order: undefined };
    const bonus = new Map(rankByCriterion(roles, criterion).map((m) => [m.role, m.score]));
    for (const profile of profiles) {
      for (const extra of [() => 0, (role: (typeof roles)[number]) => bonus.get(role) ?? 0]) {
        const full = rankForProfile(roles, profile)
          .map((r) => ({ ...r, score: r.score + extra(r.role) }))
          .sort((a, b) => b.score - a.score);
        expect(bestForProfile(roles, profile, 3, extra)).toEqual(full.slice(0, 3));
      }
    }
  });
});
