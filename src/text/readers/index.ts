import { albanianInEnglish } from "./albanian";
import { amharicInEnglish } from "./amharic";
import { arabicInEnglish } from "./arabic";
import { arabiziInEnglish } from "./arabizi";
import { bengaliInEnglish } from "./bengali";
import { bulgarianInEnglish } from "./bulgarian";
import { chineseInEnglish } from "./chinese";
import { croatianInEnglish } from "./croatian";
import { czechInEnglish } from "./czech";
import { darijaInEnglish } from "./darija";
import { dutchInEnglish } from "./dutch";
import { finglishInEnglish } from "./finglish";
import { frenchChatInFullWords } from "./frenchChat";
import { germanInEnglish } from "./german";
import { greekInEnglish } from "./greek";
import { haitianCreoleInEnglish } from "./haitianCreole";
import { hebrewInEnglish } from "./hebrew";
import { hindiDevanagariInEnglish } from "./hindiDevanagari";
import { hinglishInEnglish } from "./hinglish";
import { hungarianInEnglish } from "./hungarian";
import { indonesianInEnglish } from "./indonesian";
import { kazakhInEnglish } from "./kazakh";
import { kinyarwandaInEnglish } from "./kinyarwanda";
import { nepaliInEnglish } from "./nepali";
import { nordicBalticInEnglish } from "./nordicBaltic";
import { pacificInEnglish } from "./pacific";
import { persianInEnglish } from "./persian";
import { pidginInEnglish } from "./pidgin";
import { pinyinInEnglish } from "./pinyin";
import { polishInEnglish } from "./polish";
import { punjabiGurmukhiInEnglish } from "./punjabiGurmukhi";
import { punjabiLatinInEnglish } from "./punjabiLatin";
import { quebecoisInEnglish } from "./quebecois";
import { romanianInEnglish } from "./romanian";
import { singlishInEnglish } from "./singlish";
import { sinhalaInEnglish } from "./sinhala";
import { somaliInEnglish } from "./somali";
import { southernAfricanInEnglish } from "./southernAfrican";
import { spanishChatInFullWords } from "./spanishChat";
import { swahiliInEnglish } from "./swahili";
import { tagalogInEnglish } from "./tagalog";
import { tamilInEnglish } from "./tamil";
import { teluguInEnglish } from "./telugu";
import { thaiInEnglish } from "./thai";
import { turkicInEnglish } from "./turkic";
import { turkishInEnglish } from "./turkish";
import { ukrainianRussianInEnglish } from "./ukrainianRussian";
import { urduInEnglish } from "./urdu";
import { vietnameseInEnglish } from "./vietnamese";
import { voiceTypedAsMeant } from "./voiceTyped";

/**
 * Languages and ways of writing that the understanding stages cannot read as written, each read in English words
 * before anything else reads the message (stage 0 of the pipeline). A reader returns any message not in its
 * language unchanged. Adding one: a file here with its detection and its words, listed below.
 */
const READERS: readonly ((message: string) => string)[] = [
  voiceTypedAsMeant,
  vietnameseInEnglish,
  turkicInEnglish,
  turkishInEnglish,
  darijaInEnglish,
  arabiziInEnglish,
  arabicInEnglish,
  urduInEnglish,
  persianInEnglish,
  finglishInEnglish,
  hebrewInEnglish,
  indonesianInEnglish,
  pidginInEnglish,
  quebecoisInEnglish,
  singlishInEnglish,
  tagalogInEnglish,
  teluguInEnglish,
  tamilInEnglish,
  spanishChatInFullWords,
  frenchChatInFullWords,
  polishInEnglish,
  czechInEnglish,
  croatianInEnglish,
  romanianInEnglish,
  hungarianInEnglish,
  albanianInEnglish,
  greekInEnglish,
  kazakhInEnglish,
  bulgarianInEnglish,
  ukrainianRussianInEnglish,
  swahiliInEnglish,
  somaliInEnglish,
  haitianCreoleInEnglish,
  pacificInEnglish,
  southernAfricanInEnglish,
  amharicInEnglish,
  kinyarwandaInEnglish,
  chineseInEnglish,
  pinyinInEnglish,
  nepaliInEnglish,
  hindiDevanagariInEnglish,
  bengaliInEnglish,
  punjabiGurmukhiInEnglish,
  punjabiLatinInEnglish,
  hinglishInEnglish,
  nordicBalticInEnglish,
  thaiInEnglish,
  sinhalaInEnglish,
  germanInEnglish,
  dutchInEnglish,
];

export function inEnglishWords(message: string): string {
  let read = message;
  for (const reader of READERS) read = reader(read);
  return read;
}
