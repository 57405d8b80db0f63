import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase } from "./shared";

/**
 * Somali, as the diaspora types it in English-language channels: "Lead ML architect mushaharkiisu waa imisa?" is read
 * as "lead ML architect salary how much?", "PhD ma looga baahan yahay mise bachelor waa ku filan yahay?" as "is a PhD
 * required or is a bachelor enough?".
 */
const SOMALI_WORDS =
  /(?<![\p{L}])(?:waa|imisa|mushahar\w*|maxay|qabtaan|maalin|walba|looga|baahan|yahay|mise|filan|intee|buu|waxaan|doonayaa|kaliya|lacag\w*|walaalayaal|shaqeysaa|mareykanka)(?![\p{L}])/giu;
const isSomali = (message: string) => distinctWords(message, SOMALI_WORDS) >= 3;

const WORDS: readonly Rewrite[] = [
  phrase("mushaharkiisu|mushaharkoodu|mushaharka|mushahar", " salary "),
  phrase("waa imisa|intee buu yahay|intee bay tahay", " how much? "),
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
export const somaliInEnglish = languageReader(isSomali, WORDS);
