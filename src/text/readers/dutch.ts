import { distinctWords, languageReader, phrase } from "./shared";

/**
 * Dutch and Flemish, read in English words where the understanding stages need them: questions and their joins
 * ("hoe word ik van junior naar lead ML architect? hoeveel jaar duurt dat?" is "how do i become lead ML architect from
 * junior? how many years does it take?"). Statements about oneself stay Dutch: the profile reads them.
 */

/** Words of Dutch; three of them make a message Dutch. */
const DUTCH_WORDS =
  /(?<![\p{L}])(?:ik|je|jij|het|een|niet|geen|wat|hoe|welke|zijn|ben|heb|moet|kan|worden|bij|voor|naar|zonder|jaar|daarvoor|echt|ongeveer|toch|dat|raad|werkt|beter|hoeveel|duurt|volgende|week|stellen|vragen|ze|word|blijven|grootste|uitdagingen|productie|weken|opleiding|kun|jij|allemaal|eigenlijk|gewoon|welke|verdienen)(?![\p{L}])/giu;

function isDutch(text: string): boolean {
  return distinctWords(text, DUTCH_WORDS) >= 3;
}

const WORDS = [
  phrase("hoe word ik van (\\p{L}+) naar", " how do i grow from $1 to "),
  phrase("hoe word ik", " how do i become "),
  phrase("hoeveel jaar duurt dat(?: ongeveer)?", " how many years does it take "),
  // "Hoe ziet het carrièrepad eruit van junior naar senior?" (what does the career path look like from junior to
  // senior?), "hoeveel jaar zit er tussen de stappen?" (how many years between the steps?).
  phrase("hoe ziet het carri[èe]repad (?:er ?)?uit", " what does the career path look like "),
  phrase("hoeveel jaar zit er (?:ongeveer )?tussen de stappen", " how many years at each level "),
  phrase("van (junior|entry[- ]level|medior|senior) naar", " from $1 to "),
  // "het monitoren van modellen in productie" (monitoring models in production).
  phrase("het monitoren van modellen", " monitoring models "),
  phrase("moet ik daarvoor echt", " do i really need to "),
  phrase("of kan ik technisch blijven", " or can i stay technical "),
  phrase("wat zijn de grootste uitdagingen(?: als| voor)?", " what are the biggest challenges for "),
  phrase("welke best practices raad je aan voor", " which best practices for "),
  phrase("in productie", " in production "),
  phrase("sollicitatiegesprek(?:ken)?|sollicitatie", " job interview "),
  phrase("wat voor vragen stellen ze", " what interview questions do they ask "),
  phrase("(\\p{L}+) van (\\d+) weken", " $1 lasting $2 weeks "),
  phrase("of toch een (?:hbo|wo|universitaire) ?opleiding|of een (?:hbo|wo|universitaire) ?opleiding", " or a degree "),
  phrase("wat werkt beter om (.{1,40}?) te worden", " which is better to become $1 "),
  phrase("wat verdient (?:een|je als)|hoeveel verdient (?:een|je als)", " what is the salary for a "),
  phrase("wie verdient meer|wat betaalt beter", " which pays more "),
  phrase("wat mis ik(?: nog)?(?: voor)?", " what am i missing for "),
  phrase("moet je kennen|moet ik kennen", " do you need to know "),
  phrase("cloudplatforms|cloud-platforms|cloudplatformen", " cloud platforms "),
  phrase("welke rol past (?:het )?(?:best )?bij mij", " which role fits me "),
  phrase("welke opleiding heb je nodig|welke opleiding moet je hebben", " which degree do you need "),
  phrase(
    "wat kun (?:jij|je)(?: eigenlijk)?(?: allemaal)?|wat kan (?:jij|je)(?: eigenlijk)? allemaal",
    " what can you do ",
  ),
  phrase("kan je (?:ook )?(?:gewoon )?in het nederlands antwoorden", " can you answer in dutch "),
  phrase("en in welke sectoren|en welke sectoren|en in welke branches", " and which industries "),
  phrase("in welke sectoren|welke sectoren|in welke branches", " which industries "),
  phrase("welke heeft de betere vooruitzichten", " which has the better outlook "),
  phrase("welke is voor mij het meest haalbaar", " which is most realistic for me "),
  phrase("wat verdienen ze", " what do they earn "),
  phrase("hoeveel jaar ervaring willen ze(?: voor)?", " how many years of experience do they want for "),
  // "En hoeveel jaar ervaring moet je daarvoor hebben? Ik zit nu op 2 jaar als ML engineer" (and how many years do you
  // need for it? I'm at 2 years as an ML engineer now).
  phrase(
    "hoeveel jaar ervaring (?:moet je|heb je nodig|heb ik nodig|vragen ze)(?: daarvoor)?(?: hebben)?",
    " how many years of experience do you need for it ",
  ),
  phrase("ik zit nu op (\\d+) jaar als", " i have been $1 years as "),
  // "Welke skills heb ik nodig voor X, en tellen publicaties in medische tijdschriften mee?" (do ... count?).
  phrase("en tellen (.{1,60}?) mee", " and do $1 count "),
  phrase("gemiddeld", " on average "),
  phrase("ongeveer", " roughly "),
  phrase("en welke", " and which "),
  phrase("en wat", " and what "),
  phrase("en hoe", " and how "),
  phrase("en moet ik", " and do i need to "),
  phrase("zonder", " without "),
  // (Not the English "of" written above: "how many years of experience".)
  phrase("of(?! experience)", " or "),
];

/** The message in English words when it is written in Dutch; any other message as it is. */
export const dutchInEnglish = languageReader(isDutch, WORDS);
