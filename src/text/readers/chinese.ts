import type { Rewrite } from "../regex";
import { languageReader } from "./shared";

/**
 * Chinese (Simplified, Traditional and Cantonese, mixed with English as engineers write it), read in English words
 * where a phrase carries the question or the writer's facts: "在阿里做了5年，其中带 team 2年，完全没用过 Docker。lead ML
 * architect 还差啥？" is read as "worked for 5 years, led a team for 2 years, never used Docker. lead ML architect
 * what am i missing?". Chinese has no spaces between words: the phrases are found inside the text, and the rest stays
 * in Chinese characters, which the later stages pass over.
 */
const HAN = /[\u4e00-\u9fff]/;
/** Japanese writes Chinese characters too, with its own syllables beside them: a message with those is Japanese. */
const KANA = /[\u3040-\u30ff]/;

const DIGIT: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
/** "5", "三", "十二", "两": a count in digits or in Chinese numerals (up to 99). */
const COUNT = "(\\d+(?:\\.\\d+)?|[一二两兩三四五六七八九十]{1,3})";

/** A count as digits: "三" is "3", "十二" "12", "二十" "20"; digits stay as they are. */
export function count(text: string): string {
  if (/^\d/.test(text)) return text;
  // "十二" is 12, "二十" 20, "十" 10, "三" 3.
  const [tens, ones] = text.includes("十") ? text.split("十") : ["", text];
  const value = text.includes("十")
    ? (tens ? (DIGIT[tens] ?? 1) : 1) * 10 + (ones ? (DIGIT[ones] ?? 0) : 0)
    : DIGIT[text];
  return String(value ?? text);
}

const DEGREE: Record<string, string> = {
  博士: "PhD",
  硕士: "master's",
  碩士: "master's",
  master: "master's",
  phd: "PhD",
};
const degreeOf = (word: string) => DEGREE[word.toLowerCase()] ?? word;

