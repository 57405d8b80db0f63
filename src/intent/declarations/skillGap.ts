import { SKILL_GAP } from "../lexicon";
import { declareIntent } from "./declaration";

/** What stands between the asker and a role: what they meet, lack, or did not mention. */
export const skillGap = declareIntent({
  name: "skill_gap",
  kind: "advice",
  chosenBy: {
    rule: "understand.ts advice(): a gap question, or a story about oneself beside a target role",
    patterns: SKILL_GAP,
  },
  examples: [
    "i know python and have a bachelor's in cs. what am i missing for lead ml architect?",
    "what do i still need for entry level ai engineer? i know python and sql, studied economics",
    "bachelor's in cs, 6 yrs python, never touched kubernetes. what's my gap to lead ml architect?",
  ],
  answeredBy: "skillGap",
});
