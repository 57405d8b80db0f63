import { declareIntent } from "./declaration";

/** A career question the guide does not answer (negotiating, interviews, roles it lacks): said plainly, with its nearest facts. */
export const notCovered = declareIntent({
  name: "not_covered",
  kind: "meta",
  chosenBy: {
    rule: "understand.ts notCoveredTopic(): the topics of data/topics/not-covered.json, before any other rule but small talk",
  },
  examples: [
    "how do I negotiate my offer as an entry level ai engineer",
    "data scientist salary?",
    "how should i tailor my resume for an nlp research scientist application?",
  ],
  answeredBy: "notCovered",
});
