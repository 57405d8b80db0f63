import type { CareerData } from "../data/schema";
import { stripChatMarkup, tokenize } from "../text/normalize";
import { PhraseIndex } from "../text/phrases";
import { isPlainEnglish } from "../text/plainEnglish";
import { SpellingCorrector } from "../text/spelling";
import { STOPWORDS } from "../text/stopwords";
import { type Candidates, candidatesFrom } from "./candidates";
import { PLACE_INDEX } from "./countries";
import { DECLARATIONS } from "./declarations";
import { compare } from "./declarations/compare";
import type { IntentDeclaration } from "./declarations/declaration";
import type { Intent, RoleIntent } from "./intents";
import { DOMAIN_WORDS, FOCUS_NEUTRAL, JOB_NOUNS } from "./lexicon";
import { RoleMatcher } from "./roles";
import { findSkillTerms } from "./skills";
import { TopicMatcher, type TopicScore } from "./topics";
import {
  CLEAR_FACET,
  CLEAR_HINT,
  EXPLICIT,
  MIN_CONFIDENCE,
  OUTSIDE_WORDS_OVER_WEAK_TOPIC,
  TOPIC_NAMED,
  TOPIC_VOTE,
  WEAK_CUE,
  WEAK_TOPIC,
} from "./weights";

/** What a question asks, before any answer is written. */
export interface Classification {
  intent: Intent;
  roleIds: string[];
  /** For `compare`: the aspect to compare on, when the question names one ("compare salaries"). */
  focus?: RoleIntent;
  /** Best practices, challenges, trends or market figures the question is about, best first. */
  topics: TopicScore[];
  /** A job the data does not hold ("plumber"). */
  foreignJob?: string;
  /** A role title the question may have meant. */
  didYouMean?: string;
  /** Some word of the question named an intent; without one, a follow-up keeps the conversation's intent. */
  hasCue?: boolean;
  /** The role facet the cue words point to, even where the question as a whole was out of scope. */
  cueIntent?: RoleIntent;
  /** The chosen intent was named outright ("challenges"), not inferred from a topic word. */
  explicit?: boolean;
  /** "how much does X make, and Y?": one facet asked of several roles, answered side by side under that facet. */
  eachRole?: boolean;
  /** Words that are neither a role, a cue nor filler: what a narrow question is about ("leadership", "cloud"). */
  contentWords?: string[];
}

interface Cue {
  intent: Intent;
  weight: number;
}

/** Verbs that ask about pay after a role ("what do X make / earn / get paid"). */
const PAY_VERBS = new Set([
  "make",
  "makes",
  "making",
  "earn",
  "earns",
  "earning",
  "paid",
  "pay",
  "get",
  "pull",
  "pulling",
  "clear",
]);
/** The weight of a bare "or", the weakest comparison cue. */
const OR_ALONE = compare.cues?.or ?? 0;
/** "what does the path look like", "what does that mean": the verb a "does" helps, so not the role's work. */
const VERB_AFTER_DOES = new Set(["look", "mean", "need", "require", "want", "pay", "involve", "take", "cost"]);
/** "i should not do", "i'd do", "we could do": a "do" whose subject is the writer (or a modal of theirs). */
const WRITER_DOES = new Set(["should", "not", "could", "would", "will", "can", "might", "must", "i", "we"]);
/** "make my head spin", "make sense", "make it": words after "make" that are not what a role is paid. */
// ("how do ML architects make models explainable?": a "make" with a thing made.)
const MAKE_SOMETHING_ELSE = new Set([
  ...["my", "me", "sense", "it", "us", "them", "this", "that", "your", "him", "her"],
  ...["model", "models", "sure", "decisions", "predictions", "things", "the", "a", "an"],
]);
/** "how do architects ...", "how does one ...": how something is done (not "how do I ...", the asker's own way in). */
const ASKS_HOW = /^how (do|does|should|would|can|to) (?!i\b|we\b|you\b|u\b)/;
const PRONOUNS = new Set(["they", "i", "you", "we", "he", "she", "it", "u", "people", "ppl", "one"]);
/** "get hired", "get in", "get there": a "get" that asks nothing about pay. */
// ("is NLP hiring going to get harder?": how something becomes, not what one is paid.)
const GET_SOMETHING_ELSE = new Set([
  "hired",
  "in",
  "into",
  "promoted",
  "started",
  "a",
  "the",
  "to",
  "job",
  "ahead",
  "harder",
  "easier",
  "tougher",
  "worse",
  "saturated",
  "competitive",
]);

