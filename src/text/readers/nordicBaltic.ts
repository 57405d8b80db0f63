import type { Rewrite } from "../regex";
import { andBeforeQuestion, distinctWords, languageReader, phrase, rule } from "./shared";

/**
 * Swedish, Norwegian, Danish, Finnish, Estonian, Latvian and Icelandic, as written in one Nordic and Baltic channel:
 * the phrases that carry a question are read in English words ("Vad saknar jag för lead ML architect?" is "what am i
 * missing for lead ML architect?"; "Paljonko entry level AI engineer tienaa?" is "salary entry level AI engineer").
 * The writer's years ("9 år", "5 vuotta") the profile reads as written.
 */

/** Words of these languages that English and the other readers' languages do not use; two make a message one. */
const NORDIC_WORDS =
  /(?<![\p{L}])(?:udfordringer|utfordringer|utmaningar|typisk|vad|vilken|vilka|hur|och|jag|är|kräver|krävs|lön|lönen|hva|hvilken|hvilke|hvad|jeg|lønnen|trenger|kræver|mitä|paljonko|onko|mikä|riittääkö|pitääkö|vaaditaanko|kauanko|tienaa|mis|palk|vajab|cik|pelna|hvað|laun|þarf|egentligen|verkligen|riktigt|oikeesti|aastat|vuotta|år|kiek|uždirba|uzdirba|moka|reikia|turiu|trūksta|truksta|iki|kāda|kada|vajadzīga|vajadziga|vajag|pietiek|amatam|jāzina|jazina|kas|kam|man|ir|esmu|palka|saab|kokių|įgūdžių|metų|patirties|kādus|rīkus|olen|kuidas|teekond|erfaring|års|kandi|förlåt|persikelti|mokesčiai|kysyä|opetella)(?![\p{L}])/giu;

function isNordicOrBaltic(text: string): boolean {
  return distinctWords(text, NORDIC_WORDS) >= 2;
}

