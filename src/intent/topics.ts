import type { CareerData } from "../data/schema";
import { tokenize } from "../text/normalize";
import { PhraseIndex } from "../text/phrases";
import { STOPWORDS } from "../text/stopwords";
import { DOMAIN_WORDS } from "./lexicon";
import { MIN_TOPIC_WORD_SCORE, TOPIC_RUNNER_UP_MARGIN, TOPIC_WORD_WEIGHT } from "./weights";

export type TopicKind = "best_practices" | "challenges" | "trends" | "market";

export interface TopicRef {
  kind: TopicKind;
  id: string;
}

export interface TopicScore extends TopicRef {
  score: number;
  /** Named by one of its own keyword phrases ("explainability"), not only by words the question shares with it. */
  named?: boolean;
}

/** Words every ML topic shares ("model", "data", "engineering"): they say nothing about which one. */
const GENERIC = new Set(DOMAIN_WORDS.flatMap((w) => tokenize(w)));
/** "the big challenges", "main trends": how much, not which one; "big data" still counts as a whole phrase. */
const INTENSIFIERS = new Set(["big", "bigg", "biggest", "main", "major", "common", "top", "key", "huge", "real"]);
/**
 * "wait actually it's 3 yrs not 2", "how many yoe should i put in the JD", "what would i be missing": words of chat and
 * common verbs, which alone name no topic ("log and wait", "put a new model in prod" still count as whole phrases).
 */
// ("could you kindly explain what you can answer", "thanks for your explanation": a request and thanks, not
// explainability; "explain predictions" still counts as a whole phrase.)
const CHAT_WORDS = new Set(["wait", "hold", "sorry", "actually", "put", "explain", "explanation"]);

/**
 * Finds which best practices, challenges, trends and market figures a question is about: whole keyword phrases
 * first, then single words the question shares with a topic's name and keywords, weighted by how rare they are
 * ("pick the right model" shares "pick" and "model" with Model Selection).
 */
export class TopicMatcher {
  private readonly index = new PhraseIndex<TopicRef>();
  /** word -> the topics whose name or keywords contain it, with the word's weight. */
  private readonly wordTopics = new Map<string, { refs: TopicRef[]; weight: number }>();

  constructor(data: CareerData) {
    const topicsByWord = new Map<string, TopicRef[]>();
    let topicCount = 0;
    const add = (kind: TopicKind, id: string, phrases: readonly string[]) => {
      const ref = { kind, id };
      for (const phrase of phrases) this.index.add(phrase, ref);
      // Market figures are found by their phrases only: their words ("companies", "growth") are too common.
      if (kind === "market") return;
      topicCount++;
      const words = new Set(
        phrases
          .flatMap((p) => tokenize(p))
          .filter(
            (w) => w.length > 2 && !STOPWORDS.has(w) && !GENERIC.has(w) && !INTENSIFIERS.has(w) && !CHAT_WORDS.has(w),
          ),
      );
      for (const word of words) topicsByWord.set(word, [...(topicsByWord.get(word) ?? []), ref]);
    };
    for (const t of data.bestPractices)
      add("best_practices", t.id, [t.title.replace(/ best practices$/i, ""), ...t.keywords]);
    for (const t of data.challenges) add("challenges", t.id, [t.title, ...t.keywords]);
    for (const t of data.trends) add("trends", t.id, t.keywords);
    for (const f of data.market.figures) add("market", f.id, f.keywords);
    for (const [word, refs] of topicsByWord) {
      this.wordTopics.set(word, { refs, weight: TOPIC_WORD_WEIGHT * Math.log(topicCount / refs.length) });
    }
  }

  words(): Iterable<string> {
    return this.index.words();
  }

  /** Topics ranked by how many question tokens their phrases cover; longer phrases are more specific. */
  match(tokens: readonly string[], isKnownWord: (word: string) => boolean = () => true): TopicScore[] {
    const scores = new Map<string, TopicScore>();
    for (const hit of this.index.findAll(tokens)) {
      const key = `${hit.value.kind}:${hit.value.id}`;
      const length = hit.end - hit.start;
      const current = scores.get(key);
      if (!current) scores.set(key, { kind: hit.value.kind, id: hit.value.id, score: length, named: true });
      else current.score = Math.max(current.score, length) + 0.5;
    }
    const byWords = new Map<string, TopicScore & { words: Set<string> }>();
    for (const [i, word] of tokens.entries()) {
      const entry = this.wordTopics.get(word);
      // "quantum computing" is not cloud computing: an unknown word in front changes what the shared word means.
      const before = tokens[i - 1];
      if (!entry || (before !== undefined && !STOPWORDS.has(before) && !isKnownWord(before))) continue;
      // ("what best practices should I pick up": "pick up" is learning, not picking a model.)
      if (word === "pick" && tokens[i + 1] === "up") continue;
      for (const ref of entry.refs) {
        const key = `${ref.kind}:${ref.id}`;
        const current = byWords.get(key) ?? { kind: ref.kind, id: ref.id, score: 0, words: new Set<string>() };
        if (current.words.has(word)) continue;
        current.words.add(word);
        current.score += entry.weight;
        byWords.set(key, current);
      }
    }
    for (const [key, words] of byWords) {
      const phrase = scores.get(key);
      // Phrase matches already counted these words; alone, scattered words must add up to something.
      if (phrase) phrase.score += words.score * 0.5;
      else if (words.score >= MIN_TOPIC_WORD_SCORE)
        scores.set(key, { kind: words.kind, id: words.id, score: words.score });
    }
    return [...scores.values()].sort((a, b) => b.score - a.score);
  }
}

/** The topics an answer shows, per kind, best first: at most a few, and only close runners-up. */
export type TopicChoice = Record<TopicKind, string[]>;

const SHOWN: Record<TopicKind, number> = { best_practices: 2, challenges: 2, trends: 2, market: 3 };

export function chooseTopics(topics: readonly TopicScore[]): TopicChoice {
  const choose = (kind: TopicKind) => {
    const ofKind = topics.filter((t) => t.kind === kind);
    const best = ofKind[0]?.score ?? 0;
    return (
      ofKind
        // ("best practices for explainability, and for testing new models in prod?": each topic named is shown.)
        .filter((t, i) => t.score >= best - TOPIC_RUNNER_UP_MARGIN || (t.named && ofKind[0]?.named && i < SHOWN[kind]))
        .slice(0, SHOWN[kind])
        .map((t) => t.id)
    );
  };
  return {
    best_practices: choose("best_practices"),
    challenges: choose("challenges"),
    trends: choose("trends"),
    market: choose("market"),
  };
}
