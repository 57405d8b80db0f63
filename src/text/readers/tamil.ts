import type { Rewrite } from "../regex";
import { distinctWords, languageReader, nounOfUpTo, ONE_WORD, rule } from "./shared";

/**
 * Tamil written in English letters, as it is mixed into English at work: "lead ML architect ku enna gap irukku?"
 * (what is my gap for ...?), "Docker, Kubernetes ellam theriyum" (I know ...), "TensorFlow touch panninadhe illa"
 * (never touched TensorFlow), "MS pannala, BE mattum dhaan" (no MS, only a BE), "Chennai la ... evlo kudupanga?" (how
 * much do they pay in Chennai?). Tamil puts "for" and "in" after their noun ("architect ku", "Chennai la").
 */
const TAMIL_WORDS =
  /(?<![\p{L}])(?:naan|enaku|enakku|enna|epdi|eppadi|evlo|evvalavu|venum|vendum|venuma|irukku|iruku|illa|illai|theriyum|theriyadhu|panna|pannala|panniten|pannanum|mudiyuma|mudichiten|kudupanga|machan|adhula|mattum|dhaan|thaan|ellam|panninadhe|kandippa|ah|ku|la)(?![\p{L}])/giu;
/** Words no English message has ("ah", "la", "ku" and "illa" may be chat in other languages). */
const ONLY_TAMIL =
  /(?<![\p{L}])(?:naan|enaku|enakku|epdi|eppadi|evlo|evvalavu|venum|vendum|venuma|irukku|iruku|theriyum|theriyadhu|pannala|panniten|pannanum|mudiyuma|mudichiten|kudupanga|machan|adhula|panninadhe|kandippa|mudichitu|panren|aagum|dhaan|iruku|illaya|mudichen|pannanuma)(?![\p{L}])/iu;

function isTamil(text: string): boolean {
  return ONLY_TAMIL.test(text) && distinctWords(text, TAMIL_WORDS) >= 3;
}

/** A noun phrase of up to four words, or two, before a postposition ("entry level AI engineer ki"). */
const NOUN = nounOfUpTo(4);
const SHORT_NOUN = nounOfUpTo(2);
const WORD = ONE_WORD;