const WORDS: readonly Rewrite[] = [
  phrase("egentlig|egentligen|oikeasti", " "),
  phrase("ingen uddannelse|ingen utdannelse|ingen utbildning|ingen examen", " no degree "),
  phrase("droppet ut av masteren|droppade ut från mastern|droppede ud af kandidaten", " dropped out of the master's "),
  rule(String.raw`(?<![\p{L}])mitä ([^?.!]{1,60}?) tienaa(?![\p{L}])`, " salary of $1 "),
  phrase("hvem tjener mest|vem tjänar mest|kuka tienaa eniten", " which pays the most "),
  phrase("trenger man|behöver man|skal man have", " does one need "),
  phrase("ingen doktorsexamen|ingen doktorgrad|ingen doktorsgrad|ingen phd", " no PhD "),
  phrase("doktorgrad|doktorsgrad|tohtorintutkinto", " PhD "),
  // What is missing, what fits.
  phrase(
    "vad saknar jag för|vad saknar jag|hva mangler jeg for|hvad mangler jeg for|mitä minulta puuttuu",
    " what am i missing for ",
  ),
  phrase(
    "vilken passar mig bäst|hvilken passer meg best|hvilken passer mig bedst|mikä näistä rooleista sopisi mulle|mikä rooli sopisi mulle",
    " which role fits me best ",
  ),
  phrase("riittääkö tää|riittääkö tämä", " am i ready for "),
  // Pay.
  phrase("vad tjänar|vad tjänar en|hva tjener|hvad tjener|paljonko|cik pelna|hvað fær", " salary of "),
  phrase("i laun", " salary "),
  phrase("lönen|lön|lønnen|løn|lønn|palk|palga|startlønnen|startlönen", " salary "),
  phrase("tienaa|tienaavat|maksetaan", " "),
  phrase("vilken betalar sämst|hvilken betaler dårligst|mikä maksaa vähiten", " which pays the least "),
  phrase("vilken betalar mest|hvilken betaler mest|mikä maksaa eniten", " which pays the most "),
  // What the role is and does.
  phrase("mitä skillejä siihen tarvii|mis oskusi vajab|vilka kunskaper krävs", " which skills are needed "),
  // ("vad gör en senior AI application engineer egentligen?": its duties; the role's name comes before "do".)
  phrase("vad gör en|hva gjør en|hvad laver en", " what are the duties of a "),
  // Finnish "Mitä pitää opetella X -rooliin?" (what should I learn for the X role?), "mitä tältä botilta voi kysyä?"
  // (what can one ask this bot?), "Kandi" (a bachelor's).
  phrase("mitä pitää opetella|mitä minun pitää opetella", " what should i learn for "),
  phrase("mitä (?:tältä botilta|sinulta|täältä) voi (?:oikeastaan |oikeesti )?kysyä", " what can you do "),
  phrase("kandi|kandidaatti|kandidatexamen|kandidatexamen", " bachelor's "),
  // Danish "cand.pharm.", "cand.scient.", "cand.polyt." (a master's degree).
  rule(String.raw`(?<![\p{L}])cand\.\s?[a-zæøå]+\.?`, " a master's "),
  phrase("mitä", " what does "),
  phrase("oikeesti tekee|oikeasti tekee|på riktigt", " do day to day "),
  phrase(
    "hva er forskjellen på|hvad er forskellen på|vad är skillnaden mellan|vad skiljer",
    " what is the difference between ",
  ),
  phrase("hvilke værktøjer forventes|vilka verktyg|hvilke verktøy", " which tools does "),
  phrase("at kunne", " need "),
  phrase(
    "hvad er de typiske udfordringer|vilka är de vanligaste utmaningarna|hva er de typiske utfordringene",
    " what are the common challenges ",
  ),
  // "Hvilke udfordringer har en lead ML architect typisk?" (which challenges does a lead ML architect typically face?).
  phrase("hvilke udfordringer har|hvilke utfordringer har|vilka utmaningar har", " what challenges does "),
  phrase("vilka roller har du koll på|hvilke roller kender du|mitkä roolit tunnet", " which roles do you know "),
  phrase(
    "vilken av rollerna kräver|hvilken af rollerne kræver|hvilken av rollene krever",
    " which of the roles requires ",
  ),
  phrase("vilken är mest senior|hvilken er mest senior", " which is most senior "),
  phrase("vad kan du ens svara på|vad kan du svara på|hva kan du svare på|mitä osaat", " what can you do "),
  // Degrees, years, publications.
  phrase("hvad kræver det at blive|vad krävs för att bli|hva kreves for å bli", " what does it take to become "),
  phrase("uddannelse|utdannelse|utbildning", " degree "),
  phrase("mis kraadi on vaja|vilken examen krävs", " which degree is needed "),
  phrase("programmeringssprog|programmeringsspråk|programmeerimiskeeli", " programming languages "),
  phrase("krävs det verkligen en|kräver det en|vai vajag", " is it required to have a "),
  phrase("doktora grādu|doktorsexamen", " PhD "),
  phrase("vaaditaanko julkaisuja|krävs publikationer", " are publications required "),
  phrase("pitääkö osata", " do i need to know "),
  phrase(
    "kauanko kestää (?:yleensä )?päästä senior-tasolle|hur lång tid tar det att bli senior",
    " how many years to become senior ",
  ),
  phrase(
    "hur förhandlar man lön|hvordan forhandler man lønn|hvordan forhandler man løn",
    " how do i negotiate my salary ",
  ),
  phrase("trenger man arbeidstillatelse|behöver man arbetstillstånd", " do i need a work permit "),
  phrase("i norge", " in Norway "),
  phrase("i sverige", " in Sweden "),
  phrase("i danmark", " in Denmark "),
  phrase("á íslandi", " in Iceland "),
  phrase("eestis", " in Estonia "),
  phrase("rīgā", " in Riga "),
  // Lithuanian "Kiek uždirba X?", "Kiek moka X" (how much does X earn), "ko man trūksta iki X" (what am I missing for
  // X), "kuriam iš jų reikia doktorantūros" (which of them needs a doctorate); "Vilniuje", "Lietuvoje".
  phrase("kiek (?:uždirba|uzdirba|moka|gauna)", " what is the salary of "),
  phrase("ko man (?:trūksta|truksta) iki", " what am i missing for "),
  phrase("kuriam iš jų (?:tikrai )?reikia", " which of them needs "),
  phrase("doktorantūros|doktorantūra", " a phd "),
  phrase("vilniuje", " in Vilnius "),
  phrase("lietuvoje", " in Lithuania "),
  // Latvian "Kāda izglītība vajadzīga X amatam?" (what education does X need), "kam vajag augstāku grādu" (which needs
  // the higher degree), "kas jāzina X amatam" (what one must know for X).
  phrase("kāda izglītība (?:ir )?vajadzīga|kada izglitiba vajadziga", " what degree is needed for "),
  phrase("kam vajag augstāku grādu", " which needs the higher degree "),
  phrase("kas jāzina|kas jazina", " what skills are needed for "),
  phrase("vai pietiek ar", " is it enough with "),
  phrase("amatam", " "),
  // Danish "5 års erfaring som ML engineer" (5 years as an ML engineer), Estonian "2 aastat" (2 years),
  // "bakalaureusekraad" (a bachelor's).
  rule(String.raw`(?<![\p{L}])(\d{1,2}) års? erfaring(?: som)?(?![\p{L}])`, " $1 years of experience as "),
  rule(String.raw`(?<![\p{L}])(\d{1,2}) aastat(?![\p{L}])`, " $1 years "),
  phrase("bakalaureusekraad|bakalaureus", " bachelor's degree "),
  phrase("kuidas näeb välja teekond|kuidas naeb valja teekond", " what is the career path to "),
  // Swedish "förlåt, fel av mig, det är en kandidatexamen och inte en master" (sorry, my mistake: a bachelor's, not a
  // master's).
  phrase("förlåt,? fel av mig|förlåt,? mitt fel|undskyld,? min fejl|beklager,? min feil", " sorry, my mistake, "),
  rule(String.raw`(?<![\p{L}])det är en\s+([\p{L}'’-]+)\s+och inte en\s+([\p{L}'’-]+)`, " it is a $1 and not a $2 "),
  // Estonian "Mis palka saab X ja kas doktorikraad on kohustuslik?" (what does X earn, and is a PhD required?).
  phrase("mis palka saab", " what is the salary of "),
  phrase("kas doktorikraad on kohustuslik", " is a PhD required "),
  // Lithuanian "Kokių įgūdžių reikia X pozicijai ir kiek metų patirties jie nori?" (which skills does the X position
  // need, and how many years of experience do they want?); Latvian "Un kādus rīkus vajag zināt MLOps pusē?" (and
  // which tools must one know on the MLOps side?).
  phrase("kokių įgūdžių reikia|kokiu igudziu reikia", " which skills are needed for "),
  phrase("pozicijai", " "),
  phrase("ir kiek metų patirties(?: jie nori| reikia)?", " and how many years of experience are needed "),
  phrase("un kādus rīkus vajag zināt|kādus rīkus vajag", " and which tools are needed "),
  // Lithuanian "Ar verta persikelti į Stokholmą ... Kokie ten mokesčiai ir kiek lieka į rankas?" (is moving to
  // Stockholm worth it? what are the taxes, and what is left in hand?).
  phrase("persikelti", " relocate "),
  phrase("mokesčiai|mokesciai", " taxes "),
  phrase("kiek lieka į rankas", " take home pay "),
  // Estonian and Finnish "ja" (and) before a question made English above.
  andBeforeQuestion("ja"),
];

/** The message with its Nordic or Baltic question phrases in English words; any other message as it is. */
export const nordicBalticInEnglish = languageReader(isNordicOrBaltic, WORDS);
