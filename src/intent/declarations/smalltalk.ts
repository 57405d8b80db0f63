import { FORGET_ME, RESET_WORDS, SMALLTALK } from "../lexicon";
import { declareIntent } from "./declaration";

/** Greetings, thanks, goodbyes, "start over" and "forget me". */
export const smalltalk = declareIntent({
  name: "smalltalk",
  kind: "meta",
  chosenBy: {
    rule: "understand.ts smalltalk(): before anything else",
    patterns: [...SMALLTALK.map((s) => s.pattern), RESET_WORDS, FORGET_ME],
  },
  examples: ["hi", "thanks!", "start over", "forget me"],
  answeredBy: "smalltalk",
});
