import type { Rewrite } from "../regex";
import { languageReader, phrase, rule } from "./shared";

/**
 * Sinhala, with the roles and degrees left in English letters as people type them: the writer's years and the phrases
 * that carry the question are read in English words ("Multimodal AI research scientist කෙනෙකුට වැටුප කීයද?" is
 * "multimodal AI research scientist salary how much?"); the rest stays in Sinhala, which the later stages pass over.
 */
const SINHALA = /[\u0d80-\u0dff]/;

/** What a writer says of themselves: "මම ... අවුරුදු 8ක් තිස්සේ ... වැඩ කරනවා" (I have worked ... for 8 years). */
const STATEMENTS: readonly Rewrite[] = [
  rule("අවුරුදු (\\d{1,2})(?:ක්)? (?:තිස්සේ|පමණ)", " for $1 years "),
  phrase("මම", " i "),
];

const WORDS: readonly Rewrite[] = [
  // "ඉහළම 10% දෙනා කීයක් උපයනවද?" (what do the top 10% earn?).
  rule("ඉහළම (\\d{1,2})%(?: දෙනා)?", " the top $1% "),
  phrase("උපයනවද|උපයන්නේ", " earn "),
  // "bonus වගේ අමතර ගෙවීම් කීයද?" (how much are extra payments like bonuses?).
  phrase("අමතර ගෙවීම්", " additional compensation "),
  phrase("වැටුප|පඩිය|පඩි", " salary "),
  phrase("කීයද|කීයක්|කොච්චරද", " how much? "),
  phrase("අනිවාර්යද|අවශ්‍යද|ඕනෙද|ඕනද", " is it required? "),
  phrase("කුසලතා", " skills "),
  phrase("ඒ වගේම|සහ|හා", " and "),
];

/** The message with its Sinhala statements and question phrases in English words; any other message as it is. */
export const sinhalaInEnglish = languageReader((message) => SINHALA.test(message), STATEMENTS, WORDS);
