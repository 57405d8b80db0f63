import type { Rewrite } from "../regex";
import { andBeforeQuestion, distinctWords, languageReader, rule } from "./shared";

/**
 * Croatian, Serbian and Bosnian in Latin letters, read in English words: "koliko zarađuje NLP research scientist?" is
 * read as "what is the salary of NLP research scientist?"; "a koji je bolji za mene?" as "and which is better for me?".
 */

/** Words of Croatian; three of them make a message Croatian. */
const CROATIAN_WORDS =
  /(?<![\p{L}])(?:koliko|zarađuje|zaradjuje|zarađuju|zaradio|zaradila|koji|koja|bolji|bolja|za|mene|mi|što|sto|šta|zapravo|radi|rade|imam|sam|godine|godina|kao|ovdje|ekipa|bok|treba|li|potreban|potrebna|iz|nešto|nesto|kako|se|zove|prva|pozicija|postdoc|doktorat|magisterij|napiši|napisi|hitno)(?![\p{L}])/giu;

function isCroatian(text: string): boolean {
  return distinctWords(text, CROATIAN_WORDS) >= 3 || PLACE_FOLLOW_UP.test(text) || PAY_ASKED.test(text);
}

/** Places as Croatian says "in" them, and their names. */
const PLACES: Record<string, string> = {
  hrvatskoj: "Croatia",
  srbiji: "Serbia",
  bosni: "Bosnia",
  zagrebu: "Zagreb",
  splitu: "Split",
  beogradu: "Belgrade",
  sarajevu: "Sarajevo",
  rijeci: "Rijeka",
};

/** "koliko zarađuje X?" (how much does X earn?): Croatian in two words. */
const PAY_ASKED = /(?<![\p{L}])koliko (?:zarađuje|zaradjuje|zarađuju|zaradjuju|je plaćen)(?![\p{L}])/iu;
/** "a u Beogradu?" (and in Belgrade?): a follow-up of two words and a place, Croatian however short. */
const PLACE_FOLLOW_UP = new RegExp(String.raw`^\W*(?:a|i) u (?:${Object.keys(PLACES).join("|")})\W*$`, "iu");

const WORDS: readonly Rewrite[] = [
  // "radim 4 godine kao backend dev" (I have worked 4 years as a backend dev), "pre toga godinu dana praksa" (an
  // internship of a year before that).
  rule(String.raw`(?<![\p{L}])radim (\d+) (?:godine|godina|godinu) kao(?![\p{L}])`, " i have worked $1 years as "),
  rule(String.raw`(?<![\p{L}])(?:pre|prije) toga godinu dana(?![\p{L}])`, " before that 1 year of "),
  rule(
    String.raw`(?<![\p{L}])koliko (?:godina|godine) (?:iskustva|radnog iskustva) (?:traže|traze|treba|je potrebno)(?![\p{L}])`,
    " how many years of experience are needed ",
  ),
  rule(String.raw`(?<![\p{L}])koliko je plaćen[aio]?(?![\p{L}])`, " what is the salary of "),
  // "koliko bi zaradio kao lead ML architect" (how much would I earn as ...), "koliko zarađuje X" (how much X earns).
  rule(
    String.raw`(?<![\p{L}])koliko bih? (?:zaradio|zaradila|zarađivao|zarađivala)(?: kao)?(?![\p{L}])`,
    " what is the salary of ",
  ),
  rule(
    String.raw`(?<![\p{L}])koliko (?:zarađuje|zaradjuje|zarađuju|zaradjuju|se plaća|je plaća)(?![\p{L}])`,
    " what is the salary of ",
  ),
  rule(String.raw`(?<![\p{L}])(?:a )?koliko(?= (?:multimodal|nlp|lead|senior|entry)\b)`, " and what is the salary of "),
  // "a koji je bolji za mene?" (and which is better for me?).
  rule(
    String.raw`(?<![\p{L}])(?:a )?(?:koji|koja) je (?:bolji|bolja) za mene(?![\p{L}])`,
    " and which is better for me ",
  ),
  rule(String.raw`(?<![\p{L}])(?:što|sto|šta) (?:zapravo )?(?:radi|rade) ([^?.!]+)`, " what does $1 do "),
  rule(String.raw`(?<![\p{L}])(?:treba li|je li potreban|je li potrebna)(?![\p{L}])`, " is needed "),
  rule(String.raw`(?<![\p{L}])imam (doktorat|magisterij|diplomu)(?![\p{L}])`, " i have a $1 "),
  // "završio sam diplomski studij (mag. ing.)": the graduate degree, a master's; "doktorat nemam": none.
  rule(
    String.raw`(?<![\p{L}])završio sam diplomski(?: studij)?(?![\p{L}])|(?<![\p{L}])mag\. ?ing\.`,
    " i have a master's ",
  ),
  rule(String.raw`(?<![\p{L}])(\d+) (?:godine|godina|godinu) sam(?![\p{L}])`, " i have been $1 years "),
  rule(String.raw`(?<![\p{L}])(?:radim kao)(?![\p{L}])`, " i work as "),
  // "u Zagrebu", "ovdje u Hrvatskoj": a place, in the form the place names are known by.
  ...Object.entries(PLACES).map(([said, name]) =>
    rule(String.raw`(?<![\p{L}])(?:ovdje )?u ${said}(?![\p{L}])`, ` in ${name} `),
  ),
  rule(String.raw`(?<![\p{L}])bok(?![\p{L}])`, " hi "),
  // "... i koliko godina ..." (and how many years): "i" before a question, which the rewrites above made English.
  andBeforeQuestion("i", ["koliko", "kako", "koji", "koja", "šta", "što"]),
  // "napiši mi python skriptu" (write me a python script): a request to make something, not a skill of the writer's.
  rule(String.raw`(?<![\p{L}])napi[šs]i mi(?![\p{L}])`, " write me "),
  rule(String.raw`(?<![\p{L}])skriptu(?![\p{L}])`, " script "),
];

/** The message in English words when it is written in Croatian, Serbian or Bosnian; any other message as it is. */
export const croatianInEnglish = languageReader(isCroatian, WORDS);
