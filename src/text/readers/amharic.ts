import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase, rule } from "./shared";

/**
 * Amharic, in Ge'ez script or typed in English letters: "entry level AI engineer ደሞዙ ስንት ነው?" and "lead ML
 * architect demoz sint new?" are read as "... salary how much?"; "ene software engineer negn, 4 amet serahu" as "i am
 * a software engineer, worked 4 years". The rest stays as written, which the later stages pass over.
 */
const GEEZ = /[\u1200-\u137f]/;
const AMHARIC_LATIN_WORDS =
  /(?<![\p{L}])(?:selam|demoz|sint|new|negn|amet|serahu|echilalehu|yasfeligal|lemehon|alebign|madreg|bicha|weyis|lay|yeseral|min|ena|ene)(?![\p{L}])/giu;
const isAmharic = (message: string) => GEEZ.test(message) || distinctWords(message, AMHARIC_LATIN_WORDS) >= 4;

/** The writer's facts: "ene software engineer negn" (I am a software engineer), "4 amet serahu" (I worked 4 years). */
const STATEMENTS: readonly Rewrite[] = [
  rule(String.raw`(?<![\p{L}])ene ([\w -]{2,40}?) negn(?![\p{L}])`, " i am a $1 "),
  rule(String.raw`(\d{1,2}) amet (?:serahu|sertalehu|serche)(?![\p{L}])`, " i worked for $1 years "),
  rule(String.raw`(\d{1,2}) ዓመት (?:ሰርቻለሁ|ሰራሁ)`, " i worked for $1 years "),
  phrase("echilalehu|እችላለሁ", " i know "),
  phrase("leadership experience yelegnim|የለኝም", " i have no leadership experience "),
];

const WORDS: readonly Rewrite[] = [
  // Ge'ez script.
  phrase("ደሞዙ ስንት ነው|ደሞዝ ስንት ነው|ደሞዙ|ደሞዝ", " salary how much "),
  phrase("የትኞቹን", " which "),
  phrase("መማር አለብኝ", " should i learn "),
  phrase("አዲስ አበባ", " Addis Ababa "),
  phrase("እና", " and "),
  // In English letters.
  phrase("demozu|demoz", " salary "),
  phrase("sint new", " how much? "),
  phrase("ye US bicha new weyis|US bicha new weyis|US bicha new", " is it US only or "),
  phrase("lay yeseral|yeseral", " does it apply "),
  phrase("lemehon min yasfeligal|min yasfeligal", " what is needed to become it "),
  phrase("min madreg alebign", " what should i do "),
  phrase("selam", " "),
];

/** The message with its Amharic phrases in English words; any other message as it is. */
export const amharicInEnglish = languageReader(isAmharic, STATEMENTS, WORDS);
