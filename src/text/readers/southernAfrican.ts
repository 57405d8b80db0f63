import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase, rule } from "./shared";

/**
 * isiZulu, isiXhosa, Sesotho and Setswana, as typed in a Southern African channel with the roles in English: the
 * writer's facts and the phrases that carry the question are read in English words ("na ke hloka Master's?" is "do i
 * need a Master's?"; "umholo we-X ungakanani?" is "what is the salary of X?").
 */
const WORDS_OF_THESE =
  /(?<![\p{L}])(?:sawubona|sanibonani|molweni|dumelang|ngisebenza|iminyaka|ngine|kuphela|ngidinga|ngicela|ukubuza|umholo|ungakanani|futhi|ndicela|ifuna|isidanga|umvuzo|kwaye|ke|na|le|mme|hloka|moputso|bokae|moithuti|ngwaga|bobedi|tlhoka|dikgono|dilemo|sebeditse|mhoroi|ndiri|mudzidzi|wegore)(?![\p{L}])/giu;
const isSouthernAfrican = (message: string) => distinctWords(message, WORDS_OF_THESE) >= 3;

/** Years of study, in Setswana and chiShona. */
const YEAR: Record<string, string> = {
  ntlha: "first",
  bobedi: "second",
  boraro: "third",
  bone: "fourth",
  rekutanga: "first",
  rechipiri: "second",
  rechitatu: "third",
  rechina: "fourth",
};

const STATEMENTS: readonly Rewrite[] = [
  // isiZulu "iminyaka emi-2" (two years), "Angizange ngiye enyuvesi, ngine-matric kuphela" (never went to university,
  // matric only).
  rule("iminyaka emi-?(\\d{1,2})", " for $1 years "),
  phrase("angizange ngiye enyuvesi", " no degree "),
  // Sesotho "ke sebeditse dilemo tse 3" (I have worked 3 years), "Ke na le BSc" (I have a BSc).
  rule("ke sebeditse dilemo tse (\\d{1,2})", " i have worked $1 years "),
  rule("ke na le (BSc|BA|BCom|MSc|PhD|diploma)", " i have a $1 "),
  // Setswana "Ke moithuti wa ngwaga wa bobedi kwa University of Botswana (BSc Computer Science)" (I'm a second-year
  // student there, of a BSc), chiShona "Ndiri mudzidzi wegore rechipiri weBSc" (I'm a second-year BSc student).
  [
    /ke moithuti wa ngwaga wa (ntlha|bobedi|boraro|bone)(?: kwa ([^(.]+?))?\s*\((BSc|BA|BCom|BEng)[^)]*\)/giu,
    (_m: string, year: string, at: string | undefined, degree: string) =>
      ` i am in ${YEAR[year.toLowerCase()] ?? "my"} year of my ${degree}${at ? ` at ${at}` : ""} `,
  ],
  [
    /ndiri mudzidzi wegore (rekutanga|rechipiri|rechitatu|rechina) we-?(BSc|BA|BCom|BEng)/giu,
    (_m: string, year: string, degree: string) => ` i am in ${YEAR[year.toLowerCase()] ?? "my"} year of my ${degree} `,
  ],
  phrase("ke moithuti|ndiri mudzidzi", " i am a student "),
];

const WORDS: readonly Rewrite[] = [
  phrase("ngidinga iziqu ezinjani|ifuna isidanga esinjani", " what degree is needed "),
  phrase("na ke hloka|ngidinga", " do i need "),
  phrase("moputso ke bokae|umvuzo wayo ungakanani", " salary how much "),
  phrase("umholo we-?|umvuzo", " what is the salary of "),
  phrase("ungakanani(?: ngonyaka)?", " how much "),
  phrase("o tlhoka dikgono dife", " which skills are needed "),
  phrase("uyakhula", " is it growing "),
  phrase("ngicela ukubuza:?|ndicela ukubuza:?", " "),
  phrase("futhi|kwaye|mme", " and "),
];

/** The message with its statements and question phrases in English words; any other message as it is. */
export const southernAfricanInEnglish = languageReader(isSouthernAfrican, STATEMENTS, WORDS);
