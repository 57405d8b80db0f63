import type { CareerData } from "../data/schema";
import type { TopicChoice } from "../intent/topics";
import { firstSentence, marketFiguresById } from "./format";
import type { Answer } from "./types";

/** No topic asked about: the general answer. */
export const NO_TOPICS: TopicChoice = { best_practices: [], challenges: [], trends: [], market: [] };

function pick<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  return ids.flatMap((id) => items.filter((i) => i.id === id));
}

export function bestPractices(data: CareerData, topics: TopicChoice): Answer {
  const chosen = pick(data.bestPractices, topics.best_practices);
  const relatedChallenges = pick(data.challenges, topics.challenges.slice(0, 1));
  if (chosen.length === 0 && relatedChallenges.length > 0) return challenges(data, topics);
  if (chosen.length === 0) {
    return {
      intent: "best_practices",
      roles: [],
      title: `${data.bestPractices.length} ML best practices`,
      summary: "Best practices for robust, scalable and maintainable machine learning systems:",
      sections: [
        {
          heading: "Best practices",
          lines: data.bestPractices.map((p, i) => `${i + 1}. ${p.title}: ${firstSentence(p.text)}`),
        },
      ],
      figures: [],
      followUps: ["best practices for feature engineering", "how do I keep ML costs down", "common challenges in ML"],
    };
  }
  return {
    intent: "best_practices",
    roles: [],
    title: `Best practice: ${chosen.map((p) => p.title).join(" / ")}`,
    summary: chosen[0]?.text ?? "",
    sections: [
      ...chosen.slice(1).map((p) => ({ heading: p.title, lines: [p.text] })),
      ...relatedChallenges.map((c) => ({ heading: `Related challenge: ${c.title}`, lines: c.points })),
    ],
    figures: [],
    followUps: ["all ML best practices", "common challenges in ML"],
  };
}

export function challenges(data: CareerData, topics: TopicChoice): Answer {
  const chosen = pick(data.challenges, topics.challenges);
  const relatedPractices = pick(data.bestPractices, topics.best_practices.slice(0, 1));
  if (chosen.length === 0) {
    return {
      intent: "challenges",
      roles: [],
      title: `${data.challenges.length} common challenges in ML work`,
      summary: "What makes machine learning projects hard, and how teams address it:",
      sections: data.challenges.map((c, i) => ({ heading: `${i + 1}. ${c.title}`, lines: c.points })),
      figures: [],
      followUps: ["how do I deal with model drift", "ML best practices"],
    };
  }
  return {
    intent: "challenges",
    roles: [],
    title: `Challenge: ${chosen.map((c) => c.title).join(" / ")}`,
    summary: "How to address it:",
    sections: [
      ...chosen.map((c) => ({ heading: c.title, lines: c.points })),
      ...relatedPractices.map((p) => ({ heading: `Related best practice: ${p.title}`, lines: [p.text] })),
    ],
    figures: [],
    followUps: ["all common challenges in ML", "ML best practices"],
  };
}

export function trends(data: CareerData, topics: TopicChoice): Answer {
  const chosen = pick(data.trends, topics.trends);
  const shown = chosen.length > 0 ? chosen : data.trends;
  return {
    intent: "trends",
    roles: [],
    title: chosen.length > 0 ? `Trend: ${chosen.map((t) => t.title).join(" / ")}` : "Where AI and ML are going",
    summary: chosen.length > 0 ? (chosen[0]?.text ?? "") : "The industry trends in the guide:",
    sections:
      chosen.length > 0
        ? chosen.slice(1).map((t) => ({ heading: t.title, lines: [t.text] }))
        : [{ heading: "Trends", lines: shown.map((t) => `${t.title}: ${firstSentence(t.text)}`) }],
    figures: marketFiguresById(
      shown.flatMap((t) => t.figureIds),
      data,
    ),
    followUps: ["what is MLOps", "is AutoML growing?", "what is the job market demand for ML roles"],
  };
}

/** The overall market, with the figures the question asked about first. */
export function generalMarket(data: CareerData, topics: TopicChoice): Answer {
  const asked = topics.market;
  const ids = [...asked, ...data.market.headlineFigureIds.filter((id) => !asked.includes(id))];
  return {
    intent: "market",
    roles: [],
    title: "AI/ML job market",
    summary: data.market.summary,
    sections: [{ heading: "What drives demand", lines: data.market.drivers }],
    figures: marketFiguresById(ids, data),
    followUps: ["salaries", "what are the current trends in AI and ML", "job outlook for NLP research scientists"],
  };
}
