import { declareIntent } from "./declaration";

/**
 * A career question the guide does not answer (negotiating, interviews, roles it lacks): said plainly, with its nearest
 * facts. A job in AI or data with no topic of its own ("speech scientist") is answered as one the guide
 * lacks (understand.ts, src/answer/metaAnswers.ts).
 */
export const notCovered = declareIntent({
  name: "not_covered",
  kind: "meta",
  chosenBy: {
    rule: "understand.ts notCoveredTopic(): the topics of data/topics/not-covered.json, before any other rule but small talk",
  },
  examples: [
    "how do I negotiate my offer as an entry level ai engineer",
    "data scientist salary?",
    "what does a speech scientist earn?",
    "how should i tailor my resume for an nlp research scientist application?",
  ],
  answeredBy: "notCovered",
});
