/**
 * The faster ways of finding job titles, "did you mean" words and best fits give exactly what the plain ways give:
 * each is checked against the plain way on the fixtures' questions and on made-up variants.
 */
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { rankByCriterion } from "../../src/advice/criteria";
import { bestForProfile, rankForProfile } from "../../src/advice/fit";
import { countMet, meetsSkill, skillRequirements, skillsHeld } from "../../src/advice/requirements";
import { withSyntheticRoles } from "../../src/evaluation/synthetic";
import { JobTitleFinder } from "../../src/intent/jobTitles";
import { BACKGROUND_JOBS } from "../../src/intent/lexicon";
import { extractProfile } from "../../src/intent/profile";
import { findSkillTerms } from "../../src/intent/skills";
import { FuzzyWordIndex, withinEdits } from "../../src/text/fuzzyWords";
import { escapeRegExp } from "../../src/text/regex";
import { fixtureQuestions } from "../fixtureQuestions";
import { bot } from "../helpers";

const questions = fixtureQuestions;

/** A repeatable stream of numbers below n. */
function numbers(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
}

describe("JobTitleFinder", () => {
  const roles = withSyntheticRoles(bot.data, 300).roles;
  const titles = new Set<string>(BACKGROUND_JOBS);
  for (const role of roles)
    for (const a of [role.title, ...role.aliases]) if (a.includes(" ")) titles.add(a.toLowerCase());
  // The expression of every title it stands for.
  const every = new RegExp(
    `\\b((?:junior|senior|lead|sr|jr|staff|principal) )?(${[...titles]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|")})s?\\b`,
    "g",
  );
  const finder = new JobTitleFinder(titles);
  const shape = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0], m[1], m[2]]);

  it("finds what one expression of every title finds, in every fixture question and in edge cases", () => {
    const texts = [
      ...questions.map((q) => q.toLowerCase()),
      "senior data analysts here, sres and testers too",
      "i'm a full-stack developer / web devs / ml engineers, lead ml engineer w/ 5 yrs",
      "data analystic and data-analyst and data_analyst, devopss, software engineer's job",
      `${[...titles][5]}s ${[...titles].at(-1)} ${roles.at(-1)?.title.toLowerCase()}`,
    ];
    let found = 0;
    for (const text of texts) {
      const expected = shape(text.matchAll(every));
      found += expected.length;
      expect(shape(finder.matchAll(text)), text).toEqual(expected);
    }
    expect(found).toBeGreaterThan(50);
  });
});

describe("FuzzyWordIndex", () => {
  const options = { keys: ["word"], includeScore: true, ignoreLocation: true, threshold: 0.4 };
  const words = withSyntheticRoles(bot.data, 500)
    .roles.flatMap((r) => [r.title, ...r.aliases])
    .flatMap((t) => t.toLowerCase().split(/[^a-z0-9]+/))
    .filter((w, i, all) => w.length >= 4 && all.indexOf(w) === i)
    .map((word) => ({ word }));

  it("gives Fuse's best hit at or under the score, for words, their misspellings and gibberish", () => {
    const index = new FuzzyWordIndex(words, (w) => w.word, options);
    const fuse = new Fuse(words, options);
    const next = numbers(7);
    const letters = "abcdefghijklmnopqrstuvwxyz0123456789";
    const queries = new Set<string>(["tokyo", "transformers", "pipelines", "architekt", "multimodel", "scientist"]);
    for (const { word } of words.slice(0, 200)) {
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
    for (const q of queries) {
      const [top] = fuse.search(q, { limit: 1 });
      const expected = top?.score !== undefined && top.score <= 0.25 ? top.item : undefined;
      if (expected) hits++;
      expect(index.best(q, 0.25)?.item, q).toBe(expected);
    }
    expect(hits).toBeGreaterThan(500);
    expect(queries.size - hits).toBeGreaterThan(200);
  });

  it("counts edits inside a longer word as Sellers' distance does", () => {
    expect(withinEdits("archtect", "architect", 1)).toBe(true);
    expect(withinEdits("scientist", "researchscientists", 0)).toBe(true);
    expect(withinEdits("tokyo", "toltolmek", 1)).toBe(false);
    expect(withinEdits("abcd", "xabxdx", 1)).toBe(true);
    expect(withinEdits("abcd", "xbcx", 1)).toBe(false);
    expect(withinEdits("abcd", "xbxdx", 1)).toBe(false);
  });
});

describe("bestForProfile and countMet", () => {
  const roles = withSyntheticRoles(bot.data, 200).roles;
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
