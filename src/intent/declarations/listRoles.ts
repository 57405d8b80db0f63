import { declareIntent } from "./declaration";

/** The roles the guide covers. */
export const listRoles = declareIntent({
  name: "list_roles",
  kind: "meta",
  cues: {
    "list role": 4,
    "all role": 4,
    "which role": 3,
    "what role": 3,
    "which career": 3,
    "what career": 3,
    "which job": 3,
    // "which AI jobs does the guide actually cover?"
    "which ai job": 3,
    "which ai role": 3,
    "which ml role": 3,
    "what ai job": 2.5,
    "what ai role": 2.5,
    "guide cover": 2,
    // "which job titles does ur guide even cover": the roles it has.
    "which job title": 4,
    "what job title": 4,
    "guide even cover": 3,
    // "wat roles u cover ah bot?".
    "role you cover": 4,
    "role u cover": 4,
    // "which AI roles do u have info on?"
    "have info on": 3,
    "got info on": 3,
    "what job": 2,
    role: 2,
    career: 1,
    job: 1,
    position: 1.5,
    list: 2,
    available: 1.5,
    "do you know": 1.5,
    "do you cover": 2,
    "you know about": 1.5,
    option: 1,
    // Hindi "guide mein total kitne roles hai? naam batao sabke" (how many roles, name them all).
    "kitne roles": 4,
    "kitne role": 4,
  },
  examples: ["which roles do you know about?", "what roles do you cover?", "list all roles"],
  answeredBy: "listRoles",
});
