import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase, rule } from "./shared";

/**
 * Persian in Latin letters ("Finglish"), as typed in chat: the writer's years and degrees and the phrases that carry the
 * question are read in English words ("man 4 sal backend kar kardam, bad 2 sal ML" is "i have 4 years backend worked,
 * then 2 years ML"; "lisans computer daram, arshad nadaram" is "i have a bachelor's computer, no master's").
 */
const FINGLISH_WORDS =
  /(?<![\p{L}])(?:salam|sal|sale|daram|nadaram|hastam|boodam|kardam|nakardam|mikham|chande|chand|mikhan|baraye|balad|nistam|bebakhshid|eshtebah|goftam|hala|aslan|mishe|baram|hoghoghe|hoghoogh|sabeghe|lisans|arshad|doktora|bacheha|kam|chi)(?![\p{L}])/giu;
const isFinglish = (message: string) => distinctWords(message, FINGLISH_WORDS) >= 3;

/** What a writer says of themselves: years, degrees held and not, what they do not know; a count put right. */
const STATEMENTS: readonly Rewrite[] = [
  // "bebakhshid eshtebah goftam: arshad na, doktora daram (PhD). va 3 sale data scientist hastam na 5" (sorry, I said
  // it wrong: not a master's, I have a PhD; and I have been a data scientist 3 years, not 5).
  phrase("bebakhshid,? eshtebah goftam|eshtebah goftam", " sorry, correction: "),
  rule("arshad na,? doktora daram", " not a master's, i have a PhD "),
  rule("(\\d{1,2}) sale? ([\\w -]{1,30}?) hastam na (\\d{1,2})(?![\\d])", " $1 years as $2, not $3 "),
  phrase("arshad nadaram", " no master's "),
  phrase("lisans nadaram|madrak nadaram", " no degree "),
  rule("lisans ([\\w -]{1,20}?)daram", " i have a bachelor's in $1 "),
  phrase("arshad daram", " i have a master's "),
  phrase("doktora daram", " i have a PhD "),
  // "aslan ML kar nakardam va docker ham balad nistam" (I've never done ML, and I don't know docker either).
  phrase("(?:aslan )?ML kar nakardam", " no ML work "),
  // ("kubernetes ro aslan balad nistam": I don't know kubernetes at all.)
  rule("([\\w+#.-]+)(?: ro| ra)?(?: aslan| ham| asan)* balad nistam", " never used $1 "),
  // "3 sal android developer boodam (kotlin), bad az oon 1 sal flutter" (3 years android developer, then 1 year flutter).
  phrase("bad az oon|bad az an", " then "),
  rule("bad (?=\\d)", " then "),
  rule("(\\d{1,2}) sale? ", " $1 years "),
  phrase("kar kardam|kar mikonam|boodam|hastam", " "),
  rule("^(?:salam[^.!?]*?[.!?🙏]*\\s*)?man ", " i "),
];

const WORDS: readonly Rewrite[] = [
  phrase("hoghoghe paye chande|hoghoghe paye cheghadre", " what is the base salary? "),
  phrase("hoghoghesh chande|hoghoogh chande|chand migiran", " what is the salary? "),
  phrase("chand sal sabeghe mikhan|chand sal sabeghe lazeme", " how many years of experience are needed? "),
  phrase("chi kam daram", " what am i missing "),
  phrase("mikham beram samte", " i want to move toward "),
  phrase("remote mishe kar kard", " can one work remote "),
  phrase("hala chi", " so what now? "),
  phrase("baraye", " for "),
];

/** The message with its Finglish statements and question phrases in English words; any other message as it is. */
export const finglishInEnglish = languageReader(isFinglish, STATEMENTS, WORDS);
