import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase, rule } from "./shared";

/**
 * Albanian, read in English words where a phrase carries the question or the writer's facts: "Sa paguhet një entry
 * level AI engineer?" is "what is the salary of an entry level AI engineer?"; "Kam bachelor në informatikë dhe 1 vit si
 * developer Java" is "i have a bachelor's in informatikë and 1 years as developer Java".
 */
const ALBANIAN_WORDS =
  /(?<![\p{L}])(?:sa|paguhet|një|dhe|më|duhet|apo|mjafton|kam|vit|vjet|në|mund|punoj|për|paguanin|përshëndetje|nga|si)(?![\p{L}])/giu;
const isAlbanian = (message: string) => distinctWords(message, ALBANIAN_WORDS) >= 4;

const STATEMENTS: readonly Rewrite[] = [
  rule("kam (bachelor|master|doktoratur\\p{L}*)(?: në ([\\p{L}]+))?", " i have a $1 in $2 "),
  rule("(\\d{1,2}) (?:vit|vjet) si", " $1 years as "),
  rule("nga tirana|në tiranë|nga tiranë", " in Tirana "),
  rule(
    "a mund të punoj remote nga (\\p{L}+) për një kompani amerikane si",
    " can i work remote from $1 for a US company as ",
  ),
];

const WORDS: readonly Rewrite[] = [
  phrase("sa do më paguanin", " what would the salary be "),
  phrase("sa paguhet(?: një)?", " what is the salary of "),
  // "Dhe a më duhet master apo mjafton bachelori?" (and do I need a master's or is the bachelor's enough?).
  rule(
    "dhe a më duhet (master|doktoratur\\p{L}*) apo mjafton (bachelor\\p{L}*)",
    " and do i need a $1 or is a bachelor's enough ",
  ),
  phrase("dhe", " and "),
];

/** The message with its Albanian statements and question phrases in English words; any other message as it is. */
export const albanianInEnglish = languageReader(isAlbanian, STATEMENTS, WORDS);
