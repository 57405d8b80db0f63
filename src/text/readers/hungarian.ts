import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase, rule } from "./shared";

/**
 * Hungarian, read in English words where a phrase carries the question or the writer's years: "5 év QA, utána 2 év
 * automation engineer" is "5 years QA, then 2 years automation engineer"; "bocs, nem 2 hanem 3 év automation volt" (sorry,
 * it was 3 years of automation, not 2) puts the second span right.
 */
const HUNGARIAN_WORDS =
  /(?<![\p{L}])(?:év|utána|most|mit|kell|tanulni|bocs|nem|hanem|volt|és|mennyit|keresnek|köszi|ezek|itt|váltanék)(?![\p{L}])/giu;
const isHungarian = (message: string) => distinctWords(message, HUNGARIAN_WORDS) >= 3;

const STATEMENTS: readonly Rewrite[] = [
  rule("bocs,?\\s*nem (\\d{1,2}) hanem (\\d{1,2}) év ([\\p{L} -]+?) volt", " sorry, actually $2 as $3, not $1 "),
  rule("(\\d{1,2}) év(?![\\p{L}])", " $1 years "),
  phrase("utána", " then "),
];

const WORDS: readonly Rewrite[] = [
  phrase("mit kell tanulni", " what should i learn for "),
  phrase("és mennyit keresnek(?: ezek)?(?: itt)?|mennyit keresnek(?: ezek)?(?: itt)?", " and what is the salary "),
];

/** The message with its Hungarian statements and question phrases in English words; any other message as it is. */
export const hungarianInEnglish = languageReader(isHungarian, STATEMENTS, WORDS);
