import type { NotCoveredTopic } from "../data/schema";
import { PhraseStarts } from "../text/phraseStarts";
import { escapeRegExp } from "../text/regex";

/**
 * Finds career questions the guide has no answer for ("how do I negotiate", "is a bootcamp enough", "data scientist
 * salary?"), from the topics in data/topics/not-covered.json, so an operator extends them without code.
 */
/** The data's topic of jobs the guide has no page for, whose title names the job asked about. */
const OTHER_ROLES = "other-roles";
/** "is 'AI game designer' an actual job", "is prompt whisperer a real role?": a job asked about by name. */
// ("is 'machine vision engineer' (cognex, keyence ...) even considered an AI job?": the same, asked of the field.)
const JOB_ASKED_REAL =
  /\bis (?:an? )?["'“‘]?([\p{L}][\p{L} &/-]{2,40}?)["'”’]? (?:\([^()]{0,60}\) )?(?:(?:even |really |actually )?considered )?(?:an? )?(?:actual|real|legit|legitimate|proper|ai|ml) (?:job|role|career|position|job title)\b/iu;
const REAL_JOB_WORDS =
  /\b(?:actual|real|legit|legitimate|proper) (?:job|role|career|position)|\bconsidered an? (?:ai|ml) (?:job|role)/i;
/** Words that name no job: "is it a real job", "is this a real role". */
const NOT_A_JOB = /^(?:it|this|that|there|that one|this one|the job|the role|they|he|she)$/i;

/** "last month", "in march", "2 weeks ago": when something told happened. */
const WHEN_IT_HAPPENED =
  /^\s+(last (week|month|year|summer|spring|fall|autumn|winter)|in (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(a|one|two|three|\d+) (weeks?|months?|years?) ago)\b/i;

/** "our team at", "got placed in", "working at": the company after it is where someone works. */
const EMPLOYER_BEFORE =
  /\b(?:(?:our|my|the|his|her) (?:team|company|office|org|client) (?:at|in)|(?:i|we|he|she|they) (?:work|worked) (?:at|for)|works (?:at|for)|(?:i'?m|i am|we'?re|he'?s|she'?s|been|currently) working (?:at|for)|placed (?:in|at)|selected (?:in|at|by)|joined|(?:i'?m|we'?re|he'?s|she'?s) at)\s*$/i;

export class NotCoveredMatcher {
  /** Each topic's phrases as one pattern, compiled on first use: a process that never meets a topic never pays. */
  private readonly patterns: { topic: NotCoveredTopic; source: string; pattern?: RegExp }[];
  /** Which topics' phrases can start in a text: most texts name none, and a few lookups say so (no pattern runs). */
  private readonly starts: PhraseStarts;

  constructor(topics: readonly NotCoveredTopic[]) {
    this.patterns = topics.map((topic) => ({
      topic,
      // A phrase starts a word: after a non-letter ("\\b" alone misses Cyrillic and Arabic), or after a digit ("2yrs").
      // Japanese, Chinese and Korean (from U+3000) put no space between words: a phrase may follow one of their letters.
      source: `(?:(?<![\\w\\u00C0-\\u2FFF])|(?<=\\d))(?:${topic.phrases.map(phrasePattern).join("|")})`,
    }));
    this.starts = new PhraseStarts(topics.map((t) => t.phrases));
  }

  /** Every topic the text names, in the data file's order, with "{phrase}" in its title filled in. */
  /** The topic of this id, as data declares it. */
  byId(id: string): NotCoveredTopic | undefined {
    return this.patterns.find((p) => p.topic.id === id)?.topic;
  }

  findAll(rawText: string): NotCoveredTopic[] {
    const found: NotCoveredTopic[] = [];
    // "where do they usually work (big tech? uni?)": examples in brackets illustrate the question, they aren't it.
    const text = rawText.includes("(") ? rawText.replace(/\s*\([^()]*\)\s*/g, " ") : rawText;
    const candidates = this.starts.candidates(text);
    // "is 'AI game designer' an actual job?": any job asked about that way, named or not in the data.
    const otherJob = this.jobAskedAbout(text);
    if (candidates.size === 0) return otherJob ? [otherJob] : found;
    for (const [i, entry] of this.patterns.entries()) {
      if (!candidates.has(i)) continue;
      entry.pattern ??= new RegExp(entry.source, "gi");
      const match = this.askedIn(text, entry.topic, entry.pattern);
      if (match)
        found.push({
          ...entry.topic,
          title: entry.topic.title.replace("{phrase}", asTitle(match)),
        });
    }
    if (otherJob && !found.some((t) => t.isRole)) found.push(otherJob);
    return found;
  }

  /** "is 'AI game designer' an actual job?": the job asked about, as a job the guide has no page for. */
  private jobAskedAbout(text: string): NotCoveredTopic | undefined {
    // (Only a text that calls something a real job is read further: most name jobs and roles, few ask this.)
    if (!REAL_JOB_WORDS.test(text)) return undefined;
    // ("is it a real job": "it a" is read up to the article.)
    const job = JOB_ASKED_REAL.exec(text)?.[1]?.replace(/\s+an?$/i, "");
    const topic = job && !NOT_A_JOB.test(job) ? this.byId(OTHER_ROLES) : undefined;
    return topic && job ? { ...topic, title: topic.title.replace("{phrase}", asTitle(job)) } : undefined;
  }

  /**
   * The first of the topic's phrases the text asks about, skipping those it only tells ("got offers from Google
   * Japan and Mercari": the offers are told, the companies asked about).
   */
  private askedIn(text: string, topic: NotCoveredTopic, pattern: RegExp): string | undefined {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
      // "is that just a data analyst thing": a role named in passing, for contrast.
      if (topic.isRole && /^\s+(thing|stuff)\b/i.test(after)) continue;
      // "PMP certified", "AWS certified since 2019": a certificate the writer holds, told.
      if (/^[\s-]*certified\b/i.test(after)) continue;
      // "Infosys mein 10 saal se" (at Infosys for 10 years), "1 YOE hai Accenture mein": a company the writer works
      // at, told in Hindi, Bengali or Malayalam word order.
      if (topic.id === "companies" && WORKS_THERE.test(after)) continue;
      if (topic.id === "companies" && YEARS_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index)))
        continue;
      // "our team at Infosys is deploying ...", "my friend got placed in Accenture": where someone works, told.
      if (topic.id === "companies" && EMPLOYER_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index)))
        continue;
      // "laid off last month", "laid off in march": what already happened, told.
      if (WHEN_IT_HAPPENED.test(text.slice(match.index + match[0].length, match.index + match[0].length + 25)))
        continue;
      const before = text.slice(Math.max(0, match.index - 30), match.index);
      // "what trends should I be upskilling on during garden leave?": when the writer asks it, not what they ask.
      if (/\bduring\s+(?:my |the |a |this )?$/i.test(before)) continue;
      // "with so much layoff news in IT services, kindly advise whether demand ... is growing": news as the backdrop.
      if (/^\s+(?:news|headlines)\b/i.test(after) && NEWS_BACKDROP.test(before)) continue;
      // "should i switch before its too late": soon, not the writer's age.
      if (topic.id === "age" && /\bbefore (?:it'?s|its|it is)\s*$/i.test(before)) continue;
      // "never used pytorch or tensorflow": a choice the writer says they never made is their story, not a question.
      if (
        !BACKDROP.test(before) &&
        !NEGATED_BEFORE.test(before) &&
        !TOLD_BEFORE.test(before) &&
        !SET_ASIDE_BEFORE.test(before)
      )
        return match[0];
    }
    return undefined;
  }
}

