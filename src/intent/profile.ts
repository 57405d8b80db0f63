import type { Degree, Focus } from "../data/schema";
import { escapeRegExp } from "../text/regex";
import {
  BACKGROUND_JOBS,
  DEGREE_WORDS,
  FOCUS_WORDS,
  IN_PROGRESS,
  LEAD_WORDS,
  LEADING_BACKGROUND,
  LEADS_NOW,
  ML_WORDS,
  NON_TECH_BACKGROUND,
  SELF_INTRO,
  SELF_OUTRO,
  STARTER_WORDS,
} from "./lexicon";
import { findSkillTerms, type SkillTerm } from "./skills";

/** What a person has told the bot about themselves; every field is optional, nothing is guessed. */
export interface Profile {
  /** Their own job or situation, in their words ("data analyst", "student"). */
  background?: string;
  /** Years of work they mention in total, in AI/ML, and leading people. */
  years?: number;
  mlYears?: number;
  leadYears?: number;
  degree?: Degree;
  /** The degree is still being earned. */
  studying?: boolean;
  field?: string;
  skills: SkillTerm[];
  /** Skills they say they do not have ("never touched kubernetes"): a gap lists these first. */
  lacks?: string[];
  /** What their work is about, or what they want it to be about. */
  interests: Focus[];
  /** What they say they want ("want to do research"): weighs more than what they happen to do now. */
  wants?: Focus[];
  /** They are just starting out: student, new grad, career changer, bootcamp. */
  starter?: boolean;
  /** Their years were outside tech (a nurse, an accountant): no tech role counts them. */
  yearsOutsideTech?: boolean;
  /** They lead people or technical direction now (a director, "I mentor the team"), for however long. */
  leads?: boolean;
  publications?: boolean;
}

const NEGATED =
  /\b(never (touched|used|worked with|done|learned|tried)|not|no|without|don'?t (really )?know|dont (really )?know|haven'?t (used|touched|done)|lack|rather than|instead of)\b[^,.;!?]{0,40}/g;

/** Words without which a message tells nothing about its writer (a pronoun, a degree, a number, "student"...). */
const PERSONAL_HINT =
  /\b(i|i'm|im|i've|ive|i'd|my|me|we|our|someone|somebody|person|people|anyone|grad|graduate|graduated|student|undergrad|phd|ph\.d|doctorate|postdoc|master'?s?|bachelor'?s?|msc|bsc|degree|here|self[- ]taught|bootcamp|career changer|junior|newbie|beginner)\b|\d|w\/|\b(no|zero) (\w+ )?experience/;

/** "led a team for 2 yrs", "managing people for 3 years": the count that follows is years of leading. */
const LED_BEFORE =
  /\b(lead|leading|led|managing|managed|manager|mentoring|tech lead|team lead)\b(?! (ml|ai|machine|architect))/;
/** Where a wish starts: "want to", "interested in", "i'd love to". */
const WISH =
  /\b(want|wanna|would like|i'?d like|i'?d love|hope|hoping|interested in|passionate about|dream|aim|goal|prefer|rather)\b/;

/** A degree asked about, not held: "do I need a PhD", "is a master's required". */
const ASKED_DEGREE =
  /\b(need|needs|require[sd]?|requirement|necessary|mandatory|worth|get|getting|do|with just|with only|just|only)\b[^,.;!?]{0,12}\b(a |an |the )?(ph\.? ?d\.?|doctorate|master'?s?|bachelor'?s?|degree)\b|\b(ph\.? ?d\.?|master'?s?|bachelor'?s?|degree) (required|needed|necessary|mandatory)\b/g;

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
const NUMBER = `(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join("|")})`;
/** "5 yrs", "a year", "3.5 years", "the last 4 (spent)", "2 of those": a count of years. */
const YEARS = new RegExp(
  `(?:~|about |around |over |almost |nearly )?${NUMBER}\\+? ?(?:-| )?(?:years?|yrs?|y/?o?e)\\b|\\b(?:last|past) ${NUMBER}\\b|\\b${NUMBER} of (?:those|them|which)\\b`,
  "g",
);
const FIELD =
  /\b(?:degree|ph\.? ?d\.?|master'?s?|bachelor'?s?|msc|bsc|bs|ms|ba|postdoc|major(?:ing)?|studying|thesis)\s+(?:(?:is |was )?(?:in|on)\s+)([a-z][a-z -]{2,40}?)(?=[,.;!?]|\s+(?:and|with|from|but|at|i|so|which|what|,)\b|$)/;

function toNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return NUMBER_WORDS[text] ?? Number.parseFloat(text);
}

