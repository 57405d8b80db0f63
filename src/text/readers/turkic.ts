import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase, rule } from "./shared";

/**
 * Azerbaijani and Uzbek in Latin letters, read in English words where a phrase carries the question or the writer's
 * facts: "6 il data engineer kimi işləmişəm" is "i worked as data engineer for 6 years"; Uzbek "magistraturada
 * o'qiyapman" is "i am studying for a master's", "PhD shartmi? Maoshi qancha?" "is a PhD required? what is the salary?".
 */
const TURKIC_WORDS =
  /(?<![\p{L}])(?:il|kimi|işləmişəm|olmuşam|bilmirəm|üçün|nəyim|çatışmır|qazanır|hansı|öyrənməliyəm|dərəcəm|var|yil|bo'lib|ishladim|ishlaganman|o'qiyapman|shartmi|maoshi|qancha|kechirasiz|emas|yetadimi|uchun|diplomim|bor|bakalavr|magistr|mən|yoxdur|təcrübəm|salom|assalomu)(?![\p{L}])/giu;
const isTurkic = (message: string) => distinctWords(message, TURKIC_WORDS) >= 3;

const STATEMENTS: readonly Rewrite[] = [
  // Azerbaijani.
  rule("(\\d{1,2}) il ([\\w -]{1,40}?) kimi işləmişəm", " i worked as $2 for $1 years "),
  rule("(\\d{1,2}) il ([\\w -]{1,40}?) olmuşam", " i worked as $2 for $1 years "),
  rule("bunun son (\\d{1,2}) ilində komanda rəhbəri olmuşam", " the last $1 years i led a team "),
  phrase("magistr dərəcəm var", " i have a master's "),
  phrase("bakalavr dərəcəm var", " i have a bachelor's "),
  rule("([\\w+#.-]+) bilmirəm", " never used $1 "),
  phrase("ML təcrübəm yoxdur", " no ML experience "),
  // Uzbek.
  rule("magistraturada o'qiyapman(?: \\(\\d-kurs\\))?", " i am studying for a master's "),
  rule(
    "(\\d{1,2}) yil ([\\w -]{1,30}?) (?:dasturchi )?bo'lib (?:ishlaganman|ishladim)",
    " i worked as $2 for $1 years ",
  ),
  phrase("bakalavr diplomim bor", " i have a bachelor's "),
  rule("kechirasiz,? (\\d{1,2}) emas (\\d{1,2}) yil", " sorry, it's $2 years, not $1 "),
];

const WORDS: readonly Rewrite[] = [
  phrase("olmaq üçün nəyim çatışmır", " what am i missing to become it "),
  phrase("nə qədər qazanır", " what is the salary "),
  phrase("hansı proqramlaşdırma dillərini öyrənməliyəm", " which programming languages should i learn "),
  phrase("bo'lish uchun PhD shartmi|PhD shartmi", " is a PhD required "),
  phrase("maoshi qancha(?: bo'ladi)?", " what is the salary "),
  phrase("uchun yetadimi", " is that enough for it "),
];

/** The message with its Azerbaijani or Uzbek statements and question phrases in English words; any other as it is. */
export const turkicInEnglish = languageReader(isTurkic, STATEMENTS, WORDS);
