import type { Rewrite } from "../regex";
import { distinctWords, languageReader } from "./shared";

/**
 * Hindi in Latin letters (Hinglish), where its words would be misread as English ones: "INR me bata do" (tell me in
 * rupees) holds no "do" that asks what a role does. Most Hinglish is read by the classifier's own cues and glosses;
 * this reader takes out what would mislead them, and reads the few questions they would take for something else.
 */
const HINDI_WORDS =
  /\b(?:hai|hain|kya|hota|hoti|kaise|kitna|kitni|chahiye|mujhe|aur|bata|batao|zaroori|kaam|saal|bhi|nahi|hu|hoon|raha|rahi|mera|meri|mere|ka|ki|ke|me|mein|chal|milte|milta|milti|wale|wala|wali)\b/gi;

/** "bata do" (tell me): Hindi however short the message ("salary bhi bata do" after a question about a role). */
const TELL_ME = /\b(?:bata|bta) (?:do|dijiye|dena|de)\b/i;
/** "ab inko highest se lowest rank kar do" (now rank them highest to lowest): a ranking asked of the roles before. */
const RANK_THEM =
  /\b(?:inko|inhe|unko|unhe|sabko|teeno ko|dono ko) (?:(\w+) se (\w+) )?(?:rank|sort|order) (?:kar do|kardo|karo|kar dijiye|kar de)\b/i;

function isHinglish(text: string): boolean {
  return distinctWords(text, HINDI_WORDS) >= 3 || TELL_ME.test(text) || RANK_THEM.test(text);
}

/** Family and friends, as "mera bhai" names them. */
const PEOPLE: Record<string, string> = {
  bhai: "brother",
  bhaiya: "brother",
  behen: "sister",
  behan: "sister",
  beta: "son",
  beti: "daughter",
  dost: "friend",
  pati: "husband",
  patni: "wife",
};

const REWRITES: readonly Rewrite[] = [
  // "in 5 roles mein sabse senior kaunsa hai?" (which of the 5 is the most senior?), "switch karna late hai kya?" (is
  // it too late to switch?), "possible hai kya?" (is it possible for me?).
  [/\bin (\d|five|paanch) roles? (?:mein|me|mai)\b/gi, "of the $1 roles"],
  [/\bsabse senior (?:kaunsa|kaun sa|konsa|kon sa)(?: hai)?\b/gi, "which is the most senior"],
  [/\b(?:late hai kya|late toh nahi|late to nahi)\b/gi, "is it too late"],
  [/\bpossible hai kya\b/gi, "is it realistic for me"],
  // "rank these by kitni padhai chahiye, least first" (by how much study they need): schooling, not pay.
  [/\bkitni padhai (?:chahiye|lagti hai|lagegi|karni padegi)\b/gi, "how much education is needed"],
  // "ye bot kya kya bata sakta hai?" (what all can this bot tell?).
  [/\b(?:ye|yeh|is) bot (?:kya kya|kya) (?:bata|kar) sakta hai\b/gi, "what can you do"],
  // "INR me bata do" (tell me in rupees): a request to tell; its "do" asks nothing of what a role does.
  [new RegExp(TELL_ME.source, "gi"), "tell me"],
  [
    new RegExp(RANK_THEM.source, "gi"),
    (_m: string, from?: string, to?: string) => (from && to ? `rank them ${from} to ${to}` : "rank them"),
  ],
  // "remote milte hai kya?" (are remote roles to be had?): remote work asked about, not pay ("milta" is also "gets paid").
  [
    /\bremote (?:roles? |jobs? |positions? |kaam )?(?:milte|milti|milta|milega|milegi|mil sakte|mil sakti)(?: hai| hain| h)?(?: kya)?/gi,
    "are there remote roles",
  ],
  // "entry level se architect tak kaise pahuchte hai" (how does one get from entry level to architect?).
  [
    /\b([\w ]{2,30}?) se ([\w ]{2,30}?) tak kaise (?:pahuchte|pahunchte|pohochte|jaate|jate|pahunch|pahuch|grow)\w*(?: hai| hain| h)?/gi,
    "what is the career path from $1 to $2",
  ],
  // "fresher se lead ml architect tak kitne saal lagte hai?" (how many years from fresher to lead ML architect?).
  [
    /\b([\w ]{2,30}?) se ([\w ]{2,30}?) tak kitne (?:saal|sal|years?|yrs?) (?:lagte|lagenge|lagega|lagta|lagti)\w*(?: hai| hain| h)?/gi,
    "how many years is the career path from $1 to $2",
  ],
  [/\bhar (?:stage|level) (?:pe|par|mein|me)\b/gi, "at each stage"],
  // "BSCS final semester chal raha hai" (my final semester of a BSCS is under way): studying.
  [
    /\b([\w.]+) final (semester|sem|year) (?:chal|chl) (?:raha|rahi|rha|rhi)(?: hai| h)?/gi,
    "i am a $1 student in the final $2",
  ],
  // "mera chhota bhai B.Tech final year mein hai ... main khud 5 saal se QA mein hoon" (my younger brother is in the
  // final year of a B.Tech ... I myself have been in QA 5 years): whose facts they are.
  [
    /\b(?:mera|meri|mere) (?:(?:chhota|chota|chhoti|choti|bada|badi|bade) )?(bhai|bhaiya|behen|behan|beta|beti|dost|pati|patni)\b/gi,
    (_m: string, who: string) => `my ${PEOPLE[who.toLowerCase()] ?? who}`,
  ],
  [/\b(?:usko|usse|unko)\b/gi, "they"],
  [/\b(?:main|mai|mein) khud\b/gi, "i myself"],
  // "enough hai?" (is that enough?).
  [/\b(?:ye |yeh |itna )?enough (?:hai|h|hoga|rahega)(?: kya)?(?=\s*[?!.]|\s*$)/gi, "is that enough"],
  // "INR me" (in rupees): the currency asked for.
  [/\b(inr|rupees?|rs\.?|lakhs?|lpa) (?:me|mein|mai)\b/gi, "in $1"],
];

/** The message with what misleads in Hinglish taken out; any other message as it is. */
export const hinglishInEnglish = languageReader(isHinglish, REWRITES);
