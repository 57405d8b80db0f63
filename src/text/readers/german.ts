import { distinctWords, languageReader, phrase } from "./shared";

/**
 * German, Swiss and Austrian German, read in English words where the understanding stages need them: questions and
 * their joins ("was verdient man als Lead ML Architect, brauch ich dafür nen Master oder reicht Bachelor, und welche
 * Tools ..." is "what is the salary of a Lead ML Architect, do i need a master's or is a bachelor's enough, and which
 * tools ..."). Statements about oneself stay German: the profile reads them (statementsInEnglish.ts, englishGloss.ts).
 * Umlauts may be typed as ae, oe, ue.
 */

/** Words of German; three of them make a message German. */
const GERMAN_WORDS =
  /(?<![\p{L}])(?:ich|und|oder|nicht|kein|keine|mein|meine|was|wie|welche|welcher|welches|brauch|brauche|braucht|ist|isch|bin|hab|habe|für|fuer|mit|der|die|das|den|dem|ein|eine|nen|man|muss|kann|zu|auch|noch|schon|gibt|wer|aber|bitte|danke|jahre|jahren|verdient|verdienen|sich|dir|mir|mich|zahlt|fragen|kurz|lohnt|überhaupt|ueberhaupt|davon|eher|lieber|nach|vom|zwischen|du|kennst|rolle|rollen|gehts|wieviel|viel)(?![\p{L}])/giu;

function isGerman(text: string): boolean {
  return distinctWords(text, GERMAN_WORDS) >= 3;
}

