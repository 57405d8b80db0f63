import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase, rule } from "./shared";

/**
 * Nepali, in Devanagari and in English letters as it is typed in chat: the writer's service history and the phrases
 * that carry the question are read in English words ("ma 7 barsa dekhi ... IT officer chu" is "i for 7 years ... IT
 * officer"; "entry level AI engineer ko salary kati huncha?" is "entry level AI engineer salary how much?"). Devanagari
 * Nepali is read before the Hindi reader, which takes the words both languages share.
 */
const DEVANAGARI = /[\u0900-\u097f]/;
/** Words only Nepali has among the Devanagari a channel sees (Hindi has "है", "साल", "कितना"). */
const NEPALI_DEVANAGARI = /छु|छ[।?\s]|छन्|हुन्छ|चाहिन्छ|वर्षदेखि|कति|अनि|गर्दैछु|गरेको/;
const ROMANIZED_WORDS =
  /(?<![\p{L}])(?:chu|chha|huncha|hunchha|kati|ani|barsa|barsha|dekhi|garne|parcha|parchha|sikna|aaucha|aauchha|aaudaina|audaina|kehi|kura|sodhna|tara|bata|gareko|hola|kasari|chahincha|chaincha|chahinchha|lagyo|haru|sabai|namaskar|prashna|tayari|kata|paincha)(?![\p{L}])/giu;
const isNepali = (message: string) =>
  (DEVANAGARI.test(message) && NEPALI_DEVANAGARI.test(message)) || distinctWords(message, ROMANIZED_WORDS) >= 3;

/** Devanagari digits ("१० वर्षदेखि", ten years) as the digits every later stage reads. */
const DEVANAGARI_DIGITS: Rewrite = [/[\u0966-\u096f]/g, (d: string) => String(d.charCodeAt(0) - 0x966)];

/** A word of a list of skills: not the "but" before it nor the "kehi" (any) and "ali" (a little) after it. */
const WORD = String.raw`(?!(?:but|kehi|kei|pani|ali)\b)[\w+#-]+(?:\.[\w+#-]+)*`;

/** What a writer says of themselves: years of service, a degree done, what they know and do not. */
const STATEMENTS: readonly Rewrite[] = [
  DEVANAGARI_DIGITS,
  // "म 15 वर्षदेखि निजामती सेवामा छु" (I have been in the civil service for 15 years).
  rule("(\\d{1,2}) वर्षदेखि", " for $1 years "),
  // "पछिल्लो 5 वर्ष उपसचिवको रूपमा ... महाशाखा हेर्दैछु" (the last 5 years, as under-secretary, I head the division).
  rule("पछिल्लो (\\d{1,2}) वर्ष", " the last $1 years as the head of the division "),
  phrase("स्नातकोत्तर गरेको छु|स्नातकोत्तर", " i have a master's "),
  phrase("स्नातक गरेको छु", " i have a bachelor's "),
  phrase("म", " i "),
  // "ma 7 barsa dekhi Ministry of Finance ma IT officer chu" (for 7 years I have been an IT officer at ...).
  rule("(?<![\\p{L}])ma (?=\\d)", " i "),
  rule("(\\d{1,2}) (?:barsa|barsha|barsh|varsha|barsa ko) (?:dekhi|bhayo)", " for $1 years "),
  // "BE computer IOE bata gareko" (did a BE in computer engineering at IOE).
  rule(
    "(?<![\\p{L}])BE (computer|civil|electrical|electronics|mechanical|IT|software)(?![\\p{L}])",
    " a bachelor's in $1 ",
  ),
  // "ML ko prashna aaucha ki aaudaina?" (do ML questions come up or not?): "aaucha" is "comes" as well as "know".
  phrase("aaucha ki aaudaina|aauchha ki aaudaina|aaunchha ki aaudaina", " or not "),
  phrase("tara", " but, "),
  // "docker, kubernetes kehi aaudaina" (docker and kubernetes I don't know at all).
  rule(
    `((?:${WORD}(?:,| ra| and)? ){1,4})(?:kehi |kei |pani )?(?:aaudaina|audaina|aaundaina)(?![\\p{L}])`,
    " never used $1 ",
  ),
  rule(`((?:${WORD}(?: ra| and)? ){1,3})(?:ali ali |ali )?(?:aaucha|aauchha|aaunchha)(?![\\p{L}])`, " i know $1 "),
];

const WORDS: readonly Rewrite[] = [
  // "2 ta kura sodhna man lagyo:" (I wanted to ask two things).
  rule("\\d ta kura sodhna man lagyo", " two questions "),
  phrase("ko salary|ko talab", " salary "),
  phrase("तलब|तलब कति हुन्छ", " salary "),
  phrase("kati huncha|kati hunchha|kati ho|कति हुन्छ|कति हो", " how much? "),
  phrase("kun kun|कुन कुन|kun", " which "),
  phrase("sikna parcha|sikna parchha|siknu parcha|sikna parne", " do i need to learn "),
  phrase("कस्तो डिग्री चाहिन्छ|कस्तो डिग्री", " what degree is needed "),
  phrase("के के चाहिन्छ|के चाहिन्छ", " what is needed "),
  phrase("chahincha|chaincha|chahinchha|चाहिन्छ", " needed "),
  phrase("बन्न|banna", " to become "),
  phrase("अनि|ani", " and "),
  phrase("ra", " and "),
];

/** The message with its Nepali statements and question phrases in English words; any other message as it is. */
export const nepaliInEnglish = languageReader(isNepali, STATEMENTS, WORDS);
