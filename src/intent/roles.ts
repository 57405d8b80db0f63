import type { Role } from "../data/schema";
import { FuzzyWordIndex } from "../text/fuzzyWords";
import { type PhraseHit, PhraseIndex } from "../text/phrases";
import { STOPWORDS } from "../text/stopwords";
import { JOB_NOUNS } from "./lexicon";

const isChoice = (word: string | undefined) => word === "or" || word === "vs" || word === "versus";
/** Words before a bare "senior" at the end of a follow-up that ask about the role: "and for senior?", "what about senior". */
const BEFORE_BARE_SENIOR = new Set(["for", "and", "about"]);

/** A word that names a role alone, the title it stands for, and where it does, by the words either side of it. */
const BARE_TITLE_WORDS: readonly {
  word: string;
  title: string[];
  namesRole(before: string | undefined, next: string | undefined): boolean;
}[] = [
  // "k8s needed for entry??", "entry or senior app eng?", "go entry -> lead" (the arrow read as "to"): at the end of a
  // question, beside "or" and "vs", or where one goes from. Not "entry requirements", "from entry to senior" (levels of a
  // ladder), nor French "entre" (corrected to "entry" by the spelling).
  {
    word: "entry",
    title: ["entry", "level"],
    namesRole: (before, next) =>
      next === undefined ||
      isChoice(next) ||
      isChoice(before) ||
      (next === "to" && (before === "go" || before === "get" || before === "move")),
  },
  // "and for senior?", "entry or senior?": at the end of a follow-up or beside "or" and "vs". Not "senior dev", "i'm
  // senior", "from junior to senior" (a level, a ladder).
  {
    word: "senior",
    title: ["senior", "ai", "application", "engineer"],
    namesRole: (before, next) =>
      (next === undefined && (before === undefined || BEFORE_BARE_SENIOR.has(before))) ||
      isChoice(next) ||
      isChoice(before),
  },
];

/** Ways people shorten the same words; every alias is indexed in each spelling. */
const SYNONYMS: [string, string][] = [
  ["machine learning", "ml"],
  ["artificial intelligence", "ai"],
  ["natural language processing", "nlp"],
  ["application", "app"],
];

/** The short forms as whole-word patterns, compiled once (indexing calls spellings() for every alias). */
const SHORT_FORMS = SYNONYMS.map(([long, short]) => [long, short, new RegExp(`\\b${short}\\b`)] as const);

/** Any long or short form at all: most aliases have none and need no variants. */
const ANY_FORM = new RegExp(SYNONYMS.map(([long, short]) => `${long}|\\b${short}\\b`).join("|"));

function spellings(alias: string): string[] {
  const lower = alias.toLowerCase();
  if (!ANY_FORM.test(lower)) return [lower];
  let variants = [lower];
  // Plain loops, not flatMap: this runs for every alias of every role, and flatMap's small arrays add up.
  for (const [long, short, shortWord] of SHORT_FORMS) {
    const next: string[] = [];
    for (const v of variants) {
      next.push(v);
      if (v.includes(long)) next.push(v.replace(long, short));
      else if (shortWord.test(v)) next.push(v.replace(shortWord, long));
    }
    variants = next;
  }
  return variants.length === 1 ? variants : [...new Set(variants)];
}

export interface RoleMatch {
  roleIds: string[];
  /** A job we hold no data on, such as "data architect": never answered as a near-miss role. */
  foreignJob?: string;
  /** Index of the first token after the first role mention, for cues that follow the role ("... do?"). */
  firstRoleEnd?: number;
  /** The question's tokens with role names blanked out, so "entry level" is not read as a cue about levels. */
  rest: readonly string[];
  /** A role named right after "from" ("become lead ML architect from fresher"): where a path starts. */
  fromRoleId?: string;
}

/** Recognises the roles a question names, by alias phrase, and spots jobs the data does not hold. */
/** Titles on the guide's career ladder: named alone, they are levels of these roles, not another job. */
const LADDER_TITLES = new Set(["director", "principal", "staff", "head", "vp"]);

