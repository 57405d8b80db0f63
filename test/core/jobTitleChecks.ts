/**
 * The check behind fast-paths.test.ts (a part of the fixture questions) and full-sweeps.slow.test.ts (all of them):
 * JobTitleFinder finds what one expression of every title (the background jobs and 300 synthetic roles' titles)
 * finds. Compares in plain code (deep strict equality) and returns the first ten differences, for one assertion: an
 * expect() a text cost more than the finder.
 */
import { isDeepStrictEqual } from "node:util";
import { withSyntheticRoles } from "../../src/evaluation/synthetic";
import { JobTitleFinder } from "../../src/intent/jobTitles";
import { BACKGROUND_JOBS } from "../../src/intent/lexicon";
import { escapeRegExp } from "../../src/text/regex";
import { bot } from "../helpers";

export function jobTitleFinderDifferences(questions: readonly string[]): {
  differ: { text: string; got: unknown; expected: unknown }[];
  /** Titles the expression found: the check ran on texts that name some. */
  found: number;
} {
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
  const texts = [
    ...questions.map((q) => q.toLowerCase()),
    "senior data analysts here, sres and testers too",
    "i'm a full-stack developer / web devs / ml engineers, lead ml engineer w/ 5 yrs",
    "data analystic and data-analyst and data_analyst, devopss, software engineer's job",
    `${[...titles][5]}s ${[...titles].at(-1)} ${roles.at(-1)?.title.toLowerCase()}`,
  ];
  let found = 0;
  const differ: { text: string; got: unknown; expected: unknown }[] = [];
  for (const text of texts) {
    const expected = shape(text.matchAll(every));
    found += expected.length;
    const got = shape(finder.matchAll(text));
    if (!isDeepStrictEqual(got, expected) && differ.length < 10) differ.push({ text, got, expected });
  }
  return { differ, found };
}
