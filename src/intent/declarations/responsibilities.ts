import { declareIntent } from "./declaration";

/** What a role's work is: its duties, day to day. */
export const responsibilities = declareIntent({
  name: "responsibilities",
  kind: "role_facet",
  cues: {
    // "what's the actual work (not the linkedin version)", "what's the actual job content?": the duties.
    "actual work": 3,
    // "is it mostly NLP/LLM stuff or more computer vision?": what the work is mostly about.
    "mostly llm": 3,
    "mostly nlp": 3,
    "job content": 3,
    // "what does a lead ML architect have to own re data privacy and bias?": what the role answers for.
    "have to own": 3,
    "has to own": 3,
    "accountable for": 3,
    "all day": 2.5,
    // "¿qué hace un X?", "o que faz um X?", "was macht ein X?": what the role does.
    "que do": 3,
    // Hindi "X ka kaam kya hota hai?", "kya kaam karte hain?" (what is X's work, what do they do?).
    "kaam kya": 3,
    "kya kaam": 3,
    "was do": 3,
    meeting: 2,
    // "is senior ai application engineer more about LLMs?": what the work is mostly about.
    "more about llm": 3.5,
    // "do you as lead ML architect really have to manage people?": whether leading people is part of the work.
    "manage people": 4,
    "people management": 4,
    "manage a team": 3.5,
    "hands on": 2.5,
    "responsible for": 3,
    // "whats a POC and why does a senior ai application engineer make them?": what they build, not pay.
    "make them": 3,
    responsibility: 3,
    build: 2,
    create: 1.5,
    develop: 1.5,
    duty: 3,
    "day to day": 3,
    // (A little less than a tool named: "¿qué herramientas usa en el día a día?" asks for the tools.)
    "day a day": 2.5,
    // "what will i actually be doing in year 1?"
    "be doing": 3,
    // "what's the actual scope?"
    scope: 2.5,
    // "is the job mostly LLM/NLP stuff or generic ML?": what the work is about.
    "job mostly": 3,
    "work mostly": 3,
    "mostly about": 2.5,
    daily: 2.5,
    // "what they do every day really?": the day's work.
    "every day": 2.5,
    task: 2.5,
    "job description": 3,
    "work on": 2,
    involve: 2,
    "typical day": 3,
    "what do they do": 3,
    // "X vs Y - what does each one do?": each named role's work.
    "each one do": 3,
    "each of them do": 3,
    role: 0.5,
    "in charge": 2,
    job: 0.5,
    "spend time": 2,
    "work like": 2,
    actually: 0.5,
  },
  chosenBy: { rule: 'classify.ts scoreCues(): a "do" after the role ("what does X do?") adds 3' },
  examples: [
    "What does a Lead Machine Learning Architect do?",
    "what does an NLP research scientist do day to day",
    "responsibilities of a lead machine learning architect",
  ],
  answeredBy: "roleFacet",
});
