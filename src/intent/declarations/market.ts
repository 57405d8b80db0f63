import { declareIntent } from "./declaration";

/** Demand and growth: for a role, or the AI job market as a whole. */
export const market = declareIntent({
  name: "market",
  kind: "role_facet",
  topics: "market",
  cues: {
    market: 2,
    // "is AI a good field to major in or is it a bubble?": whether the demand will last.
    bubble: 3.5,
    "how fast": 2.5,
    "expected to grow": 3,
    grow: 2.5,
    growing: 2.5,
    "grow fast": 3,
    demand: 3,
    "in demand": 3,
    outlook: 3,
    "how many": 1.5,
    "good job": 2.5,
    "good career": 2.5,
    "worth it": 2.5,
    // ("how is the job market for ML going to be next few years?": the market, over the years ahead.)
    "job market": 3.5,
    // "is it over for cs majors or are we so back": whether there are jobs at all.
    "is it over for": 3.5,
    // "and are there actually jobs out there": whether anyone hires.
    "jobs out there": 3.5,
    "any jobs": 3,
    // "is the AI market actually that big?": the market's size, not big data.
    "ai market": 3.5,
    // "does that 22% growth number apply outside the US?": the guide's growth figure.
    "growth number": 3.5,
    "growth figure": 3.5,
    "growth rate": 3.5,
    "growth stat": 3.5,
    "market size": 3.5,
    "job growth": 3,
    hiring: 2.5,
    hire: 2,
    opportunity: 2,
    prospect: 2.5,
    future: 1,
    // "welche von den Rollen hat die beste Zukunft?" (which of the roles has the best future?): its outlook.
    "best future": 3.5,
    employment: 3,
    projected: 2,
    projection: 2,
    bls: 3,
    growth: 2.5,
    industry: 1.5,
    // "which industries hire them?", "where are the jobs?": where the demand is, which the outlook names.
    "which industry": 3,
    "what industry": 3,
    "where are the jobs": 3,
    "where r the jobs": 3,
    sector: 2,
    employer: 2,
    "where can i work": 3,
    // "where do they even work (like what kind of places)?": the settings the guide names.
    "where do they work": 4,
    "kind of places": 3,
    "where do": 1.5,
    global: 1,
    "how big": 2.5,
    size: 2,
    cagr: 3,
    worth: 1.5,
    "job security": 3,
    saturated: 3,
    job: 0.5,
    company: 1,
    "work for": 1.5,
  },
  examples: ["is the ML job market growing?", "job outlook for NLP research scientists", "what is the AI market CAGR"],
  answeredBy: "roleFacet",
});