const REWRITES: readonly Rewrite[] = [
  // What the writer says of themselves
  rule(String.raw`\b${SHORT_NOUN} pannala,? ${SHORT_NOUN} (?:mattum|mattume) (?:dhaan|thaan)\b`, "no $1, only a $2"),
  rule(String.raw`\b${SHORT_NOUN} pannala\b`, "no $1"),
  rule(String.raw`\b${SHORT_NOUN} (?:mattum|mattume) (?:dhaan|thaan)\b`, "only $1"),
  // "apo chance illaya?" (then is there no chance?): whether the writer has a chance.
  rule(String.raw`\b(?:apo |appo |appa )?chance (?:illaya|illaiya|irukka|iruka|irukuma)\b`, "do i have a chance"),
  // "Master's illa da, just BE dhaan" (no master's, just a BE).
  rule(String.raw`\bjust ${SHORT_NOUN} (?:dhaan|thaan)\b`, "only $1"),
  rule(String.raw`\b(master'?s?|ms|msc|phd|degree|mba) (?:illa|illai)\b`, "no $1"),
  rule(String.raw`\b${SHORT_NOUN} (?:touch|use) (?:panninadhe|pannadhe|pannala) (?:illa|illai)\b`, "never touched $1"),
  // ("deep learning pannathe illa": never did it.)
  rule(String.raw`\b${SHORT_NOUN} (?:pannathe|pannadhe|panninadhe) (?:illa|illai)\b`, "never did $1"),
  // (A list of up to four: "naan 3 years Cognizant la data engineer, spark sql python ellam theriyum" knows the last
  // three, not the years before them.)
  rule(String.raw`\b((?:${WORD},? ){0,3}${WORD}) (?:ellam |ellame )?theriyum\b`, "i know $1"),
  // "Naan 2012 la MCA mudichen" (I finished an MCA in 2012): a degree held, dated.
  rule(String.raw`\b(?:naan )?(\d{4}) la (${WORD}) (?:mudichen|mudichiten|panniten)\b`, "i finished a $2 in $1"),
  // ("3 years Cognizant la": years at a company, before "la" reads as "in".)
  rule(String.raw`\b(\d+ (?:years?|yrs?)) (${WORD}) la\b`, "$1 at $2"),
  // ("Kubernetes ellam theriyave theriyadhu": not at all; the words of emphasis go first, or they read as the noun.)
  rule(String.raw`\b(?:ellam |ellame )?(?:theriyave |suthama |sutthama )(?=theriyadhu\b)`, ""),
  rule(String.raw`\b${SHORT_NOUN} theriyadhu\b`, "i do not know $1"),
  rule(String.raw`\b${SHORT_NOUN} la ${SHORT_NOUN} (?:panniten|mudichiten)\b`, "finished a $2 in $1"),
  rule(String.raw`\b(${WORD}) mudichitu\b`, "finished a $1,"),
  rule(String.raw`\b(\d+) (?:varusham|varushama)\b`, "$1 years"),
  rule(String.raw`\b(${WORD}) la (.+?) panren\b`, "doing $2 at $1"),
  rule(String.raw`\b${SHORT_NOUN} la (?:panniten|mudichiten)\b`, "at $1, finished"),
  rule(String.raw`\b(\d+) (years?|yrs?) ah manager\b`, "manager for $1 $2"),
  rule(String.raw`\badhula\b`, "of which"),
  // What is asked
  rule(String.raw`\b${NOUN} ku (?:naan )?ready ah\b`, "am i ready for $1"),
  rule(String.raw`\b${NOUN} ku enna gap (?:irukku|iruku)\b`, "what is my gap for $1"),
  rule(String.raw`\b${NOUN} ku (?:move|switch) panna mudiyuma\b`, "can i move to $1"),
  rule(String.raw`\b${NOUN} ku (?:naan )?fit (?:aa|ah)\b`, "am i a fit for $1"),
  rule(String.raw`\benna role suit aagum\b`, "which role suits me"),
  rule(String.raw`\b(?:\w+ )?pakkam maaranum nu aasai\b`, "i want to move into AI"),
  rule(String.raw`\b${NOUN} ku evlo (?:salary )?kudupanga\b`, "how much do they pay $1"),
  rule(String.raw`\bevlo (?:salary )?kudupanga\b`, "how much do they pay"),
  rule(String.raw`\b${NOUN} ku enna (?:salary )?expect pannalam\b`, "what salary can $1 expect"),
  rule(
    String.raw`\b${SHORT_NOUN} venuma (?:illa|illai) ${SHORT_NOUN} (?:podhuma|pothuma)\b`,
    "is a $1 needed or is a $2 enough",
  ),
  rule(String.raw`\b${NOUN} ku (?:kandippa )?venuma\b`, "does $1 need it"),
  // "MCA podhuma illa PhD pannanuma?" (is an MCA enough, or must I do a PhD?): degrees weighed, not under way.
  rule(
    String.raw`\b${SHORT_NOUN} (?:podhuma|pothuma) (?:illa|illai) ${SHORT_NOUN} (?:pannanuma|venuma)\b`,
    "is a $1 enough or is a $2 needed",
  ),
  rule(String.raw`\b(?:podhuma|pothuma)\b`, "is it enough"),
  rule(String.raw`\bvenuma\b`, "is it needed"),
  rule(String.raw`\b(?:daily )?enna pann?uvanga\b`, "what do they do daily"),
  rule(String.raw`\b${SHORT_NOUN} la work pannuvangala\b`, "do they work on $1"),
  rule(String.raw`\b${SHORT_NOUN} la\b`, "in $1"),
  rule(String.raw`\b${NOUN} ku\b`, "for $1"),
  // "maths evlo venum?" (how much maths is needed?).
  rule(String.raw`\b(maths?|stats|statistics|python|coding|programming) evlo venum\b`, "how much $1 is needed"),
  // "evlo years experience venum?" (how many years of experience are needed?).
  rule(String.raw`\bevlo (years?|yrs)\b`, "how many $1"),
  rule(String.raw`\bevlo\b`, "how much"),
  rule(String.raw`\b(?:epdi|eppadi)\b`, "how"),
  rule(String.raw`\benna\b`, "what"),
  rule(String.raw`\bnaan\b`, "i"),
  rule(String.raw`\b(?:enaku|enakku)\b`, "i have"),
  rule(String.raw`\b(?:venum|vendum)\b`, "is needed"),
  rule(String.raw`\bmudiyuma\b`, "is it possible"),
  rule(String.raw`\b(?:machan|da)\b(?=\s*[?.!,]|\s*$)`, ""),
  rule(String.raw`\b(?:ah|aa)\b(?=\s*[?.!,]|\s*$)`, ""),
];

/** The message in English words when it is written in Tamil; any other message as it is. */
export const tamilInEnglish = languageReader(isTamil, REWRITES);
