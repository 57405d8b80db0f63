import type { Rewrite } from "../regex";
import { distinctWords, languageReader, nounOfUpTo, ONE_WORD, rule } from "./shared";

/**
 * Telugu written in English letters, as it is mixed into English at work: "Lead ML architect ki em skills kavali?"
 * (what skills does it need?), "salary entha?" (how much?), "Nenu 3 years nunchi ... lo unna" (I have been in ...
 * for 3 years), "Python konchem vachu" (I know a little Python). Telugu puts "for", "from" and "in" after their
 * noun ("architect ki", "entry level nunchi"): those are moved before it.
 */
const TELUGU_WORDS =
  /(?<![\p{L}])(?:em|emi|enti|ela|entha|enta|kavali|kaavali|untundi|untadi|nunchi|nundi|nenu|naaku|naku|inka|cheyyali|cheppandi|ayyaka|vachu|vasthundi|vastundi|ledu|unna|unnanu|padthundi|padutundi|pattundi|velthamu|veltham|avvali|konchem|baga|chala|oka|avuthundi|avutundi|avvalante|nerchukovali|telusu|undi|matrame|vayasu|avvagalana|chesanu|chestunna|kani|cheyyaledu|vaadatara|chestaru|gurinchi|emaina|ivvu|raasi|cheyyadaniki|lo|ki|undaa|leka|chesi|raavala|chesa|meeru|garu|cheyyagalaru|cheyagalaru|adagachu)(?![\p{L}])/giu;

/** Words no English or Spanish message has ("em", "ela", "oka" and "chala" may be English, a name or Spanish). */
const ONLY_TELUGU =
  /(?<![\p{L}])(?:entha|kavali|kaavali|untundi|untadi|nunchi|nundi|nenu|naaku|cheyyali|cheppandi|ayyaka|vachu|vasthundi|vastundi|padthundi|padutundi|velthamu|avvali|konchem|avuthundi|avutundi|avvalante|nerchukovali|telusu|matrame|vayasu|avvagalana|chesanu|chestunna|cheyyaledu|vaadatara|chestaru|ivvu|raasi|cheyyadaniki|chesa|undaa|leka|raavala|chesi|meeru|cheyyagalaru|cheyagalaru|adagachu)(?![\p{L}])/iu;

function isTelugu(text: string): boolean {
  return ONLY_TELUGU.test(text) && distinctWords(text, TELUGU_WORDS) >= 2;
}

/** A noun phrase of up to four words, or two, before a postposition ("entry level AI engineer ki"). */
const NOUN = nounOfUpTo(4);
const SHORT_NOUN = nounOfUpTo(2);
const WORD = ONE_WORD;

