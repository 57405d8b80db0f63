import type { Rewrite } from "../regex";
import { distinctWords, languageReader, rule } from "./shared";

/**
 * Swahili and Sheng, as typed in East African channels, read in English words: "entry level AI engineer mshahara ni
 * kiasi gani? na skills gani?" is read as "entry level AI engineer salary how much? and which skills?". Swahili says
 * an age as years held: "nina miaka 30" is "I am 30", not thirty years of work.
 */

/** Words of Swahili and Sheng; three of them make a message Swahili. */
const SWAHILI_WORDS =
  /(?<![\p{L}])(?:niaje|lazima|inatosha|wanahitaji|shahada|ujuzi|soko|sekta|maswali|ninakosa|nakosa|je(?=\s*,)|sasa|mambo|vipi|habari|nina|sina|nataka|mshahara|kazi|kazini|miaka|nimefanya|gani|ngapi|kiasi|pia|kweli|inahitaji|inanifaa|nafaa|naweza|kuwa|nini|wapi|mimi|hii|tafadhali|nisaidie|lakini|kabisa|wasee|huwa|anafanya|wanafanya|yake|nikose|tofauti|yao|kwa|hapa|pale|zipi|analipwa|wanalipwa|ikoje|sijawahi|nimemaliza|zenu|nimekuwa|niko|ipi|zaidi|ganji|sawa|nimekosa|bado|tumia|wala|wadau|changamoto|kubwa|kufuata|hiyo|inalipa|aje|likoje|ukuaji|unaotarajiwa)(?![\p{L}])/giu;
/** Sheng words no other language has: one of them and one more Swahili word make a message Swahili. */
const SHENG = /(?<![\p{L}])(?:ganji|niaje|wasee)(?![\p{L}])/iu;

function isSwahili(text: string): boolean {
  const words = distinctWords(text, SWAHILI_WORDS);
  // "Nina miaka 42, si ni late sana ...?": an age told in Swahili is enough, with one more of its words.
  return words >= 3 || (words === 2 && (/\bmiaka \d/i.test(text) || SHENG.test(text)));
}

/** Counts of years in words: "miaka mbili" (two years). */
const NUMBER_WORDS: Record<string, number> = {
  moja: 1,
  mbili: 2,
  miwili: 2,
  mitatu: 3,
  minne: 4,
  mitano: 5,
  sita: 6,
  saba: 7,
  nane: 8,
  tisa: 9,
  kumi: 10,
};

