import type { Rewrite } from "../regex";
import { distinctWords, languageReader } from "./shared";

/**
 * Egyptian Arabic in Latin letters and digits (Arabizi, "Franco"): "el mortab kam f amrika? w kam sana khebra" is read
 * as "salary how much in the US? and how many years experience". Spellings vary from writer to writer ("5areg",
 * "5areeg", "kharig"; "ba4ta8al", "bashtaghal"), so each word is a pattern of its usual spellings.
 */

/** Words only Arabizi has; two of them make a message Arabizi. */
const ARABIZI_WORDS =
  /\b(?:3ayez|3ayza|a3raf|eh|ezay|leh|kam|mortab\w*|khebra|5ebra|snin|sneen|b2ali|ba2ali|ba4ta8al|bashtaghal|ba3mel|by3mel|bye3mel|walla|ya3ni|7ad|meen|anhy|enta|ana|m3aya|ma3aya|3andi|3andy|m3ndeesh|ma3ndeesh|na2esni|yenfa3|lesa|kteer|3shan|3ala|3la|el|da|ya bot|ya gama3a|lazem|momken|wala|elly|a7san|e7na|fehom|3aref|shu|baddi|bya3mel|ratib|anhi|3ndak|khallast|snin|sanatein|2ad)\b/gi;

function isArabizi(text: string): boolean {
  // "el" and "da" are Spanish and Italian too: they count only beside a word no other language has.
  return distinctWords(text.replace(/\b(?:el|da)\b/gi, " "), ARABIZI_WORDS) >= 2;
}

