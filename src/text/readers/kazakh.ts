import type { Rewrite } from "../regex";
import { languageReader, phrase, rule } from "./shared";

/**
 * Kazakh in Cyrillic, with the roles in English letters: the writer's facts and the phrases that carry the question
 * are read in English words ("NLP research scientist қанша жалақы алады?" is "NLP research scientist how much salary?").
 * Read before the Russian and Ukrainian reader, whose Cyrillic it shares; only Kazakh has letters such as "қ", "ә", "ұ".
 */
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
const KAZAKH_WORDS = /қанша|жалақы|керек|жыл|істеймін|білемін|үшін|қандай|білім|жетіспейді|және/;
const isKazakh = (message: string) => KAZAKH_LETTERS.test(message) && KAZAKH_WORDS.test(message.toLowerCase());

/** What a writer says of themselves: years at a job, what they know. */
const STATEMENTS: readonly Rewrite[] = [
  // "мен Алматыда data scientist болып 3 жыл жұмыс істеймін" (I've worked in Almaty as a data scientist for 3 years).
  rule(
    "([\\w -]{1,40}?) болып (\\d{1,2}) жыл (?:жұмыс істеймін|істедім|жұмыс істедім)",
    " i have worked as $1 for $2 years ",
  ),
  rule("(\\d{1,2}) жыл (?:жұмыс істеймін|істедім|жұмыс істедім|тәжірибем бар)", " i have worked for $1 years "),
  // "python мен sql білемін" (I know python and sql): "мен" between two words is "and", elsewhere "I".
  rule("(?<=[\\w+#-]) (?:мен|және) (?=[\\w+#-])", " and "),
  rule("([\\w+#-]+(?: and [\\w+#-]+)*) білемін", " i know $1 "),
  phrase("мен", " i "),
];

const WORDS: readonly Rewrite[] = [
  // "Lead ML architect болу үшін маған не жетіспейді?" (what am I missing to become a lead ML architect?).
  phrase("маған не жетіспейді|не жетіспейді", " what am i missing? "),
  phrase("болу үшін", " to become "),
  phrase("қанша жалақы алады|жалақысы қанша|жалақы қанша", " salary how much? "),
  phrase("жалақы|жалақысы", " salary "),
  phrase("қанша", " how much "),
  // "Және оған қандай білім керек?" (and what education does it need?).
  phrase("қандай білім керек|қандай білім", " what degree is needed "),
  phrase("қандай дағдылар", " what skills "),
  phrase("керек", " needed "),
  phrase("және", " and "),
];

/** The message with its Kazakh statements and question phrases in English words; any other message as it is. */
export const kazakhInEnglish = languageReader(isKazakh, STATEMENTS, WORDS);
