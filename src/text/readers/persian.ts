import type { Rewrite } from "../regex";
import { languageReader, phrase } from "./shared";

/**
 * Persian (Farsi): the phrases that carry the question, read in English words ("برای lead ML architect شدن چی کم
 * دارم؟" is "for lead ML architect what am i missing?"); the writer's own facts are read by the profile
 * (statementsInEnglish.ts), and the rest stays in Persian, which the later stages pass over.
 */
const PERSIAN = /[\u0600-\u06ff]/;
/** Letters only Persian writes (پ چ ژ گ ک ی): Arabic has its own reader. */
const PERSIAN_ONLY = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/;

const WORDS: readonly Rewrite[] = [
  phrase("چی کم دارم|چه چیزی کم دارم", " what am i missing "),
  phrase("چه مدرکی لازمه|چه مدرکی لازم است|چه مدرکی نیاز دارد", " which degree is needed "),
  phrase("بازار کارش|بازار کار", " job market "),
  phrase("چطوره|چطور است", " how is it "),
  phrase("حقوق", " salary "),
  phrase("چقدره|چقدر است|چقدر", " how much "),
  phrase("برای", " for "),
];

/** The message with its Persian question phrases in English words; any other message as it is. */
export const persianInEnglish = languageReader((message) => PERSIAN.test(message) && PERSIAN_ONLY.test(message), WORDS);