/** The writer's facts, in the word order the profile reads; run before the words. */
const STATEMENTS: readonly Rewrite[] = [
  // "Nina shahada ya kwanza ya computer science" (I have a first degree, a bachelor's, in computer science).
  rule(String.raw`(?<![\p{L}])shahada ya kwanza(?: ya)?(?![\p{L}])`, " bachelor's degree in "),
  rule(String.raw`(?<![\p{L}])shahada ya uzamili(?: ya)?(?![\p{L}])`, " master's degree in "),
  rule(String.raw`(?<![\p{L}])shahada ya uzamivu(?: ya)?(?![\p{L}])`, " phd in "),
  // "Nina miaka 30" (I am 30): an age, unless years of something follow.
  rule(
    String.raw`(?<![\p{L}])nina miaka (\d{2})(?!\s*(?:ya|kwenye|katika|nikifanya|kama|as|of|in)(?![\p{L}]))`,
    " i am $1 years old ",
  ),
  // "nimefanya kazi as backend dev kwa miaka 4" (I have worked as a backend dev for 4 years).
  rule(
    String.raw`(?<![\p{L}])nimefanya kazi (?:ya |kama |as )?([\p{L} .+#-]{2,40}?) (?:kwa )?miaka (\d{1,2})`,
    " i worked as $1 for $2 years ",
  ),
  rule(String.raw`(?<![\p{L}])(?:kwa )?miaka (\d{1,2})(?![\p{L}\d])`, " for $1 years "),
  // "data analyst pale Safaricom, miaka mbili sasa" (two years now): the count in words.
  ...Object.entries(NUMBER_WORDS).map(([word, n]) =>
    rule(String.raw`(?<![\p{L}])(?:kwa )?miaka ${word}(?![\p{L}])`, ` for ${n} years `),
  ),
  // "Mimi ni mwanafunzi wa diploma ya IT ..., mwaka wa pili" (I'm an IT diploma student, in my second year).
  rule(String.raw`(?<![\p{L}])mwanafunzi(?![\p{L}])`, " student "),
  rule(String.raw`(?<![\p{L}])mwaka wa (?:kwanza|pili|tatu|nne)(?![\p{L}])`, " in my second year "),
  rule(String.raw`(?<![\p{L}])nimefanya kazi (?:ya|kama|as)(?![\p{L}])`, " i worked as "),
  rule(String.raw`(?<![\p{L}])nimefanya(?![\p{L}])`, " i did "),
  // "3 of those nikiongoza team ya watu 5" (3 of those leading a team of 5 people).
  rule(String.raw`(?<![\p{L}])nikiongoza(?![\p{L}])`, " leading "),
  rule(String.raw`(?<![\p{L}])kufundisha(?![\p{L}])`, " teaching "),
  rule(String.raw`(?<![\p{L}])sina (?:degree|digrii|shahada)(?![\p{L}])`, " no degree "),
  rule(String.raw`(?<![\p{L}])nili-?drop(?:-| )?out(?![\p{L}])`, " dropped out "),
  rule(String.raw`(?<![\p{L}])sina (coding|programming|ml|ai)? ?experience(?: kabisa)?`, " no $1 experience "),
  rule(String.raw`(?<![\p{L}])sijawahi (?:kutumia|kugusa|kufanya|ku-?use) ([a-z][\w+#.-]*)`, " never used $1 "),
  // "sijawahi tumia aws wala azure" (I have never used aws nor azure), "sijawahi deploy ML model".
  rule(
    String.raw`(?<![\p{L}])sijawahi (?:tumia|gusa|use|ku-?deploy|deploy) ([a-z][\w+#.-]*)(?: (?:wala|ama|au) ([a-z][\w+#.-]*))?`,
    " never used $1 or $2 ",
  ),
  // "nimekuwa software dev kwa 7 yrs" (I have been a software dev for 7 years); "nimekuwa data analyst" alone.
  rule(String.raw`(?<![\p{L}])nimekuwa(?![\p{L}])`, " i have been "),
  rule(String.raw`(?<![\p{L}])kwa (\d{1,2}(?:\.\d)?) ?(yrs?|years?)(?![\p{L}])`, " for $1 $2 "),
  // "plus 1 yr ya ML kwa side projects tu" (1 year of ML on side projects only): not years of work.
  rule(String.raw`(\d{1,2}) ?(yrs?|years?) ya ([\p{L} ]{1,20}?) kwa side projects`, " $1 $2 of side projects of $3 "),
  rule(
    String.raw`(?<![\p{L}])(?:mimi )?nina\s+(masters?|master's|bachelor's|degree|bsc|msc|phd|diploma)(?![\p{L}])`,
    " i have a $1 ",
  ),
  rule(String.raw`(?<![\p{L}])nimemaliza (masters?|degree|bsc|msc|phd)(?![\p{L}])`, " i have a $1 "),
  rule(String.raw`(?<![\p{L}])mimi ni(?![\p{L}])`, " i am "),
  // "miaka 2 kazini kama software dev" (2 years at work as a software dev).
  rule(String.raw`(?<![\p{L}])kazini kama(?![\p{L}])`, " working as "),
  // "Python sijawahi gusa" (Python, I have never touched): the object first.
  rule(String.raw`(?<![\p{L}\w])([a-z][\w+#.-]*) sijawahi (?:ku)?(?:gusa|tumia|use)(?![\p{L}])`, " never used $1 "),
  // "lazima uwe na masters" (must one have a master's?): a requirement asked about, not a degree held.
  rule(String.raw`(?<![\p{L}])(?:je,? )?lazima (?:uwe|niwe|awe|wawe) na(?![\p{L}])`, " do you need "),
  // "masters ni lazima ama bachelor inatosha" (is a master's a must or is a bachelor enough?).
  rule(String.raw`(?<![\p{L}])(masters?|phd|degree|bachelors?) ni lazima(?![\p{L}])`, " is a $1 required "),
];

