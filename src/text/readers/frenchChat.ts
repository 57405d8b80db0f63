import type { Rewrite } from "../regex";
import { distinctWords, languageReader, wholeWords } from "./shared";

/**
 * French as it is typed in chat, read in full French words: "chui en L3 info" (je suis), "jsp si c'est trop haut
 * mdr" (je sais pas; the laugh dropped), "c quoi les skills", "c jouable ou pas ?" (c'est), "ça paye combien"
 * (combien ça paie). The French words the later stages know then read as they do in any French message.
 */
const CHAT_ONLY =
  /(?<![\p{L}])(?:chui|jsuis|jsp|mdr|ptdr|stp|svp|slt|pk|pq|bcp|tkt|c(?= (?:quoi|jouable|réaliste|realiste|possible|faisable|combien|pour|un|une|le|la))|ça|ca(?= (?:paye|paie|va|vaut))|xp)(?![\p{L}])/iu;
/** French words a chat message holds beside them; two are needed ("pk", "pq", "c" and "xp" may be other chat). */
const FRENCH_WORDS =
  /(?<![\p{L}])(?:je|j'ai|chui|jsuis|tu|il|le|la|les|des|du|est|c'est|quoi|quel|quelle|quels|quelles|combien|pour|avec|mais|ou|et|pas|moi|mon|ma|mes|faut|peux|sais|ça|salut|slt|mdr|jsp|stp|trop|en|ans)(?![\p{L}])/giu;

function isFrenchChat(text: string): boolean {
  return CHAT_ONLY.test(text) && distinctWords(text, FRENCH_WORDS) >= 3;
}

const REWRITES: readonly Rewrite[] = [
  wholeWords("chui|jsuis|chuis", "je suis"),
  wholeWords("jsp", "je sais pas"),
  wholeWords("stp|svp", "s'il te plaît"),
  wholeWords("slt", "salut"),
  wholeWords("pk|pq", "pourquoi"),
  wholeWords("bcp", "beaucoup"),
  wholeWords("xp", "expérience"),
  // "c quoi", "c jouable": c'est.
  wholeWords("c(?= )", "c'est"),
  // "ça paye combien ?": how much it pays, in the order the French words are read.
  // ("multimodal AI research scientist ça paye combien": "combien paie" opens the question, as the later stages read.)
  [/(?<=^|[,;:.!?])(\s*)([^,;:.!?\s][^,;:.!?]*?) (?:ça|ca) (?:paye|paie) combien(?![\p{L}])/giu, "$1combien paie $2"],
  [/(?<![\p{L}])(?:ça|ca) (?:paye|paie) combien(?![\p{L}])/giu, "combien ça paie"],
  // "ça fait combien en CAD ?": how much it pays.
  [/(?<![\p{L}])(?:ça|ca) fait combien(?![\p{L}])/giu, "combien ça paie"],
  // The laugh and the shrug carry no meaning: "mdr", "ptdr", "tkt", "wsh".
  wholeWords("mdr|ptdr|tkt|wsh|wesh", ""),
];

/** The message in full French words when it is typed in chat French; any other message as it is. */
export const frenchChatInFullWords = languageReader(isFrenchChat, REWRITES);