/** The writer's facts, in the word order the profile reads; run before the words. */
const STATEMENTS: readonly Rewrite[] = [
  // Whose facts they are: "我老公 has 3 years of Java ... 我自己是 data analyst" (my husband ...; me, I'm a data analyst).
  [/我(?:老公|先生|丈夫)/g, " my husband "],
  [/我(?:老婆|太太|妻子)/g, " my wife "],
  [/我(?:男朋友|男友)/g, " my boyfriend "],
  [/我(?:女朋友|女友)/g, " my girlfriend "],
  [/我(?:儿子|兒子)/g, " my son "],
  [/我(?:女儿|女兒)/g, " my daughter "],
  [/我(?:弟弟|哥哥)/g, " my brother "],
  [/我(?:妹妹|姐姐)/g, " my sister "],
  [/(?:他|她)(?:问|問)/g, " they ask "],
  [/我自己(?:是)?/g, " as for me, i am "],
  // "做推荐算法3年" (3 years doing recommendation algorithms): years of ML work.
  [
    new RegExp(`做(?:推荐算法|推薦算法|算法|机器学习|機器學習|深度学习|深度學習|NLP|CV)\\s*${COUNT}\\s*年`, "g"),
    (_m: string, n: string) => ` ${count(n)} years doing ML `,
  ],
  // "我17年本科毕业" (I graduated with a bachelor's in 2017): a year, not seventeen years.
  [
    /(\d{2}|\d{4})\s*年\s*(本科|学士|學士|硕士|碩士|博士)?\s*(?:毕业|畢業)/g,
    (_m: string, year: string, d?: string) =>
      ` graduated${d ? ` with a ${/本科|学士|學士/.test(d) ? "bachelor's" : degreeOf(d)}` : ""} in ${year.length === 2 ? `20${year}` : year} `,
  ],
  [/(?:係咪|是不是)?\s*一定要(?:读博|讀博|博士)/g, " requires a PhD "],
  // "其中带 team 2年" (of those, led the team 2 years), "带过一个3人小组大概一年半" (led a 3-person group about 1.5 years),
  // "其中 2 年 team lead" (of those, 2 years as team lead).
  [
    new RegExp(`其中\\s*(?:带|帶)\\s*(?:team|团队|團隊|组|組|小组|小組)\\s*${COUNT}\\s*年(半)?`, "g"),
    (_m: string, n: string, half?: string) => ` led a team for ${half ? Number(count(n)) + 0.5 : count(n)} years `,
  ],
  [
    new RegExp(
      `其中\\s*${COUNT}\\s*年(半)?\\s*(?:是|做|当|當)?\\s*(?:team lead|tech lead|lead|manager|主管|组长|組長)`,
      "gi",
    ),
    (_m: string, n: string, half?: string) => ` led a team for ${half ? Number(count(n)) + 0.5 : count(n)} years `,
  ],
  [
    new RegExp(`(?:带过|帶過|带了|帶了)[^，。,.;；]{0,12}?(?:大概|大约|大約|约|約)?\\s*${COUNT}\\s*年(半)?`, "g"),
    (_m: string, n: string, half?: string) => ` led a team for ${half ? Number(count(n)) + 0.5 : count(n)} years `,
  ],
  // "做了 3 年 CV 算法" (3 years of computer-vision algorithms), "其中后 3 年做推荐算法" (the last 3 of them on
  // recommendation algorithms): years of ML work.
  [
    new RegExp(
      `(?:做了|干了|幹了|工作了|做咗)\\s*${COUNT}\\s*年\\s*(?:的)?\\s*(?:CV|NLP|推荐|推薦|算法|机器学习|機器學習|深度学习|深度學習|ML|AI)`,
      "gi",
    ),
    (_m: string, n: string) => ` ${count(n)} years doing ML `,
  ],
  [
    new RegExp(
      `其中\\s*(?:后|後|最后|最後|最近)\\s*${COUNT}\\s*年\\s*(?:在)?\\s*做\\s*(?:CV|NLP|推荐算法|推薦算法|算法|机器学习|機器學習|深度学习|深度學習|ML|AI)`,
      "gi",
    ),
    (_m: string, n: string) => `, the last ${count(n)} years doing ML `,
  ],
  // "之前还有 1 年测试" (before that, another year in testing): a span before the one told.
  [
    new RegExp(`(?:之前|以前|在那之前)\\s*(?:还有|還有|也有|做了|做过|做過)\\s*${COUNT}\\s*年`, "g"),
    (_m: string, n: string) => ` before that ${count(n)} years in `,
  ],
  // "做了5年", "工作了3年", "做咗兩年" (worked N years).
  [
    new RegExp(`(?:做了|干了|幹了|工作了|做咗|做过|做過|当了|當了)\\s*${COUNT}\\s*年(半)?`, "g"),
    (_m: string, n: string, half?: string) => ` worked for ${half ? Number(count(n)) + 0.5 : count(n)} years `,
  ],
  // "做 data engineer 三年" (three years as a data engineer).
  [
    // ("做 NLP research scientist 一年能赚多少": a year's pay asked, no years told.)
    new RegExp(`做\\s*([A-Za-z][\\w ]{1,30}?)\\s*${COUNT}\\s*年(?![能可赚賺收的])`, "g"),
    (_m: string, job: string, n: string) => ` worked as ${job} for ${count(n)} years `,
  ],
  [
    new RegExp(`${COUNT}\\s*年(?:的)?\\s*(?:工作)?(?:经验|經驗)`, "g"),
    (_m: string, n: string) => ` ${count(n)} years of experience `,
  ],
  // "完全没用过 Docker", "沒碰過 cloud" (never used).
  [
    /(?:完全|从来|從來)?(?:没|沒|未)(?:有)?(?:用过|用過|碰过|碰過|掂过|掂過|接触过|接觸過|学过|學過|做过|做過)\s*([A-Za-z][\w+#.-]*)/g,
    " never used $1 ",
  ],
  // "还有一年毕业" (a year to go until graduating), "明年毕业" (graduating next year): time to come, not years worked.
  [
    new RegExp(`(?:还有|還有|再)\\s*${COUNT}\\s*年\\s*(?:就)?(?:毕业|畢業)`, "g"),
    (_m: string, n: string) => ` graduating in ${count(n)} years `,
  ],
  [/明年(?:就)?(?:毕业|畢業)/g, " graduating next year "],
  // "本科和硕士都是CS" (bachelor's and master's both in CS): both held.
  [
    /(?:本科|学士|學士)\s*(?:和|跟|与|與|、)\s*(?:硕士|碩士)\s*(?:都)?\s*(?:是|读的|讀的|学的|學的)?/g,
    " i have a bachelor's and a master's in ",
  ],
  // "AWS 和 GCP 都没碰过" (never touched AWS or GCP): the tools named before the negation.
  [
    /([A-Za-z][\w+#.-]*(?:\s*(?:和|跟|、)\s*[A-Za-z][\w+#.-]*)*)\s*(?:都|也)?\s*(?:完全|其实|其實|从来|從來|根本)?\s*(?:没|沒|未)(?:有)?(?:碰过|碰過|掂过|掂過|用过|用過|接触过|接觸過|学过|學過)/g,
    (_m: string, tools: string) => ` never used ${tools.replace(/\s*(?:和|跟|、)\s*/g, ", ")} `,
  ],
  // Degrees: dropped, none, under way, held.
  [/(?:大[一二三四])?(?:就)?(?:退学|退學|辍学|輟學)(?:了)?/g, " dropped out "],
  [/(?:我)?(?:没有|沒有)(?:学位|學位|文凭|文憑|大学学历|大學學歷)/g, " no degree "],
  [/高中(?:毕业|畢業)/g, " high school graduate "],
  [
    /(?:在读|在讀|读紧|讀緊|正在读|正在讀)\s*(博士|硕士|碩士|master|phd)|(博士|硕士|碩士|phd|master)\s*(?:在读|在讀|生)/gi,
    (_m: string, a?: string, b?: string) => ` i am studying for a ${degreeOf(a ?? b ?? "")} `,
  ],
  [/本科\s*大[一二三四]|大[一二三四](?=[，,。\s]|$)/g, " i am an undergraduate student "],
  // "我男朋友在考虑读 PhD" (my boyfriend is thinking about doing a PhD): a degree weighed, not under way.
  [
    /(?:在)?(?:考虑|考慮|想|打算|准备|準備|计划|計劃)\s*(?:要)?\s*(?:读|讀|念)\s*(msc|ms|master|mphil|phd|硕士|碩士|博士)/gi,
    (_m: string, d: string) => ` thinking about doing a ${/phd|博士/i.test(d) ? "PhD" : "master's"} `,
  ],
  // Cantonese "冇讀 master, 得個 bachelor" (didn't do a master's, only a bachelor's): none under way.
  [/(?:冇|没|沒|唔)(?:有)?\s*(?:读|讀|念)(?:过|過)?\s*(msc|ms|master|mphil|phd|硕士|碩士|博士)/gi, " no $1 "],
  // "我现在在UofT读MSc CS" (I'm now doing an MSc in CS at UofT): a degree under way.
  [
    /(?:在\s*[A-Za-z\u4e00-\u9fff]{1,12}\s*)?(?:读|讀|念)\s*(msc|ms|master|mphil|phd|硕士|碩士|博士)/gi,
    (_m: string, d: string) => ` i am studying for a ${/phd|博士/i.test(d) ? "PhD" : "master's"} `,
  ],
  // "我博士念到一半就休學了，之前有拿到碩士" (I left my PhD halfway; I got a master's before).
  [
    /(博士|硕士|碩士)\s*(?:念|读|讀)?到一半\s*(?:就)?\s*(?:休学|休學|退学|退學|放弃|放棄)(?:了)?/g,
    (_m: string, d: string) => ` dropped out of my ${degreeOf(d)} `,
  ],
  [/(?:有)?拿到(?:了)?\s*(硕士|碩士|博士)/g, (_m: string, d: string) => ` i have a ${degreeOf(d)} `],
  // "有没有必要再去读个硕士？" (is it worth going back for a master's?): a degree weighed.
  [
    /(?:有没有必要|有沒有必要|值不值得|需不需要)[^，。？?,]{0,8}?(?:读|讀|念)(?:个|個)?\s*(硕士|碩士|博士|master|phd)/gi,
    (_m: string, d: string) => ` whether to do a ${/phd|博士/i.test(d) ? "PhD" : "master's"} `,
  ],
  // "要硕士吗" (does it need a master's?), "读博" (doing a PhD), "一定要有master先得" (must one have a master's?):
  // degrees asked about or weighed, not held.
  [
    /(?:要不要|需不需要|需要|一定要|要求|要)\s*(?:读|讀|有)?\s*(硕士|碩士|博士|本科|master|phd)/gi,
    (_m: string, d: string) => ` requires a ${d === "本科" ? "bachelor's" : degreeOf(d)} `,
  ],
  [/(?:读博|讀博)/g, " whether to do a PhD "],
  [/考研/g, " whether to do a master's "],
  // "硕士毕业能做吗?" (can a master's graduate do it?): a degree asked about, not held.
  [
    /(博士|硕士|碩士|本科)\s*(?:毕业|畢業)?\s*(?:就)?(?:能|可以|够|夠|行)[^，。,.;；?？]{0,6}?[吗嗎]?\s*(?=[?？])/g,
    (_m: string, d: string) => ` is a ${d === "本科" ? "bachelor's" : degreeOf(d)} enough`,
  ],
  // "博士班讀到第四年" (in the fourth year of a PhD program), "研二" (second year of a master's): under way.
  [
    new RegExp(`(博士|硕士|碩士)(?:班|生)?\\s*(?:读|讀|念)到第\\s*${COUNT}\\s*年`, "g"),
    (_m: string, d: string, n: string) => ` i am a ${degreeOf(d)} student in year ${count(n)} `,
  ],
  [/(?:我)?(?:现在|現在)?是研究生|研[一二三](?=[，,。.\s]|$)/g, " i am a master's student "],
  // "我老婆复旦计算机硕士毕业" (my wife has a master's in CS from Fudan): whose degree it is stays with them.
  [
    /(?=(?:博士|硕士|碩士)\s*(?:毕业|畢業))(?<=\bmy (?:wife|husband|son|daughter|brother|sister|boyfriend|girlfriend)\b[^，。,.;；]{0,20})(博士|硕士|碩士)\s*(?:毕业|畢業)/g,
    (_m: string, d: string) => ` has a ${degreeOf(d)} `,
  ],
  [/(博士|硕士|碩士)\s*(?:毕业|畢業)/g, (_m: string, d: string) => ` i have a ${degreeOf(d)} `],
  [/(?:我)?(?:本科|学士|學士)\s*(?:毕业|畢業)?/g, " bachelor's "],
  // "程序员 35 岁就被优化" (programmers get "optimised" away at 35): age discrimination, not the writer's age.
  [
    /(\d{2})\s*(?:岁|歲)\s*(?:就)?\s*(?:会)?\s*(?:被)?\s*(?:优化|優化|裁员|裁員|淘汰|毕业|畢業)/g,
    " age discrimination at $1 ",
  ],
  [/(?:我)?(?:今年)?(\d{2})\s*(?:岁|歲)/g, " i am $1 years old "],
];

const WORDS: readonly Rewrite[] = [
  // "帮忙按薪资从高到低排一下" (rank them by salary, highest first, please).
  [
    /按\s*(?:薪资|薪資|工资|工資|薪水|人工)\s*(?:从|從)?\s*高到低\s*排(?:一下|个序|個序|序)?/g,
    " rank by salary highest first ",
  ],
  [
    /按\s*(?:薪资|薪資|工资|工資|薪水|人工)\s*(?:从|從)?\s*低到高\s*排(?:一下|个序|個序|序)?/g,
    " rank by salary lowest first ",
  ],
  // "两个哪个高?" (which of the two is higher?), after pay was asked.
  [/(?:两个|兩個)\s*(?:哪个|哪個|边个|邊個)\s*(?:更)?高/g, " which of the two pays more "],
  // "可以用中文再说一遍吗?" (can you say it again in Chinese?).
  [
    /(?:可以|能|可唔可以)?\s*(?:用|講)?\s*中文\s*(?:再)?\s*(?:说|說|讲|講|回答|解释|解釋)(?:一(?:遍|次|下))?/g,
    " say it in chinese ",
  ],
  // "感谢大佬 bot 🙏" (thanks, boss bot).
  [/(?:感谢|感謝|谢谢|謝謝|多谢|多謝|唔該晒)/g, " thanks "],
  // "最头疼的问题一般是啥?" (what's usually the biggest headache?).
  [/最?\s*(?:头疼|頭疼|头痛|頭痛)的?(?:问题|問題)?|(?:难点|難點|挑战|挑戰)/g, " the biggest challenges "],
  // "路线是怎样的?" (what's the route?), "要熬几年" (how many years of grinding?).
  [/(?:晋升|晉升|职业|職業)?(?:路线|路線)/g, " career path "],
  [/(?:要)?(?:熬|花)\s*(?:几|幾)\s*年/g, " how many years does it take "],
  [/(?:数学基础|數學基礎|数学|數學)/g, " math "],
  [/(?:证书|證書|证照|證照)/g, " certification "],
  // The roles' words ("NLP研究科学家的薪水大概是多少？", what does an NLP research scientist earn, roughly?).
  [/研究科学家|研究科學家/g, " research scientist "],
  [/多模态|多模態/g, " multimodal "],
  [/入门级|入門級|初级|初級/g, " entry level "],
  [/(?:应用|應用)\s*(?:工程师|工程師)/g, " application engineer "],
  [/架构师|架構師/g, " architect "],
  [/博后|博士后|博士後/g, " postdoc "],
  // Places, for the place stage: "在温哥华也是这个数吗？" (is it the same figure in Vancouver?).
  [/温哥华|溫哥華/g, " Vancouver "],
  [/多伦多|多倫多/g, " Toronto "],
  [/蒙特利尔|蒙特利爾|满地可|滿地可/g, " Montreal "],
  [/加拿大/g, " Canada "],
  [/也是这个数吗|也是這個數嗎|也是这个数字吗|也是這個數字嗎/g, " is it the same figure there? "],
  // "你都能回答哪些AI职位的问题？列一下吧" (which AI roles can you answer about? list them, please).
  [/列一下|列出来|列出來/g, " list them "],
  [/你都能回答|你能回答/g, " you can answer "],
  [/(?:还|還)?(?:差|缺)(?:啥|什么|什麼|哪些|些什么|咩)/g, " what am i missing "],
  // "有点担心自己不够格" (a bit worried I'm not good enough): a worry told, not the question.
  [/(?:有点|有點)?(?:担心|擔心|怕)(?:自己)?(?:不够格|不夠格|不够资格|不夠資格)/g, " i worry i am not good enough. "],
  [/(?:够格|夠格|够资格|夠資格|夠唔夠資格|够不够格|夠不夠格)/g, " am i qualified "],
  // "想问两个问题：" (two questions:): the questions follow.
  [/(?:想|我想)?(?:问|問)(?:两|兩|几|幾|[2-9])个?(?:问题|問題)\s*[：:]/g, " two questions: "],
  [
    /(?:哪个|哪個|邊個)\s*(?:工资|薪水|薪资|薪資|人工)?\s*最低|(?:工资|薪水|薪资|薪資|人工)\s*最低/g,
    " which pays the least ",
  ],
  [/最低要什么(?:学历|學歷)|最低要什麼(?:学历|學歷)/g, " what is the minimum degree "],
  [/(?:边个|邊個|哪个|哪個)\s*(?:钱|錢|人工|工资|薪水)\s*(?:多啲|高啲|更高|最高|更多|多)/g, " which pays more "],
  [/(?:要求)?(?:年资|年資)(?:高啲|更高|最高)/g, " requires more years of experience "],
  [/先考(?:哪个|哪個)/g, " which certification first "],
  [/需要博士|要博士/g, " requires a PhD "],
  [/哪些\s*(?:职位|職位|岗位|崗位|role)/g, " which roles "],
  [/按(?:学历|學歷)要求从高到低排|按(?:学历|學歷)要求從高到低排/g, " rank by degree from highest to lowest "],
  [/最\s*senior/g, " most senior "],
  [/(?:帮我|幫我)(?:写|寫)/g, " write me "],
  [/脚本|腳本/g, " script "],
  [/有咩唔同|有什么不同|有什麼不同|区别|區別|差在哪/g, " what is the difference "],
  [/(?:要)?(?:几|幾)(?:多)?年(?:的)?(?:工作)?(?:经验|經驗|年资|年資)/g, " how many years of experience "],
  // "另外需要几年工作经验？" (and also, how many years of experience?): a question of its own.
  [/另外/g, " and also "],
  [/怎么往上爬|怎麼往上爬|怎么晋升|怎麼晉升/g, " how to grow "],
  [/平時做開啲咩|平时做什么|平時做什麼|每天做什么|每天做什麼/g, " what do they do day to day "],
  [/考什么证|考什麼證|什么证书|什麼證書|什麼證照/g, " which certifications "],
  [/推荐哪个|推薦哪個/g, " which role do you recommend "],
  // "哪个岗位最适合我" (which position suits me best).
  [/(?:哪个|哪個)\s*(?:岗位|崗位|职位|職位|role|方向|工作)?\s*最?\s*(?:适合|適合)\s*我/g, " which role fits me best "],
  [/(?:也|还|還)想知道/g, ". also i want to know "],
  // "work life balance 怎么样" (how is the work-life balance?).
  [/(?:怎么样|怎麼樣|点样|點樣)(?=\s*[，,。.？?！!]|\s*$)/g, " how is it? "],
  // "总包（包括奖金股票）一般多少" (the total package, bonus and stock included, usually how much?).
  [/(?:的)?(?:总包|總包)/g, " total compensation "],
  [/(?:包括)?(?:奖金|獎金)(?:和|跟)?(?:股票)?/g, " bonus and stock "],
  [/一般多少|通常多少/g, " usually how much "],
  [/大概(?:是)?多少|大概几多|大概幾多/g, " roughly how much "],
  [/(?:工资|薪水|薪资|薪資|人工)/g, " salary "],
  [/(?:学历|學歷)/g, " degree "],
  [/(?:硕士|碩士)/g, " master's "],
  [/博士/g, " PhD "],
  [/哪个|哪個|邊個/g, " which "],
  [/(?:能|可以)?(?:赚|賺)多少|多少(?:刀|钱|錢)/g, " how much does it earn "],
  // Full-width punctuation, where the later stages end a clause or a sentence.
  [/，/g, ", "],
  [/。/g, ". "],
  [/？/g, "? "],
];

/** The message with its Chinese phrases in English words; any other message as it is. */
export const chineseInEnglish = languageReader(
  (message) => HAN.test(message) && !KANA.test(message),
  STATEMENTS,
  WORDS,
);
