import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase, rule } from "./shared";

/**
 * Haitian Creole, as learners in US community colleges write it: "Mwen se yon home health aide depi 5 an, mwen pa gen
 * diplòm kolèj. Konbyen kòb yon multimodal AI research scientist fè pa ane?" is read as "I am a home health aide for 5
 * years, I have no degree. How much money does a multimodal AI research scientist make per year?".
 */
const CREOLE_WORDS =
  /(?<![\p{L}])(?:mwen|yon|depi|gen|diplòm|kolèj|konbyen|kòb|bezwen|etidye|langaj|pwogramasyon|konnen|peye|bonjou|moun|sak|pase|epi|nan|ane|travay)(?![\p{L}])/giu;
const isCreole = (message: string) => distinctWords(message, CREOLE_WORDS) >= 3;

/** The writer's facts, read before the words. */
const STATEMENTS: readonly Rewrite[] = [
  phrase("mwen pa gen (?:okenn )?diplòm(?: kolèj| inivèsite)?", " i have no degree "),
  phrase("mwen ap etidye", " i am studying "),
  rule(String.raw`(?<![\p{L}])depi (\d{1,2}) an(?![\p{L}])`, " for $1 years "),
  phrase("mwen se yon|mwen se", " i am a "),
];

const WORDS: readonly Rewrite[] = [
  phrase("konbyen kòb|konbyen lajan", " how much money "),
  phrase("konbyen yo peye", " how much are they paid "),
  phrase("fè pa ane|touche pa ane", " make a year "),
  phrase("pa ane", " a year "),
  phrase("ki diplòm (?:li|yo) bezwen", " what degree do they need "),
  phrase("ki langaj pwogramasyon", " which programming languages "),
  phrase("bezwen konnen", " need to know "),
  phrase("epi", " and "),
];

/** The message with its Haitian Creole statements and question phrases in English words; any other message as it is. */
export const haitianCreoleInEnglish = languageReader(isCreole, STATEMENTS, WORDS);