/** Reads a profile from one message. Empty when the message says nothing about the person. */
export function extractProfile(rawText: string): Profile {
  const text = ` ${rawText.toLowerCase().replace(/\s+/g, " ")} `;
  // Most questions say nothing about the asker: one cheap test spares them the dozens of patterns below.
  if (!PERSONAL_HINT.test(text)) return { skills: [], interests: [] };
  // "never touched kubernetes", "research, not product work": what follows a negation is not the person's.
  const affirmed = text.replace(NEGATED, " ");
  const profile: Profile = { skills: findSkillTerms(affirmed), interests: [] };
  const lacks = findSkillTerms([...text.matchAll(NEGATED)].map((m) => m[0]).join(" "));
  if (lacks.length > 0) profile.lacks = lacks.map((s) => s.name);
  // "I want to manage people" is a wish, not a fact: facts come from before the wish.
  const wish = WISH.exec(affirmed);
  const wished = wish ? affirmed.slice(wish.index) : "";
  const current = wish ? affirmed.slice(0, wish.index) : affirmed;

  // "without a PhD" or "do I need a PhD" names no degree the person has; "no degree" says they have none.
  const held = affirmed.replace(ASKED_DEGREE, " ");
  for (const { degree, pattern } of DEGREE_WORDS) {
    if (pattern.test(degree === "none" ? text : held)) {
      profile.degree = degree;
      break;
    }
  }
  if (profile.degree && profile.degree !== "none" && IN_PROGRESS.test(text)) profile.studying = true;
  if (!profile.degree && /\bstudent\b/.test(text)) profile.studying = true;
  const field = FIELD.exec(text)?.[1]?.trim();
  if (field && profile.degree) profile.field = field;

  readYears(text, profile);
  profile.background = findBackground(text);
  if (profile.background && ML_WORDS.test(profile.background) && profile.years !== undefined) {
    profile.mlYears = Math.max(profile.mlYears ?? 0, profile.years);
  }
  if (STARTER_WORDS.test(text) || profile.studying) profile.starter = true;
  if (profile.background && NON_TECH_BACKGROUND.test(profile.background)) profile.yearsOutsideTech = true;
  if ((profile.background && LEADING_BACKGROUND.test(profile.background)) || LEADS_NOW.test(current))
    profile.leads = true;
  if (/\b(papers?|publications?|published)\b/.test(text) && !/\bno (papers|publications)\b/.test(text))
    profile.publications = true;
  for (const [focus, pattern] of Object.entries(FOCUS_WORDS)) {
    if (pattern.test(affirmed)) profile.interests.push(focus as Focus);
    if (wished && pattern.test(wished)) profile.wants = [...(profile.wants ?? []), focus as Focus];
  }
  if (/\bnever (led|lead|managed|lead a team)|\bno (leadership|management)\b|\bnone leading\b/.test(text)) {
    profile.leadYears = 0;
    profile.interests = profile.interests.filter((i) => i !== "leading");
  }
  return profile;
}

