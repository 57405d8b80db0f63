import { declareIntent } from "./declaration";

/** The guide's trends (where the field is heading). */
export const trends = declareIntent({
  name: "trends",
  kind: "topic",
  topics: "trends",
  cues: {
    trend: 4,
    // "is AutoML going to eat the junior jobs?": where the field is heading.
    "going to eat": 4,
    // Portuguese "o que está em alta em ML agora?", Spanish "qué está en auge": what is trending.
    "em alta": 4,
    "en auge": 4,
    "next few year": 2.5,
    "coming year": 2.5,
    "in the future": 2,
    future: 1.5,
    trending: 4,
    "future of": 2,
    emerging: 3,
    latest: 2,
    "where is the field": 3,
    "field going": 3,
    going: 0.5,
    hot: 2,
    "what is new": 2.5,
    "what new": 2.5,
    new: 1,
    innovation: 1.5,
    evolving: 2,
    direction: 2,
    next: 0.5,
    "industry trend": 4,
    headed: 2,
    heading: 2,
  },
  examples: ["what are the trends in machine learning", "where is the AI field heading?", "what is hyperautomation"],
  answeredBy: "trends",
});
