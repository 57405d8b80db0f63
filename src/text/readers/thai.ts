import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase } from "./shared";

/**
 * Thai, read in English words where a phrase carries the question or the writer's facts: "ผมทำ data engineer มา 6 ปี
 * จบ ป.ตรี ... ขาดอะไรบ้าง" is read as "i worked as data engineer for 6 years, i have a bachelor's ... what am i
 * missing". Thai writes no spaces between words: the phrases are found inside the text, the rest stays in Thai.
 */
const THAI = /[\u0e00-\u0e7f]/;

const DEGREE: Record<string, string> = { "ป.ตรี": "bachelor's", "ป.โท": "master's", "ป.เอก": "PhD" };

const STATEMENTS: readonly Rewrite[] = [
  // "อยากเป็น lead ML architect ภายใน 5 ปี" (want to be ... within 5 years): a target, not years of work; "ยังไม่เคยทำ ML
  // เลย" (never done any ML yet).
  [/ภายใน\s*(\d+)\s*ปี/g, " within $1 years "],
  [/ยังไม่เคยทำ\s*(ML|AI|machine learning)\s*(?:เลย)?/gi, ", never done $1. "],
  // "หรือ ป.โท ก็พอ" (or is a master's enough?): a degree weighed, not held.
  [
    /(?:หรือ\s*)?(ป\.ตรี|ป\.โท|ป\.เอก|master'?s?|bachelor'?s?|phd|ph\.d\.?)\s*ก็พอ(?:ไหม)?/gi,
    (_m: string, d: string) => ` or is a ${DEGREE[d] ?? d} enough? `,
  ],
  // "ต้องจบ ป.เอก เลยไหม" (is a PhD required?), "ต้องจบ master ไหม": a degree asked about, before "จบ ป.เอก" (holds a
  // PhD) is read.
  [
    /(?:ต้อง)?(?:จบ)?\s*(ป\.เอก|ป\.โท|ป\.ตรี|master'?s?|bachelor'?s?|phd|ph\.d\.?)\s*(?:เลย)?(?:ไหม|มั้ย|หรือเปล่า)/gi,
    (_m: string, d: string) => ` is a ${DEGREE[d] ?? d} required? `,
  ],
  // "(ในนั้นเป็น team lead 3 ปี)": of those, team lead for 3 years.
  [/ในนั้น(?:เป็น)?\s*(?:team lead|หัวหน้าทีม|lead)\s*(\d+)\s*ปี/g, " led a team for $1 years "],
  // "ทำ data engineer มา 6 ปี", "รับงาน freelance มา 4 ปี": worked as X for N years.
  [/(?:ทำ|รับงาน|เป็น)\s*([A-Za-z][\w .+-]{1,30}?)\s*มา\s*(\d+)\s*ปี/g, " i worked as $1 for $2 years "],
  [/ทำงาน(?:สาย)?\s*([A-Za-z][\w .+-]{0,20}?)\s*มา\s*(\d+)\s*ปี/g, " i worked in $1 for $2 years "],
  // "ตอนนี้กำลังเรียน ป.เอก ปี 2" (now studying for a PhD, year 2), "เรียน ป.โท อยู่": a degree under way.
  [
    /กำลังเรียน\s*(ป\.ตรี|ป\.โท|ป\.เอก)|(?<!ต้อง)เรียน\s*(ป\.ตรี|ป\.โท|ป\.เอก)(?=[^.?!]{0,20}อยู่)/g,
    (_m: string, d?: string, e?: string) => ` i am studying for a ${DEGREE[d ?? e ?? ""] ?? d ?? e} `,
  ],
  [/จบ\s*(ป\.ตรี|ป\.โท|ป\.เอก)/g, (_m: string, d: string) => ` i have a ${DEGREE[d] ?? d} `],
  // "จบปริญญาโทสถิติ" (graduated with a master's in statistics): the degree's full name.
  [/จบ\s*ปริญญา(ตรี|โท|เอก)/g, (_m: string, d: string) => ` i have a ${DEGREE[`ป.${d}`] ?? d} `],
  [/ไม่มีวุฒิ/g, " no degree "],
  // "ไม่เคยเขียน python เลย" (never wrote python at all).
  [/ไม่เคย(?:เขียน|ใช้|จับ)\s*([A-Za-z][\w+#.-]*)/g, " never used $1 "],
  // "อายุ 38 ปี" (aged 38), then any other "N ปี" (N years); "ขอโทษ พิมพ์ผิด จริงๆ 5 ปี" (sorry, a typo, actually 5 years).
  [/อายุ\s*(\d+)\s*ปี/g, " i am $1 years old "],
  [/(?:lead|คุม|นำ)\s*(?:team|ทีม)\s*มา\s*(\d+)\s*ปี/g, " led a team for $1 years "],
  [/ขอโทษ(?:ครับ|ค่ะ)?\s*พิมพ์ผิด\s*(?:จริงๆ|จริง ๆ)?/g, " sorry, typo, actually "],
  [/(\d+)\s*ปี(?!\s*ที่แล้ว)/g, " $1 years "],
  [/ดรอป(?:ตอน)?(?:ปี\s*\d)?/g, " dropped out "],
];

const WORDS: readonly Rewrite[] = [
  // "บอทนี้รู้เรื่องตำแหน่งงานอะไรบ้าง ขอรายชื่อหน่อย" (which roles does this bot know about? give me the list).
  [/รู้เรื่องตำแหน่งงานอะไรบ้าง(?:ครับ|คะ|ค่ะ)?/g, " which roles do you know about? "],
  [/ขอรายชื่อ(?:หน่อย)?(?:ครับ|คะ|ค่ะ)?/g, " list them "],
  [/(?:ครับ|ค่ะ|คะ|นะ|จ้า)/g, " "],
  [/เงินเดือน(?:ประมาณ)?(?:เท่าไหร่|เท่าไร|กี่บาท)?/g, " salary how much "],
  [/(?:ประมาณ)?(?:เท่าไหร่|เท่าไร|กี่บาท)/g, " how much "],
  [/ตลาดงาน/g, " job market "],
  [/ต้องมีประสบการณ์กี่ปี/g, " how many years of experience are needed "],
  [/อันไหน(?:เงิน|เงินเดือน)(?:เยอะ|มาก|สูง)กว่า(?:กัน)?/g, " which pays more "],
  [/ต้องมี\s*skill\s*อะไร(?:บ้าง)?/g, " which skills are needed "],
  // "ต้องรู้ cloud อะไรบ้าง" (which cloud platforms must one know?).
  [/ต้องรู้\s*([A-Za-z][\w ]{0,20}?)\s*อะไร(?:บ้าง)?/g, " which $1 skills are needed "],
  // "สอบ ก.พ." (the civil service commission's exam); "นักวิทยาศาสตร์ข้อมูล" (data scientist).
  [/(?:สอบ\s*)?ก\.พ\./g, " civil service exam "],
  [/นักวิทยาศาสตร์ข้อมูล/g, " data scientist "],
  // "อยากเป็น X ต้องรู้ภาษาโปรแกรมอะไรบ้าง" (to be X, which programming languages must I know?).
  [/(?:ต้องรู้|ต้องใช้|ต้องเขียน)?\s*ภาษาโปรแกรม(?:มิ่ง)?\s*(?:อะไร)?(?:บ้าง)?/g, " which programming languages are needed "],
  [/อยากเป็น/g, " to become "],
  [/ต้องเรียนอะไร(?:บ้าง)?/g, " what should i learn "],
  [/จะโตไปเป็นตำแหน่งอะไร(?:ได้)?(?:บ้าง)?/g, " how to grow "],
  [/ยังโตอยู่ไหม/g, " is it still growing "],
  [/อุตสาหกรรมไหน/g, " which industries "],
  [/ใช้\s*tools\s*อะไร(?:กัน)?(?:บ้าง)?/g, " which tools do they use "],
  [/cert\s*ตัวไหน/g, " which certification "],
  [/ขาดอะไร(?:บ้าง|อีก)?/g, " what am i missing "],
  [/อยากขยับไปเป็น/g, " can i move to "],
  [/(?:ควรไปทาง|เหมาะกับ)\s*role\s*ไหน(?:ดี)?/g, " which role fits me "],
  [/บริษัทไหนดี/g, " which company is best "],
  [/ในไทย/g, " in Thailand "],
  [/กรุงเทพ/g, " Bangkok "],
  [/เชียงใหม่/g, " Chiang Mai "],
  [/(ป\.ตรี|ป\.โท|ป\.เอก)/g, (_m: string, d: string) => ` ${DEGREE[d] ?? d} `],
  [/ได้ไหม|ไหม/g, " ? "],
  [/แล้ว|และ/g, " and "],
];

/** Thai in Latin letters ("tong jop PhD gon mai khrap? lae ngern duan tao rai"): its polite particles and words. */
const THAI_IN_LATIN =
  /(?<![\p{L}])(?:khrap|krap|krub|kha|khob khun|pom|chan|tong|mai|tao rai|thao rai|ngern|ngoen|duan|duean|lae|gon|jop)(?![\p{L}])/giu;
const LATIN_WORDS: readonly Rewrite[] = [
  // "ngern duan tao rai" (how much is the monthly pay), "tong jop PhD gon mai" (must one finish a PhD first?).
  phrase("(?:lae )?(?:ngern|ngoen) (?:duan|duean)(?: (?:tao|thao) rai)?", " and what is the salary "),
  phrase("tong jop (\\S+) gon mai", " is a $1 required "),
  phrase("khrap|krap|krub", " "),
];

const inThaiScript = languageReader((message) => THAI.test(message), STATEMENTS, WORDS);
const inLatinLetters = languageReader((message) => distinctWords(message, THAI_IN_LATIN) >= 3, LATIN_WORDS);
/** The message with its Thai phrases in English words; any other message as it is. */
export const thaiInEnglish = (message: string): string => inLatinLetters(inThaiScript(message));