const REWRITES: readonly Rewrite[] = [
  // "meeru emi cheyyagalaru?" (what can you do?), after a greeting.
  rule(
    String.raw`\b(?:meeru |nuvvu )?(?:emi|em) (?:cheyyagalaru|cheyagalaru|cheyyagalavu|cheyagalavu)\b`,
    "what can you do",
  ),
  // Someone else's facts, in the writer's English order: "naa friend ki IISc nunchi PhD undi" (my friend has a PhD
  // from IISc); the writer's own: "naaku BTech matrame undi" (I only have a BTech), "naaku 38 years vayasu" (I am 38).
  rule(
    String.raw`\bnaa (friend|brother|sister|husband|wife|anna|akka|tammudu|chelli|colleague)(?: ki)? (?:(\S+) (?:nunchi|nundi) )?(.+?) undi\b`,
    "my $1 has $3 from $2",
  ),
  rule(
    String.raw`\b${SHORT_NOUN} lo (\d+) (years?|yrs?) (?:nunchi|nundi) (?:unna|unnanu|chestunna)\b`,
    "i have worked in $1 for $2 $3",
  ),
  rule(String.raw`\b(?:naaku|naku) (\d+) (?:years?|yrs?|ella) vayasu\b`, "i am $1 years old"),
  rule(String.raw`\b(?:naaku|naku) ${NOUN} matrame undi\b`, "i only have a $1"),
  rule(String.raw`\b(?:naaku|naku) ${NOUN} undi\b`, "i have $1"),
  rule(String.raw`\b${SHORT_NOUN} (?:eppudu )?(?:touch|use) cheyyaledu\b`, "never touched $1"),
  rule(String.raw`\b((?:${WORD} and )?${WORD}) lo (\d+ [\w -]+?) (?:chesanu|chesaanu|chesa)\b`, "i did $2 in $1,"),
  rule(String.raw`\b(${WORD}) (?:chesanu|chesaanu|chesa)\b`, "i did $1,"),
  rule(String.raw`\b${SHORT_NOUN} ga (?:eppudu )?cheyyaledu\b`, "never worked as $1"),
  rule(String.raw`\b${SHORT_NOUN} ga chestunna\b`, "working as $1"),
  // What the writer says of themselves
  rule(String.raw`\bnenu (\d+) (years?|yrs?|months?) (?:nunchi|nundi)\b`, "i have been working for $1 $2,"),
  rule(String.raw`\b(?:konchem|baga|chala baga) (?=vachu|vasthundi|vastundi|telusu)`, ""),
  rule(String.raw`\b${SHORT_NOUN} (?:vachu|vasthundi|vastundi|telusu)\b`, "i know $1"),
  rule(String.raw`\b${SHORT_NOUN} (?:raadu|radu|teliyadu)\b`, "i do not know $1"),
  // What is asked
  rule(String.raw`\b${NOUN} avvalante (?:naaku |naku )?(?:inka )?em missing\b`, "what am i missing to become $1"),
  rule(String.raw`\b${NOUN} avvalante entha experience (?:kavali|kaavali)\b`, "how much experience to become $1"),
  rule(String.raw`\b${NOUN} ki entha experience (?:kavali|kaavali)\b`, "how much experience does $1 need"),
  rule(String.raw`\bentha experience (?:kavali|kaavali)\b`, "how much experience is needed"),
  rule(String.raw`\b(?:nenu )?${NOUN} avvagalana\b`, "can i become $1"),
  rule(String.raw`\b${NOUN} ki fit aa\b`, "am i a fit for $1"),
  rule(String.raw`\b${NOUN} ga switch (?:avvocha|avvacha|avvagalana|avvagalanu)\b`, "can i switch to $1"),
  rule(String.raw`\b${NOUN} (?:role )?ki chance (?:undaa|unda)\b`, "do i have a chance at $1"),
  rule(String.raw`\b${NOUN} ki enough aa\b`, "is that enough for $1"),
  rule(String.raw`\b${NOUN} avvalante\b`, "to become $1,"),
  rule(String.raw`\be ([\w-]+) nerchukovali\b`, "which $1 should i learn"),
  rule(String.raw`\bnerchukovali\b`, "should i learn"),
  rule(String.raw`\bela handle chestaru\b`, "how do they handle it"),
  rule(String.raw`\bvaadatara\b`, "do they use"),
  rule(String.raw`\bemaina undaa\b`, "is there anything"),
  rule(String.raw`\bgurinchi\b`, "about"),
  rule(String.raw`\bswitch avvadam late aa\b`, "is it too late to switch"),
  rule(String.raw`\blate aa\b`, "is it too late"),
  rule(String.raw`\b(.+?) cheyyadaniki code raasi ivvu\b`, "write me the code to $1"),
  rule(String.raw`\bcode raasi ivvu\b`, "write me the code"),
  rule(String.raw`\b(?:naaku|naku) ${NOUN} ki em missing\b`, "what am i missing for $1"),
  rule(String.raw`\bem missing\b`, "what am i missing"),
  rule(
    String.raw`\b${NOUN} ki entha time (?:padthundi|padutundi|pattundi|padtundi)\b`,
    "how long does it take to get to $1",
  ),
  rule(String.raw`\bnext em role ki (?:velthamu|veltham|vellali)\b`, "what is the next role after that"),
  rule(String.raw`\bem role ki (?:velthamu|veltham|vellali)\b`, "which role comes next"),
  rule(String.raw`\b${NOUN} ki em ([\w-]+) (?:kavali|kaavali)\b`, "what $2 does $1 need"),
  rule(String.raw`\bem ([\w-]+) (?:kavali|kaavali)\b`, "what $1 are needed"),
  rule(String.raw`\b([\w-]+(?: [\w-]+)?) ela (?:untundi|untadi)\b`, "how does $1 look"),
  rule(String.raw`\b([\w-]+) entha (?:untundi|untadi)\b`, "how much is the $1"),
  rule(String.raw`\b([\w-]+) entha\b`, "how much is the $1"),
  rule(String.raw`\b${SHORT_NOUN} (?:nunchi|nundi)\b`, "from $1"),
  rule(String.raw`\b${NOUN} ga join (?:ayyaka|aina tarvata)\b`, "after joining as $1,"),
  rule(String.raw`\b(?:oka )?${SHORT_NOUN} lo (?:unna|unnanu|pani chestunna)\b`, "i work in $1"),
  rule(String.raw`\baa role lo\b`, "in that role"),
  rule(String.raw`\buntunda\b`, "is there"),
  rule(String.raw`\b${NOUN} ki\b`, "for $1"),
  rule(String.raw`\b${SHORT_NOUN} lo\b`, "in $1"),
  rule(String.raw`\bentha\b`, "how much"),
  rule(String.raw`\bela\b`, "how"),
  rule(String.raw`\b(?:em|emi|enti)\b`, "what"),
  rule(String.raw`\binka\b`, "and"),
  rule(String.raw`\bnenu\b`, "i"),
  rule(String.raw`\bippudu\b`, "now"),
  rule(String.raw`\boka\b`, "a"),
  rule(String.raw`\b(?:kavali|kaavali)\b`, "is needed"),
  rule(String.raw`\bpossible aa\b`, "is it possible"),
  rule(String.raw`\b(?:telusu|vachu)\b`, "i know"),
  rule(String.raw`\bkani\b`, "but"),
  rule(String.raw`\b(?:lantivi|ra)\b(?=\s*[?.!,—-]|\s*$|\s)`, ""),
];

/** The message in English words when it is written in Telugu; any other message as it is. */
export const teluguInEnglish = languageReader(isTelugu, REWRITES);
