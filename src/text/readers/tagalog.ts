import type { Rewrite } from "../regex";
import { distinctWords, languageReader } from "./shared";

/**
 * Taglish (Tagalog mixed with English, as Filipino chat writes it), read in English words: "pano ba maging lead ML
 * architect galing junior?" is read as "how do i become lead ML architect from junior?", "kaya ko na ba mag entry level
 * AI engineer? ano pa kulang?" as "am i ready for entry level AI engineer? what am i missing?".
 */
const TAGALOG_WORDS =
  /\b(?:ako|ba|po|yung|ng|mga|pano|paano|ano|anong|lang|kasi|pwede|puwede|kaya|tapos|tas|tsaka|naman|talaga|ang|sa|ko|na|pa|sino|pinaka|mo|di|ilang|bago|maging|umakyat|hanggang|kailangan)\b/gi;

function isTagalog(text: string): boolean {
  return distinctWords(text, TAGALOG_WORDS) >= 3;
}

const REWRITES: readonly Rewrite[] = [
  // How to grow: "pano ba maging X" (how does one become X), "galing junior" (from junior), "ilang years ba bago
  // maging senior?" (how many years until senior?).
  [/\b(?:paano|pano) (?:ba |po )?(?:ako )?(?:maging|magiging)\b/gi, "how does one become"],
  [/\bgaling (?:sa )?(junior|entry[- ]level|senior|intern)\b/gi, "from $1"],
  [/\bilang (?:years?|taon) (?:po |ba |pa |usually |normally )*bago (?:maging|mag)\b/gi, "how many years until"],
  // "paano ba umakyat from entry level hanggang lead ml architect?" (how does one climb from entry level to lead?).
  [/\b(?:paano|pano) (?:ba |po )*(?:umakyat|aakyat|mag-? ?level up)\b/gi, "how does one grow"],
  [/(?=hanggang\b)(?<=\bfrom [\w -]{2,30}? )hanggang\b/gi, "to"],
  // "anong course ang kailangan?" (which degree is needed?).
  [/\b(?:anong|ano(?:ng)? (?:po )?(?:ang|yung)) (?:course|kurso)(?: po)? ang kailangan\b/gi, "what degree is needed"],
  // The gap: "pwede ba ako mag-apply as X?" (can I apply as X?), "kaya ko na ba mag X?" (am I ready for X yet?),
  // "ano pa (ang) kulang (ko)?" (what am I still missing?).
  [/\b(?:pwede|puwede) (?:ba|po) (?:ako|akong) mag-? ?apply (?:as|bilang|sa|for)\b/gi, "can i apply for"],
  [/\bkaya (?:ko|kong) (?:na )?(?:ba )?(?:maging|mag)\b/gi, "am i ready for"],
  // "pwede po ba ako maging X?" (could I become X?): whether they could, as "kaya ko na ba" asks.
  [/\b(?:pwede|puwede) (?:po )?(?:ba )?(?:po )?(?:ako|akong) (?:maging|mag)\b/gi, "am i ready for"],
  // "ano po dapat unahin?" (what should I do first?): the first step.
  [/\bano (?:po )?(?:ang )?dapat (?:kong )?unahin\b/gi, "what should i focus on first"],
  [/\bano (?:pa )?(?:ang |yung )?kulang(?: ko| pa)?\b/gi, "what am i missing"],
  // "sino pinaka senior sa mga roles na alam mo?" (which is the most senior of the roles you know?), "ano ba kaya mo?"
  // (what can you do?), "docker di ko pa alam" (I don't know Docker yet).
  [/\b(?:sino|alin|ano) (?:ang )?pinaka ?senior\b/gi, "which is the most senior"],
  [/\bsa mga roles? na alam mo\b/gi, "of the roles you know"],
  [/\bano (?:ba |po )*(?:ang )?kaya mo\b/gi, "what can you do"],
  [/\b([a-z][\w+#.-]*) (?:di|hindi) ko pa alam\b/gi, "never used $1"],
  [/\bbago (?:ka |ako )?(?:maging|mag) ganun\b/gi, "until you get there"],
  // A verdict: "alin ... ang pinakamababa ang sweldo?" (which has the lowest pay?).
  [/\balin sa mga\b/gi, "which of the"],
  [/\b(?:sweldo|suweldo|sahod)\b/gi, "salary"],
  [/\bang pinakamababa ang\b/gi, "has the lowest"],
  [/\bang pinakamataas ang\b/gi, "has the highest"],
  // What to learn: "anong tools dapat aralin" (which tools should I learn).
  [/\bano(?:ng| ang) tools?\b/gi, "which tools"],
  [/\bdapat (?:kong )?(?:aralin|pag-aralan)\b/gi, "should i learn"],
  // "balak ko sana mag-masters next year" (I plan to do a master's next year): a degree planned, not held.
  [/\bbalak (?:ko|kong) (?:sana |po )?mag-? ?(masters?|master's|phd|ph\.d)\b/gi, "i'm planning to do a $1"],
  // "ano yung mga kailangan kong aralin?" (what do I need to study?).
  [
    /\b(?:ano (?:po )?(?:ang |yung )?(?:mga )?)?kailangan (?:kong|ko) (?:aralin|pag-aralan|matutunan)\b/gi,
    "what skills do i need to learn",
  ],
  // "ano ba kaya mong gawin bot? pano kita gagamitin" (what can you do, bot? how do I use you?): help.
  [/\bano (?:ba |po )*(?:ang )?kaya mong gawin\b/gi, "what can you do"],
  [/\b(?:pano|paano) (?:ba |po )*kita (?:gagamitin|gamitin)\b/gi, "how do i use you"],
  // "Bootcamp ba o mag-masters na lang ako?" (a bootcamp or a master's instead?), "alin mas sulit?" (which is worth more?).
  [/\b(bootcamp) ba o mag-? ?(masters?|ms|phd)\b/gi, "$1 or a $2"],
  [/\balin (?:ang )?mas sulit\b/gi, "which is more worth it"],
  // Another question: "tsaka yung explainability, paano?" (and how about explainability?).
  [/\s*\b(?:tsaka|saka|tas|tapos) (?:yung |ang )?([\w -]{2,40}?),? (?:paano|pano)\?/gi, "? how about $1?"],
  [/\b(?:tas|tapos|tsaka|saka)\b/gi, "and"],
];

/** The message with Taglish read in English words; any other message as it is. */
export const tagalogInEnglish = languageReader(isTagalog, REWRITES);
