import { declareIntent } from "./declaration";

/** Two or more roles side by side, on one facet when asked; a verdict when asked for one. */
export const compare = declareIntent({
  name: "compare",
  kind: "comparison",
  cues: {
    diff: 4,
    // "so roughly how much more does the architect make" after two roles' pay: the two set side by side.
    "how much more does": 4,
    "how much less does": 4,
    compare: 4,
    comparison: 4,
    vs: 4,
    v: 2,
    versus: 4,
    difference: 4,
    differ: 4,
    different: 2,
    better: 2,
    between: 1.5,
    similar: 1,
    or: 0.5,
    "which one": 2,
    // "how does that stack up vs ...": set against, not the tech stack.
    "stack up": 3,
  },
  chosenBy: {
    rule: 'classify.ts decide(): two roles or more; understand.ts: follow-ups ("compare that with ...") and rankings over every role',
  },
  examples: [
    "lead ML architect versus NLP research scientist",
    "which pays more, NLP research scientist or entry level AI engineer?",
    "rank all 5 roles by salary",
  ],
  answeredBy: "compare",
});
