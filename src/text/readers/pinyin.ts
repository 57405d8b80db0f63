import type { Rewrite } from "../regex";
import { distinctWords, languageReader } from "./shared";

/**
 * Chinese written in pinyin without tones, as students type it on a keyboard without a Chinese input method: "wo shi
 * yanjiusheng yi nianji, benke shi ruanjian gongcheng" is read as "i am studying for a master's, i have a bachelor's
 * in software engineering". Single words ("shuoshi", "boshi", "gongzi") are in normalize.ts's glossary; this reader
 * holds the phrases that carry the writer's facts or the question.
 */
const PINYIN_WORDS =
  /(?<![\p{L}])(?:wo shi|xiang wen|yixia|haishi|benke|shuoshi|boshi|yanjiusheng|nianji|gongzuo|xuyao|yiding yao|dajia hao|qingwen|bu xiang|gongzi|nianxin|hangye|gangwei|shihe|du bo)(?![\p{L}])/giu;
/** Two of its words: one ("boshi") is glossed word by word in normalize.ts already. */
const isPinyin = (message: string) => distinctWords(message, PINYIN_WORDS) >= 2;

/** Its numbers as words ("da san": third year of university). */
const YEAR_OF_STUDY = "(?:yi|er|san|si|1|2|3|4)";

const STATEMENTS: readonly Rewrite[] = [
  // "benke da san" (third year of the bachelor's), "da er" (second year).
  [new RegExp(`\\b(?:benke\\s*)?da\\s*${YEAR_OF_STUDY}\\b`, "gi"), " i am an undergraduate student "],
  // "yanjiusheng yi nianji" (first-year graduate student), "yan yi" (first year of a master's).
  [
    new RegExp(
      `\\b(?:yanjiusheng(?:\\s*${YEAR_OF_STUDY}\\s*nianji)?|yan\\s*${YEAR_OF_STUDY}|shuoshi\\s*sheng)\\b`,
      "gi",
    ),
    " i am studying for a master's ",
  ],
  [/\bboshi\s*sheng\b/gi, " i am studying for a PhD "],
  // "benke shi ruanjian gongcheng" (my bachelor's was in software engineering).
  [/\bbenke\s+(?:shi|du de|xue de|zhuanye shi)\s+/gi, " i have a bachelor's in "],
  // "haishi benke jiu gou le" (or is a bachelor's enough?): a degree weighed, not held.
  [/\b(?:haishi\s+)?benke\s+(?:jiu\s+)?gou\s*(?:le|ma)?\b/gi, " or is a bachelor's enough "],
  // "wo bu xiang du bo le" (I don't want to do a PhD), "du bo" (doing a PhD).
  [/\bbu\s+xiang\s+du\s*bo(?:\s+le)?\b/gi, " i don't want to do a PhD "],
  [/\byiding\s+yao\s+(boshi|shuoshi)\s+ma\b/gi, " does it require a $1 "],
  [/\bxuyao\s+(boshi|shuoshi)\s+ma\b/gi, " does it need a $1 "],
  // "yiding yao you dinghui lunwen ma" (must one have top-conference papers?): the role's publication record asked.
  [
    /\b(?:yiding\s+yao|xuyao)\s+(?:you|fa)\s+(?:dinghui\s+)?lunwen\s+ma\b/gi,
    " does it require a publication record at top conferences ",
  ],
];

const WORDS: readonly Rewrite[] = [
  [/\bdajia hao\b[,!]?/gi, ""],
  [/\bxiang wen(?: yixia)?\b/gi, " i want to ask "],
  [/\bzuo\s+(?=[a-z])/gi, " to be a "],
  [/\bruanjian gongcheng\b/gi, " software engineering "],
];

/** The message with its pinyin phrases in English words; any other message as it is. */
export const pinyinInEnglish = languageReader(isPinyin, STATEMENTS, WORDS);
