/**
 * What a Japanese writer says of themselves, in the English words the profile's patterns read: "エンジニア歴6年、
 * そのうちMLが4年、テックリードを2年やってます。修士卒。" is read as "6 years of experience, 4 years of ml experience,
 * led a team for 2 years, i have a master's degree". Japanese puts no spaces between words, so the English patterns
 * (written around word boundaries) cannot find these facts in the text as written. Each rule is one way of saying one
 * fact; a statement no rule reads is left as written.
 */
const STATEMENTS: readonly [RegExp, string][] = [
  // "MLが4年", "ML歴は5年", "機械学習の実務は4年", "MLは直近2年": years of ML work.
  [
    /(?:ml|機械学習|ai)(?:歴|の実務|の経験|経験)?(?:は|が|を)?(?:直近|ここ|最近)?\s*(\d+)\s*年(?!目)/gi,
    " $1 years of ml experience, ",
  ],
  // "テックリードを2年", "チームリード経験3年": years leading.
  [
    /(?:テックリード|チームリード|リーダー|マネージャー|マネジャー)(?:経験|歴)?(?:を|は|が|として)?\s*(\d+)\s*年(?!目)/g,
    " led a team for $1 years, ",
  ],
  // "エンジニア歴6年", "組み込みC++歴は12年", "社会人歴10年", "組み込みC++を8年やってます": years of work.
  [/歴(?:は|が)?\s*(\d+)\s*年(?!目)/g, " $1 years of experience, "],
  [/を\s*(\d+)\s*年(?:間)?(?:やって|担当|経験|続けて|(?=[、,。]))/g, " $1 years of experience, "],
  // "チームを率いた経験はまったくありません", "リーダー経験はありません": never led anyone.
  [
    /(?:チームを率いた|リーダー|リード|マネジメント)(?:の)?経験(?:は|が)?(?:まったく|全く|一度も)?(?:ない|ありません|なし)/g,
    " never led a team, ",
  ],
  // Degrees held: "学部卒", "情報系の学部を出て", "修士卒", "博士号を取った", "博士持ち".
  [/学部卒|大卒|学部を出|学部出身|学士号/g, " i have a bachelor's degree, "],
  [/修士卒|修士号|修士を出|修士(?:課程)?修了/g, " i have a master's degree, "],
  [/博士号を取|博士号持ち|博士持ち|博士号(?:が|は)?あ|博士(?:号)?取得/g, " i have a phd, "],
  // Under way: "博士課程2年", "D2", "社会人ドクター", "修士1年".
  [/博士課程\s*(?:\d\s*年|に在籍|在籍)|(?<![a-z])d[1-3](?![a-z\d])|社会人ドクター/gi, " i'm a phd student, "],
  [/修士\s*[12]\s*年|(?<![a-z])m[12](?![a-z\d])/gi, " i'm a master's student, "],
  // "大学は中退", "学位はありません": no degree.
  [/中退|学位は(?:ありません|ない|持っていません)/g, " i dropped out, no degree, "],
  // "Dockerは触ったことがないです": a skill they lack.
  [/([a-z][\w+#.]*)\s*(?:は|を)?\s*(?:触った|使った|やった)ことが(?:ない|ありません)/gi, " never used $1, "],
];

/** Japanese and Chinese letters: a text without any has nothing for these rules. */
const KANA_OR_HAN = /[\u3040-\u30ff\u3400-\u9fff]/;

/** The text with each Japanese statement about the writer in English words; any other text as it was. */
export function japaneseStatementsInEnglish(text: string): string {
  if (!KANA_OR_HAN.test(text)) return text;
  let read = text;
  for (const [pattern, english] of STATEMENTS) read = read.replace(pattern, english);
  return read;
}