const WORDS: readonly Rewrite[] = [
  rule(String.raw`(?<![\p{L}])(?:mambo vipi|niaje|sasa wasee|habari zenu|habari)(?![\p{L}])`, " hi "),
  rule(String.raw`(?<![\p{L}])(?:bot hii inafanya nini|unaweza kufanya nini|naweza kuuliza nini)`, " what can you do "),
  rule(String.raw`(?<![\p{L}])(?:nisaidie kuandika|niandikie)(?![\p{L}])`, " write me "),
  rule(String.raw`(?<![\p{L}])(?:si )?ni late sana|nimechelewa`, " is it too late "),
  rule(String.raw`(?<![\p{L}])miaka ngapi ya experience`, " how many years of experience "),
  rule(String.raw`(?<![\p{L}])experience ya miaka ngapi`, " how many years of experience "),
  rule(String.raw`(?<![\p{L}])(?:ya )?miaka ngapi(?![\p{L}])`, " how many years "),
  rule(String.raw`(?<![\p{L}])(?:wanahitaji|anahitaji)(?![\p{L}])`, " do they need "),
  rule(String.raw`(?<![\p{L}])(?:inatosha|zinatosha|itatosha)(?![\p{L}])`, " is enough "),
  rule(String.raw`(?<![\p{L}])(?:ni )?lazima(?![\p{L}])`, " required "),
  // "cloud gani wanatumia" (which cloud do they use).
  rule(
    String.raw`(?<![\p{L}])(cloud|tools?|languages?|frameworks?) gani(?: (?:wanatumia|anatumia|inatumika))?(?![\p{L}])`,
    " which $1 do they use ",
  ),
  // "nini changamoto kubwa za X? na best practices gani za kufuata" (what are X's big challenges? and which best
  // practices to follow).
  rule(String.raw`(?<![\p{L}])(?:nini )?changamoto(?: kubwa)?(?: za| ya)?(?![\p{L}])`, " what are the challenges of "),
  rule(String.raw`(?<![\p{L}])best practices gani(?: za kufuata)?(?![\p{L}])`, " which best practices "),
  rule(String.raw`(?<![\p{L}])(?:ujuzi|maarifa) gani(?![\p{L}])`, " which skills "),
  rule(String.raw`(?<![\p{L}])(?:ujuzi)(?![\p{L}])`, " skills "),
  rule(String.raw`(?<![\p{L}])(?:ninakosa|nakosa)(?![\p{L}])(?! nini)`, " am i missing "),
  // "Je, soko la kazi za NLP ... linakua?" (is the job market for NLP ... growing?); "je" only marks a question.
  rule(String.raw`(?<![\p{L}])soko la (?:kazi|ajira)(?: (?:za|ya|kwa))?(?![\p{L}])`, " job market for "),
  rule(String.raw`(?<![\p{L}])(?:linakua|linakuwa|inakua|zinaongezeka|linaongezeka)(?![\p{L}])`, " growing "),
  // "... likoje siku hizi? Kuna ukuaji wowote unaotarajiwa?" (how is it these days? any growth expected?).
  rule(String.raw`(?<![\p{L}])(?:likoje|ikoje)(?: siku hizi)?(?![\p{L}])`, " how is it these days "),
  rule(String.raw`(?<![\p{L}])(?:kuna )?ukuaji(?: wowote)?(?: unaotarajiwa)?(?![\p{L}])`, " any growth expected "),
  rule(
    String.raw`(?<![\p{L}])(?:ni )?sekta gani(?: zinahitaji(?: sana)?| zinaajiri)?(?![\p{L}])`,
    " which industries need them ",
  ),
  rule(String.raw`(?<![\p{L}])je(?![\p{L}])`, " "),
  rule(String.raw`(?<![\p{L}])maswali (\d)(?![\p{L}])`, " $1 questions "),
  rule(String.raw`(?<![\p{L}])(?:nataka|ninahitaji|nahitaji) kuwa nazo(?![\p{L}])`, " do i need "),
  rule(String.raw`(?<![\p{L}])wanataka(?![\p{L}])`, " do they want "),
  // "lead ML architect ama multimodal research scientist — ni gani inahitaji PhD lazima?" (which one must have a PhD?).
  rule(String.raw`(?<![\p{L}])ni gani inahitaji(?![\p{L}])`, " which one needs "),
  rule(String.raw`(?<![\p{L}])ni gani (?=inalipa|inafaa|ni bora)`, " which one "),
  rule(String.raw`(?<![\p{L}])ni gani(?![\p{L}])`, " what is it "),
  // "niko ready for lead ML architect ama bado?" (am I ready for it or not yet?).
  rule(String.raw`(?<![\p{L}])niko ready(?![\p{L}])`, " am i ready "),
  rule(String.raw`(?<![\p{L}])(?:au|ama) bado(?![\p{L}])`, " or not yet "),
  rule(String.raw`(?<![\p{L}])(?:au|ama|wala)(?![\p{L}])`, " or "),
  // "ipi ina ganji zaidi?" (which one has more money?), "na ganji je?" (and the pay?): "ganji" is Sheng for money.
  rule(String.raw`(?<![\p{L}])ipi ina(?:lipa)? ganji zaidi(?![\p{L}])`, " which pays more "),
  rule(String.raw`(?<![\p{L}])ganji(?: je)?(?![\p{L}])`, " pay "),
  rule(String.raw`(?<![\p{L}])ipi(?![\p{L}])`, " which "),
  rule(String.raw`(?<![\p{L}])nimekosa nini(?![\p{L}])`, " what am i missing "),
  rule(String.raw`(?<![\p{L}])sawa(?: sawa)?(?![\p{L}])`, " ok "),
  rule(String.raw`(?<![\p{L}])saa hii(?![\p{L}])`, " now "),
  rule(String.raw`(?<![\p{L}])kwa mwezi(?![\p{L}])`, " per month "),
  rule(String.raw`(?<![\p{L}])(?:hapa|pale)(?![\p{L}])`, " in "),
  rule(
    String.raw`(?<![\p{L}])(?:huwa )?(?:anafanya|wanafanya) nini(?: daily| kila siku)?`,
    " what do they do day to day ",
  ),
  rule(String.raw`(?<![\p{L}])(?:anafanya|wanafanya) kazi wapi`, " which industries do they work in "),
  // "NLP research scientist hufanya kazi gani hasa" (what work does one actually do), "ningependa kujua" (I'd like to
  // know).
  rule(String.raw`(?<![\p{L}])hufanya kazi gani(?: hasa)?`, " what are the duties "),
  rule(String.raw`(?<![\p{L}])ningependa kujua(?![\p{L}])`, " i would like to know "),
  rule(String.raw`(?<![\p{L}])tofauti (?:ya (?:kazi )?(?:yao )?)?(?:ni gani|ni nini)`, " what is the difference "),
  rule(String.raw`(?<![\p{L}])(?:skills gani nikose|nikose nini|nakosa nini)`, " what am i missing "),
  rule(String.raw`(?<![\p{L}])role gani (?:inanifaa|inanifit)`, " which role fits me "),
  rule(String.raw`(?<![\p{L}])(?:inanifaa|inanifit|nafaa|ninafaa)(?![\p{L}])`, " am i a fit "),
  rule(String.raw`(?<![\p{L}])naweza kuwa(?![\p{L}])`, " can i become "),
  rule(String.raw`(?<![\p{L}])nataka kuwa(?![\p{L}])`, " i want to become "),
  rule(String.raw`(?<![\p{L}])(?:mshahara|mshahara wake|mshahara yake)(?![\p{L}])`, " salary "),
  // "sikuenda campus juu ya fees" (I didn't go to university because of fees).
  rule(
    String.raw`(?<![\p{L}])(?:sikuenda|sikwenda) (?:campus|chuo(?: kikuu)?|university|uni)(?![\p{L}])`,
    " never went to university ",
  ),
  // "hiyo role inalipa aje hapa Kenya?" (how much does that role pay here in Kenya?).
  rule(String.raw`(?<![\p{L}])inalipa (?:aje|ngapi|kiasi gani)(?![\p{L}])`, " how much does it pay "),
  rule(String.raw`(?<![\p{L}])(?:analipwa|wanalipwa|inalipa)(?![\p{L}])`, " is paid "),
  rule(String.raw`(?<![\p{L}])(?:ni kiasi gani|kiasi gani|ni ngapi|ngapi)(?![\p{L}])`, " how much "),
  rule(String.raw`(?<![\p{L}])(?:ikoje|iko aje)(?![\p{L}])`, " how is it "),
  rule(String.raw`(?<![\p{L}])(skills|degree|role|education) gani(?![\p{L}])`, " which $1 "),
  rule(String.raw`(?<![\p{L}])inahitaji(?![\p{L}])`, " requires "),
  rule(String.raw`(?<![\p{L}])(?:ni )?zipi(?![\p{L}])`, " which "),
  rule(String.raw`(?<![\p{L}])kati ya hizi(?![\p{L}])`, " of these "),
  rule(String.raw`(?<![\p{L}])kazini(?![\p{L}])`, " at work "),
  rule(String.raw`(?<![\p{L}])pia(?![\p{L}])`, " also "),
  rule(String.raw`(?<![\p{L}])kutoka(?![\p{L}])`, " from "),
  rule(String.raw`(?<![\p{L}])kila(?![\p{L}])`, " each "),
  rule(String.raw`(?<![\p{L}])lakini(?![\p{L}])`, " but "),
  rule(String.raw`(?<![\p{L}])na(?= )`, " and "),
  rule(String.raw`(?<![\p{L}])(?:kweli|kabisa|tafadhali|wasee)(?![\p{L}])`, " "),
];

/** The message in English words when it is written in Swahili or Sheng; any other message as it is. */
export const swahiliInEnglish = languageReader(isSwahili, STATEMENTS, WORDS);
