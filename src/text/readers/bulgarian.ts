import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase, rule } from "./shared";

/**
 * Bulgarian, in Cyrillic and in the Latin letters of chat ("shlyokavitsa"): the writer's years and the phrases that
 * carry the question are read in English words ("kolko vzima lead ml architect? i kolko godini opit tryabva?" is "what
 * is the salary of lead ml architect? and how many years of experience are needed?"). Read before the Russian and
 * Ukrainian reader, which shares the Cyrillic.
 */
const LATIN_WORDS =
  /(?<![\p{L}])(?:kolko|vzima|vzimat|godini|opit|tryabva|trqbva|mozhesh|kakvo|kakvi|pravish|pitam|imam|stiga|oshte|neshto|magistratura|bratle|tuk|shefa|vsyshtnost|moga)(?![\p{L}])/giu;
const CYRILLIC_WORDS =
  /(?<![\p{L}])(?:какво|липсва|години|съм|нямам|висше|образование|стига|грешка|колко|взима|последните|работя)(?![\p{L}])/giu;
const isBulgarian = (message: string) =>
  distinctWords(message, LATIN_WORDS) >= 3 || distinctWords(message, CYRILLIC_WORDS) >= 2;

/** What a writer says of themselves: years at a job, the last of them leading, no degree, a count put right. */
const STATEMENTS: readonly Rewrite[] = [
  // "Грешка, 4 години са, и последната година съм тим лийд" (my mistake, it's 4 years, and the last year I've been
  // team lead).
  rule("грешка,?\\s*(\\d{1,2}) години са", " sorry, correction: it's $1 years "),
  phrase("последната година съм тим лийд|последната година съм тимлийд", " i have led a team for the last 1 year "),
  // "от 5 години съм QA ..., последните 2 от тях правя автоматизация" (QA for 5 years, the last 2 of them automating).
  rule("от (\\d{1,2}) години съм", " i have been for $1 years "),
  rule("работя като ([\\w -]{1,40}?) от (\\d{1,2}) години", " i have worked as $1 for $2 years "),
  rule("последните (\\d{1,2}) от тях", " the last $1 years of them "),
  phrase("нямам висше образование|нямам висше", " no degree "),
  // "imam 3 godini opit s NLP" (I have 3 years of experience with NLP).
  rule("imam (\\d{1,2}) godini opit s", " i have $1 years of experience in "),
];

const WORDS: readonly Rewrite[] = [
  phrase("kolko vzima|kolko vzimat|kolko pechelI|колко взима|колко печели", " what is the salary of "),
  phrase(
    "i kolko godini opit (?:tryabva|trqbva|iskat)|kolko godini opit (?:tryabva|trqbva|iskat)",
    " and how many years of experience are needed ",
  ),
  rule("pitam za (sofia|plovdiv|varna|burgas)", " in $1 "),
  phrase("kakvo mozhesh da pravish(?: vsyshtnost)?|za kakvi neshta moga da te pitam", " what can you do "),
  phrase("stiga li tova za", " is that enough for "),
  phrase("ili trqbva oshte neshto|ili tryabva oshte neshto", " or what else is needed "),
  phrase("i magistratura li trqbva|i magistratura li tryabva", " and is a master's required "),
  phrase("какво ми липсва за", " what am i missing for "),
  phrase("стига ли това за опита", " is that enough experience "),
];

/** The message with its Bulgarian statements and question phrases in English words; any other message as it is. */
export const bulgarianInEnglish = languageReader(isBulgarian, STATEMENTS, WORDS);
