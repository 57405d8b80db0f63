import type { Rewrite } from "../regex";
import { distinctWords, languageReader, rule } from "./shared";

/**
 * Moroccan and Algerian Arabic (Darija) in Latin letters and digits ("ch7al kaykhles?"), read in English words: "lead ML architect chno kaydir f nhar? w ch7al kaykhles?" is read as "lead ML architect what do they
 * do day to day? and how much does it pay?". People mix it with French ("licence", "comme dev"), which stays.
 * (Arabic script is `arabic.ts`.) Runs before the Egyptian Arabizi reader, which shares some words ("w", "f", "3omri ma").
 */

/** Words only Darija has among the languages written here; two of them make a message Darija. */
const DARIJA_WORDS =
  /(?<![\p{L}\d])(?:chno|chnou|chnowa|ch7al|chhal|kaykhles|kaykhelles|ykhlsso|ykhelles|khasso|khassni|khassek|wach|wech|bghit|dyal|dial|kifach|kifech|mzyan|mzyana|nwli|ywli|chkoun|fihom|a9al|akther|3afak|bzaf|daba|khdam|khdama|khdemt|3ndi|3ndo|n9der|na9esni|kaydir|kaydiro|kayn|kayna|wla|tri9|bach|labas|rak|ta3ref|ta3mel|kat-khod|katkhod|ndir|n3ref|wa9ila|ykhdem|m3aya|menhom|mnhom|kont|ahsan|sa7a|ktebli|fat)(?![\p{L}\d])/giu;
function isDarija(text: string): boolean {
  return distinctWords(text, DARIJA_WORDS) >= 2;
}

const DEGREE: Record<string, string> = {
  licence: "bachelor's",
  license: "bachelor's",
  bachelor: "bachelor's",
  master: "master's",
  phd: "PhD",
  doctorat: "PhD",
};

/** Family and friends ("wlidi" is my son), in the English words that mark someone else's facts. */
const KIN: Record<string, string> = {
  wlidi: "my son",
  weldi: "my son",
  wldi: "my son",
  bnti: "my daughter",
  benti: "my daughter",
  khoya: "my brother",
  khouya: "my brother",
  khti: "my sister",
  sa7bi: "my friend",
  sahbi: "my friend",
  sa7bti: "my friend",
  mrati: "my wife",
  rajli: "my husband",
};

/** The writer's facts, in the word order the profile reads; run before the words. */
const STATEMENTS: readonly Rewrite[] = [
  // "salam khouya" (hi bro): a greeting, no brother whose facts follow.
  rule(String.raw`(?<![\p{L}\d])(?:salam|slm|ahlan|ya|wa) (?:khouya|khoya|sahbi|sa7bi)(?![\p{L}])`, " hey "),
  // "ma3ndich diplome, ghir bac" (I have no degree, only the baccalaureate), "bla licence" (without a bachelor's).
  rule(String.raw`(?<![\p{L}\d])ma ?3ndich (?:diplome|diplôme|licence|chahada)(?![\p{L}])`, " i have no degree "),
  rule(String.raw`(?<![\p{L}\d])bla (?:licence|diplome|diplôme)(?![\p{L}])`, " without a degree "),
  // "ana bba" (I'm a dad; "bba" is no business degree here).
  rule(String.raw`(?<![\p{L}\d])ana (?:bba|baba|mama|mma)(?![\p{L}])`, " i'm a parent "),
  [
    /(?<![\p{L}\d])(wlidi|weldi|wldi|bnti|benti|khoya|khouya|khti|sa7bi|sahbi|sa7bti|mrati|rajli)(?![\p{L}])/giu,
    (kin: string) => ` ${KIN[kin.toLowerCase()] ?? "my friend"} `,
  ],
  // "w 2 ans menhom kont tech lead" (and 2 of those years I was tech lead).
  rule(
    String.raw`(?<![\p{L}])(\d+) (?:ans|snin|3am|3amat|years?) (?:menhom|mnhom) (?:kont |kunt )?(?:tech lead|team lead|lead|manager|chef d'[ée]quipe)`,
    " led a team for $1 years ",
  ),
  // "3ndi licence f info" (I have a bachelor's in computer science), "3ndi master".
  [
    /(?<![\p{L}\d])(?:ana )?(?:3ndi|3andi) (licence|license|bachelor|master|phd|doctorat)(?![\p{L}])/giu,
    (_m: string, degree: string) => ` i have a ${DEGREE[degree.toLowerCase()] ?? degree} `,
  ],
  // "3omri ma este3malt docker" (never used docker): before the Egyptian reader reads "3omri" as an age.
  rule(
    String.raw`(?<![\p{L}\d])3omr[iy] ma (?:este3malt|sta3malt|sta3melt|khdemt b|9ist|9isst|jarrebt) ([a-z][\w+#.-]*)`,
    " never used $1 ",
  ),
  // "Ana DevOps hadi 4 ans" (I have been DevOps for 4 years).
  rule(String.raw`(?<![\p{L}\d])hadi (\d+) (?:ans|snin|3am|3amat)(?![\p{L}])`, " for $1 years "),
  rule(String.raw`(?<![\p{L}\d])(\d+) (?:ans|snin|3am|3amat)(?![\p{L}])`, " $1 years "),
  rule(String.raw`(?<![\p{L}\d])(?:khdam|khdama|khdemt|kan khdem|kankhdem)(?: comme)?(?![\p{L}])`, " worked as "),
];