/** "how much?", "how many?": all stopwords, yet a question of pay or years after a role. */
const ASKS_AMOUNT = /\bhow (much|many)\b/;
/** "X salary there vs in the US?": one role set against a place, not against another role. */
// ("what does a lead ML architect make out there vs the national numbers": the US as a whole, too.)
// ("what would a lead ML architect make over there vs here": "here" is where the asker is, the US figures' place.)
const VERSUS_THE_US =
  /\b(vs|versus|than|compar\w*)( to| with)?( in)?( the)? (us|usa|state|america|national (numbers?|average|figures?|pay|rate)|here)\b/;
/** Words that set two roles against each other: a comparison, not the same question asked of each. */
const SETS_AGAINST =
  /\b(vs|versus|or|than|compar\w*|differ\w*|diff|better|worse|more|less|higher|lower|which|between|both|same|similar|against|rank\w*|dono|farak|fark)\b/;

/** "what can you even do", "how do i really use this": words that only add emphasis, dropped before cues are read. */
const FILLER_WORDS = new Set(["even", "really", "literally", "honestly", "basically", "kinda"]);

/** Tools named in three letters that an answer can narrow to ("do they need SQL or is python enough?", "LLMs?"). */
const SHORT_CONTENT_WORDS = new Set(["sql", "aws", "gcp", "git", "etl", "llm"]);

/** Words of a degree or of years: "do they need a master's or python?" still asks the qualifications. */
const QUALIFICATION_WORDS = new Set([
  "degree",
  "phd",
  "master",
  "masters",
  "bachelor",
  "bachelors",
  "msc",
  "bsc",
  "year",
  "years",
  "yrs",
  "experience",
  "education",
  "diploma",
]);

/** Words of a script beyond Latin: three or more of them that no reader turned into English make a sentence. */
const UNREAD_WORD = /[\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}]{2,}/gu;
const isUnreadSentence = (text: string) => (text.match(UNREAD_WORD)?.length ?? 0) >= 3;

