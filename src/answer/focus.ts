import type { Role } from "../data/schema";
import { tokenize } from "../text/normalize";
import { withArticle } from "./format";
import type { Answer, Section } from "./types";

/** Tokens of a data line, kept: the lines come from the data, so the cache is bounded by it. */
const lineTokens = new Map<string, Set<string>>();

export function tokensOf(line: string): Set<string> {
  let tokens = lineTokens.get(line);
  if (!tokens) {
    tokens = new Set(tokenize(line));
    lineTokens.set(line, tokens);
  }
  return tokens;
}

/** Words people use for a section of an answer: "degree" asks for the Education section. */
const HEADING_SYNONYMS: Record<string, string> = {
  degree: "education",
  diploma: "education",
  phd: "education",
  master: "education",
  bachelor: "education",
  exp: "experience",
  // "quelles compétences techniques": the technical skills, not lines that mention techniques.
  techniques: "technical",
  technique: "technical",
};

/** Words that find the lines written with another: "languages" are asked, "programming skills" are written. */
// A Map, not an object: a word such as "constructor" must find nothing.
const LINE_SYNONYMS = new Map<string, readonly string[]>([
  ["language", ["programming"]],
  ["programming", ["language"]],
  // "math reqs?": the guide writes "mathematics".
  ["math", ["mathematics"]],
  ["maths", ["mathematics"]],
]);
/** Two words asked together that the guide writes otherwise: "do they actually manage people?" ("lead and mentor teams"). */
const PAIR_SYNONYMS: readonly { both: readonly [string, string]; guideWords: readonly string[] }[] = [
  { both: ["manage", "people"], guideWords: ["team", "mentor"] },
];

/** The words asked with the words the guide writes for them. */
const withLineSynonyms = (words: readonly string[]) => [
  ...words.flatMap((w) => [w, ...(LINE_SYNONYMS.get(w) ?? [])]),
  ...PAIR_SYNONYMS.filter((p) => p.both.every((w) => words.includes(w))).flatMap((p) => p.guideWords),
];

const WHOLE_ANSWER_WORDS = new Set(["ladder", "step", "steps", "stage", "stages", "levels", "overall", "everything"]);

/** Most lines a narrow answer shows besides the one asked about. */
const MORE_LINES = 4;

/** What people ask of a job that the guide may simply not say: asked and absent, the answer says so. */
const FACET_WORDS: Record<string, string> = {
  remote: "remote work",
  ethic: "ethics",
  bias: "bias",
  equity: "equity",
  stock: "stock options",
  benefit: "benefits",
  visa: "visas",
  travel: "travel",
  hour: "working hours",
  relocation: "relocation",
  parttime: "part-time work",
  llm: "large language models",
};

/**
 * Details asked that are also the field's own words ("what do they do, is it all LLM stuff?"): they add the line that
 * answers them to a narrowed answer, and never narrow an answer down to that line.
 */
const ADDS_ONLY = new Set(["llm"]);

/** Every statement the data holds about a role, for questions about one detail of it. */
const roleLinesCache = new WeakMap<Role, string[]>();
function roleLines(role: Role): string[] {
  let lines = roleLinesCache.get(role);
  if (!lines) {
    lines = [
      ...role.responsibilities.flatMap((g) => g.items),
      ...role.skills.technical,
      ...role.skills.tools,
      ...role.skills.soft,
      ...role.qualifications.education,
      ...role.qualifications.experience,
      ...role.qualifications.certifications,
      ...(role.workEnvironment ?? []),
      ...(role.market?.outlook ?? []),
      ...(role.salary?.notes ?? []),
      ...(role.salary?.factors ?? []),
      ...(role.salary?.benefits ?? []),
    ];
    roleLinesCache.set(role, lines);
  }
  return lines;
}

/**
 * Answers the exact question asked: where the question names something specific ("leadership", "cloud
 * platforms", "remote"), the lines about it come first and the rest of the answer is one follow-up away. Lines
 * come from the answer, else from anything the guide says about the role; a detail it never mentions is said so.
 */