/** "with so much ...", "with all the ...": before the news that sets the scene. */
const NEWS_BACKDROP = /\bwith (?:so much|all (?:the|this|these)|the|this|these)\s+$/i;

/** After a company: "mein 10 saal se", "il 2 years", "te 4 bochor": the writer's own workplace. */
const WORKS_THERE = /^\s+(?:mein|me|mai|il|te|la|lo|alli)\s+(?:\d+|kaam|job|hu|hoon|hun)\b/i;
/** Before a company: "1 YOE hai", "4 years": years told just before it, so it is where they were spent. */
const YEARS_BEFORE = /\b\d+\s?(?:yoe|years?|yrs?|saal|bochor|varsham)\b[^,.;!?]{0,20}$/i;

const NEGATED_BEFORE =
  /\b(never (used|touched|tried|worked with|done|did)|haven'?t (used|touched|tried)|(can'?t|cannot|won'?t|don'?t want to|not able to) (\w+ ){0,3})\s*$/i;

/**
 * "got laid off in march", "doing my master's part-time at TU Munich", "one year of freelancing on upwork": what
 * happened to the writer, told.
 */
const TOLD_BEFORE =
  /\b(?:\d+|a|an|one|two|three|four|five) (?:years?|yrs?|months?) (?:of|doing)\s+$|\b(?:does|did|studies|studied|works|worked|teaches|taught)\s+(?:\w+\s+){0,2}at\s+$|\b(got|was|were|i'?ve been|just got|(studying|study|master'?s|phd|degree|part[- ]time|full[- ]time) at|passed over for|(on|using|via|with) (azure )?|(missed|denied|didn'?t get) (a |the |my )?)\s+$/i;

/** "which sectors hire them besides big tech?", "the average is skewed by FAANG": named to be set aside. */
const SET_ASIDE_BEFORE =
  /\b(besides|other than|apart from|except( for)?|outside( of)?|not just|excluding|skewed by|(is it|it'?s) (all|just|only))\s+$/i;

/** "skills to learn before I start interviewing": the topic only says when, the question is about something else. */
const BACKDROP = /\b(before|after|while|until|once|when)\s+(i|we)\s+(start|begin|go|get|finish|am|'m)\w*\s+(\w+\s+)?$/i;

/** "negotiat*" matches any ending; any other phrase matches as a whole word (plural "s" allowed). */
function phrasePattern(phrase: string): string {
  const lower = phrase.toLowerCase();
  if (lower.endsWith("*")) return `${escapeRegExp(lower.slice(0, -1))}\\w*`;
  return `${escapeRegExp(lower)}s?(?![\\w-])`;
}

/** Abbreviations written in capitals inside a job's name ("the AI product manager role", "the VP of ... role"). */
const ABBREVIATIONS = /\b(ai|ml|nlp|vp|cto|ceo|ux|ui|llm|mlops|qa|hr)\b/g;

/** The words matched, as a job's name reads in a sentence: lower case but its abbreviations, singular. */
function asTitle(match: string): string {
  return match
    .toLowerCase()
    .replace(/s$/, "")
    .replace(ABBREVIATIONS, (a) => (a === "mlops" ? "MLOps" : a.toUpperCase()));
}
