import type { Rewrite } from "../regex";
import { languageReader, phrase, rule } from "./shared";

/**
 * Punjabi in Gurmukhi, where engineers write English terms in Gurmukhi letters too ("ਐਂਟਰੀ-ਲੈਵਲ AI ਇੰਜੀਨੀਅਰ"): the
 * terms, the writer's facts and the phrases that carry the question are read in English words ("ਐਂਟਰੀ-ਲੈਵਲ AI ਇੰਜੀਨੀਅਰ
 * ਦੀ ਸਾਲਾਨਾ ਤਨਖਾਹ ਕਿੰਨੀ ਹੁੰਦੀ ਹੈ?" is "entry level AI engineer annual salary how much?"); the rest stays in Gurmukhi,
 * which the later stages pass over.
 */
const GURMUKHI = /[\u0a00-\u0a7f]/;

/** What a writer says of themselves: studies under way, years. */
const STATEMENTS: readonly Rewrite[] = [
  // "ਮੈਂ ਇਸ ਵੇਲੇ ਕੰਪਿਊਟਰ ਸਾਇੰਸ ਵਿੱਚ ਮਾਸਟਰਜ਼ ਕਰ ਰਿਹਾ ਹਾਂ" (I'm doing a master's in computer science right now).
  rule("(?:ਮਾਸਟਰਜ਼|ਮਾਸਟਰਸ|ਮਾਸਟਰ|MSc|MS) ਕਰ (?:ਰਿਹਾ|ਰਹੀ) (?:ਹਾਂ|ਹੈ)", " i'm doing a master's "),
  rule("(?:ਪੀਐਚਡੀ|PhD) ਕਰ (?:ਰਿਹਾ|ਰਹੀ) (?:ਹਾਂ|ਹੈ)", " i'm doing a PhD "),
  // "3 ਸਾਲ Python developer ਦਾ ਤਜਰਬਾ ਹੈ" (I have 3 years of experience as a Python developer).
  rule("(\\d{1,2}) ਸਾਲ ((?:[A-Za-z+#.-]+ ){0,3})ਦਾ ਤਜਰਬਾ(?: ਹੈ)?", " $1 years of experience as $2 "),
  // "ਮੇਰੇ ਕੋਲ ਪੰਜਾਬ ਤੋਂ MCA ਹੈ" (I have an MCA from Punjab).
  rule("ਮੇਰੇ ਕੋਲ ((?:\\S+ ){0,3}?)([A-Za-z.]+) ਹੈ", " i have $1 $2 "),
  rule("(\\d{1,2}) ਸਾਲ ਤੋਂ", " for $1 years "),
  phrase("ਪਹਿਲਾ ਸਾਲ", " first year "),
  phrase("ਦੂਜਾ ਸਾਲ", " second year "),
  phrase("ਤੀਜਾ ਸਾਲ|ਤੀਜੇ ਸਾਲ", " third year "),
];

const WORDS: readonly Rewrite[] = [
  // English terms written in Gurmukhi.
  phrase("ਐਂਟਰੀ-ਲੈਵਲ|ਐਂਟਰੀ ਲੈਵਲ", " entry level "),
  phrase("ਇੰਜੀਨੀਅਰ", " engineer "),
  phrase("ਲੀਡ", " lead "),
  phrase("ਐਮਐਲ|ਐੱਮਐੱਲ", " ML "),
  phrase("ਆਰਕੀਟੈਕਟ", " architect "),
  phrase("ਸੀਨੀਅਰ", " senior "),
  phrase("ਰਿਸਰਚ ਸਾਇੰਟਿਸਟ", " research scientist "),
  phrase("ਮਲਟੀਮੋਡਲ", " multimodal "),
  phrase("ਪੀਐਚਡੀ|ਪੀ\\.ਐਚ\\.ਡੀ", " PhD "),
  phrase("ਮਾਸਟਰਜ਼|ਮਾਸਟਰਸ|ਮਾਸਟਰ", " master's "),
  phrase("ਡਿਗਰੀ", " degree "),
  phrase("ਹੁਨਰ|ਸਕਿੱਲਜ਼|ਸਕਿੱਲ", " skills "),
  // Places, for the place stage.
  phrase("ਅਮਰੀਕਾ", " US "),
  phrase("ਕੈਨੇਡਾ", " Canada "),
  phrase("ਟੋਰਾਂਟੋ", " Toronto "),
  phrase("ਵੈਨਕੂਵਰ", " Vancouver "),
  // The question's words.
  phrase("ਸਾਲਾਨਾ ਤਨਖਾਹ|ਸਾਲਾਨਾ ਤਨਖ਼ਾਹ", " annual salary "),
  phrase("ਤਨਖਾਹ|ਤਨਖ਼ਾਹ|ਸੈਲਰੀ", " salary "),
  phrase("ਕਿੰਨੀ ਹੁੰਦੀ ਹੈ|ਕਿੰਨੀ|ਕਿੰਨਾ|ਕਿੰਨੇ", " how much "),
  phrase("ਕੀ ਕੰਮ ਕਰਦੇ ਹਨ|ਕੀ ਕਰਦੇ ਹਨ", " what do they do "),
  phrase("ਬਣਨਾ ਚਾਹੁੰਦੀ ਹੈ|ਬਣਨਾ ਚਾਹੁੰਦਾ ਹੈ", " wants to become "),
  // "X ਬਣਨ ਲਈ ਮੈਨੂੰ ਹੋਰ ਕੀ ਸਿੱਖਣਾ ਪਵੇਗਾ?" (what else do I have to learn to become X?).
  rule("(\\S(?:.{0,60}?\\S)?) ਬਣਨ ਲਈ ਮੈਨੂੰ ਹੋਰ ਕੀ ਸਿੱਖਣਾ ਪਵੇਗਾ", " what else do i need to learn to become $1 "),
  phrase("ਬਣਨ ਲਈ", " to become "),
  phrase("ਜ਼ਰੂਰੀ|ਜਰੂਰੀ|ਚਾਹੀਦੀ|ਚਾਹੀਦਾ", " required "),
  phrase("ਅਤੇ|ਤੇ", " and "),
];

/** The message with its Gurmukhi terms and question phrases in English words; any other message as it is. */
export const punjabiGurmukhiInEnglish = languageReader((message) => GURMUKHI.test(message), STATEMENTS, WORDS);
