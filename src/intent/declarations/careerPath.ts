import { declareIntent } from "./declaration";

/** Where a role leads and how people get there. */
export const careerPath = declareIntent({
  name: "career_path",
  kind: "role_facet",
  cues: {
    // "typical career progression? / where would someone with 4 years of experience land in that?": a rung of it.
    "where would someone": 3.5,
    // "how many years until the senior-level stuff like staff or director?": the time along the ladder.
    "how many year until": 5,
    "how long until": 4,
    // "how many years does it usually take to go from entry level to senior/lead in ML?": the time up the ladder.
    "take to go from": 5,
    // "if i start from zero now, i'm 29, how old will i be when i reach lead?": the time the path takes.
    "how old will i be": 4,
    "year until": 4,
    "career path": 4,
    // "whats the career ladder for ML per ur guide": the path.
    "career ladder": 4,
    // "roadmap kya hoga step by step?" (what will the roadmap be, step by step?): the path.
    roadmap: 3.5,
    "step by step": 3,
    // "could i make the jump to nlp research scientist?": the move itself, not pay ("make").
    "make the jump": 4,
    "make the switch": 4,
    "make the leap": 4,
    "make the move": 4,
    "make the transition": 4,
    // "what does it turn into after a couple yrs": where the role leads.
    "turn into": 4,
    "turns into": 4,
    // "is there actually a growth path or am i stuck as junior forever": the ladder.
    "growth path": 4,
    // Hindi "uske baad growth kaise hota hai, junior se mid level kaise jaate?" (how does one grow after it, how does one
    // go from junior to mid level?).
    "growth kaise": 3.5,
    "se mid level": 3.5,
    "kaise jaate": 3,
    // "what's the starting title usually? what do they progress to?": the rungs of the ladder.
    "starting title": 3.5,
    "progress to": 3,
    // "where does that job lead after a few years?": the rungs after it.
    "job lead": 3,
    "role lead": 3,
    "lead after": 3.5,
    "go next": 3,
    // "what's the next role after junior ai engineer?", Hinglish "... ke baad next role kya hota hai".
    "next role": 3.5,
    "next role after": 4,
    "what comes after": 3.5,
    "next level": 3,
    "first job title": 3,
    // "what job title do ppl usually start with?": the first rung of the ladder.
    "what job title": 3.5,
    "which job title": 3.5,
    // "what title would i start at?": the first rung, without the word "job".
    "what title": 3.5,
    // "and after like 5 yrs? what would my title be then": the rung reached.
    "my title be": 4,
    "title would i have": 4,
    // "how many yrs at each step?": the ladder, not one role's requirement.
    "each step": 3.5,
    "years till": 3.5,
    "years until": 3.5,
    "till senior": 3,
    "until senior": 3,
    // "how many yrs to hit senior level", "before you're senior level": the time to a rung of the ladder.
    // "after how many years you can go to mid-level?", "after how many years can I become senior?": the time to a
    // rung, asked by someone who learnt English as a second language.
    "after how many year": 4,
    "to mid level": 3.5,
    "become senior": 3.5,
    "promoted to senior": 3.5,
    // "and after, how I grow, how fast to reach senior?": the pace up the ladder, not the market's growth.
    "how fast to reach": 4,
    "how i grow": 3.5,
    "to hit senior": 3.5,
    "to reach senior": 3.5,
    "to get to senior": 3.5,
    "to make senior": 3.5,
    "before you re senior": 3.5,
    "before you senior": 3.5,
    "senior level": 2,
    // "i'm at 4 yrs. which band am i in rn and how far off is senior level?": the asker's rung of the ladder.
    "band am i": 4.5,
    "how far off": 3,
    "each level": 3.5,
    "each stage": 3.5,
    // "what are the stages and how many years in before you're senior-level?": the rungs and the time between.
    stages: 3,
    "year in before": 3.5,
    "path from": 3,
    "which title": 3.5,
    "start out as": 2.5,
    "start as": 2,
    "usually start with": 3,
    // "what do people usually start as?", Spanish "¿con qué puesto se suele arrancar?": the first rung.
    "usually start": 3,
    "job title": 2.5,
    "first title": 3,
    "after lead": 3,
    "go from": 3,
    "get from": 3,
    timeline: 3,
    "where does it lead": 3.5,
    "where does that lead": 3.5,
    "where does it go": 3,
    "career go": 3.5,
    "lead to": 2,
    "next title": 1.5,
    "grow into": 3,
    "how long": 2.5,
    "go after": 3,
    "after that": 2,
    "where can i go": 3,
    "where can you go": 3,
    "comes after": 3,
    "what next": 2,
    after: 0.5,
    from: 0.5,
    path: 2,
    progression: 3,
    progress: 2,
    grow: 2,
    growing: 1,
    promotion: 3,
    promoted: 3,
    advance: 2,
    advancement: 3,
    become: 2.5,
    becoming: 2.5,
    "get into": 2.5,
    "break into": 3,
    transition: 2.5,
    "next step": 3,
    ladder: 3,
    level: 2,
    seniority: 2,
    trajectory: 3,
    "move up": 3,
    "career growth": 3,
    "career development": 4,
    switch: 2,
    "get promoted": 3,
    "how to get": 1.5,
    "get there": 2,
    "land a job": 2,
    career: 1,
  },
  examples: [
    "path from junior to lead machine learning engineer",
    "what comes after senior level in ML engineering?",
    "career path for an entry level ai engineer",
  ],
  answeredBy: "roleFacet",
});