const WORDS: readonly Rewrite[] = [
  // What is asked
  // "had l bot chno kaydir exactly? t9der t3awni?" (what does this bot do? can you help me?).
  rule(
    String.raw`(?<![\p{L}\d])had (?:l|el) ?bot (?:chno|chnou|ach) (?:kaydir|kaydar)(?![\p{L}])`,
    " what can you do ",
  ),
  rule(String.raw`(?<![\p{L}\d])t9der t3awni(?![\p{L}])`, " can you help me "),
  // "wach n9der napplyi l X daba?" (can I apply for X now?).
  rule(
    String.raw`(?<![\p{L}\d])(?:wach |wech )?n9der (?:napplyi|n-?apply|nappliki|ndkhol)(?: l| 3la| f)?(?![\p{L}])`,
    " can i apply for ",
  ),
  rule(String.raw`(?<![\p{L}\d])(?:chno|chnou|ach) (?:kaydir|kaydiro|kaydirou)(?![\p{L}])`, " what does "),
  // "wach lead ML architect kaydir bzaf dyal management wla ghir code?" (does one do a lot of management, or only
  // code?): what the work is.
  rule(String.raw`(?<![\p{L}\d])kaydir bzaf (?:dyal|dial) management(?![\p{L}])`, " manage people "),
  rule(String.raw`(?<![\p{L}\d])ghir(?![\p{L}])`, " only "),
  rule(String.raw`(?<![\p{L}\d])(?:f nhar|f lyoum|kol nhar|koll nhar)(?![\p{L}])`, " do day to day "),
  rule(
    String.raw`(?<![\p{L}\d])(?:ch7al|chhal|chehal) (?:kaykhles|kaykhelles|ykhlsso|ykhelsso|kaykhelsso|ykhalsso|ykhalso|kayrbe7|kaychd)(?![\p{L}])`,
    " how much does it pay ",
  ),
  rule(String.raw`(?<![\p{L}\d])(?:ch7al|chhal) mn (?:3am|sna|ans)(?: kat-?khod)?`, " how many years does it take "),
  rule(
    String.raw`(?<![\p{L}\d])(?:chkoun|chkoune)(?: li)? (?:kaykhelsso|kaykhelles|kaykhles|ykhelles) (?:ktar|kter|akther|kthar)(?![\p{L}])`,
    " which pays more ",
  ),
  rule(String.raw`(?<![\p{L}\d])(?:l |el )?far9 bin(?![\p{L}])`, " the difference between "),
  rule(String.raw`(?<![\p{L}\d])(?:bghit|bgheet) (?:ndoz|ndouz|ndowz) (?:l|le|la)(?![\p{L}])`, " i want to move to "),
  rule(String.raw`(?<![\p{L}\d])(?:chkoun|chkoune) fihom(?: l roles)?(?: li)?(?![\p{L}])`, " which of the roles "),
  rule(String.raw`(?<![\p{L}\d])(?:kaykhelles|kaykhles|ykhelles) a9al(?: wa7ed)?(?![\p{L}])`, " pays the least "),
  rule(
    String.raw`(?<![\p{L}\d])(?:chno|chnou|chnowa|ach) (?:na9esni|khassni|khasni)(?![\p{L}])`,
    " what am i missing ",
  ),
  // "python ma3reftouch bzaf" (I don't know Python much): a skill they lack.
  rule(String.raw`(?<![\p{L}\d])([a-z][\w+#.]*) ma3reft(?:ou|o)?ch(?: bzaf)?(?![\p{L}])`, " never learned $1 "),
  rule(
    String.raw`(?<![\p{L}\d])wach (?:mochkil|mouchkil|mushkil) (?:kbir|kbira)(?![\p{L}])`,
    " is that a big problem ",
  ),
  rule(String.raw`(?<![\p{L}\d])(?:chnowa|chno|ach) (?:ykhdem|yji) m3aya akther(?![\p{L}])`, " which fits me better "),
  rule(String.raw`(?<![\p{L}\d])wach (?:n9der|nqder|ne9der) nwli(?![\p{L}])`, " can i become "),
  rule(String.raw`(?<![\p{L}\d])(?:bghit|bgheet) nwli(?![\p{L}])`, " i want to become "),
  rule(String.raw`(?<![\p{L}\d])wach (?:khasso|khassha|khass)(?![\p{L}])`, " does it require "),
  rule(String.raw`(?<![\p{L}\d])(?:li )?khassni n3raf\p{L}*`, " i need to know "),
  rule(String.raw`(?<![\p{L}\d])wach kayn(?![\p{L}])`, " is there "),
  rule(String.raw`(?<![\p{L}\d])(?:wla|wlla) la(?![\p{L}])`, " or not "),
  rule(String.raw`(?<![\p{L}\d])(?:chno|ach) (?:ahsan|a7ssan)(?![\p{L}])`, " which is better "),
  rule(String.raw`(?<![\p{L}\d])kifach ndir(?![\p{L}])`, " how do i make "),
  rule(String.raw`(?<![\p{L}\d])(?:wesh|wach) ta3ref (?:ta3mel|dir)(?![\p{L}])`, " what can you do "),
  rule(String.raw`(?<![\p{L}\d])(?:ya bot )?rak labas|labas 3lik`, " how are you "),
  rule(String.raw`(?<![\p{L}\d])sa7a ramdankom|ramdan mbarek|ramadan mubarak`, " happy ramadan "),
  rule(String.raw`(?<![\p{L}\d])(?:ktebli|kteb li)(?![\p{L}])`, " write me "),
  rule(String.raw`(?<![\p{L}\d])chno howa(?![\p{L}])`, " what is "),
  rule(String.raw`(?<![\p{L}\d])(?:chno|chnou|chnowa|ach)(?![\p{L}])`, " what "),
  rule(String.raw`(?<![\p{L}\d])(?:kifach|kifech)(?![\p{L}])`, " how "),
  rule(String.raw`(?<![\p{L}\d])(?:ch7al|chhal|chehal)(?![\p{L}])`, " how much "),
  rule(String.raw`(?<![\p{L}\d])(?:chkoun|chkoune)(?![\p{L}])`, " who "),
  rule(String.raw`(?<![\p{L}\d])(?:wach|wech)(?![\p{L}])`, " is "),
  rule(String.raw`(?<![\p{L}\d])(?:wla|wlla)(?![\p{L}])`, " or "),
  rule(String.raw`(?<![\p{L}\d])(?:dyal|dial)(?![\p{L}])`, " of "),
  rule(String.raw`(?<![\p{L}\d])bach(?![\p{L}])`, " to "),
  rule(String.raw`(?<![\p{L}\d])(?:mzyan|mzyana)(?![\p{L}])`, " good "),
  rule(String.raw`(?<![\p{L}\d])(?:khasso|khassha)(?![\p{L}])`, " requires "),
  rule(String.raw`(?<![\p{L}\d])3afak(?![\p{L}])`, " please "),
  rule(String.raw`(?<![\p{L}\d])w(?= )`, " and "),
  rule(String.raw`(?<![\p{L}\d])f(?= )`, " in "),
];

/** The message in English words when it is written in Darija; any other message as it is. */
export const darijaInEnglish = languageReader(isDarija, STATEMENTS, WORDS);