/** Each count of years goes to leading, ML or total work, by the words around it. */
function readYears(text: string, profile: Profile): void {
  for (const match of text.matchAll(YEARS)) {
    const value = toNumber(match[1] ?? match[2] ?? match[3]);
    if (value === undefined || Number.isNaN(value) || value > 50) continue;
    const start = match.index ?? 0;
    // The clause a count sits in says what the years were ("3 years in manufacturing, want to move into AI").
    const clauseEnd = text.slice(start).search(/[,.;!?(]| and | but | want| now /);
    const after = text.slice(start, clauseEnd === -1 ? undefined : start + Math.max(clauseEnd, match[0].length));
    const before = text.slice(Math.max(0, start - 25), start);
    const around = `${text.slice(Math.max(0, start - 30), start)}${after}`;
    if (LEAD_WORDS.test(after) || LED_BEFORE.test(before)) {
      profile.leadYears = Math.max(profile.leadYears ?? 0, value);
    } else if (ML_WORDS.test(after) || (match[2] !== undefined && ML_WORDS.test(around))) {
      profile.mlYears = Math.max(profile.mlYears ?? 0, value);
    } else {
      profile.years = Math.max(profile.years ?? 0, value);
    }
  }
  if (profile.mlYears !== undefined) profile.years = Math.max(profile.years ?? 0, profile.mlYears);
  if (profile.leadYears !== undefined && profile.leadYears > 0)
    profile.years = Math.max(profile.years ?? 0, profile.leadYears);
}

const BACKGROUND_PATTERN = new RegExp(
  `\\b(${[...BACKGROUND_JOBS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})s?\\b`,
  "g",
);
/** "I'm a nurse", "worked as a chef": a job the table does not hold, named after a self-introduction. */
const GENERIC_BACKGROUND =
  /\b(?:i'?m|i am|im|i work as|working as|i was|was|as) (?:an? )?((?:[a-z-]+ ){0,2}(?:developer|dev|engineer|analyst|scientist|manager|designer|researcher|consultant|specialist|administrator|admin|technician|programmer|teacher|professor|nurse|doctor|accountant|lawyer|physicist|chemist|biologist|economist|student|tester|marketer|recruiter))\b/;

/** The person's own job: named after "I'm a", before "here" or "for 5 years", or opening the message. */
function findBackground(text: string): string | undefined {
  const generic = GENERIC_BACKGROUND.exec(text)?.[1];
  if (generic) return generic;
  for (const match of text.matchAll(BACKGROUND_PATTERN)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 20);
    if (SELF_INTRO.test(before) || SELF_OUTRO.test(after) || start <= 1) return match[1];
  }
  return undefined;
}

/** True when a message tells something about the person. */
export function hasProfileFacts(p: Profile): boolean {
  return (
    p.background !== undefined ||
    p.years !== undefined ||
    p.leadYears !== undefined ||
    p.degree !== undefined ||
    p.skills.length > 0 ||
    p.starter === true ||
    p.leads === true ||
    p.publications === true
  );
}

/** Later facts win; skills and interests add up. */
export function mergeProfiles(older: Profile | undefined, newer: Profile): Profile {
  if (!older) return newer;
  const merged: Profile = { ...older };
  for (const [key, value] of Object.entries(newer) as [keyof Profile, unknown][]) {
    if (value !== undefined && key !== "skills" && key !== "interests")
      (merged as unknown as Record<string, unknown>)[key] = value;
  }
  // Counts of years add up across messages as the longest span mentioned, not the last one.
  for (const key of ["years", "mlYears", "leadYears"] as const) {
    const values = [older[key], newer[key]].filter((v): v is number => v !== undefined);
    if (values.length > 0) merged[key] = key === "leadYears" && newer.leadYears === 0 ? 0 : Math.max(...values);
  }
  merged.skills = [...older.skills, ...newer.skills.filter((s) => !older.skills.some((o) => o.name === s.name))];
  merged.interests = [...new Set([...older.interests, ...newer.interests])];
  const lacks = [...new Set([...(older.lacks ?? []), ...(newer.lacks ?? [])])].filter(
    (name) => !merged.skills.some((s) => s.name === name),
  );
  if (lacks.length > 0) merged.lacks = lacks;
  const wants = [...new Set([...(older.wants ?? []), ...(newer.wants ?? [])])];
  if (wants.length > 0) merged.wants = wants;
  return merged;
}
