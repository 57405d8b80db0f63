import { count } from "../text/readers/chinese";
import { type Rewrite, rewritten } from "../text/regex";

/**
 * What a writer says of themselves in a language the profile's patterns do not read, in the English words they do.
 * One table of rules per language, each rule one way of saying one fact; a statement no rule reads is left as written.
 */

/**
 * Japanese: "エンジニア歴6年、そのうちMLが4年、テックリードを2年やってます" is read as "6 years of experience, 4 years
 * of ml experience, led a team for 2 years". Japanese puts no spaces between words, so the English patterns (written
 * around word boundaries) cannot find these facts in the text as written.
 */
const JAPANESE: readonly Rewrite[] = [
  // Full-width brackets as the rules below and the profile read brackets.
  [/（/g, " ("],
  [/）/g, ") "],
  // "SIerで7年、そのうちMLは3年": 7 years, 3 of them in ML; the comma before "of which" ends the clause (read as one,
  // it was 7 years of ML).
  [/、\s*(?=(?:その)?うち)/g, ", "],
  // "経験5年（うちML案件は1年）": 5 years, of which 1 on ML projects.
  [
    /うち\s*(?:ml|機械学習|ai)(?:案件|の仕事|の実務|の経験|経験)?(?:は|が)?\s*(\d+)\s*年/gi,
    " $1 years of ml experience, ",
  ],
  // "MLエンジニア歴3年", "AIエンジニアとして2年": years as an ML engineer.
  [/(?:ml|機械学習|ai)\s*エンジニア(?:歴|として)?(?:は|が|を)?\s*(\d+)\s*年(?!目)/gi, " $1 years as an ml engineer, "],
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
  // "チームリーダーは去年からなので1年くらい" (team lead since last year, so about a year): years leading.
  [
    /(?:チームリーダー|テックリード|チームリード|リーダー|マネージャー)(?:は|を)?[^、。]{0,8}?から[^、。]{0,8}?(\d+)\s*年/g,
    " led a team for $1 years, ",
  ],
  // "ここ2年はサーバーチームのリーダー": the last years leading.
  [/ここ\s*(\d+)\s*年は[^、。]{0,15}?(?:リーダー|リード|マネージャー)/g, " led a team for $1 years, "],
  // "ゲームサーバー一筋で9年", "新卒から5年ずっと": years of work.
  [/(?:一筋で|新卒から|から|ずっと)\s*(\d+)\s*年(?!目|後|以内)/g, " $1 years of experience, "],
  // "チームを率いた経験はまったくありません", "リーダー経験はありません": never led anyone.
  [
    /(?:チームを率いた|リーダー|リード|マネジメント)(?:の)?経験(?:は|が)?(?:まったく|全く|一度も)?(?:ない|ありません|なし)/g,
    " never led a team, ",
  ],
  // Degrees held ("学部卒", "修士卒", "博士号", "中退", "学位はありません") are words of the degree lexicon (lexicon.ts).
  // Under way: "博士課程2年", "D2", "社会人ドクター", "修士1年".
  [/博士課程\s*(?:\d\s*年|に在籍|在籍)|(?<![a-z])d[1-3](?![a-z\d])|社会人ドクター/gi, " i'm a phd student, "],
  [/修士\s*[12]\s*年|(?<![a-z])m[12](?![a-z\d])/gi, " i'm a master's student, "],
  // "学部は情報工学でした" (my undergrad was in information engineering): a bachelor's held.
  [/学部は\s*([^、。,.]{1,20}?)\s*(?:でした|です|卒|出身)/g, " i have a bachelor's in $1, "],
  // "画像と言語の両方を扱う研究" (research on both images and language): multimodal work, not language work alone.
  [/(?:画像と(?:自然)?言語|言語と画像|ビジョンと言語|マルチモーダル)/g, " multimodal "],
  // "友達がPhD持ってて" (a friend has a PhD), "妻は修士": someone else's facts, not the writer's.
  [
    /(?:友達|友人|知り合い|妻|夫|嫁|旦那|息子|娘|兄|姉|弟|妹|父|母|彼女|彼氏|同僚|先輩|後輩|上司)(?:が|は|も)[^, 。.!?！？]*/g,
    " ",
  ],
  // "PhD持ってないです", "博士号はありません": a degree not held.
  [
    /(?:ph\.? ?d|博士号?)\s*(?:は|を|も)?\s*(?:持ってない|持っていない|持ってません|持っていません|ありません|ない)/gi,
    " no phd, ",
  ],
  [
    /修士号?\s*(?:は|を|も)?\s*(?:持ってない|持っていない|持ってません|持っていません|ありません|ない)/g,
    " no master's, ",
  ],
  // "大学院戻って修士取るべき？" (should I go back and get a master's?), "博士を目指すべき": a degree to get, not held.
  [/修士(?:号)?\s*(?:を)?\s*(?:取る|取った方|取りたい|取ろう|取得す|目指)/g, " should i get a masters "],
  [/博士(?:号)?\s*(?:を)?\s*(?:取る|取った方|取りたい|取ろう|取得す|目指)/g, " should i get a phd "],
  // "ML経験はゼロ", "ML経験なし", "MLは未経験": no ML work (read as "ML experience" beside "12年", it was 12 years of it).
  [
    /(?:ml|機械学習|ai)(?:の)?(?:経験|実務|歴)?(?:は|が)?\s*(?:ゼロ|なし|無し|未経験|ありません|ない)/gi,
    " no ml experience, ",
  ],
  // "修士なしでも目指せますか" (can I aim for it even without a master's?): a degree asked about, not held.
  [
    /(修士|博士)(?:号)?\s*(?:なし|無し)\s*で(?:も)?/g,
    (_, d: string) => ` without a ${d === "修士" ? "master's" : "phd"} `,
  ],
  // "Dockerは触ったことがないです": a skill they lack.
  [/([a-z][\w+#.]*)\s*(?:は|を|も)?\s*(?:触った|使った|やった)ことが?(?:ない|無い|ありません)/gi, " never used $1, "],
];

/** Japanese in Latin letters: "ML wa churn yosoku de saikin 2 nen" (ML: the last 2 years), "game server 5 nen". */
const ROMAJI: readonly Rewrite[] = [
  [/\bml wa\b[^.,?!]{0,30}?\b(\d+) ?nen\b/gi, " $1 years of ml experience "],
  [/\b(\d+) ?nen\b(?! ?(?:me|go|inai)\b)/gi, " $1 years "],
];

/**
 * Swedish, Norwegian and Danish: "har jobbat 4 år som driftingenjör" (have worked 4 years as), "aldrig rört Docker"
 * (never touched); its degrees ("kandidatexamen", "civilingenjör") are words of the degree lexicon.
 */
const NORDIC: readonly Rewrite[] = [
  // Danish "Jeg er cand.pharm." (I hold the pharmacy master's), "cand.scient.", "cand.polyt.".
  [/(?<![\p{L}])(?:jeg er |er )?cand\.\s?[a-zæøå]+\.?/giu, " i have a master's "],
  // "10 år på Volvo som testingenjör varav 2 som gruppchef" (of which 2 as group manager): years leading.
  [
    /\bvarav (\d{1,2}) (?:år )?som (?:gruppchef|teamledare|teamlead|tech lead|chef|enhetschef|avdelningschef)\b/gi,
    ", $1 years of them leading a team ",
  ],
  // "förlåt, 7 år inte 5" (sorry, 7 years not 5): a count put right.
  [/\b(\d{1,2}) år inte (\d{1,2})\b/gi, " $1 years not $2 "],
  [/\b(?:jobbat|arbetat|arbeidet|jobbet|arbejdet|varit)\s+(?:i\s+)?(\d+)\s*år\b/gi, " worked $1 years "],
  [/\b(\d+)\s*år\s+som\b/gi, " $1 years as "],
  [/\b(?:lett|ledet|ledt)\s+(?:ett\s+|et\s+)?team\s+i\s+(\d+)\s*år\b/gi, " led a team for $1 years "],
  // "lett ett team på 4 pers de senaste 2 åren" (led a team of 4 people for the last 2 years).
  [
    /\b(?:lett|ledet|ledt)\s+(?:ett\s+|et\s+)?team\b[^.,;!?]{0,30}?\b(?:de\s+)?(?:senaste|siste|sidste)\s+(\d+)\s*år(?:en|ene)?\b/gi,
    " led a team for $1 years ",
  ],
  [/\baldri[g]?\s+(?:rört|rørt|använt|brukt|brugt|jobbat med|arbetat med|provat|prøvd)\b/gi, " never touched "],
  [
    /\b(?:aldri|aldrig)\s+(?:jobbet|arbeidet|arbejdet|jobbat|arbetat)\s+med\s+(?:ml|ai|maskinlæring|machine learning)\b/gi,
    " never done any ml ",
  ],
  [/\b(?:nul|null|ingen)\s+ml[- ]?erfaring\b/gi, " no ml experience "],
  // "har en master i datavetenskap" (have a master's in): held, beside a doctorate under way.
  [/\bhar\s+(?:en|et|ett)\s+master(?:examen|grad)?\b/gi, " i have a master's degree "],
  [/\b(?:ledet|ledt|lett)\s+(?:et\s+|ett\s+)?team\s+i\s+(\d+)\s+av\s+de\s+årene\b/gi, " led a team for $1 years "],
  [/\b(\d+)\s+av\s+(?:dem|de)\s+med\s+ml\b/gi, " $1 years of ml experience "],
  [/\bphd-(?:stipendiat|student)\b|\bstipendiat\b/gi, " phd student "],
  [/\bingen\s+(?:grad|utdanning|uddannelse|examen|eksamen)\b/gi, " no degree "],
  [/\b(?:læser|leser|läser|studerer|studerar)\s+(?:kandidat|master|bachelor)\b/gi, " studying for a master's "],
  // "senaste året som tech lead" (the last year as tech lead): one year leading.
  [
    /\b(?:senaste|sista|siste|sidste)\s+året\s+som\s+(?:tech\s*lead|team\s*lead|teamleder|teamledare|chef)\b/gi,
    " led a team for 1 years ",
  ],
  // "blir klar med min master i juni" (I finish my master's in June): a degree under way.
  [
    /\b(?:blir|bliver)\s+(?:klar|ferdig|færdig)\s+med\s+(?:min|mitt|mit)\s+(master|kandidat|phd|doktorsexamen)\w*/gi,
    " studying for a $1 ",
  ],
];

/** Korean degrees by their English names. */
const KOREAN_DEGREE: Record<string, string> = { 학사: "bachelor's", 석사: "master's", 박사: "phd" };

/** Korean: "총 경력 5년" (5 years in all), "ML은 한 5년" (ML about 5 years), "리드 3년째" (leading 3 years), "10년차". */
const KOREAN: readonly Rewrite[] = [
  // "석사 1년차" (first year of a master's), "박사 3년차": a degree under way, its year one of study.
  [/석사\s*(?:과정\s*)?(?:\d\s*년차)?(?<=과정|년차)/g, " i'm studying for a master's, "],
  [/박사\s*(?:과정\s*)?(?:\d\s*년차)?(?<=과정|년차)/g, " i'm a phd student, "],
  // "학부는 수학 전공했어요" (my undergrad was in maths): a bachelor's held.
  [/학부는\s*([^\s,.]{1,10})\s*전공/g, " i have a bachelor's in $1, "],
  // Tools in Hangul ("쿠버네티스는 한 번도 안 써봤어요"), for the rules below that read a tool's name in Latin letters.
  [/쿠버네티스/g, " kubernetes"],
  [/파이썬/g, " python"],
  [/도커/g, " docker"],
  [/파이토치/g, " pytorch"],
  [/텐서플로우?/g, " tensorflow"],
  // "군대 2년 다녀오면" (after two years of military service): no years of tech work.
  [/군(?:대|복무)\s*(\d+)\s*년/g, " military service, "],
  // "컴공 학사 졸업 예정이에요" (I'm to graduate with a bachelor's in CS): a degree under way.
  [
    /(학사|석사|박사)\s*졸업\s*예정/g,
    (_m: string, degree: string) =>
      degree === "학사"
        ? " final year student, "
        : degree === "석사"
          ? " i'm studying for a master's, "
          : " i'm a phd student, ",
  ],
  // "경력 공백이 2년" (a two-year gap in the career): no years of work.
  [/(?:경력\s*)?공백(?:이|은|도)?\s*(\d+)\s*년/g, " a $1 year career break, "],
  // "AWS만 해봤는데" (I've only tried AWS): used.
  [/([a-z][\w+#.]*)\s*만\s*(?:해\s*봤|써\s*봤|써\s*봄|해\s*봄)/gi, " i have used $1, "],
  // "ML 엔지니어로 4년 일했어요" (4 years as an ML engineer), "ML 엔지니어 3년차" (in my third year as one).
  [/(?:ml|머신러닝|ai)\s*엔지니어(?:로)?\s*(\d+)\s*년(?:차)?/gi, " $1 years as an ml engineer, "],
  [/(?:ml|머신러닝|ai)\s*(?:은|는|을|를|이|가)?\s*(?:한\s*)?(\d+)\s*년(?!\s*안)/gi, " $1 years of ml experience, "],
  [
    /(?:팀\s*리드|리드|팀장|매니저|파트리드)\s*(?:를|은|는|로|으로)?\s*(\d+)\s*년(?:째|차)?/g,
    " led a team for $1 years, ",
  ],
  // "그 중 2년은 테크리드였어요" (2 of them as tech lead): the count first.
  [/(\d+)\s*년(?:은|는|동안|간)?\s*(?:테크\s*리드|팀\s*리드|팀장|매니저)/g, " led a team for $1 years, "],
  [/(?:팀\s*)?리드\s*경험(?:이|은)?\s*(?:0|없)/g, " never led a team, "],
  // "석사 아니고 학사예요" (not a master's, a bachelor's): a correction of the degree held.
  [
    /(학사|석사|박사)\s*(?:가|이|는|은)?\s*아니(?:고|라)\s*(학사|석사|박사)/g,
    (_m: string, wrong: string, right: string) =>
      ` correction, not a ${KOREAN_DEGREE[wrong]}, a ${KOREAN_DEGREE[right]}, `,
  ],
  // "석사는 없습니다", "박사 학위는 없어요": a degree not held; "학부는 컴공 나왔고": a bachelor's held.
  [
    /(석사|박사)\s*(?:학위)?\s*(?:는|은|가|이|도)?\s*(?:없습니다|없어요|없고|없음|없어|없는데|없구요|없고요|안\s*했)/g,
    (_m: string, degree: string) => (degree === "석사" ? " no master's degree, " : " no phd, "),
  ],
  // "석사는 수료만 하고 학위는 못 받았어요" (finished the coursework only, never got the degree): not held.
  [
    /(석사|박사)\s*(?:는|은|를|을)?\s*수료만/g,
    (_m: string, degree: string) => (degree === "석사" ? " no master's degree, " : " no phd, "),
  ],
  [/학부(?:는|를|도)?\s*(?:[^\s,.]{1,8}\s*)?(?:나왔|졸업)/g, " bachelor's degree, "],
  [/(?:총\s*)?경력(?:도|은|이)?\s*(\d+)\s*년/g, " $1 years of experience, "],
  // ("박사과정 2년차": the second year of a doctorate, not of work.)
  [/(?=\d)(?<!(?:과정|석사|박사|학부)\s*)(\d+)\s*년차/g, " $1 years of experience, "],
  [
    /([a-z][\w+#.]*)\s*(?:는|은|랑)?\s*(?:아직\s*)?(?:하나도\s*|한\s*번도\s*|아예\s*|전혀\s*)?(?:몰라요|몰라|모릅니다|안\s*해\s*봤|안\s*써\s*봤|써\s*본\s*적\s*(?:이\s*)?없)/gi,
    " never used $1, ",
  ],
];
/** Korean letters. */
const HANGUL = /[\uac00-\ud7af]/;

/**
 * Tamil, Telugu, Kannada and Malayalam in Latin letters: "6 varusham experience" (6 years), "3 samvatsaralu"; and
 * Hinglish "2 saal mein" (in 2 years), which often sits beside them.
 */
const DRAVIDIAN: readonly Rewrite[] = [
  [/\b(\d+)\s*(?:varusham|varushama|varshama|samvatsaralu|samvatsaram)\b/gi, " $1 years "],
  // Malayalam "oru varsham", Telugu "oka samvatsaram", Kannada "ondu varsha": one year.
  [/\b(?:oru varsham|oru varusham|oka samvatsaram|ondu varsha)\b/gi, " 1 year "],
  // Kannada "M.Tech madle beka?" (should I do an M.Tech?), "PhD madtiddini" (I'm doing a PhD).
  [/\b(?:m\.?tech|ms|msc|mba) (?:madle|madbeka|maadbeka|madbeku) (?:beka|beku)\b/gi, " should i do a master's "],
  [/\b(?:phd|ph\.d) (?:madle|madbeka|maadbeka|madbeku) (?:beka|beku)\b/gi, " should i do a phd "],
  [
    /\b(m\.?tech|ms|msc|phd|ph\.d|mba|b\.?tech) (?:madtiddini|madthidini|madta iddini|madtidini)\b/gi,
    " i am studying for a $1 ",
  ],
  // Malayalam "ente kayyil M.Tech und" (I have an M.Tech), "ente friend nu PhD und" (my friend has a PhD), "PhD
  // illathe" (without a PhD).
  [/\bente (friend|cousin|chettan|chechi|brother|sister|achan|amma)(?: nu| ku)? ([\w.]+) und\b/gi, " my $1 has a $2 "],
  [/\bente kayyil ([\w.]+) (?:und|undu)\b/gi, " i have a $1 "],
  [/\b(phd|ph\.d|m\.?tech|ms|msc|degree) illathe\b/gi, " without a $1 "],
  // Bengali "kubernetes kokhono use korini, docker o na" (never used kubernetes, nor docker), "python ar pytorch jani"
  // (I know python and pytorch).
  [
    /\b([a-z][\w+#.-]*) kokhono (?:use )?kori ?ni(?:,? ([a-z][\w+#.-]*) o na)?/gi,
    (_m: string, first: string, second?: string) => ` never used ${first}${second ? ` or ${second}` : ""} `,
  ],
  [/\b([a-z][\w+#.-]*(?: (?:ar|aar) [a-z][\w+#.-]*)?) jani\b/gi, " i know $1 "],
  // Malayalam "M.Tech cheyyan aanu plan" (the plan is to do an M.Tech), "PhD cheyyan plan illa" (no plan to do one).
  [/\b(?:m\.?tech|ms|msc|mba) cheyyan\b/gi, " plan to do a master's "],
  [/\b(?:phd|ph\.d) cheyyan\b/gi, " plan to do a phd "],
  // Telugu "5 kaadu, 3 years" (not 5, 3 years).
  [/\b(\d+) kaadu\b/gi, " not $1 "],
  // Hinglish "2 saal mein" (in 2 years): a target, not years of work.
  [/\b(\d+) saal (?:mein|me|mai)\b/gi, " in $1 years "],
];
const DRAVIDIAN_HINT =
  /varush|varsham|samvatsar|madle|madtid|madthid|ente |illathe|kaadu|saal m|kokhono|jani\b|cheyyan|oru varsh|oka samvatsar|ondu varsh/i;

/** Tagalog and Cebuano: "wala pa gyud ko kahibaw sa docker" (I don't know docker yet), "never pa ko naka-hawak ug k8s". */
const FILIPINO: readonly Rewrite[] = [
  // "wala pa akong Python" (I don't have Python yet).
  [/\bwala pa (?:akong|kong|ako ng)\s+([\w+#.-]+)/gi, " never used $1 "],
  [/\bnever pa (?:ko|ako) (?:humawak|nag-?lead|naka-?lead) (?:ng|og|ug) (?:team|tao)\b/gi, " never led a team "],
  [
    /\b(?:wala pa|wala|never pa|hindi pa)\s+(?:gyud\s+|jud\s+|talaga\s+)?(?:ko|ako)\s+(?:kahibaw|kabalo|kagamit|nakagamit|naka-?hawak|nakahawak|naka-?try|nakatry|marunong)(?:\s+(?:sa|og|ug|ng|mag))?\b/gi,
    " never used ",
  ],
];
/** A word of those statements. */
const FILIPINO_HINT = /\b(?:wala|never pa|hindi pa)\b/i;

/**
 * Chinese (simplified): "在银行做数据分析三年了" (three years doing data analysis at a bank), "之前做了两年ML工程师" (two
 * years as an ML engineer), "读硕士（还没毕业）" (studying for a master's, not yet graduated), "没有大学学位" (no degree).
 * Numbers written in characters are read as digits first.
 */
const CHINESE: readonly Rewrite[] = [
  // ("博士四年级": the fourth year of a doctorate, a year of study, not of work.)
  [
    /(?:博士|硕士|研究生|本科|大学)\s*[一二两三四五六七八九十\d]{1,3}\s*年级|(?:博士|硕士|研究生)生/g,
    (m: string) => (m.startsWith("博士") ? " i'm a phd student, " : " i'm studying for a master's, "),
  ],
  // (Traditional "兩年" too.)
  [/([一二两兩三四五六七八九十]{1,3})(?=\s*年(?!级|級|前|后|後|内|內))/g, (n: string) => ` ${count(n)}`],
  [/(?:从来|从)?没(?:有)?(?:带|管理)过(?:团队|人)/g, " never led a team, "],
  [/(?:做了|做|当了|当|干了)\s*(\d+)\s*年(?:的)?\s*(?:ml|机器学习|ai|人工智能)/gi, " $1 years of ml experience, "],
  [/(?:ml|机器学习|ai)(?:工程师)?(?:做了|做|干了)?\s*(\d+)\s*年/gi, " $1 years of ml experience, "],
  [/(?:做|干|工作)(?:了)?[^，。、？?,]{0,12}?(\d+)\s*年(?:了)?/g, " $1 years of experience, "],
  [/(\d+)\s*年(?:的)?(?:工作)?经验/g, " $1 years of experience, "],
  [/(?:在读|读|攻读)\s*(?:硕士|研究生)|硕士在读|还没毕业|尚未毕业/g, " i'm studying for a master's, "],
  [/(?:在读|读|攻读)\s*博士|博士在读/g, " i'm a phd student, "],
  // "我在读 stats PhD" (I'm studying for a stats PhD), "在读 CS master": a degree under way, named in English.
  [/(?:在读|在讀|正在读|攻读)\s*(?:[a-z]+\s+){0,2}(?:phd|ph\.d)/gi, " i'm a phd student, "],
  [/(?:在读|在讀|正在读|攻读)\s*(?:[a-z]+\s+){0,2}(?:master'?s?|ms|msc)\b/gi, " i'm studying for a master's, "],
  [/没有(?:大学)?(?:学位|文凭|本科)|没(?:读|上)过大学/g, " no degree, "],
  [/(?:带|管理)过?(?:团队|团队的经验)?\s*(\d+)\s*年/g, " led a team for $1 years, "],
];
/**
 * Letters Chinese uses and Japanese does not ("没", "读", "带", "还", "吗", "么", "们", "个", "这", "会"), simplified
 * and traditional ("沒", "讀", "帶", "這", "經驗", "兩", "後").
 */
const CHINESE_HINT = /[没读带还吗么们个这会经验沒讀帶還嗎麼們個這會經驗兩後]/;

/**
 * German: "die letzten 6 Jahre als Teamleiter" (the last 6 years as a team lead), "ca. 1 Jahr ML Erfahrung" (about a
 * year of ML), "Master Informatik an der TU Wien, 2. Semester" (a master's under way, not held).
 */
const GERMAN: readonly Rewrite[] = [
  // "Hab meinen Master in Elektrotechnik abgebrochen, Bachelor hab ich aber": a master's given up, a bachelor's held.
  [
    /\b(?:hab|habe|ich hab|ich habe) (?:meinen|mein|den|das) (master|bachelor|diplom|studium|doktor|promotion)\b[^.,;!?]{0,40}?\babgebrochen\b/gi,
    " dropped out of my $1 ",
  ],
  [/\b(bachelor|master|diplom)(?:abschluss)? hab(?:e)? ich (?:aber|schon|zumindest|immerhin)\b/gi, " i have a $1 "],
  // "19 Jahre alt", "bin 47": an age, not years of work.
  [/\b(\d{2}) (?:jahre|jahr|johr) alt\b/gi, " i am $1 years old "],
  // "1 Jahr Junior ML Engineer", "5 Jahre ABAP/Backend": years as that job.
  [
    /\b(\d{1,2}) (?:jahre?n?|jahr) (?:als )?(?=(?:junior |senior )?(?:ml|ai|ki|data|backend|frontend|software|abap|java|python|embedded)\b)/gi,
    " $1 years as ",
  ],
  // "Dipl.-Ing. Maschinenbau", "Diplom-Informatiker": the German university Diplom, a master's.
  [
    /\bdipl\.?\s?-?\s?(?:ing|inf|phys|math|kfm)\.?(?![\p{L}])|\bdiplom-?(?:ingenieur|informatiker|physiker|mathematiker|kaufmann)\w*/giu,
    " master's ",
  ],
  // "Azubi", "Ausbildung zum Fachinformatiker": vocational training, no degree.
  [/\b(?:azubi|auszubildende[r]?|in (?:der )?ausbildung)\b/gi, " no degree, apprentice "],
  // Swiss German "sit 8 Jahr als Data Engineer" (seit: for 8 years), "devo 3 Jahr als Teamlead" (davon: of those).
  [/\b(?:sit|scho sit) (\d+) (?:jahren?|jahr|johr)\b/gi, " seit $1 Jahren "],
  [/\b(?:devo|dervo|drvo) (\d+)/gi, " davon $1"],
  // "2 davon mit ML Pipelines", "davon 2 mit ML": of those years, ML.
  [
    /\b(?:(\d+) davon|davon (\d+))(?: jahre?n?)? (?:mit|im|in|für|fuer) (?:ml|ki|machine[- ]learning)\b/gi,
    " of which $1$2 years in ml ",
  ],
  // "1 Jahr Berufserfahrung", "10 Jahre Erfahrung": years of work.
  [/\b(\d+) (?:jahre?n?|jahr) (?:berufs|arbeits)?erfahrung\b/gi, " $1 years of experience "],
  // "Kei Master, nume Bachelor", "kein Master, nur Bachelor": no master's, only a bachelor's.
  [/\b(?:kei|kein|keinen|keine) (master|phd|doktor|promotion)\b/gi, " no $1 "],
  [/\b(?:nume|numme|nur) (bachelor|master)\b/gi, " only a $1 "],
  // "Werkstudentin im Master Data Science", "bi grad am Master": a master's under way.
  [/\b(?:werkstudent(?:in)?|student(?:in)?) im master\b/gi, " working student, studying for a master's in "],
  [/\b(?:bin|bi) (?:grad|gerade|grade) am master\b/gi, " studying for a master's "],
  // "hab vorher Bachelor Wirtschaftsinformatik gemacht": a bachelor's done.
  [/\b(?:hab|habe) (?:vorher |davor |schon )?(?:den |einen |nen )?bachelor\b/gi, " have a bachelor's "],
  [
    /\b(?:die |davon )?(?:letzten )?(\d+)(?: Jahre?n?)? als (?:Teamleiter\w*|Teamlead|Team ?Lead|Tech ?Lead|Gruppenleiter\w*|Abteilungsleiter\w*|Leiter\w*|Führungskraft)/gi,
    " led a team for $1 years ",
  ],
  [
    /\b(?:ca\.? |etwa |ungefähr |knapp )?(\d+) Jahre?n? (?:ML|KI|Machine[- ]Learning)[- ]?Erfahrung/gi,
    " $1 years of ml experience ",
  ],
  [/\bMaster\b[^().,;]{0,40}?,? \d\. Semester\b/gi, " studying for a master's "],
  // "Ich mach grad berufsbegleitend meinen Master in Data Science": a master's under way, not held.
  [
    /\b(?:ich )?(?:mach|mache) (?:grad |gerade |grade |jetzt |momentan )?(?:berufsbegleitend |nebenbei |noch )?(?:meinen|nen|einen|den) (master|bachelor)\b/gi,
    " i'm studying for a $1's ",
  ],
  // "nebenbei Fernstudium Informatik (3. Semester)": a degree studied for at a distance, under way.
  [/\b(?:nebenbei |berufsbegleitend )?fernstudium\b/gi, " i'm studying part-time for a degree in "],
  // "Hab nur nen Bachelor ... und null Bock auf noch nen Master" (no wish at all for another master's).
  [
    /\b(?:null|kein|keinen|keine) (?:bock|lust) (?:auf|mehr auf) (?:noch )?(?:nen|einen|ein|eine|den|a) /gi,
    " zero desire for another ",
  ],
  // "Kfz-Meister", "mit meinem Meisterbrief": a master craftsman's certificate, no university degree.
  [
    /\b(?:kfz-|elektro|industrie|handwerks)?meister(?:brief|prüfung|pruefung|in)?\b(?! (?:in|of) (?:science|arts)\b)/gi,
    " no degree (craftsman's certificate) ",
  ],
  // "Seit 2 Jahren bin ich Fachbereichsleiterin": years of leading.
  [/\bseit (\d+) jahren? bin ich [\p{L}-]*leiter(?:in)?\b/giu, " led a team for $1 years "],
  // "Docker kenn ich, Kubernetes nicht" (I know Docker, not Kubernetes).
  // ("Kubernetes kenne ich gar nicht": not known at all, read elsewhere.)
  [/\b([\p{L}\d.+#-]+) kenn(?:e)? ich,\s*([\p{L}\d.+#-]+) nicht\b/giu, " i know $1, never used $2 "],
  // "null Cloud-Erfahrung, weder AWS noch Azure": neither one nor the other is known.
  [/\bweder ([\p{L}\d.+#-]+) noch ([\p{L}\d.+#-]+)/giu, " no $1 and no $2 "],
  // ("zero cloud skills": no "zero experience", which is a beginner's.)
  [/\bnull ([\p{L}-]+?)-?erfahrung\b/giu, " zero $1 skills "],
  // "nur ein Diplom (FH)", "Informatik-Diplom an der FH Wedel": a Diplom of a university of applied sciences, about a
  // bachelor's; "Informatik-Diplom" of a university, a master's.
  [/\b(?:[\p{L}]+-)?diplom\s*\(fh\)|\b[\p{L}]+-diplom\b(?= an der fh\b| \(fh\))/giu, " bachelor's "],
  [/\b[\p{L}]+-diplom\b/giu, " master's "],
];
const GERMAN_HINT =
  /\b(?:Jahre|Jahren|Jahr|Johr|Semester|kei|kein|keinen|nume|nur|davon|devo|hab|habe|im Master|am Master|dipl|diplom\w*|azubi|mach|mache|fernstudium|null|weder|\w+-diplom|\w*meister\w*|seit|kenn|kenne)\b/i;

/** French: "gestionnaire d'ingénierie depuis 3 ans", "chef d'équipe depuis 2 ans": years of leading. */
const FRENCH: readonly Rewrite[] = [
  // "ah non pardon je l'ai soutenue en mars, je suis docteur maintenant" (I defended it in March, I'm a doctor now).
  [
    /(?<![\wÀ-ÿ])je l'ai soutenue?(?![\wÀ-ÿ])|(?<![\wÀ-ÿ])j'ai soutenu (?:ma|mon) (?:thèse|these|doctorat)(?![\wÀ-ÿ])/gi,
    " i already defended ",
  ],
  [/(?<![\wÀ-ÿ])je suis (?:docteure?|dr\.?)(?: maintenant| désormais)?(?![\wÀ-ÿ])/gi, " i have a phd "],
  // "lead ML architect avant mes 32 ans" (before I turn 32): an age aimed at, no years of work.
  [/(?<![\wÀ-ÿ])(?:avant|d'ici|à) (?:mes|mon) (\d+) ans\b/gi, " before i turn $1 "],
  // "depuis cinq ans", "depuis huit ans": a count of years in words.
  [
    /\bdepuis (un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt) ans\b/gi,
    (_m: string, n: string) => ` depuis ${FRENCH_NUMBERS[n.toLowerCase()] ?? n} ans `,
  ],
  // "Tech lead data en ESN depuis 3 ans": the years of leading, with words between the title and "depuis".
  [
    /\b(?:tech lead|team lead|lead technique|lead tech|chef de projet|manager)(?: [\wÀ-ÿ'-]+){0,6} depuis (\d+) ans\b/gi,
    " led a team for $1 years ",
  ],
  // "(7 ans d'xp au total)": the whole span.
  [/\b(\d+) ans d'(?:xp|exp|expérience)(?: pro)? au total\b/gi, " $1 years of experience in total "],
  // "4 ans en ESN dont 2 sur des projets ML": years of work, of which years of ML.
  [
    /\b(\d+) ans (?:en|chez|dans|à) [^,.;!?]{1,30}? dont (\d+) (?:ans )?(?:sur des projets|en|de|dans|sur)(?: du| de la| des| le| la)? (?:ml|ia|machine learning|data science)\b/gi,
    " $1 years of work, $2 years of ml experience ",
  ],
  [
    /\b(?:gestionnaire|chef|responsable|directeur|directrice|manager|gérant|gérante|lead)(?: d'(?:ingénierie|équipe)| de (?:l'|la |le )?(?:équipe|projet|développement|ingénierie)| technique)?(?: (?:dev|data|tech|it|ml|ia|back|front|logiciel))? depuis (\d+) ans\b/gi,
    " led a team for $1 years ",
  ], // "je bosse depuis 8 ans dont 3 comme tech lead": years of work, of which years of leading.
  [
    /\b(?:depuis )?(\d+) ans,? dont (\d+) (?:ans )?(?:comme|en tant que|en) (?:tech lead|team lead|lead tech|chef d'équipe|manager|lead)\b/gi,
    " $1 years of work, led a team for $2 years ",
  ],
  // "DPO depuis 6 ans, dont 2 ans à la tête d'une équipe de 3 personnes": of which years leading a team.
  [/\bdont (\d+) ans? à la tête d'une équipe(?: de \d+(?: personnes)?)?/gi, " led a team for $1 years "],
];
const FRENCH_HINT =
  /\bdepuis (?:\d+|\p{L}+) ans\b|\bdont \d+\b|\bau total\b|\bsoutenue?\b|\bje suis (?:docteure?|dr)\b|(?<![\wÀ-ÿ])(?:avant|d'ici|à) (?:mes|mon) \d+ ans\b/iu;
const FRENCH_NUMBERS: Record<string, number> = {
  un: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
};

/**
 * Hebrew: "כבר 10 שנים, 4 מהן כ-tech lead" (10 years already, 4 of them as tech lead), "בלי שום תואר" (no degree at
 * all), "סיימתי תואר שני" (I finished a master's), "יש לי דוקטורט" (I have a doctorate).
 */
const HEBREW: readonly Rewrite[] = [
  [/(\d+) מהן כ-?\s*(?:tech lead|team lead|ראש צוות|מנהל\S*)/gi, " led a team for $1 years, "],
  // "שנתיים" (two years, the dual), "ארבע שנים" (four years): counts in words.
  [/(?:כבר )?שנתיים/g, " 2 years of experience "],
  [
    /(?:כבר )?(שלוש|ארבע|חמש|שש|שבע|שמונה|תשע|עשר) שנים/g,
    (_m: string, n: string) => ` ${HEBREW_NUMBERS[n] ?? n} years of experience `,
  ],
  [/(?:כבר )?(\d+) שנים(?: ניסיון)?/g, " $1 years of experience "],
  [/בלי (?:שום )?תואר/g, " no degree "],
  [/(?:סיימתי|יש לי) תואר שני/g, " I have a master's degree "],
  [/(?:סיימתי|יש לי) תואר ראשון/g, " I have a bachelor's degree "],
  [/(?:סיימתי |יש לי )?דוקטורט/g, " I have a PhD "],
];
const HEBREW_LETTERS = /[\u0590-\u05ff]/;
const HEBREW_NUMBERS: Record<string, number> = { שלוש: 3, ארבע: 4, חמש: 5, שש: 6, שבע: 7, שמונה: 8, תשע: 9, עשר: 10 };

/**
 * Persian, in its letters and in Latin ones (Finglish): "5 سال سابقه کار دارم", "۲ سال تجربه" (5, 2 years of work), "دکترای ... دارم" (I
 * have a doctorate), "6 sal senior backend hastam, 2 salesh team lead budam" (6 years, 2 of them leading),
 * "madrak karshenasi arshad daram" (a master's), "kubernetes ro aslan balad nistam" (no Kubernetes at all).
 */
const PERSIAN: readonly Rewrite[] = [
  [/[۰-۹]/g, (digit: string) => String(digit.charCodeAt(0) - 0x06f0)],
  // "سه سال" (three years): a count in words.
  [/(یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده) سال(?!\S)/g, (_m: string, n: string) => ` ${PERSIAN_NUMBERS[n] ?? n} سال `],
  [/(\d+) سال (?:سابقه|تجربه)(?: کار)?/g, " $1 years of experience "],
  // "به عنوان مهندس یادگیری ماشین" (as a machine learning engineer): the job the years were in.
  [/به عنوان مهندس یادگیری ماشین/g, " as a machine learning engineer "],
  // "فوق‌لیسانس ... دارم" (I have a master's), "دانشجوی کارشناسی ارشد" (a master's student).
  [/دانشجوی (?:کارشناسی ارشد|فوق[\u200c ]?لیسانس)/g, " I am a master's student "],
  [/دانشجوی دکترا/g, " I am a PhD student "],
  [/(?:فوق[\u200c ]?لیسانس|کارشناسی ارشد)[^،,.؟?]{0,40}?دارم/g, " I have a master's degree "],
  [/(?:لیسانس|کارشناسی)[^،,.؟?]{0,40}?دارم/g, " I have a bachelor's degree "],
  [/(\d+) سال(?=[^،,.؟?]{0,60}?(?:بودم|هستم|کار کردم|کار می‌کنم))/g, " $1 years of experience "],
  [/هیچ تجربه\S* با ([A-Za-z][\w+#.]*) ندارم/g, " never used $1 "],
  [/دکترای?\s[^،,.؟?]{0,40}?دارم/g, " I have a PhD "],
  [/هیچ سابقه کار(?: صنعتی)? ندارم/g, " no work experience "],
  [/\b(\d+) salesh (?:team lead|tech lead|modir\w*) budam\b/gi, " led a team for $1 years, "],
  [/\b(\d+) sal\b/gi, " $1 years "],
  [/\bmadrak karshenasi arshad\b|\bkarshenasi arshad\b/gi, " master's degree "],
  [/\b([a-z][\w+#.]*) ro (?:aslan |aslaan )?balad nistam\b/gi, " never used $1 "],
];
const PERSIAN_NUMBERS: Record<string, number> = {
  یک: 1,
  دو: 2,
  سه: 3,
  چهار: 4,
  پنج: 5,
  شش: 6,
  هفت: 7,
  هشت: 8,
  نه: 9,
  ده: 10,
};
const PERSIAN_HINT = /[\u0600-\u06ff]|\b(?:sal|salesh|daram|hastam|budam|nistam)\b/i;

/**
 * Greek, in its letters and in Greeklish: "εδώ και 15 χρόνια" (for 15 years), "είμαι 45 χρονών" (an age), "έχω πτυχίο
 * ... και μεταπτυχιακό" (a bachelor's and a master's), "douleuw 3 xronia san" (3 years as), "den exw aggiksei pote
 * kubernetes" (never touched Kubernetes), "den exw kanei pote lead" (never led).
 */
const GREEK: readonly Rewrite[] = [
  [/είμαι (\d+) χρονών/gi, " I am $1 years old "],
  [/(?:εδώ και )?(\d+) χρόνια/gi, " $1 years "],
  // "Δεν έχω πτυχίο, παράτησα τη σχολή" (I have no degree, I dropped out): before "έχω πτυχίο" reads one as held.
  [/δεν έχω (?:πτυχίο|δίπλωμα|κανένα πτυχίο)/gi, " no degree "],
  [/παράτησα (?:τη |το )?(?:σχολή|πανεπιστήμιο|σπουδές)/gi, " dropped out "],
  // ("... ή χωρίς πτυχίο δεν γίνεται;": whether it can be done without a degree; no degree is named as held.)
  [/χωρίς (?:πτυχίο|δίπλωμα)/gi, " without a degree "],
  // "Είμαι υποψήφια διδάκτωρ" (I'm a PhD candidate), "κάνω διδακτορικό" (I'm doing a PhD): a PhD under way.
  [/(?:είμαι )?υποψήφι(?:ος|α) διδάκτ(?:ωρ|ορας)|κάνω (?:το )?διδακτορικό/gi, " I'm a PhD candidate "],
  // "έχω ήδη μεταπτυχιακό" (I already have a master's).
  [/έχω (?:ήδη )?μεταπτυχιακό/gi, " I have a master's degree "],
  [/έχω πτυχίο(?: [^\s,.;]+)?(?: και μεταπτυχιακό)/gi, " I have a master's degree "],
  [/έχω πτυχίο/gi, " I have a bachelor's degree "],
  [
    /\bden exw (?:aggiksei|agiksei|xrisimopoihsei|xrhsimopoihsei|doulepsei me|piasei) pote ([a-z][\w+#.]*)/gi,
    " never touched $1 ",
  ],
  [/\bden exw kanei pote lead\b/gi, " never led a team "],
  [/\bdouleuw (\d+) xronia san\b/gi, " worked $1 years as "],
  [/\b(\d+) xronia empeiria san\b/gi, " $1 years of experience as "],
];
const GREEK_HINT = /[\u0370-\u03ff]|\b(?:exw|xronia|douleuw)\b/i;

/**
 * Polish: "pracuję od roku jako junior AI engineer" (I have worked as ... for a year), "od 3 lat" (for 3 years), "6 lat w
 * domu z dziećmi" (6 years at home with the kids), "3 lata przerwy" (a 3-year break).
 */
const POLISH: readonly Rewrite[] = [
  // "potem 6 lat w domu z dziećmi" (then 6 years at home with the kids), "3 lata przerwy" (a 3-year break).
  [/\b(\d+) (?:lat|lata|rok) w domu(?: z dzie[cć]mi)?/gi, " $1 years at home "],
  [/\b(\d+) (?:lat|lata) przerwy\b/gi, " a $1-year break "],
  [/\bpracuj[eę] od roku\b/gi, " i have worked 1 year "],
  [/\bpracuj[eę] od (\d+) lat\b/gi, " i have worked $1 years "],
  // "od 3 lat jestem tech leadem zespołu 5 osób" (for 3 years I have been the tech lead of a team of 5).
  [
    /\bod (\d+) (?:lat|lata) (?:jestem )?(?:tech ?lead|team ?lead|lider|kierownik|manager)\w*/gi,
    " i have been a tech lead for $1 years ",
  ],
  // "11 lat w embedded, z czego 3 jako team lead" (11 years in embedded, 3 of them as team lead).
  [
    /\bz czego (\d+) (?:lat[a]? )?jako (?:tech ?lead|team ?lead|lider|kierownik|manager)\w*/gi,
    " led a team for $1 years ",
  ],
  // "pracowałem rok jako junior python dev" (I worked a year as ...), "pracowałam 2 lata w banku".
  [/\bpracowa[łl](?:em|am) (?:przez )?rok\b/gi, " i worked 1 year "],
  [/\bpracowa[łl](?:em|am) (?:przez )?(\d+) (?:lat|lata)\b/gi, " i worked $1 years "],
];
const POLISH_HINT = /\bz czego \d|\bpracuj[eę] od\b|\bpracowa[łl](?:em|am)\b|\bod \d+ lat\b|\bw domu\b|\bprzerwy\b/i;

/**
 * Russian and Ukrainian, in Cyrillic: someone else's facts ("моя жена data scientist уже 5 лет, с магистром, а я QA 3
 * года": my wife's, then "а я", mine), a degree denied ("без PhD", "магистратуру я не закончил, только бакалавр"), a
 * defence behind the writer ("защитился вчера"), years leading ("тимлидом 1 год").
 */
const RUSSIAN_UKRAINIAN: readonly Rewrite[] = [
  [
    /(?<![\p{L}])(?:мой|моя|мій|моя|мои|мої) (?:друг|подруга|жена|дружина|муж|чоловік|брат|сестра|коллега|колега|кум|кума|знакомый|знайомий|сын|син|дочь|донька)(?![\p{L}])/giu,
    " my friend ",
  ],
  [/(?<![\p{L}]),?\s*а я(?![\p{L}])/gu, ". as for me i'm "],
  [/(?<![\p{L}])без (?:phd|ph\.d|пхд|кандидатской|аспирантуры|аспірантури)(?![\p{L}])/giu, " no phd "],
  // "нужна ли PhD для research ролей?" (is a PhD needed for research roles?), "Чи обов'язково мати PhD, щоб стати"
  // (must one have a PhD to become): a degree asked about.
  [
    /(?<![\p{L}])(?:(?:чи (?:обов['’ʼ]язково|потрібно|треба)|(?:обязательно|нужно|надо)(?: ли)?) (?:мати|иметь)|нужна ли|нужен ли|нужно ли|чи потрібна|чи потрібен|чи треба|обязательно ли) (?:phd|ph\.d|пхд)/giu,
    " do i need a phd ",
  ],
  [/(?<![\p{L}])без (?:магистратуры|магистра|магістратури|магістра)(?![\p{L}])/giu, " no master's "],
  [
    /(?<![\p{L}])(?:магистратуру|магістратуру|магистр|магістр) я не (?:закончил|закончила|закінчив|закінчила)(?![\p{L}])[^.!?]*?(?:только|тільки) бакалавр\p{L}*/giu,
    " i never finished the master's, i only have a bachelor's ",
  ],
  [/(?<![\p{L}])(?:защитился|защитилась|захистився|захистилася)(?![\p{L}])/giu, " i already defended my phd "],
  // "питон почти не знаю" (I hardly know Python).
  [
    /(?<![\p{L}])(?:питон\p{L}*|python)\s+(?:почти |вообще |майже |взагалі |зовсім )?не знаю(?![\p{L}])/giu,
    " never used python ",
  ],
  [
    /(?<![\p{L}])(?:тимлидом|тімлідом) (\d+) (?:год|года|лет|рік|роки|років)(?![\p{L}])/giu,
    " led a team for $1 years ",
  ],
  [/(?<![\p{L}])последние (\d+) из них (?:тимлидом|тімлідом)(?![\p{L}])/giu, " led a team for the last $1 years "],
  // "з них останні 2 роки — тімлід команди тестування" (of them the last 2 years as the test team's lead).
  [
    /(?<![\p{L}])(?:з них|из них) (?:останні |последние )?(\d+) (?:роки|років|рік|года|лет|год)\s*[—–-]?\s*(?:тімлід|тимлид|лід|лид)\p{L}*/giu,
    " led a team for $1 years ",
  ],
];
const RUSSIAN_UKRAINIAN_HINT = /[\u0400-\u04ff]/;

/** Japanese and Chinese letters: a text without any has nothing for the Japanese rules. */
const KANA_OR_HAN = /[\u3040-\u30ff\u3400-\u9fff]/;
/** A year count in romaji ("5 nen"). */
const ROMAJI_HINT = /\d ?nen\b/i;
/** A Swedish, Norwegian or Danish word a statement about oneself holds. */
const NORDIC_HINT =
  /\bcand\.|\b(?:jag|jeg|aldrig|aldri|har|ingen|nul|blir|bliver)\b|\d år\b|kandidatexamen|civilingenjör|stipendiat/i;

/** Each language's rules, tried only on a text with its letters or words (most texts hold none): add a language here. */
/**
 * Portuguese and Dutch totals and studies under way: "9 de carreira no total" (9 in all), "dus 7 totaal" (so 7 in
 * all), "2.º ano do doutoramento" (second year of a doctorate).
 */
const PORTUGUESE_DUTCH: readonly Rewrite[] = [
  [/\b(\d+) (?:anos )?de carreira(?: no total| ao todo)?/gi, " $1 years total "],
  [/\b(?:dus |so )?(\d+) (?:jaar )?(?:totaal|in totaal)\b/gi, " $1 years total "],
  [/\b\d+\.?\s*[ºo°]\s*ano d[oe] (?:doutoramento|doutorado)\b/gi, " i'm a phd student "],
  [/\b\d+\.?\s*[ºo°]\s*ano d[oe] mestrado\b/gi, " i'm studying for a master's "],
  // Brazilian Portuguese: "graduação em letras" (a bachelor's in literature), "acabei de me formar em eng de
  // computação" (just graduated in computer engineering), "doutor em física" (a PhD in physics), "sou do 5º período de
  // CC" (a fifth-semester student), "larguei eng da comp no 3º ano" (dropped out), "antes fui dev por 6" (6 years
  // before that).
  [/(?<![\p{L}])gradua[çc][ãa]o em (?=\p{L})/giu, " i have a bachelor's in "],
  [/(?<![\p{L}])(?:e |mas )?s[óo] a gradua[çc][ãa]o(?=\s*[.,;!]|\s*$)/giu, ". i only have a bachelor's"],
  [/(?<![\p{L}])(?:acabei de me formar|me formei|sou formad[oa]) em(?![\p{L}])/giu, " i have a bachelor's in "],
  [/(?<![\p{L}])(?:sou )?doutor[a]? em(?![\p{L}])/giu, " i have a phd in "],
  [
    /(?<![\p{L}])(?:sou|to|tô|estou) no (\d+)\s*[ºo°]? (?:per[íi]odo|semestre)(?![\p{L}])/giu,
    " i am a student in semester $1 ",
  ],
  [/(?<![\p{L}])sou do (\d+)\s*[ºo°]? (?:per[íi]odo|semestre)(?![\p{L}])/giu, " i am a student in semester $1 "],
  [
    /(?<![\p{L}])larguei (?:a |o )?(?:eng|engenharia|facul|faculdade|cc|ci[êe]ncia)(?![\p{L}])/giu,
    " i dropped out of ",
  ],
  [/(?<![\p{L}])antes fui [\p{L}-]+ por (\d+)(?: anos)?(?![\p{L}])/giu, " and $1 years before that "],
];
/**
 * Dutch and Flemish: "Met Azure heb ik nog nooit gewerkt" (I have never worked with Azure), "ik heb die master nooit
 * afgemaakt, alleen de bachelor" (never finished that master's, only the bachelor's).
 */
const DUTCH: readonly Rewrite[] = [
  [
    /\bmet ([\p{L}\d.+#-]+) heb ik (?:nog )?nooit (?:mee )?gewerkt\b|\b(?:ik heb )?(?:nog )?nooit met ([\p{L}\d.+#-]+) gewerkt\b/giu,
    " never worked with $1$2 ",
  ],
  [/\bgeen (?:ervaring|kennis) (?:met|van) ([\p{L}\d.+#-]+)/giu, " no experience with $1 "],
  [/\b(?:ik )?heb (?:die|de|mijn) (master|bachelor) nooit afgemaakt\b/gi, " i never finished the $1's "],
  [/\balleen (?:de|een|mijn) (bachelor|master)\b/gi, " only a $1's "],
  // "Sinds twee jaar doe ik bij ons ook wat machine learning" (for two years I have done some machine learning).
  [
    /\bsinds (\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) jaar (?:doe|werk) ik(?: bij ons)?(?: ook)?(?: wat| aan| met)? (machine learning|ml|ai|data science)\b/giu,
    (_: string, n: string, what: string) => ` for ${DUTCH_NUMBERS[n.toLowerCase()] ?? n} years i have done ${what} `,
  ],
];
const DUTCH_NUMBERS: Record<string, string> = {
  een: "1",
  twee: "2",
  drie: "3",
  vier: "4",
  vijf: "5",
  zes: "6",
  zeven: "7",
  acht: "8",
  negen: "9",
  tien: "10",
};
const DUTCH_HINT = /\b(?:nooit|geen|afgemaakt|sinds)\b/i;

const PORTUGUESE_DUTCH_HINT =
  /\b(?:carreira|doutoramento|doutorado|mestrado|totaal|gradua[çc][ãa]o|formar|formei|formad[oa]|doutora?|per[íi]odo|semestre|larguei|fui)\b/iu;

/**
 * Jamaican Patois and Nigerian Pidgin: "Mi nuh have no degree yet, mi a do mi BSc part-time" (I have no degree yet, I'm
 * doing my BSc part-time), "I only get bachelor's" (I only have a bachelor's).
 */
const PATOIS_PIDGIN: readonly Rewrite[] = [
  [/\bmi nuh (?:have|got) no\b/gi, " i have no "],
  [/\bmi a do mi\b/gi, " i'm doing my "],
  [/\bmi a\b/gi, " i'm "],
  [
    /\bi (only |just )?get (?=(?:a |my |one )?(?:bachelor|master|bsc|msc|hnd|ond|degree|phd|ph\.d|mba)\b)/gi,
    " i $1have ",
  ],
];
const PATOIS_PIDGIN_HINT =
  /\bmi (?:nuh|a)\b|\bi (?:only |just )?get (?:a |my |one )?(?:bachelor|master|bsc|msc|hnd|ond|degree|phd|mba)\b/i;

/**
 * Italian and Polish: "Dottoranda in fisica teorica, ultimo anno" (a PhD student in her last year), "Jestem postdokiem"
 * (I'm a postdoc), "io so solo Python" (I only know Python).
 */
const ITALIAN_POLISH: readonly Rewrite[] = [
  [/(?<![\wÀ-ÿ])dottorand[oa](?![\wÀ-ÿ])/gi, " i'm a phd student "],
  [/(?<![\wÀ-ÿ])io so (?:solo |un po' di |bene )?/gi, " i know "],
  [/(?<![\wÀ-ÿ])jestem postdok\w*/gi, " i'm a postdoc "],
];
const ITALIAN_POLISH_HINT = /dottorand|\bio so\b|\bjestem postdok/i;

/**
 * Malay: "ada ijazah sarjana muda statistik" (I have a bachelor's in statistics), "perlu ijazah sarjana (master) ke?"
 * (is a master's needed?).
 */
const MALAY: readonly Rewrite[] = [
  [/\bijazah sarjana muda\b/gi, " bachelor's degree "],
  [/\bperlu (?:ijazah )?sarjana\b(?! muda)(?:\s*\([^()]*\))?/gi, " do you need a master's "],
  [/\b(?:ada|punya|mempunyai) ijazah sarjana\b(?! muda)/gi, " i have a master's "],
];
const MALAY_HINT = /\bsarjana\b/i;

const LANGUAGES: readonly { hint: RegExp; rules: readonly Rewrite[] }[] = [
  { hint: CHINESE_HINT, rules: CHINESE },
  { hint: GERMAN_HINT, rules: GERMAN },
  { hint: FRENCH_HINT, rules: FRENCH },
  { hint: KANA_OR_HAN, rules: JAPANESE },
  { hint: ROMAJI_HINT, rules: ROMAJI },
  { hint: HANGUL, rules: KOREAN },
  { hint: NORDIC_HINT, rules: NORDIC },
  { hint: PORTUGUESE_DUTCH_HINT, rules: PORTUGUESE_DUTCH },
  { hint: DUTCH_HINT, rules: DUTCH },
  { hint: FILIPINO_HINT, rules: FILIPINO },
  { hint: DRAVIDIAN_HINT, rules: DRAVIDIAN },
  { hint: HEBREW_LETTERS, rules: HEBREW },
  { hint: PERSIAN_HINT, rules: PERSIAN },
  { hint: GREEK_HINT, rules: GREEK },
  { hint: POLISH_HINT, rules: POLISH },
  { hint: RUSSIAN_UKRAINIAN_HINT, rules: RUSSIAN_UKRAINIAN },
  { hint: PATOIS_PIDGIN_HINT, rules: PATOIS_PIDGIN },
  { hint: ITALIAN_POLISH_HINT, rules: ITALIAN_POLISH },
  { hint: MALAY_HINT, rules: MALAY },
];

/** The text with each statement about the writer the rules read in English words; any other text as it was. */
export function statementsInEnglish(text: string): string {
  let read = text;
  for (const { hint, rules } of LANGUAGES) if (hint.test(read)) read = rewritten(read, rules);
  return read;
}