/** Words before a field of work ("experience in NLP", Portuguese "xp em NLP", German "Erfahrung im NLP"). */
const FIELD_BEFORE = new Set(["in", "em", "en", "im", "with", "na", "no"]);
/**
 * Words of a question about experience, in which a field is where the years were spent. Tokens arrive normalized:
 * "xp", "Erfahrung", "experiencia" as "experience", "yrs" as "year".
 */
const EXPERIENCE_WORDS = new Set(["experience", "year"]);

/** Words that make the job noun after them a person ("my manager"). */
/** Words before who says something ("from the consultants", "by recruiters"). */
const SOURCE_WORDS = new Set(["from", "by"]);
const POSSESSIVES = new Set(["my", "our", "your", "his", "her", "their"]);

/** Words that name a word rather than qualify a job: "the word 'engineer'". */
const NAMING_WORDS = new Set(["word", "term", "label"]);

export class RoleMatcher {
  private readonly index = new PhraseIndex<string>();
  /** Tokens that may be part of a role name: a word before a job noun that is not one of these is a different job. */
  private readonly roleWords: ReadonlySet<string>;
  /**
   * Words of role names ("multimodal", "architect") with the title of a role they belong to, one fuse index per
   * first letter: typos rarely hit the first letter, and small indexes keep a search in microseconds.
   */
  private readonly fuseByInitial = new Map<string, FuzzyWordIndex<{ word: string; title: string }>>();

  constructor(roles: readonly Role[]) {
    const titleByWord = new Map<string, string>();
    for (const role of roles) {
      for (const alias of [role.title, role.id.replace(/-/g, " "), ...role.aliases]) {
        for (const spelling of spellings(alias)) this.index.add(spelling, role.id);
        for (const word of alias.toLowerCase().split(/[^a-z0-9]+/)) {
          if (word.length >= 4 && !titleByWord.has(word)) titleByWord.set(word, role.title);
        }
      }
    }
    this.roleWords = this.index.words();
    const byInitial = new Map<string, { word: string; title: string }[]>();
    for (const [word, title] of titleByWord) {
      const list = byInitial.get(word[0] as string);
      if (list) list.push({ word, title });
      else byInitial.set(word[0] as string, [{ word, title }]);
    }
    for (const [initial, words] of byInitial) {
      const options = { keys: ["word"], includeScore: true, ignoreLocation: true, threshold: 0.4 };
      this.fuseByInitial.set(initial, new FuzzyWordIndex(words, (w) => w.word, options));
    }
  }

  words(): Iterable<string> {
    return this.index.words();
  }

  match(tokens: readonly string[]): RoleMatch {
    const roleIds: string[] = [];
    let firstRoleEnd: number | undefined;
    let fromRoleId: string | undefined;
    const rest = [...tokens];
    for (const hit of this.withBareTitleWords(tokens, this.index.findLongest(tokens))) {
      if (this.namesAField(tokens, hit.start, hit.end)) continue;
      // "or am i too junior still": how the asker sees their own level, not the entry-level role.
      if (hit.end - hit.start === 1 && tokens[hit.start - 1] === "too") continue;
      // "which role is the most entry-level friendly?", "beginner friendly": a quality asked of the roles, no role.
      if (tokens[hit.end] === "friendly") continue;
      // "lead ML architect, since my PM keeps telling me to 'go architect'": the role again, in other words.
      if (roleIds.includes(hit.value) && hit.end - hit.start === 1) continue;
      const qualifier = this.foreignQualifier(tokens, hit.start);
      if (qualifier !== undefined && hit.end - hit.start === 1 && JOB_NOUNS.has(tokens[hit.start] as string)) {
        // "data architect" is not a "Lead ML Architect".
        return { roleIds: [], foreignJob: `${qualifier} ${tokens[hit.start]}`, rest: tokens };
      }
      if (!roleIds.includes(hit.value)) roleIds.push(hit.value);
      if (tokens[hit.start - 1] === "from") fromRoleId ??= hit.value;
      firstRoleEnd ??= hit.end;
      rest.fill("", hit.start, hit.end);
    }
    if (roleIds.length > 0) return { roleIds, firstRoleEnd, rest, ...(fromRoleId ? { fromRoleId } : {}) };
    return { roleIds, foreignJob: this.findForeignJob(tokens), rest };
  }

