import {
  OFF_TOPIC_ASIDES,
  OFF_TOPIC_CHORE,
  OFF_TOPIC_REQUEST,
  OFF_TOPIC_REQUEST_ELSEWHERE,
  TAKEOVER,
} from "../lexicon";
import { declareIntent } from "./declaration";

/**
 * Not a career question at all (code requests, jokes, gibberish), a job outside AI and data ("software developer"), or
 * nothing the bot could place. (A job in AI or data the guide lacks, "speech scientist", is not_covered: understand.ts.)
 */
export const unknown = declareIntent({
  name: "unknown",
  kind: "meta",
  chosenBy: {
    rule: "what no cue and no rule claims; understand.ts: requests that are no career question at all",
    patterns: [OFF_TOPIC_REQUEST, OFF_TOPIC_REQUEST_ELSEWHERE, OFF_TOPIC_CHORE, OFF_TOPIC_ASIDES, TAKEOVER],
  },
  examples: ["order me a pizza", "SELECT * FROM users WHERE 1=1;", "how much does a software developer make"],
  answeredBy: "unknown",
});
