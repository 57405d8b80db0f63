import type { CareerData } from "../data/schema";
import { PhraseIndex } from "../text/phrases";

export type TopicKind = "best_practices" | "challenges" | "trends" | "market";

export interface TopicRef {
  kind: TopicKind;
  id: string;
}

export interface TopicScore extends TopicRef {
  score: number;
}

/** Finds which best practices, challenges, trends and market figures a question is about. */
export class TopicMatcher {
  private readonly index = new PhraseIndex<TopicRef>();

  constructor(data: CareerData) {
    const add = (kind: TopicKind, id: string, phrases: readonly string[]) => {
      for (const phrase of phrases) this.index.add(phrase, { kind, id });
    };
    for (const t of data.bestPractices)
      add("best_practices", t.id, [t.title.replace(/ best practices$/i, ""), ...t.keywords]);
    for (const t of data.challenges) add("challenges", t.id, [t.title, ...t.keywords]);
    for (const t of data.trends) add("trends", t.id, t.keywords);
    for (const f of data.market.figures) add("market", f.id, f.keywords);
  }

  words(): Iterable<string> {
    return this.index.words();
  }

  /** Topics ranked by how many question tokens their phrases cover; longer phrases are more specific. */
  match(tokens: readonly string[]): TopicScore[] {
    const scores = new Map<string, TopicScore>();
    for (const hit of this.index.findAll(tokens)) {
      const key = `${hit.value.kind}:${hit.value.id}`;
      const length = hit.end - hit.start;
      const current = scores.get(key);
      if (!current) scores.set(key, { ...hit.value, score: length });
      else current.score = Math.max(current.score, length) + 0.5;
    }
    return [...scores.values()].sort((a, b) => b.score - a.score);
  }
}