const WORDS = [
  // Questions of pay: "was verdient man als X", "was verdient ein X", "wer verdient mehr", "was zahlt besser".
  phrase(
    "was verdient man als|was verdient man so als|was verdient ein|was verdient eine|was verdient en|was verdienen",
    " what is the salary of a ",
  ),
  // Swiss "wieviel verdient me als Lead ML Architect" (how much does one earn as ...).
  phrase("wie ?viel verdient (?:man|me|ma|mer)(?: so)? als", " what is the salary of a "),
  phrase("wer verdient mehr|was zahlt besser|wer zahlt besser|welche zahlt besser|was zahlt mehr", " which pays more "),
  // "Welche der Rollen passt am besten zu mir?" (which of the roles fits me best?).
  phrase(
    "welche (?:der |von den )?rollen? passt (?:am besten |denn )?zu mir|welche rolle passt zu mir",
    " which role fits me best ",
  ),
  phrase("zahlt am wenigsten|verdient am wenigsten", " pays the least "),
  phrase("zahlt am meisten|verdient am meisten", " pays the most "),
  // "welche rolle hat das höchste gehalt? und welche das niedrigste?" (the highest pay, and which the lowest?).
  phrase("das h(?:ö|oe)chste gehalt|am h(?:ö|oe)chsten bezahlt", " the highest salary "),
  phrase("das niedrigste(?: gehalt)?|am niedrigsten bezahlt|am schlechtesten bezahlt", " the lowest salary "),
  // "die Rollen nach Gehalt sortieren, höchstes zuerst" (sort the roles by salary, highest first).
  phrase("nach (?:gehalt|verdienst|bezahlung) (?:sortieren|ordnen|ranken)", " sort by salary "),
  phrase("h(?:ö|oe)chste[snr]? zuerst|absteigend", " highest first "),
  phrase("niedrigste[snr]? zuerst|aufsteigend", " lowest first "),
  // Degrees weighed: "brauch ich dafür nen Master oder reicht Bachelor".
  phrase("was brauch(?:e)? ich(?: mindestens)?|was braucht man(?: mindestens)?", " what do i need "),
  // (Swiss "bruucht mer würkli en PhD": does one really need a PhD.)
  phrase(
    "brauch ich|brauche ich|brauch i|bruuch ich|brauchen die|braucht man|bruucht mer(?: würkli| wirklich)?(?: en| e)?",
    " do i need ",
  ),
  phrase("mit welchen datentypen arbeiten(?: diese modelle| die)?", " which data types do they work with "),
  // "welche Rollen deckt der Bot eigentlich ab?" (which roles does the bot cover?).
  phrase("welche rollen deckt (?:der bot|du|ihr)(?: eigentlich)? ab", " which roles do you cover "),
  phrase("eigentlich", " "),
  phrase("dafür|dafuer|dafür wirklich|wirklich", " "),
  phrase("oder reicht (?:ein |nen |der )?(bachelor|master|fh)", " or is a $1 enough "),
  phrase("nen", " a "),
  phrase("lohnt sich (?:ne |eine )?promotion", " is a phd worth it "),
  // "Lohnt es sich mit 45 noch zu promovieren?" (is a doctorate still worth it at 45?): asked, not under way.
  phrase("lohnt es sich mit (\\d+) noch zu promovieren", " is a phd still worth it at $1 "),
  phrase("lohnt es sich(?: noch)? zu promovieren", " is a phd worth it "),
  // ("nach der Promotion": later, not a doctorate held.)
  phrase("nach der promotion", " afterwards "),
  // "brauch ich eine Promotion?": the German doctorate (in English a promotion is a step up the ladder).
  // ("im 3. Jahr meiner Promotion": a doctorate under way, not held.)
  phrase("im (\\d)\\. jahr (?:meiner|der) promotion", " i'm a phd student, year $1, "),
  phrase("(?:eine|ne|die|der|mit|ohne) promotion", " a phd "),
  phrase("ausbildung oder studium", " do i need a degree "),
  // "und wie komm ich da hin?": the way to the role just talked about.
  phrase("wie komm(?:e)? ich (?:da ?hin|dort ?hin)", " how do i get there "),
  // "Wie sieht der typische Karriereweg zum Lead ML Architect aus und wie lange dauert das realistisch?"
  phrase(
    "wie sieht der (?:typische )?karriereweg (?:zum|zur|als) (.{1,40}?) aus",
    " what is the typical career path to $1 ",
  ),
  phrase("karriereweg", " career path "),
  phrase("wie lange dauert das(?: realistisch)?", " how long does it take "),
  // "Erfülle ich die Erfahrungsvoraussetzungen und welche Tools fehlen mir vermutlich?" (do I meet the experience
  // requirements, and which tools am I probably missing?).
  phrase("erf(?:ü|ue)lle ich die (?:erfahrungs)?voraussetzungen", " do i meet the experience requirements "),
  phrase("welche tools fehlen mir(?: vermutlich| noch| wohl)?", " which tools am i missing "),
  // Swiss "Was müsst ich für Senior AI Application Engineer no lerne?" (what would I still need to learn for ...).
  phrase(
    "was m(?:ü|ue)sst(?:e)? ich (?:f(?:ü|ue)r|fuer) (.{1,40}?) (?:no|noch) (?:lerne|lernen)",
    " what do i need to learn for $1 ",
  ),
  phrase("und ist remote m(?:ö|oe)glich|ist remote m(?:ö|oe)glich", " and is remote possible "),
  // "Was schreib ich als Quereinsteigerin für Entry Level AI Engineer da rein?" (what do I put there as ...?).
  phrase("was schreib(?:e)? ich (.{0,60}?) da rein", " what do i put there, $1 "),
  // Questions and joins.
  phrase("cloud-plattformen|cloudplattformen", " cloud platforms "),
  phrase("welche tools muss man (?:können|koennen|kennen)|welche tools braucht man", " which tools are needed "),
  // ("und welche davon zahlt am wenigsten?": "of them" read before "und welche" takes the "welche".)
  phrase("und welche davon", " and which of them "),
  phrase("und welche", " and which "),
  phrase("und was(?! fehlt| brauch)", " and what "),
  phrase("und wie", " and how "),
  phrase("und wer", " and which "),
  phrase("welche davon", " which of them "),
  phrase("welche rollen kennst du|was kannst du", " which roles do you know "),
  // "Was kann dieser Bot eigentlich alles?" (what can this bot do?).
  phrase("was kann (?:dieser|der|de|dä) bot(?: eigentlich)?(?: alles)?|was kann der hier", " what can you do "),
  // "Ändert das was?" (does that change anything?), "gilt das auch für München" (does that apply to Munich too).
  phrase(
    "ändert das (?:was|etwas)|aendert das (?:was|etwas)|ändert sich (?:dadurch )?(?:was|etwas)",
    " does that change anything ",
  ),
  phrase("gilt das auch (?:für|fuer)|gelten die (?:zahlen )?auch (?:für|fuer)", " does that also apply to "),
  // "kann mir wer schnell nen PyTorch Dataset ... schreiben?" (can someone write me ...): a request for code.
  phrase("kann mir (?:wer|jemand|einer)(?:\\s+(?:schnell|mal|kurz))*\\s+(?:nen|einen|ein|eine|a)", " write me a "),
  phrase(
    "welche rolle braucht die meiste (?:berufserfahrung|erfahrung)",
    " which role needs the most years of experience ",
  ),
  phrase("wer braucht mehr (?:jahre )?(?:berufserfahrung|erfahrung)", " which needs more years of experience "),
  phrase("was ist ein|was ist eine|was isch en", " what is a "),
  phrase("wie unterscheidet sich das vom|wie unterscheidet sich das von", " how is it different from the "),
  phrase(
    "was isch de unterschied zwüsche|was isch de unterschied zwuesche|was ist der unterschied zwischen",
    " what is the difference between ",
  ),
  phrase("weli verdient meh|wer verdient meh", " which pays more "),
  phrase("überhaupt|ueberhaupt", " "),
  phrase("wie gehts dir(?: so)?|wie geht es dir|wie gohts", " how are you "),
  phrase("gap zu|lücke zu|luecke zu", " gap to "),
  phrase(
    "isch (.{1,40}?) (?:für|fuer) mich realistisch|ist (.{1,40}?) (?:für|fuer) mich realistisch",
    " is $1$2 realistic for me ",
  ),
  phrase("kurz bitte|bitte kurz", " keep it short "),
  phrase("fuer|für", " for "),
  phrase("aufgaben", " duties "),
  phrase("gehaltszahlen|gehaltsangaben|gehälter|gehaelter", " salary figures "),
  phrase("gibt es im guide(?: auch)?", " does the guide have "),
  phrase("gehaltsgrenze", " salary threshold "),
  phrase("gehalt", " salary "),
  // ("ohne Abschluss", "kein Abschluss" stay: the profile reads them as no degree.)
  phrase("(?<!(?:ohne|kein|keinen|nen|einen) )abschluss", " degree "),
];

/** The message in English words when it is written in German; any other message as it is. */
export const germanInEnglish = languageReader(isGerman, WORDS);