/** "C++", "C#": languages the tokens lose their signs of. */
const C_LANGUAGE = /(?<![a-z])c(?:\+\+|#)/i;

/** Turns a question into an intent, the roles it names and the topics it is about. */
export class IntentClassifier {
  private readonly cues = new PhraseIndex<Cue>();
  private readonly roles: RoleMatcher;
  private readonly topics: TopicMatcher;
  private readonly speller: SpellingCorrector;
  /** Tokens that place a question in AI/ML ("ai", "model", "data"), whatever it asks. */
  private readonly domainWords = new Set(DOMAIN_WORDS.flatMap((w) => tokenize(w)));

  private readonly candidates: Candidates;

  /**
   * The one facet roles are set side by side on; "overview" (the whole side by side) when several are named:
   * "compare X vs Y: degree, skills, pay", or "on pay and degree", two of the side by side's own facets.
   */
  private comparedFacet(scores: Map<Intent, number>, floor = CLEAR_HINT): RoleIntent | undefined {
    const named = this.candidates.roleFacets.filter((f) => (scores.get(f) ?? 0) >= CLEAR_HINT);
    const payAndDegree = named.length === 2 && named.every((f) => f === "salary" || f === "qualifications");
    return named.length >= 3 || payAndDegree ? "overview" : strongest(scores, this.candidates.roleFacets, floor);
  }

  /** `declarations`: every intent it may choose (a test passes more, to show a new intent is reachable). */
  constructor(data: CareerData, declarations: readonly IntentDeclaration<Intent>[] = DECLARATIONS) {
    this.candidates = candidatesFrom(declarations);
    for (const declaration of declarations) {
      for (const [phrase, weight] of Object.entries(declaration.cues ?? {}))
        this.cues.add(phrase, { intent: declaration.name, weight });
    }
    this.roles = new RoleMatcher(data.roles);
    this.topics = new TopicMatcher(data);
    const vocabulary = new Set<string>([...this.cues.words(), ...this.roles.words(), ...this.topics.words()]);
    for (const token of this.domainWords) vocabulary.add(token);
    // Other jobs are recognised as written, never reached by correcting a word ("deliver" is not "driver").
    // ... and a common English word is another word, not a typo ("back" is not "black", "grand" not "grind").
    this.speller = new SpellingCorrector(vocabulary, JOB_NOUNS, isPlainEnglish);
  }

  classify(question: string): Classification {
    const written = tokenize(stripChatMarkup(question)).filter((t) => !FILLER_WORDS.has(t));
    const tokens = written.map((t) => this.speller.correct(t) ?? t);
    // Nothing but filler ("?", "hi", "what"): show what the bot can do.
    // ("how much?" and "how many?" after a role ask its pay and its years: the cues below read them.)
    // ("what would she need?" after a role asks its requirements: a cue made of stopwords counts too.)
    if (
      !tokens.some((t) => !STOPWORDS.has(t)) &&
      !ASKS_AMOUNT.test(tokens.join(" ")) &&
      !this.cues.findLongest(tokens).some((hit) => hit.value.weight >= WEAK_CUE)
    )
      // ("ρε παιδιά ποιος θα πάρει το πρωτάθλημα φέτος;": a sentence in words none of the readers know asks something
      // else, not what the bot can do.)
      return isUnreadSentence(question)
        ? { intent: "unknown", roleIds: [], topics: [], hasCue: false }
        : { intent: "help", roleIds: [], topics: [], hasCue: false };
    const roles = this.roles.match(tokens);
    const topics = this.topics.match(roles.rest, (word) => this.speller.isKnown(word));
    const scores = this.scoreCues(roles.rest, roles.firstRoleEnd);
    // "do they need python?", "do they need C++?": one tool after a word of need asks the skills, not the degree.
    if (
      roles.rest.some((t) => t === "need" || t === "require") &&
      (scores.get("qualifications") ?? 0) > (scores.get("skills") ?? 0) &&
      (findSkillTerms(roles.rest.join(" ")).filter((t) => t.family !== "math").length === 1 ||
        C_LANGUAGE.test(question)) &&
      !roles.rest.some((t) => QUALIFICATION_WORDS.has(t))
    )
      scores.set("skills", (scores.get("qualifications") ?? 0) + 1);
    const hasCue = [...scores.values()].some((score) => score >= WEAK_CUE);
    // "what even is MLOps?": a topic that is both a trend and a practice is defined by its trend.
    if (topics.length > 1 && ASKS_WHAT_IT_IS.test(question.toLowerCase())) definedByTrend(topics);
    const decided = this.decide(tokens, roles, scores, topics, question);
    // "what even is a lead ML architect vs just a 'senior MLE with a fancy title'": words quoted are someone else's,
    // no detail asked.
    const quoted = QUOTED_WORDS.test(question)
      ? new Set(tokenize(question.match(QUOTED_WORDS_ALL)?.join(" ") ?? ""))
      : undefined;
    // Added to the fresh object decide() made, in place: a copy by spread went the slow way for its many shapes.
    return Object.assign(decided, {
      hasCue,
      cueIntent: strongest(scores, this.candidates.roleFacets, WEAK_CUE),
      explicit: (scores.get(decided.intent) ?? 0) >= EXPLICIT,
      // Only words as written: a corrected word ("matter" -> "master") is a guess, too weak to narrow an answer.
      contentWords: roles.rest.filter(
        (t, i) =>
          t === written[i] &&
          // ("llm" places a question in AI and is also a detail asked: "do they want LLM experience?")
          (SHORT_CONTENT_WORDS.has(t) || (t.length >= 4 && !this.domainWords.has(t))) &&
          // "the path from entry to lead": where a path starts, not a facet ("entry requirements") asked for.
          roles.rest[i - 1] !== "from" &&
          !STOPWORDS.has(t) &&
          !FOCUS_NEUTRAL.has(t) &&
          !quoted?.has(t) &&
          !/^\d/.test(t),
      ),
    });
  }

  private decide(
    tokens: readonly string[],
    roles: ReturnType<RoleMatcher["match"]>,
    scores: Map<Intent, number>,
    topics: TopicScore[],
    question: string,
  ): Classification {
    if (roles.roleIds.length >= 2) {
      // "compare X vs Y: degree, skills, pay": several facets named is the whole side by side, not the first of them.
      const compared = this.comparedFacet(scores);
      const facet = compared === "overview" ? undefined : compared;
      // "between X and Y which one lists C++?", "which of them requires docker?": one tool named is a skills question.
      // ("i use PyTorch + python daily ... which fits me?": a list of them is the asker's story.)
      const toolNamed =
        (facet === undefined || facet === "qualifications") &&
        (findSkillTerms(roles.rest.join(" ")).filter((t) => t.family !== "math").length === 1 ||
          C_LANGUAGE.test(question));
      const focus = toolNamed ? "skills" : facet;
      // "from junior to lead ML engineer" is a path between roles, not a comparison of them.
      // "how many years from entry level to lead?": the years of that path, not the two roles' requirements.
      // ("how do i go entry -> lead arch": "to" right after the first role, the arrow read as "to", with a word of
      // moving, is a path too; Japanese "LMA to senior AI app eng" is "LMA and ...".)
      const fromTo =
        (tokens.indexOf("from") >= 0 && tokens.indexOf("to") > tokens.indexOf("from")) ||
        (roles.firstRoleEnd !== undefined &&
          tokens[roles.firstRoleEnd] === "to" &&
          tokens.some((t) => MOVING_WORDS.has(t)));
      const path = focus === "career_path" || (fromTo && (focus === "qualifications" || focus === undefined));
      // "how much does an entry-level AI engineer make, and an NLP research scientist?": the same facet asked of
      // each, with nothing set against anything: that facet's answer for both.
      const eachAsked =
        focus !== undefined &&
        focus !== "career_path" &&
        (scores.get(focus) ?? 0) >= CLEAR_FACET &&
        !scores.has("compare") &&
        !SETS_AGAINST.test(tokens.join(" "));
      // ("what comes after entry level on the ladder ... principal/staff or director?": a bare "or" beside a question
      // full of the ladder's words sets no roles against each other.)
      const setAgainst =
        scores.has("compare") &&
        !(scores.get("compare") === OR_ALONE && (scores.get("career_path") ?? 0) > 2 * EXPLICIT);
      const intent = path && !setAgainst ? "career_path" : eachAsked ? focus : "compare";
      // A path leads to the last role (the answer's): "become lead ML architect from fresher" starts at the fresher.
      const from = intent === "career_path" ? roles.fromRoleId : undefined;
      const roleIds = from ? [from, ...roles.roleIds.filter((id) => id !== from)] : roles.roleIds;
      return eachAsked ? { intent, roleIds, topics, eachRole: true } : { intent, roleIds, focus, topics };
    }
    if (roles.roleIds.length === 1) return this.forOneRole(roles.roleIds, scores, topics, tokens);
    return this.forNoRole(tokens, scores, topics, roles.foreignJob);
  }

  /** A word the bot knows, or one of its forms: "using" of "use", "needing" of "need", "tools" of "tool". */
  private isKnownOrInflected(word: string): boolean {
    if (this.speller.isKnown(word)) return true;
    const stem = INFLECTION.exec(word)?.[1];
    return stem !== undefined && (this.speller.isKnown(stem) || this.speller.isKnown(`${stem}e`));
  }

  private isRoleFacet(intent: Intent): intent is RoleIntent {
    return (this.candidates.roleFacets as readonly Intent[]).includes(intent);
  }

  /** The roles a fragment of text names, as the classifier would read them. */
  rolesIn(text: string): string[] {
    const tokens = tokenize(stripChatMarkup(text)).map((t) => this.speller.correct(t) ?? t);
    return this.roles.match(tokens).roleIds;
  }

  private scoreCues(tokens: readonly string[], firstRoleEnd: number | undefined): Map<Intent, number> {
    const scores = new Map<Intent, number>();
    const add = (intent: Intent, weight: number) => scores.set(intent, (scores.get(intent) ?? 0) + weight);
    for (const hit of this.cues.findLongest(tokens)) add(hit.value.intent, hit.value.weight);
    // "What does a lead ML architect do?": a "do" after the role asks about the work itself.
    // "What do entry level AI engineers make?" asks about pay: the "do" is only the question's helper verb there.
    const after = firstRoleEnd === undefined ? [] : tokens.slice(firstRoleEnd);
    // "need publications to get hired": "get" is about pay only when no other verb follows it.
    const asksPay = after.some(
      (t, i) =>
        PAY_VERBS.has(t) &&
        !(t === "get" && GET_SOMETHING_ELSE.has(after[i + 1] ?? "")) &&
        // "these job titles make my head spin", "does that make sense": a "make" that is no pay.
        !(t === "make" && MAKE_SOMETHING_ELSE.has(after[i + 1] ?? "")),
    );
    if (asksPay && (scores.get("salary") ?? 0) < 3) add("salary", 3);
    // "is ~166k realistic?": a sum of money asks about pay.
    if (tokens.some((t) => /^\d{2,3}k$/.test(t))) add("salary", 2.5);
    // "What does a lead ML architect do?", "what do they actually do?": the work itself.
    const doesWork =
      // "do they need SQL?": a "do" before a pronoun is the question's helper verb, not the work.
      // ("does" is "doe" once stemmed: "what a lead ml architect does")
      // ("... tryna convince my advisor i should not do a 2nd postdoc": what the writer does, not the role.)
      after.some(
        (t, i) =>
          ((t === "do" || t === "doe") &&
            !PRONOUNS.has(after[i + 1] ?? "") &&
            !WRITER_DOES.has(after[i - 1] ?? "") &&
            // "for lead ML architect what does the path look like": "does" only helps the verb after it.
            !after.slice(i + 1, i + 5).some((w) => VERB_AFTER_DOES.has(w))) ||
          t === "doing",
      ) ||
      (firstRoleEnd === undefined && tokens.filter((t) => t === "do").length >= 2) ||
      tokens.at(-1) === "do" ||
      tokens.at(-1) === "doe";
    if (doesWork && !asksPay) add("responsibilities", 3);
    // "what does an nlp research scientist need??": what the role asks for, not its work ("does" helps "need");
    // "what skills does X need?" names what is asked.
    const last = after.filter(Boolean).at(-1);
    if ((last === "need" || last === "require") && (scores.get("skills") ?? 0) < CLEAR_HINT) add("qualifications", 3.5);
    return scores;
  }

  private forOneRole(
    roleIds: string[],
    scores: Map<Intent, number>,
    topics: TopicScore[],
    tokens: readonly string[],
  ): Classification {
    // Topic words in a role question ("what does an architect design?") do not turn it into a topic question,
    // but an explicit "challenges" or "best practices" does, and an explicit "compare".
    const candidates: Intent[] = [
      ...this.candidates.roleFacets,
      ...this.candidates.namedWithRole.filter((intent) => (scores.get(intent) ?? 0) >= EXPLICIT),
    ];
    const chosen = strongest(scores, candidates) ?? "overview";
    // "how do lead ML architects roll out a new model without breaking prod?": a practice or challenge asked about
    // outright, with no facet of the role asked, is that topic for the role.
    const cue = scores.get(chosen) ?? 0;
    const topicIntent = this.candidates.topicVotes.find((v) => v.topics === topics[0]?.kind)?.intent;
    if (topicIntent && cue < WEAK_CUE && ASKS_HOW.test(tokens.slice(0, 3).join(" ")))
      return { intent: topicIntent, roleIds, topics };
    const focus = chosen === "compare" ? this.comparedFacet(scores, Number.MIN_VALUE) : undefined;
    // "entry level AI engineer salary there vs in the US?": one role set against a place is that facet, there.
    if (chosen === "compare" && focus && VERSUS_THE_US.test(tokens.join(" ")))
      return { intent: focus, roleIds, topics };
    return { intent: chosen, roleIds, focus, topics };
  }

  private forNoRole(
    tokens: readonly string[],
    scores: Map<Intent, number>,
    topics: TopicScore[],
    foreignJob: string | undefined,
  ): Classification {
    const explicitTopic = strongest(scores, this.candidates.topics, EXPLICIT);
    if (foreignJob && !explicitTopic) return { intent: "unknown", roleIds: [], topics: [], foreignJob };

    const cueScores = new Map(scores);
    // Each kind of matched topic votes for its intent, unless the question names another outright.
    for (const { intent, topics: kind } of this.candidates.topicVotes) {
      const best = topics.find((t) => t.kind === kind);
      if (best) scores.set(intent, (scores.get(intent) ?? 0) + TOPIC_VOTE + best.score);
    }
    // ("is it growing in canada too?": a place is no word from outside ML.)
    const unplaced = () =>
      tokens.filter(
        (t) =>
          !STOPWORDS.has(t) && !this.isKnownOrInflected(t) && !PLACE_INDEX.oneWord.has(t) && !PLACE_INDEX.cities.has(t),
      );
    let intent: Intent | undefined = explicitTopic ?? strongest(scores, this.candidates.noRole, MIN_CONFIDENCE);
    // "compare all roles by salary": a comparison of every role on one facet.
    // ("what best practice ... for testing new models vs old ones": a named topic is not a comparison of roles; nor is
    // "how do I compare a new model with the old one?", a topic its words name clearly; "compare" alone only brushes
    // "compare models in production".)
    const comparesRoles =
      !explicitTopic && !topics.some((t) => t.score >= TOPIC_NAMED) && (scores.get("compare") ?? 0) >= EXPLICIT;
    if (comparesRoles) intent = strongest(scores, this.candidates.roleFacets, CLEAR_HINT) ?? "list_roles";
    const outsideMl = () => !tokens.some((t) => this.domainWords.has(t)) && unplaced().length > 0;
    // A vague cue ("recommend", "how much") about something outside ML ("a good laptop") is out of scope; so is a
    // comparison of things outside it ("solana vs eth for staking?").
    const vague = !explicitTopic && topics.length === 0 && (scores.get(intent ?? "unknown") ?? 0) < EXPLICIT;
    if (vague && intent !== "list_roles" && outsideMl()) intent = undefined;
    if (comparesRoles && intent === "list_roles" && topics.length === 0 && outsideMl()) intent = undefined;
    // "does the training hall projector take HDMI or do I need the VGA adapter?": a topic brushed by one word
    // ("training"), and no cue, among several words from outside ML is not asked about.
    const brushed =
      !explicitTopic &&
      topics.length > 0 &&
      topics.every((t) => t.score < WEAK_TOPIC) &&
      (cueScores.get(intent ?? "unknown") ?? 0) < WEAK_CUE;
    if (brushed && unplaced().length >= OUTSIDE_WORDS_OVER_WEAK_TOPIC && outsideMl()) intent = undefined;
    if (!intent) return { intent: "unknown", roleIds: [], topics: [], didYouMean: this.roles.suggest(unplaced()) };
    return {
      intent,
      roleIds: [],
      topics,
      focus: this.isRoleFacet(intent) ? intent : undefined,
      // A role question that named no role we know may have misspelt one past what the corrector forgives.
      didYouMean: this.isRoleFacet(intent) ? this.roles.suggest(unplaced()) : undefined,
    };
  }
}

/** Words of moving from one role to another ("go entry -> lead"). */
const MOVING_WORDS = new Set(["go", "get", "move", "grow", "progress", "transition", "switch", "path", "become"]);

/** "using", "needed", "tools": a word's stem, when it ends the way English inflects words. */
const INFLECTION = /^([a-z]{2,}?)(?:ing|ed|s)$/;

/** "what is MLOps", "what's AutoML exactly", "what even is MLOps beyond a buzzword": what a thing is. */
/**
 * A job's name between quotes ("a 'senior MLE with a fancy title'"), not an apostrophe inside a word: someone else's
 * words for a job, no detail asked (unlike "'competitive benefits' — what's in it?").
 */
const QUOTED_WORDS =
  /(?<![\w])['‘"“][^'’"”\n]{0,40}\b(?:mle|swe|engineer|scientist|architect|developer|dev|title|role|job)\b[^'’"”\n]{0,40}['’"”](?![\w])/;
const QUOTED_WORDS_ALL = new RegExp(QUOTED_WORDS.source, "g");

const ASKS_WHAT_IT_IS =
  /\bwhat(?:'s|’s|s| is| are| even is| exactly is)\s+(?!the |a |an |your |my |their |it |that |this |there |some |common |good |best |hot |new |next |\w+ing\b)|\bdefine\b|\bmeaning of\b/;

/** Drops a practice of the same name as a trend found: the trend says what it is, the practice how to do it. */
function definedByTrend(topics: TopicScore[]): void {
  const trend = topics.find((t) => t.kind === "trends");
  const practice = topics.findIndex((t) => t.kind !== "trends" && t.id === trend?.id);
  if (practice >= 0) topics.splice(practice, 1);
}

/** The highest-scoring intent among the candidates, if it reaches `floor`; ties go to the earlier candidate. */
function strongest<T extends Intent>(
  scores: Map<Intent, number>,
  candidates: readonly T[],
  floor = Number.MIN_VALUE,
): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  for (const intent of candidates) {
    const score = scores.get(intent) ?? 0;
    if (score > bestScore) {
      best = intent;
      bestScore = score;
    }
  }
  return bestScore >= floor ? best : undefined;
}
