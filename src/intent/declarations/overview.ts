import { declareIntent } from "./declaration";

/** What a role is, in short: its summary and the main facts. */
export const overview = declareIntent({
  name: "overview",
  kind: "role_facet",
  needsRole: true,
  cues: {
    // French "c'est quoi (exactement) le rôle de ...", "qu'est-ce que ...": what the role is.
    "c est quoi": 1.5,
    "qu est ce que": 1.5,
    "le role de": 2.5,
    // "what data types are we talking?": what the role works on, which its overview says.
    "data type": 3,
    "type of data": 3,
    "kind of data": 3,
    overview: 3,
    "tell me about": 3,
    about: 1,
    describe: 2.5,
    summary: 2.5,
    summarize: 2.5,
    "what is a": 1.5,
    "what is an": 1.5,
    "who is": 2.5,
    explain: 1.5,
    // "ELI5 what even is a lead ML architect": explain it like I'm five.
    eli5: 3,
    // "can someone tl;dr the lead ML architect role for my VP": the role in short.
    "tl dr": 3,
    tldr: 3,
    info: 2,
    information: 2,
    intro: 2,
    introduction: 2,
    "what is the": 1,
    position: 0.5,
    "tell me": 1,
  },
  examples: [
    "tell me about the nlp research scientist role",
    "what's a multimodal AI research scientist?",
    "lead ml architect overview",
  ],
  answeredBy: "roleFacet",
});