/** The writer's facts in the word order the profile reads; run before the words. */
const STATEMENTS: readonly Rewrite[] = [
  // "ba4ta8al backend f bank b2ali 6 snin" (I've worked in backend at a bank for 6 years).
  [
    /\b(?:ba4ta8al|bashtaghal|b4ta8al|bshtghl|eshta8alt|ishtaghalt) ([a-z][\w ]{1,30}?) (?:b2ali|ba2ali|men|mn) (\d+) (?:snin|sneen|sana|years?)\b/gi,
    " worked as $1 for $2 years ",
  ],
  [/\b(\d+) (?:snin|sneen|sanawat|sana) (?:khebra|5ebra|experience)\b/gi, " $1 years of experience "],
  [/\b(?:b2ali|ba2ali) (\d+) (?:snin|sneen|sana)\b/gi, " for $1 years "],
  // "a5er 2 years menhom sh3'al ML engineering", "menhom 3 team lead".
  [
    /\b(?:a5er )?(\d+) (?:years?|snin|sneen|sana) (?:menhom|mnhom) (?:sh3'?al|sha8al|shaghal) ml\w*/gi,
    " $1 years of ml experience ",
  ],
  [/\bmenhom (\d+) (?:years? |snin |sana )?(?:team lead|lead|leader|manager)\b/gi, " led a team for $1 years "],
  [/\b(\d+) menhom ba-?lead\w*(?: team)?/gi, " led a team for $1 years "],
  [/\bba-?lead team (?:men|mn|b2ali) (\d+) (?:snin|sneen|sana)\b/gi, " led a team for $1 years "],
  // "abl ma a3mel master" (before I do a master's), "5allast master fe computer vision" (I finished a master's), "sebt
  // handasa fel second year" (I left engineering school in the second year), "ma3andeesh ay shahada gam3eya" (no
  // university degree).
  [/\b(?:abl ma|2abl ma|before) (?:a3mel|a3ml|a3mal) (?:el )?(master|phd)\b/gi, " before i do a $1 "],
  [/\b(?:5allast|khallast|5alast|khalast) (?:el )?(master|phd|doctorah)\b/gi, " i have a $1 "],
  [/\bsebt (?:el )?(?:handasa|kolleya|kolya|gam3a|game3a|college|uni)\b/gi, " i dropped out of college "],
  [
    /\b(?:ma3andeesh|m3ndeesh|ma3ndeesh) (?:ay |aii )?shahada (?:gam3eya|gam3ya|game3eya)\b/gi,
    " no university degree ",
  ],
  [/\b(?:sanatein|santen|santein)\b/gi, " 2 years "],
  [/\bsana wa7da\b/gi, " 1 year "],
  [/\b3omri (\d+) (?:sana|snin)\b/gi, " i am $1 years old "],
  [/\bibni (\d+) (?:sana|snin)\b/gi, " my son is $1 "],
  // "3ayez ab2a lead ML architect kaman 4 sneen" (I want to be one in 4 years): a target, not years of work.
  [/\bkaman (\d+) (?:snin|sneen|sana)\b/gi, " in $1 years "],
  [/\b(?:b2ali|ba2ali|ba2aly|b2aly) (?:sana|sane) (?:bas|bs)\b/gi, " for 1 year "],
  [/\b(?:b2aly|ba2aly) (\d+) (?:snin|sneen|sana)\b/gi, " for $1 years "],
  // "lessa mtkharrag men Ain Shams CS" (just graduated from ...): a bachelor's held.
  [/\b(?:lessa |lesa )?(?:mtkharrag|metkharag|mitkharag|mt5arag|met5arag)\b/gi, " i have a bachelor's, graduated "],
  [/\b(\d+) (?:snin|sneen|sana)\b/gi, " $1 years "],
  // "3omry ma lmast kubernetes" (never touched kubernetes).
  [
    /\b3omr[iy] ma (?:lmast|lamast|estakhdemt|estakhdamt|est5dmt|est5damt|3amalt|shta8alt) (?:3la |b)?([a-z][\w+#.-]*)/gi,
    " never used $1 ",
  ],
  [/\bmesh (?:m3aya|ma3aya) (?:ay )?degree\w*/gi, " no degree "],
  [/\bfe (?:talta|tanya|rab3a|awel|khamsa) (?:handasa|hasebat|computers|kolya|gam3a)\b/gi, " i am a student in "],
  [/\bba3mel (master|phd|doctora\w*)\b/gi, " studying for a $1 "],
  [/\bsa7bi 3ando\b/gi, " my friend has "],
  // ("5alast bachelor computer science": the degree named after it is the one finished.)
  [
    /\b(?:khallast|5allast|5alast|khalast) (?:el |my )?(?:bachelor'?s?|bakaloryos|bsc|bs) (?:(?:fe|fi|in|of) )?/gi,
    " i have a bachelor's in ",
  ],
  [/\b(?:khallast|5allast|5alast|khalast) (?!iti|bootcamp|course|kors|el geish)/gi, " i have a bachelor's in "],
  // Degrees: held, under way, none. "sebt el kolya f tanya" (left college in the second year).
  [/\b(?:m3ndeesh|ma3ndeesh|ma3andeesh|m3ndish) (?:degree|shehada)\w*( 5ales| khales)?\b/gi, " no degree "],
  [/\bsebt el kol+(?:ya|eya)\w*/gi, " dropped out "],
  [/\b(?:ba7dar|bahdar|bad?rs|ba2ra) (master|phd|doctora\w*|magister\w*)\b/gi, " studying for a $1 "],
  [/\blesa f (?:tany|talet|awel|2|3|1) sana\b/gi, " still studying "],
  [/\b(?:ana )?(?:m3aya|ma3aya|3andi|3andy|3ndi|3ndy) (master|phd|bachelor|bakaloryos|magister)\b/gi, " i have a $1 "],
  [
    /\b(?:5areg|5areeg|kharig|khareeg|5aregt|5aragt) ([a-z][\w ]{0,20}?)\(?(bachelor)\)?/gi,
    " i have a bachelor's in $1 ",
  ],
  [/\b(?:5areg|5areeg|kharig|khareeg|5aregt|5aragt)\b/gi, " graduated "],
];

const WORDS: readonly Rewrite[] = [
  [/\b(?:ya gama3a|ya bot|ya 7alawa|law sama7t|ya3ni|bel zabt|belzabt)\b/gi, ""],
  // "enta bt3raf 3an anhy wazayef bezabt? 3ayez el list kolaha" (which roles do you know about? I want the whole list).
  [
    /\b(?:enta |inta )?(?:bt3raf|bte3raf|ta3raf) 3an anhy (?:wazayef|wazaef|wazayf)\b/gi,
    "which roles do you know about",
  ],
  [/\b(?:3ayez|3ayza) el list kolaha\b/gi, "list them all"],
  // "3ayez a3raf" (I'd like to know) only opens the question.
  [/\b(?:3ayez|3ayza) a3raf\b/gi, ""],
  [/\b(?:me7tag|m7tag|mo7tag|me7taga|m7taga)\b/gi, "needs"],
  [/\bshehada\b/gi, "degree"],
  [/\bkam sa3a\b/gi, "how many hours"],
  [/\bkam (?:sene|sana|snin)\b/gi, "how many years"],
  [/\b3andi (interview|offer)\b/gi, "i have an $1"],
  [/\beh el as2la(?: elly| el)?(?: momken)? yes2al\w*/gi, "what questions will they ask"],
  [/\bas2la\b/gi, "questions"],
  [/\b(?:shu|eh) (?:na2esni|na2sni|ne2sni)\b/gi, "what am i missing"],
  // Levantine "shu ba7tej la X?" (what do I need for X?), "hek ana jahez?" (so am I ready?).
  [/\b(?:shu|eh) (?:ba7tej|b7tej|bet7tej|ba7taj|na8sni|na8esni)\b/gi, "what am i missing"],
  [/\b(?:ana )?(?:jahez|jahiz|7ader)\b(?=\s*\?)/gi, "am i ready"],
  [/\bshu\b/gi, "what"],
  [/\belli\b/gi, "that"],
  [/\bba3ref\b/gi, "i know"],
  [/\bbaddi\b/gi, "i want to"],
  [/\b(?:by3mel|bye3mel|bi3mel|bya3mel) eh\b/gi, "what do they do"],
  [/\b(?:shu|eh) (?:by3mel|bye3mel|bi3mel|bya3mel)\b/gi, "what does"],
  [/\b(?:enta )?(?:bt3mel|bet3mel) eh(?: aslan)?\b/gi, "what can you do"],
  [/\b(?:fel yom|kol yom)\b/gi, "day to day"],
  [
    /\b(?:ezay|kef) (?:aw2al|awsal|awsel) (?:men|mn) ([a-z]+(?: level)?) (?:le|l|lel) ([a-z]+)\b/gi,
    "career path from $1 to $2",
  ],
  // "el far2 eh ben X w Y" (what's the difference between), "el tari2 lel lead ezay" (how's the path to lead), "bya5od
  // kam sana" (how many years does it take), "eh el gap beni w ben X" (what's my gap to X), "a2dar a2addem 3la X"
  // (can I apply for X), "kif aktb el CV" (how do I write my CV), "bymasek team" (leads a team).
  [/\b(?:el )?far2 eh ben\b/gi, "what is the difference between"],
  [/\b(?:el )?tari2 (?:lel|le|l) /gi, "the career path to "],
  [/\b(?:el )?tari2\b/gi, "the career path"],
  [/\b(?:bya5od|byakhod|bta5od|btakhod) kam (?:sana|sene|snin)\b/gi, "how many years does it take"],
  [/\beh el gap(?: beni| ben(?:i|y))? (?:w|we) ben\b/gi, "what is my gap to"],
  [/\beh el gap\b/gi, "what is my gap"],
  [/\b(?:a2dar|a2der|ade2ar) (?:a2addem|a2adem|aqadem) (?:3la|3ala|for)\b/gi, "can i apply for"],
  [/\b(?:kif|ezay) (?:aktb|akteb|aktib) el cv\b/gi, "how do i write my cv"],
  [/\b(?:bymasek|bimsek|by-?lead) team\b/gi, "leads a team"],
  [/\b2ad eh sana\b/gi, "how many years"],
  [/\b2ad eh ana ba3id (?:3an|men|mn)\b/gi, "how far am i from"],
  [/\beh (?:elly|el) (?:na2esni|na2sni)\b/gi, "what am i missing"],
  [/\b(?:bnaf3|banfa3|bnfa3)\b/gi, "am i a fit for"],
  [/\b(?:a7san|a2rab) (?:lia|leya|liya)\b/gi, "fits me best"],
  [/\b(?:3ayez|baddi) abda2 fe anhi role\b/gi, "which role should i start with"],
  [/\banhi (?:role|wa7ed) men el roles(?: elli 3ndak)? lazem\b/gi, "which role requires"],
  [/\b(?:3ndak|3andak) anhi roles\b/gi, "which roles do you have"],
  [/\b(?:min|meen) (?:bya5od|byakhod) aktar\b/gi, "which earns more"],
  [/\b(?:bya5od|byakhod) a2al ratib\b/gi, "pays the lowest salary"],
  [/\bbyetlob\b/gi, "requires"],
  [/\bratib\b/gi, "salary"],
  [/\bayhom afdal\b/gi, "which is better"],
  [/\bafdal\b/gi, "better"],
  [/\banhi sherka\b/gi, "which company"],
  [/\bezay aktib cv\b/gi, "how do i write my cv"],
  [/\btab w fe\b/gi, "and in"],
  [/\bhayekoon nafs el ra2am\b/gi, "will the figure be the same"],
  [/\baw\b/gi, "or"],
  [/\bfel\b/gi, "in the"],
  [/\bfe\b/gi, "in"],
  [/\benta bt3mel eh\b/gi, "what can you do"],
  [/\bf yomo\b|\bkol yom\b/gi, "day to day"],
  [/\b(?:na2esni|na2sni|ne2sni) eh\b/gi, "what am i missing"],
  [/\bana ready walla\b/gi, "am i ready or"],
  [/\b(?:a2rab|a2rab) leya\b/gi, "fits me best"],
  [/\b(?:anhy|anhi|meen) role\b/gi, "which role"],
  [/\bmeen fehom\b/gi, "which of them"],
  [/\beh el roadmap\b/gi, "what is the career path"],
  [/\broadmap\b/gi, "career path"],
  [/\b(?:yenfa3|ynfa3|yenfa)\b/gi, "can i do it"],
  [/\ba2dar a ?apply\b/gi, "can i apply"],
  [/\b(?:el )?mortab\w*/gi, "salary"],
  [/\b(?:khebra|5ebra)\b/gi, "experience"],
  [/\b(?:el )?matloba?\b/gi, "required"],
  [/\ba3la\b/gi, "highest"],
  [/\ba2al\b/gi, "lowest"],
  [/\b(?:rattebli|ratebli|rattebly)\b/gi, "rank"],
  [/\b7asab\b/gi, "by"],
  [/\bmen el a3la lel a2al\b/gi, "from highest to lowest"],
  [/\bkam\b/gi, "how much"],
  [/\beh\b/gi, "what"],
  [/\bezay\b/gi, "how"],
  [/\bleh\b/gi, "why"],
  [/\bf amrika\b/gi, "in the US"],
  [/\bel (?:demand|talab) 3la\b/gi, "the demand for"],
  [/\b(?:lesa fi shoghl|fi shoghl)\b/gi, "are there jobs"],
  [/\bel soo2\b/gi, "the market"],
  [/\b(?:tshaba3|etshaba3)\b/gi, "saturated"],
  [/\b(?:a3mel|a3ml)\b/gi, "make"],
  [/\bazawed\b/gi, "raise"],
  [/\b(?:ekteb|ektebli|ekteb li)\b/gi, "write me"],
  // "w lazem master wala la2?" (and is a master's required or not?).
  [/\b(?:w |we )?lazem (master|phd|bachelor|degree|shehada)\w* (?:walla|wala) la2\b/gi, "and is a $1 required or not"],
  [/\b(?:walla|wala) la2\b/gi, "or not"],
  [/\b(?:walla|wala)\b/gi, "or"],
  [/\blazem\b/gi, "required"],
  [/\bmomken\b/gi, "can"],
  [/\b(?:a4ta8al|ashtaghal|a4t8al)\b/gi, "work"],
  [/\b(?:akbar)\b/gi, "biggest"],
  [/\bbt2abel\b/gi, "face"],
  [/\ba7san\b/gi, "best"],
  [/\belly\b/gi, "that"],
  [/\be7na\b/gi, "we"],
  [/\b(?:enta )?3aref anhy roles\b/gi, "which roles do you know"],
  [/\bw\b/gi, "and"],
  // "senior ai application engineer 3ayez kam sana exp?": after what it is said of, "3ayez" is "requires".
  [/(?<=\S\s)(?:3ayez|3ayza|3ayzeen)\b/gi, "requires"],
  [/\b(?:3ayez|3ayza)\b/gi, "i want"],
  [/\bana\s+(?=worked|never|studying|still|i have|graduated|no degree|dropped)/gi, "i "],
  [/\bana\b/gi, "i'm"],
  [/\bba3d bokra\b/gi, "the day after tomorrow"],
  [/\byes2aloha\b|\byes2alo\b/gi, "they ask"],
  [/\bel\b/gi, "the"],
  [/\bf\b/gi, "in"],
  [/\b(?:3shan|3ashan)\b/gi, "to"],
  [/\b(?:3la|3ala)\b/gi, "for"],
  [/\bkteer\b/gi, "a lot"],
];

/** The message in English words when it is written in Arabizi; any other message as it is. */
export const arabiziInEnglish = languageReader(isArabizi, STATEMENTS, WORDS);
