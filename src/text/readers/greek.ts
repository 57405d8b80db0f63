import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase, rule } from "./shared";

/**
 * Greek, in Greek letters and in the Latin letters of chat ("Greeklish"): the phrases that carry the question and the
 * writer's degree are read in English words ("posa pairnei enas nlp research scientist? kai ti ptyxio xreiazetai?" is
 * "what is the salary of a nlp research scientist? and what degree is needed?").
 */
const GREEK = /[\u0370-\u03ff]/;
const GREEKLISH_WORDS =
  /(?<![\p{L}])(?:posa|pairnei|ptyxio|ptychio|xreiazetai|exw|kanw|kai|ti|paidia|thteia|skeftomai|enas|mia|pou|zitane)(?![\p{L}])/giu;
const isGreek = (message: string) => GREEK.test(message) || distinctWords(message, GREEKLISH_WORDS) >= 3;

const STATEMENTS: readonly Rewrite[] = [
  // "den exw ptyxio panepistimiou, mono IEK" (no university degree, only a vocational institute): none held.
  rule("den (?:exw|exo|echo) (?:ptyxio|ptychio)(?: panepistimiou)?", " i have no degree "),
  // "ti ptyxio zitane" (what degree do they ask for?): a degree asked about, not held.
  phrase("ti ptyxio zitane|poio ptyxio zitane", " what degree do they ask for "),
  // "exw ptyxio pliroforikis apo to AUTH" (I have a degree in informatics from AUTH).
  rule("exw (?:ptyxio|ptychio)(?= )", " i have a bachelor's "),
  phrase("kanw thteia", " doing military service "),
  phrase("μόλις τελείωσα τη σχολή|μολις τελειωσα τη σχολη", " i just graduated "),
];

const WORDS: readonly Rewrite[] = [
  phrase("posa pairnei enas|posa pairnei", " what is the salary of a "),
  phrase("kai ti ptyxio xreiazetai|ti ptyxio xreiazetai", " and what degree is needed "),
  phrase("πόσα παίρνει ένας|πόσα παίρνει|ποσα παιρνει", " what is the salary of a "),
  // "Τι μισθό να περιμένω ως X; Και μετράνε οι δημοσιεύσεις;" (what salary should I expect as X? and do publications
  // count?).
  phrase("τι μισθό να περιμένω ως|τι μισθο να περιμενω ως", " what salary should i expect as "),
  phrase("μετράνε οι δημοσιεύσεις|μετρανε οι δημοσιευσεις", " do publications matter "),
  rule("σε εταιρεία outsourcing", " at an outsourcing company "),
  phrase("στην αθήνα|στην αθηνα", " in Athens "),
  phrase("ποιες είναι οι μεγαλύτερες προκλήσεις για(?: έναν| μια)?", " what are the biggest challenges for a "),
  phrase("και τι εργαλεία χρησιμοποιούν για|τι εργαλεία χρησιμοποιούν για", " and which tools do they use for "),
];

/** The message with its Greek statements and question phrases in English words; any other message as it is. */
export const greekInEnglish = languageReader(isGreek, STATEMENTS, WORDS);
