import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase, rule } from "./shared";

/**
 * Kinyarwanda mixed with French and English, as Rwandan students write it: "Ndi umunyeshuri muri UR, year 3" is read
 * as "i am a student at UR, year 3", "ndi call center agent i Kigali, maze imyaka 2" as "i am a call center agent in
 * Kigali, for 2 years".
 */
const KINYARWANDA_WORDS =
  /(?<![\p{L}])(?:muraho|bavandimwe|ndi|umunyeshuri|muri|maze|imyaka|ndashaka|kuba|bisaba|iki|amafaranga|ese|ni|angahe)(?![\p{L}])/giu;
const isKinyarwanda = (message: string) => distinctWords(message, KINYARWANDA_WORDS) >= 3;

const STATEMENTS: readonly Rewrite[] = [
  phrase("ndi umunyeshuri", " i am a student "),
  rule(String.raw`(?<![\p{L}])maze imyaka (\d{1,2})(?![\p{L}])`, " for $1 years "),
  rule(String.raw`(?<![\p{L}])ndi (?=[a-z])`, " i am a "),
  phrase("ndashaka kuba", " i want to become "),
];

const WORDS: readonly Rewrite[] = [
  phrase("muraho bavandimwe|muraho", " "),
  phrase("bisaba iki", " what does it require? "),
  phrase("amafaranga angahe|angahe", " how much "),
];

/** The message with its Kinyarwanda phrases in English words; any other message as it is. */
export const kinyarwandaInEnglish = languageReader(isKinyarwanda, STATEMENTS, WORDS);
