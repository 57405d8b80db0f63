import { declareIntent } from "./declaration";

/** The skills and tools a role asks for. */
export const skills = declareIntent({
  name: "skills",
  kind: "role_facet",
  cues: {
    skill: 3,
    // "what MLOps stuff should they be fluent in?": the tools named.
    "fluent in": 3,
    // "I supervise 4 MSc students ... what should they be learning right now?": what to learn for the role.
    "should they be learning": 4,
    "should they learn": 4,
    // "one of my reports ... / and what would she need to learn first?": what to learn for the role.
    "would she need to learn": 4,
    "would he need to learn": 4,
    "would they need to learn": 4,
    // "what should i grind before applying": what to learn.
    grind: 2.5,
    // "is it worth learning Rust for entry level AI engineer jobs?": a language weighed against the role's skills.
    "worth learning": 3.5,
    // "what do they code in?": the languages of the role.
    "code in": 3,
    "coding in": 3,
    "program in": 3,
    "write code in": 3,
    java: 2,
    sql: 2,
    tensorflow: 2,
    pytorch: 2,
    kubernetes: 2,
    docker: 2,
    mlflow: 2,
    // "does the lead architect role need jenkins": a tool the guide lists for a role.
    jenkins: 2,
    // "do they even care about reinforcement learning?": a kind of ML the guide lists for a role.
    "reinforcement learning": 2,
    aws: 1.5,
    azure: 1.5,
    gcp: 1.5,
    "cloud platform": 2,
    cloud: 2,
    math: 2,
    mathematics: 2,
    statistic: 1.5,
    "linear algebra": 2,
    skillset: 3,
    "skill set": 3,
    tool: 3,
    technology: 2.5,
    tech: 1,
    "tech stack": 3,
    stack: 2,
    framework: 2.5,
    language: 2,
    programming: 2,
    learn: 1.5,
    know: 0.5,
    proficiency: 2,
    competency: 2,
    ability: 1.5,
    "soft skill": 3,
    // "im super shy, can i still be X or do u have to talk to ppl a lot": the soft skills asked.
    "talk to people": 3,
    "talk to ppl": 3,
    introvert: 3,
    shy: 3,
    "good at": 2,
    library: 2,
    // "do they expect C++ too or just python": a language named in a question asks about the skills.
    python: 1,
    c: 1,
    use: 1,
    "need to know": 2.5,
    "how much math": 4,
    agile: 2,
    "do i need to know": 3,
    "do i need to learn": 3,
    "do they need to know": 3,
    "should i learn": 2.5,
    "what to learn": 2.5,
  },
  examples: [
    "skills to become a multimodal AI research scientist",
    "which tools should a senior AI application engineer know",
    "wat skills 4 nlp research scientist",
  ],
  answeredBy: "roleFacet",
});
