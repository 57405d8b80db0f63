import { escapeRegExp } from "../text/regex";
import { SKILL_TERMS, type SkillFamily } from "./lexicon";

/** A skill, tool or subject, by its canonical name ("PyTorch"), with the family it can stand in for. */
export interface SkillTerm {
  name: string;
  family?: SkillFamily;
  /** Years of ML work show this skill, named or not. */
  fromMlWork?: boolean;
}

interface CompiledTerm extends SkillTerm {
  pattern: RegExp;
}

/** Word boundaries that also work around "c++" and "ci/cd". */
const WORD_START = "(?<![a-z0-9\\u00c0-\\u024f])";
// "c" is not the start of "c++"; "python+selenium" names both.
const WORD_END = "(?![a-z0-9\\u00c0-\\u024f]|\\+{1,2}(?![a-z0-9]))";
function wordPattern(alias: string): string {
  return `${WORD_START}${escapeRegExp(alias)}${WORD_END}`;
}

const COMPILED: CompiledTerm[] = SKILL_TERMS.map((t) => ({
  name: t.name,
  family: t.family,
  fromMlWork: t.fromMlWork,
  pattern: new RegExp(t.aliases.map(wordPattern).join("|"), "i"),
}));

/**
 * "R and SQL all day", "(R, python, sql)", "python r sql", "a bit of R": a lone "r" among other skills is the language; "what r the
 * trends" and "r u sure" are chat for "are".
 */
const R_IN_A_LIST =
  /(?:r(?<=\b(?:python|sql|sas|matlab|java|scala|julia|stata)\s+r)(?=\s+(?:python|sql|sas|matlab|java|scala|julia|stata)\b)|(?<![a-z0-9'’\u00c0-\u024f])r(?!&d\b)(?=\s*(?:[,/+&)]|\.(?:\s|$)|$)|\s+(?:and|or)\s)|(?=r)(?<=(?:[,/+&(]\s*|\b(?:and|or|of|in|with|know|use|used|using|con|y|e|und|et)\s+))r(?![a-z0-9+'’]))(?!\s+(?:u|you|ya|the|they|we|there|those|these|them|ppl|people|jobs?|roles?)\b)/;
const R_TERM = COMPILED.find((t) => t.name === "R");
if (R_TERM) R_TERM.pattern = new RegExp(`${R_TERM.pattern.source}|${R_IN_A_LIST.source}`, "i");

/** A bare word among other skills ("(react/typescript)", "excel + sql"), where it is no verb ("react to", "excel at"). */
function inAList(word: string): RegExp {
  return new RegExp(`(?<![a-z])${word}(?=\\s*[/,+&)])|(?=${word})(?<=[/,(+&]\\s*)${word}(?![a-z])`);
}
/** "react, node and sql", "3 yrs react", "react dev": the framework. */
const REACT_IN_A_LIST = new RegExp(
  `${inAList("react").source}|(?=react)(?<=\\b\\d+\\s*(?:yrs?|years?)\\s+(?:of\\s+)?)react(?![a-z])|\\breact (?:dev|devs|developer|developers|engineer|frontend)\\b`,
);
/** "excel, sql, power bi", "pretty handy with excel": the spreadsheet. */
const EXCEL_NAMED = new RegExp(
  `${inAList("excel").source}|(?=excel)(?<=\\b(?:with|in|know|use|used|using|and|advanced)\\s+)excel(?![a-z])`,
);
/**
 * "(go + python, some java)", "python/go/sql": the language, where a list of skills holds it on both sides; and where
 * its words say so: "Go dev from Tbilisi", "я Go + k8s", "backend na Go 5 let", "бэк на Go, ...".
 */
const GO_IN_A_LIST =
  /(?=go)(?<=[(/,+&]\s*)go(?=\s*[/,+&)])|\bgo (?:dev|devs|developer|developers|engineer|backend|programmer)\b|(?<![a-z])go(?=\s*\+\s*[a-z])|(?=go)(?<=(?:\bna|на|\bon|\bin|\busing) )go(?=\s*(?:[,.;)]|$|\d))/;
for (const [name, listed] of [
  ["Go", GO_IN_A_LIST],
  ["React", REACT_IN_A_LIST],
  ["Excel", EXCEL_NAMED],
] as const) {
  const term = COMPILED.find((t) => t.name === name);
  if (term) term.pattern = new RegExp(`${term.pattern.source}|${listed.source}`, "i");
}

const CAPITAL_R = /(?<![\w&'’./-])R(?![\w&'’+/-]|\.\w)/g;

/** "R is my native language", "SAS and R": a capital R on its own is the language; named so before case is dropped. */
export function withRNamed(text: string): string {
  return text.includes("R") ? text.replace(CAPITAL_R, "R programming") : text;
}

/**
 * Every term's pattern in one, factored (one boundary test around all aliases): most texts name no skill, and
 * this says so ~15x faster than the terms one by one. Exactly "some term's pattern matches".
 */
const ANY_ALIAS = new RegExp(
  `${WORD_START}(?:${SKILL_TERMS.flatMap((t) => t.aliases.map(escapeRegExp)).join("|")})${WORD_END}|${R_IN_A_LIST.source}|${REACT_IN_A_LIST.source}|${EXCEL_NAMED.source}|${GO_IN_A_LIST.source}`,
  "i",
);

/** Every known skill term named in a text, once each, in vocabulary order. */
export function findSkillTerms(text: string): SkillTerm[] {
  const lower = text.toLowerCase();
  if (!ANY_ALIAS.test(lower)) return [];
  return COMPILED.filter((t) => t.pattern.test(lower)).map(({ name, family, fromMlWork }) => ({
    name,
    family,
    fromMlWork,
  }));
}
