import { describe, expect, it } from "vitest";
import { DEGREE_WORDS } from "../../src/intent/lexicon";
import { findSkillTerms, withRNamed } from "../../src/intent/skills";
import { statementsInEnglish } from "../../src/intent/statementsInEnglish";
import { inEnglishWords } from "../../src/text/readers";
import { ADVICE_FIXTURES, answeredAdviceSet, describeShard, type Shard, setsInShard } from "../fixtureAnswers";

/** Lines that claim something about the asker, and where they came from. */
interface Claim {
  asked: string;
  line: string;
}

const NUMBER_WORDS: Record<string, string> = { one: "1", two: "2", three: "3", four: "4", five: "5", six: "6" };
/** The asker's own words, lower-case, number words as digits, for checking a claim against. */
const words = (asked: string) =>
  ` ${asked
    .toLowerCase()
    .replace(/,/g, "")
    // Arabic-Indic digits ("من ٤ سنين"): the digits they are.
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/\b(one|two|three|four|five|six)\b/g, (w) => NUMBER_WORDS[w] ?? w)
    // Chinese "三年" (three years): the number, in their words.
    .replace(/[一二两三四五六七八九](?=\s*年)/g, (w) => ` ${"一二三四五六七八九".indexOf(w.replace("两", "二")) + 1}`)
    // "for about a year", "the past year": one year, in their words.
    .replace(/\b(a|the past|the last|this past) year\b/g, "1 year")
    // Indonesian "setahun", Polish "od roku" (for a year), Malayalam "oru varsham": a year.
    .replace(/\bsetahun\b|\bod roku\b|\boru varsham\b/g, "1 year")
    // Arabic "سنتين" (two years: Arabic has a form for two).
    .replace(/سنتين/g, " 2 years ")
    // Persian digits ("۴ سال") and words ("سه سال"), Hebrew "שנתיים" (two years) and "ארבע שנים" (four years).
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(
      /(یک|دو|سه|چهار|پنج|شش) سال/g,
      (_m, w: string) => ` ${"یک دو سه چهار پنج شش".split(" ").indexOf(w) + 1} years `,
    )
    .replace(/שנתיים/g, " 2 years ")
    .replace(
      /(שלוש|ארבע|חמש|שש) שנים/g,
      (_m, w: string) => ` ${"שלוש ארבע חמש שש".split(" ").indexOf(w) + 3} years `,
    )} `;

/**
 * Every line of an answer that says what the asker has ("you already meet", "you have", "you mentioned",
 * "you know", "you're studying") must trace to words the asker wrote: its numbers, skills and degree.
 */
function untraced({ asked, line }: Claim): string | undefined {
  const theirs = words(asked);
  // Their words as the readers read them too ("cooper netties" dictated is Kubernetes, "硕士" a master's, "학부는 컴공
  // 나왔고" a bachelor's).
  const asRead = statementsInEnglish(inEnglishWords(asked));
  // (Numbers as the readers read them too: Bengali "৩ বছর" is 3 years, Chinese "三年" 3.)
  const stated = (`${theirs} ${asRead}`.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  // A number they wrote, or spans they told one after another added up ("manager 4 yrs, before that 6").
  const said = (n: string) =>
    stated.includes(Number(n)) || stated.some((a, i) => stated.some((b, j) => i !== j && a + b === Number(n)));
  // "you have 7", "Experience: 8 years;": the number is theirs ("never led a team" says 0).
  const claimedNumbers = [
    ...line.matchAll(/\byou (?:have|mentioned) (\d+(?:\.\d+)?)/g),
    ...line.matchAll(/^(?:Experience|Leadership): (\d+(?:\.\d+)?) years;/g),
  ];
  for (const m of claimedNumbers) {
    const n = m[1] as string;
    // ("never led a team", "nunca liderei", "jamais encadré": 0 is theirs.)
    if (!said(n) && !(n === "0" && /\b(never|no|zero|none|nunca|jamais|nigdy|aldrig|nooit)\b/.test(theirs)))
      return `number ${n}`;
  }
  const named = [asked, asRead].flatMap((text) => findSkillTerms(withRNamed(text).toLowerCase()).map((s) => s.name));
  // "(you know PyTorch)": a skill they named; otherwise a met skill is one of the requirement's own.
  const known = /\(you know ([^)]+)\)/.exec(line)?.[1];
  if (known && !named.includes(known)) return `skill ${known}`;
  const skill = /^Skill: (.+?)(?: \((?:from the ML work you mentioned|you know [^)]+)\))?$/.exec(line)?.[1];
  if (skill && !known && !/from the ML work/.test(line) && !skill.split(" or ").some((m) => named.includes(m)))
    return `skill ${skill}`;
  // "Education: a master's; the guide asks for ...": a degree of that level, in their words.
  const degree = /^Education: (a bachelor's|a master's|a Ph\.D\.|no degree)/.exec(line)?.[1];
  if (degree) {
    const level = { "a bachelor's": "bachelor", "a master's": "master", "a Ph.D.": "phd", "no degree": "none" }[
      degree
    ] as string;
    // Read as the profile reads it too: with its commas ("MS, 4 yrs").
    const asWritten = ` ${asked.toLowerCase()} `;
    const asReadLower = ` ${asRead.toLowerCase()} `;
    if (
      !DEGREE_WORDS.some(
        (d) =>
          d.degree === level && (d.pattern.test(theirs) || d.pattern.test(asWritten) || d.pattern.test(asReadLower)),
      )
    )
      return `degree ${degree}`;
  }
  return undefined;
}

/** The claims in the answers to this shard's advice, conversation and message sets. */
export function checkTruth(shard: Shard): void {
  describe("no false claims about the asker: every fact an answer states about them is in their own words", () => {
    const claims: Claim[] = setsInShard(ADVICE_FIXTURES, shard)
      .flatMap(answeredAdviceSet)
      .flatMap(({ case: c, reply }) => {
        const asked = (c.turns ?? [c.q ?? ""]).join(" ");
        const answer = reply.answer;
        return (answer.parts ?? [answer])
          .flatMap((part) => [
            ...(part.sections.find((s) => s.heading === "You already meet")?.lines ?? []),
            ...[part.summary, ...part.sections.flatMap((s) => s.lines)].filter((l) =>
              /\byou (have|mentioned|know|are studying|'re still studying)\b/i.test(l),
            ),
          ])
          .map((line) => ({ asked, line }));
      });

    it(`holds for the ${claims.length} claims in the answers to ${describeShard(shard)} of the advice, conversation and message sets`, () => {
      expect(claims.length).toBeGreaterThan(100);
      const bad = claims.flatMap((c) => {
        const why = untraced(c);
        return why ? [`${why}: "${c.line}" <- "${c.asked}"`] : [];
      });
      expect(bad).toEqual([]);
    });
  });
}
