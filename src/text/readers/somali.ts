import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase, rule } from "./shared";

/**
 * Somali, as the diaspora types it in English-language channels: "Lead ML architect mushaharkiisu waa imisa?" is read
 * as "lead ML architect salary how much?", "PhD ma looga baahan yahay mise bachelor waa ku filan yahay?" as "is a PhD
 * required or is a bachelor enough?".
 */
const SOMALI_WORDS =
  /(?<![\p{L}])(?:waa|imisa|immisa|mushahar\w*|maxay|qabtaan|maalin|walba|looga|baahan|yahay|mise|filan|intee|buu|waxaan|doonayaa|kaliya|lacag\w*|walaalayaal|shaqeysaa|mareykanka|sano|muddo|ahay|arday|shahaado|khibrad|rabaa|noqdo|khasab|salaan)(?![\p{L}])/giu;
const isSomali = (message: string) => distinctWords(message, SOMALI_WORDS) >= 3;

/** The writer's facts, read before the words. */
const STATEMENTS: readonly Rewrite[] = [
  // "Waxaan ahay arday ESL ah" (I am an ESL student).
  phrase("waxaan ahay arday", " i am a student "),
  // "darawal gaari xamuul ah (truck driver) muddo 9 sano ah" (a truck driver for 9 years).
  phrase("waxaan ahay", " i am a "),
  rule(String.raw`(?<![\p{L}])muddo (\d{1,2}) sano(?: ah)?(?![\p{L}])`, " for $1 years "),
  rule(String.raw`(?<![\p{L}])(\d{1,2}) sano(?![\p{L}])`, " $1 years "),
];

const WORDS: readonly Rewrite[] = [
  // "Immisa sano oo khibrad ah ayay u baahan yihiin?" (how many years of experience do they need?).
  phrase("immisa sano oo khibrad ah|imisa sano oo khibrad ah", " how many years of experience "),
  // "shahaado noocee ah ayuu u baahan yahay?" (what kind of degree does it need?).
  phrase("shahaado noocee ah|shahaadada noocee ah", " what degree "),
  phrase("ma khasab baa|ma khasab ba", " is it required? "),
  phrase("waxaan rabaa inaan noqdo", " i want to become "),
  phrase("mushaharkiisu|mushaharkoodu|mushaharkuna|mushaharku|mushaharka|mushahar", " salary "),
  phrase("waa imisa|waa immisa|intee buu yahay|intee bay tahay", " how much? "),
  phrase("maxay qabtaan maalin walba|maxay qabtaan", " what do they do day to day "),
  phrase("ma looga baahan yahay|ma loo baahan yahay", " is it required "),
  phrase("waa ku filan yahay|ma ku filan yahay", " is enough "),
  phrase("mise", " or "),
  // "Lacagtaas Hargeisa ma ka shaqeysaa mise Mareykanka oo kaliya?" (does that money hold in Hargeisa, or only in
  // the US?): the place asked about, for the place stage.
  phrase("lacagtaas|lacagta", " that salary "),
  phrase("ma ka shaqeysaa", " does it apply in "),
  phrase("mareykanka oo kaliya", " only in the US "),
  phrase("mareykanka", " the US "),
];

/** The message with its Somali question phrases in English words; any other message as it is. */
export const somaliInEnglish = languageReader(isSomali, STATEMENTS, WORDS);
