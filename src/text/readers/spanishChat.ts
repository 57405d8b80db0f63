import type { Rewrite } from "../regex";
import { distinctWords, languageReader, wholeWords } from "./shared";

/**
 * Latin American Spanish as it is typed in chat, read in full words: "q skills necesito? tmb piden phd? xq en mi
 * laburo nadie sabe" (que, también, porque, trabajo), "toy en 8vo semestre" (estoy), "pa senior AI application
 * engineer" (para), and the words that only carry tone ("che", "güey", "parce", "po", "neta") dropped. The Spanish
 * words the later stages know then read as they do in any Spanish message.
 */
const CHAT_ONLY =
  /(?<![\p{L}])(?:xq|pq|porq|tmb|tbm|porfa|laburo|chamba|güey|guey|wey|parce|parcero|neta|chido|bacán|bacan|weon|weón|boludo|toy|pa)(?![\p{L}])/iu;
/** Words of Spanish a chat message holds beside them; two are needed ("pa" and "toy" are English words too). */
const SPANISH_WORDS =
  /(?<![\p{L}])(?:que|qué|q|cuánto|cuanto|cuánta|cuál|cual|necesito|piden|hay|tengo|estoy|soy|sé|también|porque|pero|muy|trabajo|gana|ganan|rol|para|pa|mi|me|es|el|los|las|una|un|semestre|años|año|xq|tmb|laburo|chamba)(?![\p{L}])/giu;

function isSpanishChat(text: string): boolean {
  return CHAT_ONLY.test(text) && distinctWords(text, SPANISH_WORDS) >= 3;
}

const REWRITES: readonly Rewrite[] = [
  // "apenas voy a salir de la u": about to finish university, so studying now.
  [/\b(?:apenas |ya )?voy a salir de la (?:u|uni|universidad|facu|facultad)\b/gi, "estoy estudiando en la universidad"],
  wholeWords("q|k", "que"),
  wholeWords("xq|pq|porq", "porque"),
  wholeWords("tmb|tbm|tb", "también"),
  wholeWords("pa(?= )", "para"),
  wholeWords("toy", "estoy"),
  wholeWords("laburo|chamba|pega", "trabajo"),
  wholeWords("porfa", "por favor"),
  // Words that carry tone, not meaning: "che,", "güey", "parce", "neta", "realista po?".
  wholeWords("che|güey|guey|wey|parce|parcero|neta|weon|weón|boludo|bro", ""),
  [/\s+po(?=\s*[?!.,]|\s*$)/gi, ""],
];

/** The message in full Spanish words when it is typed in Latin American chat Spanish; any other message as it is. */
export const spanishChatInFullWords = languageReader(isSpanishChat, REWRITES);
