import { RECOMMEND_FOR_ME } from "../lexicon";
import { declareIntent } from "./declaration";

/** Which role fits the asker, from what they say about themselves or what they want. */
export const recommend = declareIntent({
  name: "recommend",
  kind: "advice",
  chosenBy: {
    rule: "understand.ts advice(): a request for a role that fits, or a story about oneself",
    patterns: RECOMMEND_FOR_ME,
  },
  examples: [
    "5 years shipping NLP features with pytorch and GCP, what's the right role for me?",
    "fresh grad w/ a bsc in software engineering, comfortable in python and c++. which role for me?",
    "I'm a backend dev with 6 years of python and docker",
  ],
  answeredBy: "recommend",
});
