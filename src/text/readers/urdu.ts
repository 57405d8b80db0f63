import type { Rewrite } from "../regex";
import { languageReader, phrase } from "./shared";

/**
 * Urdu in its own script, where engineers write English terms in Urdu letters too ("ملٹی موڈل اے آئی ریسرچ سائنٹسٹ"):
 * the terms and the phrases that carry the question are read in English words ("... بننے کے لیے کون سی ڈگری چاہیے؟"
 * is "... to become which degree is needed?"); the rest stays in Urdu, which the later stages pass over.
 */
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
/** Letters Urdu writes and Persian and Arabic do not (ٹ ڈ ڑ ں ے ھ): those two have their own readers. */
const URDU_ONLY = /[\u0679\u0688\u0691\u06ba\u06d2\u06be]/;

/** The writer's facts, read before the words. */
const STATEMENTS: readonly Rewrite[] = [
  // "بی ایس کمپیوٹر سائنس کر رہا ہوں، تیسرا سال چل رہا ہے" (I'm doing a BS in computer science, in its third year).
  phrase("بی ایس(?: کمپیوٹر سائنس| سی ایس)? کر (?:رہا|رہی) ہوں", " i am studying for a bachelor's "),
  phrase("(?:ایم ایس|ایم فل|ماسٹرز)(?: کمپیوٹر سائنس| سی ایس)? کر (?:رہا|رہی) ہوں", " i am studying for a master's "),
];

const WORDS: readonly Rewrite[] = [
  // The question's words that hold a term ("کون سی ڈگری چاہیے", which degree is needed), before the terms.
  phrase("کتنے سال کا تجربہ چاہیے|کتنے سال کا تجربہ", " how many years of experience are needed "),
  phrase("روزانہ کیا کام کرتا ہے|روزانہ کیا کرتا ہے", " what do they do day to day "),
  phrase("مشین لرننگ", " machine learning "),
  phrase("کون سی ڈگری چاہیے|کونسی ڈگری چاہیے", " which degree is needed "),
  // English terms written in Urdu letters.
  phrase("ملٹی موڈل|ملٹی ماڈل", " multimodal "),
  phrase("اے آئی", " AI "),
  phrase("ایم ایل", " ML "),
  phrase("این ایل پی", " NLP "),
  phrase("ریسرچ سائنٹسٹ|ریسرچ سائنسدان", " research scientist "),
  phrase("انٹری لیول|اینٹری لیول", " entry level "),
  phrase("سینئر", " senior "),
  phrase("انجینئر|انجنیئر", " engineer "),
  phrase("لیڈ", " lead "),
  phrase("آرکیٹیکٹ", " architect "),
  phrase("پی ایچ ڈی", " PhD "),
  phrase("ماسٹرز|ماسٹر", " master's "),
  phrase("ڈگری", " degree "),
  phrase("تنخواہ|سیلری", " salary "),
  // The question's words.
  phrase("بننے کے لیے|بننے کے لئے", " to become "),
  phrase("کافی ہے", " enough "),
  phrase("کتنی|کتنا", " how much "),
  // "کیا ماسٹرز کافی ہے؟" (is a master's enough?): the particle that opens a yes-or-no question.
  phrase("کیا", " is "),
];

/** The message with its Urdu terms and question phrases in English words; any other message as it is. */
export const urduInEnglish = languageReader(
  (message) => ARABIC_SCRIPT.test(message) && URDU_ONLY.test(message),
  STATEMENTS,
  WORDS,
);
