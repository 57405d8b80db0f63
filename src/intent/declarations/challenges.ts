import { declareIntent } from "./declaration";

/** The guide's challenges (what goes wrong in ML work, and what helps). */
export const challenges = declareIntent({
  name: "challenges",
  kind: "topic",
  topics: "challenges",
  cues: {
    challenge: 5,
    // Spanish "los mayores dolores de cabeza de un lead ML architect" (its biggest headaches).
    "dolores de cabeza": 5,
    concern: 2.5,
    worry: 2,
    problem: 3,
    // "what problems do lead ML architects hit once models are live?": the challenges, of the role named.
    "what problem": 5,
    issue: 3,
    difficult: 3,
    difficulty: 3,
    hard: 2,
    // "what's actually hard about being a lead ML architect?": its challenges, named beside the role.
    "hard about": 5,
    struggle: 3,
    obstacle: 3,
    pitfall: 3,
    risk: 2,
    "deal with": 2,
    handle: 1,
    hurdle: 3,
    "pain point": 5,
    // "what are main pains of being lead ML architect?": its challenges.
    pain: 4,
    mistake: 2,
    "go wrong": 3,
    // "for the architect role what usually goes wrong?": the challenges, named outright even beside a role.
    "goes wrong": 4,
    fail: 2,
    failure: 2,
    "common challenge": 5,
    // "what are the most common problems a lead ML architect is fighting with": named outright beside a role.
    "common problem": 5,
    // "biggest wahala lead ML architects dey face?" (Pidgin: the biggest problems they face): named beside a role.
    "biggest problem": 5,
    "fighting with": 3,
    tricky: 2,
    trouble: 3,
    // "whats the hardest part of being a lead ML architect": named outright beside a role.
    "hardest part": 4,
    // "what do lead ML architects struggle with most? like the actually hard parts of the job": named beside a role.
    "struggle with": 4,
    "hard parts": 4,
    // "what usually goes sideways for ML architects in prod?": what goes wrong.
    "goes sideways": 4,
    "go sideways": 4,
    // "the biggest recurring headaches in that role", "the most annoying stuff it deals with": the challenges.
    headache: 4,
    annoying: 3,
    // "the actually annoying parts of being a lead ML architect, like the stuff that breaks in prod".
    "annoying part": 4,
    "break in prod": 4,
  },
  examples: [
    "what are challenges of ML model drift",
    "data quality problems in ML",
    "what are the challenges of regulatory compliance in AI",
  ],
  answeredBy: "challenges",
});