export function focusOn(answer: Answer, role: Role, asked: readonly string[], fullQuestion: string): Answer {
  const words = asked.filter((w) => !ADDS_ONLY.has(w));
  // "the ladder from entry level up, how many yrs at each step": the whole answer is asked for, not one line of it.
  if (words.length === 0 || words.some((w) => WHOLE_ANSWER_WORDS.has(w))) return answer;
  // "what's the experience requirement?": the section of that name, whole; "degree and experience requirements":
  // both sections, the first in the summary.
  const names = (section: Section, w: string) => tokensOf(section.heading).has(HEADING_SYNONYMS[w] ?? w);
  const named = answer.sections.filter((s) => words.some((w) => names(s, w)));
  const [section, ...alsoNamed] = named;
  if (section && answer.sections.length > 1) {
    if (named.length === answer.sections.length) return answer;
    // "which languages and frameworks?": "frameworks" names a section, "languages" a line of another one.
    const lineWords = withLineSynonyms(words.filter((w) => !named.some((s) => names(s, w))));
    const inOtherSections = answer.sections
      .filter((s) => !named.includes(s))
      .flatMap((s) => s.lines.filter((line) => lineWords.some((w) => tokensOf(line).has(w))));
    // "do they want LLM experience?": a detail people ask about that no line of the answer holds is looked up in all
    // the role's lines, and said to be absent where the guide never mentions it for this role.
    const shown = [...section.lines, ...inOtherSections];
    const facetsLeft = asked.filter((w) => FACET_WORDS[w] && !shown.some((line) => tokensOf(line).has(w)));
    const elsewhere = roleLines(role).filter((line) => facetsLeft.some((w) => tokensOf(line).has(w)));
    const unmentioned = facetsLeft
      .filter((w) => !elsewhere.some((line) => tokensOf(line).has(w)))
      .map((w) => `The guide doesn't mention ${FACET_WORDS[w]} for ${withArticle(role.title)}.`);
    const alsoAsked = [...inOtherSections, ...elsewhere, ...unmentioned];
    const sections = alsoAsked.length > 0 ? [{ heading: "Also asked", lines: alsoAsked }, ...alsoNamed] : alsoNamed;
    return { ...answer, summary: `${section.heading}: ${section.lines.join("; ")}`, sections };
  }
  // "which langs?": a line about programming answers it ("Strong programming skills (Python, C++)").
  const lineWords = withLineSynonyms(words);
  // "2 yrs of leadership?": the line holding more of the words asked comes first ("2 years in a technical leadership
  // role" before "5+ years in software engineering"); on a tie, the guide's order.
  const hits = (line: string) => lineWords.filter((w) => tokensOf(line).has(w)).length;
  const matching = (lines: readonly string[]) =>
    lines
      .map((line) => ({ line, n: hits(line) }))
      .filter((m) => m.n > 0)
      .sort((a, b) => b.n - a.n)
      .map((m) => m.line);
  const inAnswer = answer.sections.flatMap((s) => matching(s.lines));
  const total = answer.sections.reduce((n, s) => n + s.lines.length, 0);
  if (inAnswer.length === total) return answer;
  // Beyond the answer, only a detail people ask about ("remote", "equity") is looked up in all the role's lines.
  const facetWords = words.filter((w) => FACET_WORDS[w] !== undefined);
  const elsewhere = roleLines(role).filter((line) => facetWords.some((w) => tokensOf(line).has(w)));
  const matches = inAnswer.length > 0 ? inAnswer : elsewhere;
  const followUps = [fullQuestion, ...answer.followUps.filter((q) => q !== fullQuestion)].slice(0, 3);
  const [first, ...rest] = matches;
  if (first === undefined) {
    const facet = facetWords.map((w) => FACET_WORDS[w]).find(Boolean);
    if (!facet) return answer;
    // A detail the guide never mentions for this role is a question it does not cover, said so in the first line.
    return {
      ...answer,
      intent: "not_covered",
      title: `Not in the guide: ${facet} for ${withArticle(role.title)}`,
      summary: `The guide doesn't cover ${facet} for ${withArticle(role.title)}, so I won't guess.`,
      sections: [],
      figures: [],
      followUps,
    };
  }
  return {
    ...answer,
    summary: first,
    sections: rest.length > 0 ? [{ heading: "Also in the guide", lines: rest.slice(0, MORE_LINES) }] : [],
    followUps,
  };
}
