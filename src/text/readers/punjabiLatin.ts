import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase, rule } from "./shared";

/**
 * Punjabi in Latin letters, as the diaspora types it ("Lead ML architect layi kehdi degree chahidi aa?" is read as
 * "which degree is required for Lead ML architect?", "te tankhah kinni hundi aa?" as "and how much is the salary?").
 * Hinglish shares some of its words (ki, ton, saal); the words below are Punjabi's own.
 */
const PUNJABI_WORDS =
  /(?<![\p{L}])(?:haan|hunda|hundi|hunde|chahida|chahidi|chahide|kinne|kinni|kinna|kehdi|kehda|kihdi|kihda|layi|karda|kardi|reha|sakda|sakde|puchh|dasso|tajurba|tankhah|tankha|banan|sareyan|bhaji|vaari|rehnda|rehndi|kiti|kitti|kamm|ch|nu|aa)(?![\p{L}])/giu;
const isPunjabi = (message: string) => distinctWords(message, PUNJABI_WORDS) >= 3;

/** The writer's facts, read before the words. */
const STATEMENTS: readonly Rewrite[] = [
  // "2 saal Java developer da tajurba aa" (2 years of experience as a Java developer).
  rule(
    String.raw`(?<![\p{L}\d])(\d{1,2}) saal (?:da |di )?((?:[\w+#.-]+ ){0,3}?)(?:da |di )?tajurba`,
    " $1 years of experience as $2 ",
  ),
  // "main ... part-time CS padh reha haan" (I study CS part-time).
  phrase("padh (?:reha|rahi) (?:haan|aa)", " i am studying "),
  phrase("job karda haan|job kardi haan|kamm karda haan|kamm kardi haan", " i work "),
];

const WORDS: readonly Rewrite[] = [
  // "eh bot ki ki kar sakda? isnu ki puchh sakde haan?" (what can this bot do? what can we ask it?).
  phrase(
    "(?:eh|ih) bot ki ki kar sakda(?: aa| hai)?|ki ki kar sakda(?: aa| hai)?|isnu ki puchh sakde(?: haan)?",
    " what can you do ",
  ),
  // "lead ML architect da roz da kamm ki hunda?" (what does a lead ML architect do every day?).
  phrase("da roz da kamm ki hunda(?: aa| hai)?|roz da kamm(?: ki hunda)?(?: aa| hai)?", " what do they do day to day "),
  // "Lead ML architect layi kehdi degree chahidi aa?" (which degree does a lead ML architect need?), "... banan layi
  // kinne saal da experience chahida hunda?" (how many years of experience does becoming ... take?).
  rule(
    "([^.?!]{3,60}?) (?:banan |bannan )?la[iy]i? (?:kehdi|kihdi|kehri|kihri) degree chahidi(?: aa| hai)?",
    " which degree is required for $1 ",
  ),
  rule(
    "([^.?!]{3,60}?) (?:banan |bannan )?la[iy]i? kinne saal da (?:experience|tajurba) chahida(?: hunda)?(?: aa| hai)?",
    " how many years of experience are required for $1 ",
  ),
  // "kehda AI role mere layi best rahuga?" (which AI role would be best for me?).
  rule(
    String.raw`(?<![\p{L}])(?:kehda|kihda|kehra|kihra) ((?:ai |ml )?role) mere la[iy]i (?:sabh ton )?(?:best|changa|vadhiya) (?:rahuga|rahugi|hovega|hovegi)`,
    " which $1 would be best for me ",
  ),
  phrase("tankhah|tankha|tanakhah", " salary "),
  phrase("kinni hundi(?: aa| hai)?|kinni", " how much "),
  phrase("layi|lai", " for "),
  // "main Calgary ch rehnda haan" (I live in Calgary): the place, for the place stage.
  rule(String.raw`(?<![\p{L}])([A-Z][\p{L}]+) ch rehnd[ai] (?:haan|aa)`, " i live in $1 "),
  phrase("te", " and "),
];

/** The message with its Punjabi question phrases in English words; any other message as it is. */
export const punjabiLatinInEnglish = languageReader(isPunjabi, STATEMENTS, WORDS);
