import { declareIntent } from "./declaration";

/** The degrees, certifications and years of experience a role asks for. */
export const qualifications = declareIntent({
  name: "qualifications",
  kind: "role_facet",
  cues: {
    // "is X a fit for her?", "would she qualify?": someone else's fit, answered with the role's requirements.
    "fit for her": 3,
    "he apply": 3,
    qualify: 2.5,
    // A recruiter's "does she meet the bar??", "is he short on anything?": the role's requirements, for someone else.
    "meet the bar": 3.5,
    "meets the bar": 3.5,
    "short on anything": 3.5,
    "she apply": 3,
    // "Not for me, for my sister ... Could SHE go for multimodal AI research scientist?": her fit, by its requirements.
    "she go for": 3,
    "he go for": 3,
    "he become": 3,
    "she become": 3,
    // "is lead ml architect smth u can get straight out of college?": what it takes to start in it.
    "straight out of college": 3.5,
    "right out of college": 3.5,
    // "which major should i pick for ai, cs or math or stats??": the degrees the roles ask for.
    "which major": 3.5,
    publish: 2.5,
    publishing: 2.5,
    "hard requirement": 3,
    // "just the bachelor's. does that block me from the architect role?": whether the asker's facts meet its bar.
    "block me from": 3.5,
    "which of us": 3,
    "fit for him": 3,
    "she qualify": 3,
    "he qualify": 3,
    degree: 3,
    publication: 2.5,
    "research experience": 2.5,
    portfolio: 2,
    education: 3,
    educational: 3,
    certification: 3,
    cert: 3,
    certificate: 3,
    certified: 3,
    phd: 3,
    "ph d": 3,
    doctorate: 3,
    master: 2.5,
    msc: 2.5,
    bachelor: 3,
    qualification: 3,
    qualified: 2.5,
    requirement: 2.5,
    // "what should min quals + responsibilities be?": a job post's qualifications.
    quals: 3,
    required: 2,
    // "lead ML architect is PhD compulsory, no PhD no chance. true?": whether a degree is a must.
    compulsory: 2,
    mandatory: 2,
    require: 2,
    prerequisite: 3,
    "years of experience": 3,
    experience: 2,
    "how much experience": 4,
    // "how many yoe should i put in the JD?": "yoe" reads as "experience" (normalize.ts).
    "how many experience": 4,
    // "do they still expect 2 yrs of leadership?": years of it asked for, not the skill.
    "year of leadership": 4,
    "years of leadership": 4,
    // "combien d'années en leadership technique": years in it, in French word order.
    "years en leadership": 4,
    "years in leadership": 4,
    "leadership experience": 3,
    "how many year": 3,
    // "is 4+ yrs normal for that role?": a count of years asked about.
    // "what do they need?", "what do they want", "what do they look for": the role's requirements.
    "they need": 2,
    // "one of my team wants to go for X, he's only got a bachelor's. what does he need?": the same, of one person.
    "what does he need": 2.5,
    "what does she need": 2.5,
    // "how many yrs of experience? / and how much of that has to be leading people?": the share of the years asked.
    "how much of that": 3.5,
    "how much of it": 3.5,
    "leading people": 3,
    // "how long do they expect you to have been leading a team?": years of leading asked for, not a career path.
    "been leading": 4,
    "leading a team": 3.5,
    // "what does the guide say you need for lead ML architect?": the role's requirements, asked of anyone.
    "you need for": 3,
    // "about to post a JD for an entry level AI engineer, what should the requirements section say?": what it asks.
    "requirements section": 4,
    "requirement section": 4,
    // "what would she need?", "what would I need?" about a role already named: its requirements.
    // (Matched left to right, longest first: "would he need to become" keeps the stronger cue below it whole.)
    // "what's needed for lead ML architect?": what the role asks for.
    "what needed": 3,
    "whats needed": 3,
    "what is needed": 3,
    "would she need": 2,
    "would he need": 2,
    "would she need to become": 3.5,
    "would he need to become": 3.5,
    "would i need": 2,
    "would one need": 2,
    "they want": 2,
    "look for": 2.5,
    "year normal": 3,
    "years normal": 3,
    "year required": 3,
    "year enough": 3,
    study: 2,
    school: 2,
    university: 2,
    college: 2,
    major: 2,
    credential: 3,
    diploma: 3,
    graduate: 1.5,
    background: 1.5,
    "need to have": 2,
    // "what's the minimum total yrs": the experience asked for.
    "minimum total": 4,
    // "how many of those have to be in a tech leadership role": the guide's "2 years in a technical leadership role".
    "leadership role": 3.5,
    "be leadership": 4,
    "be in leadership": 4,
    "total yr": 3,
    "total year": 3,
    // "what would he need to become an entry level AI engineer?": what the role asks for, not the path to it.
    "need to become": 3.5,
    "needed to become": 3.5,
    "need a": 1,
    "do i need": 1.5,
  },
  examples: [
    "what degree does an entry level AI engineer need?",
    "can I be an NLP research scientist with just a master's?",
    "nlp sci yrs exp needed",
  ],
  answeredBy: "roleFacet",
});
