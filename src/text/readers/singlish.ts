import type { Rewrite } from "../regex";
import { languageReader } from "./shared";

/**
 * Singlish, read in English words: its particles ("lah", "ah", "meh", "sia", "one") carry tone, not meaning, and
 * "can or not?" asks whether something is possible: "remote can or not?" (is remote possible?), "what about lead ML
 * architect, can or not?" (could I do it?).
 */
const SINGLISH = /\b(?:lah|leh|lor|meh|sia|hor|walao|paiseh|shiok|can or not|got or not|or not\?)(?![\w'])/i;

const REWRITES: readonly Rewrite[] = [
  // "remote can or not?", "work from home can or not": whether it is possible.
  [/\b(remote|wfh|work from home|hybrid|part[- ]time) (?:can|got) or not\b/gi, "is $1 possible"],
  // "fresh grad can apply or not": whether one can.
  [/\bcan (apply|get in|make it|switch|transition|start) or not\b/gi, "can i $1"],
  // "what about lead ml architect, can or not?", "me only degree in business ... can or not?": could I do it.
  [/\bcan or not\b/gi, "do i qualify"],
  [/\b(suitable|ok|okay|good) for me or not\b/gi, "$1 for me"],
  [/\bgot or not\b/gi, "is there any"],
  [/\bor not(?=\s*\?)/gi, ""],
  [/\bgot meh\b/gi, "really"],
  // Particles at the end of a clause, and "one" closing a question ("actually do what day to day one?").
  [/\s+(?:lah|leh|lor|meh|sia|hor|ah|one)\b(?=\s*(?:[?.!,]|$))/gi, ""],
  [/\b(?:walao(?: eh)?|paiseh)\b[,!]?/gi, ""],
];

/** The message with Singlish read in English words; any other message as it is. */
export const singlishInEnglish = languageReader((message) => SINGLISH.test(message), REWRITES);