  /**
   * Roles named by the first word of their title alone, where a word alone names a role (BARE_TITLE_WORDS): "k8s needed
   * for entry??", "senior app eng vs entry", "go entry -> lead", "and for senior?".
   */
  private withBareTitleWords(tokens: readonly string[], hits: PhraseHit<string>[]): PhraseHit<string>[] {
    let withBare = hits;
    for (const { word, title, namesRole } of BARE_TITLE_WORDS) {
      if (!tokens.includes(word)) continue;
      const role = this.index.findLongest(title)[0];
      if (!role) continue;
      const bare = tokens.flatMap((token, i) => {
        if (token !== word || withBare.some((h) => h.start <= i && i < h.end)) return [];
        return namesRole(tokens[i - 1], tokens[i + 1]) ? [{ ...role, start: i, end: i + 1 }] : [];
      });
      if (bare.length > 0) withBare = [...withBare, ...bare].sort((a, b) => a.start - b.start);
    }
    return withBare;
  }

  /** Closest role title for a "did you mean ...?", from the words we could not place. */
  suggest(unplacedWords: readonly string[]): string | undefined {
    let best: { title: string; score: number } | undefined;
    // Word by word: Bitap's cost grows with the pattern, and a misspelt title shows in its words.
    for (const word of unplacedWords.slice(0, 4)) {
      if (word.length < 5 || word.length > 24) continue;
      const hit = this.fuseByInitial.get(word[0] as string)?.best(word, 0.25);
      if (hit && (!best || hit.score < best.score)) {
        best = { title: hit.item.title, score: hit.score };
      }
    }
    return best?.title;
  }

  /**
   * "how many years of experience in NLP do they ask?": a role's bare field ("nlp"), after "in" in a question about
   * experience, is the field the years are in, not the NLP research scientist.
   */
  private namesAField(tokens: readonly string[], start: number, end: number): boolean {
    if (!FIELD_BEFORE.has(tokens[start - 1] ?? "")) return false;
    for (let i = start; i < end; i++) if (JOB_NOUNS.has(tokens[i] as string) || tokens[i] === "research") return false;
    return tokens.some((t) => EXPERIENCE_WORDS.has(t));
  }

  private foreignQualifier(tokens: readonly string[], index: number): string | undefined {
    const before = tokens[index - 1];
    if (before === undefined || STOPWORDS.has(before) || this.roleWords.has(before) || /^\d/.test(before))
      return undefined;
    // "the word 'engineer' scares me", "the title engineer": a word talked about, not a job of its own.
    if (NAMING_WORDS.has(before)) return undefined;
    // "bachelor's in poli sci", "a degree in comp sci": a field studied ("sci" read as "scientist"), not a job.
    if (/^sci/.test(tokens[index] ?? "") && (tokens[index - 2] === "in" || tokens[index - 2] === "of"))
      return undefined;
    return before;
  }

  private findForeignJob(tokens: readonly string[]): string | undefined {
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i] as string;
      // "what titles come after that (principal? director?)": rungs of the guide's own ladder, not other jobs.
      if (!JOB_NOUNS.has(word) || LADDER_TITLES.has(word)) continue;
      // "my manager wants numbers", "our recruiter said": a person the writer knows, not a job asked about.
      if (POSSESSIVES.has(tokens[i - 1] ?? "")) continue;
      // "all hype from the consultants", "pushed by recruiters": who says it, not a job asked about.
      if (SOURCE_WORDS.has(tokens[i - 1] ?? "") || (tokens[i - 1] === "the" && SOURCE_WORDS.has(tokens[i - 2] ?? "")))
        continue;
      const qualifier = this.foreignQualifier(tokens, i);
      // A bare generic noun ("engineer") is a question about the field; a qualified or non-tech one is another job.
      if (qualifier !== undefined) return `${qualifier} ${word}`;
      if (!this.roleWords.has(word)) return word;
    }
    return undefined;
  }
}
