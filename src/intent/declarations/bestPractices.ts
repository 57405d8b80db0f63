import { declareIntent } from "./declaration";

/** The guide's best practices (how to do ML work well). */
export const bestPractices = declareIntent({
  name: "best_practices",
  kind: "topic",
  topics: "best_practices",
  cues: {
    "best practice": 5,
    practice: 2.5,
    tip: 3,
    advice: 2,
    guideline: 3,
    recommend: 2.5,
    recommendation: 2.5,
    "how should i": 2,
    "how to": 1.5,
    "how do i": 1.5,
    "how can i": 1.5,
    "how do you": 1.5,
    improve: 1.5,
    avoid: 1.5,
    ensure: 1,
    checklist: 3,
    "rule of thumb": 3,
    approach: 1,
    keep: 0.5,
    "should we": 1.5,
    "way to": 1.5,
    "best way": 2.5,
    properly: 1,
  },
  examples: [
    "best practices for feature engineering",
    "how to scale ML infrastructure",
    "best way to set up an MLOps project structure",
  ],
  answeredBy: "bestPractices",
});
