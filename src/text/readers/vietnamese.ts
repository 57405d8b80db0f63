import { escapeRegExp, type Rewrite, rewritten } from "../regex";
import { distinctWords, tidied } from "./shared";

/**
 * Vietnamese, read in English words before anything else reads the message: "lương Lead ML Architect bên Mỹ bao
 * nhiêu? có cần bằng thạc sĩ không" is read as "salary Lead ML Architect in the US how much? need master's degree ?".
 *
 * Vietnamese is written in syllables, most words are two of them ("kinh nghiệm", experience), and people often leave
 * out the accents ("luong bao nhieu"), so the words are matched as phrases on the text without accents, where both
 * spellings meet. Every later stage (parts, profile, intent, rules, not-covered topics) then reads English words, and
 * a word added here reaches all of them.
 */

/** Letters only Vietnamese uses among the languages people write here: ơ, ư, đ and the vowels with tone marks. */
const VIETNAMESE_LETTERS = /[đơưĐƠƯ\u1ea0-\u1ef9]/;
const VIETNAMESE_LETTERS_ALL = /[đơưĐƠƯ\u1ea0-\u1ef9]/g;
/** Words of Vietnamese written without accents; two of them make a message Vietnamese ("a/c oi luong bao nhieu"). */
const UNACCENTED_WORDS =
  /(?<![\p{L}])(?:khong|duoc|nhieu|luong|nhung|nganh|nghiem|thac si|cu nhan|tien si|bao nhieu|lam gi|cho em hoi|a\/c|anh chi|moi nguoi|chua|nhe|vay|oi|hoc|minh|toi|kiem|xep hang|giup|nen|hay|cac|nao|nhat|gi|thi|trong|nhung|viet|hom nay|hang ngay|lam|ko|dc|ntn|kn|ae|mn|sv|cty|j|bn|roi)(?![\p{L}])/giu;

/** Two of its letters, or one and one of its words, or two of its words: one odd letter in other text is not enough. */
function isVietnamese(text: string): boolean {
  const letters = VIETNAMESE_LETTERS.test(text) ? (text.match(VIETNAMESE_LETTERS_ALL) ?? []).length : 0;
  if (letters >= 2) return true;
  const words = distinctWords(letters > 0 ? withoutAccents(text) : text, UNACCENTED_WORDS);
  return words + Math.min(letters, 1) >= 2;
}

const withoutAccents = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");

/**
 * Words whose form without accents is another word: "muộn" (late) and "muốn" (want), "tới" (coming) and "tôi" (I),
 * "Mỹ" (the US) and the English "my", "nhất" (most) and "Nhật" (Japan). Read before the accents go.
 */
const ACCENTED: readonly Rewrite[] = [
  [/(?<![\p{L}])ạ(?![\p{L}])/gu, " "],
  // "có cân bằng được công việc và cuộc sống không?" (can one balance work and life?): before "cân" (need), "bằng"
  // (degree) and "công việc" (duties) are read as words of their own.
  [
    /(?<![\p{L}])cân bằng (?:được )?(?:giữa )?công việc (?:và|với) (?:cuộc sống|gia đình)(?![\p{L}])/giu,
    " work-life balance ",
  ],
  [/(?<![\p{L}])(?:(?:muộn|trễ) quá|quá (?:muộn|trễ))(?![\p{L}])/giu, " too late "],
  [/(?<![\p{L}])(?:muộn|trễ)(?![\p{L}])/giu, " late "],
  [/(?<![\p{L}])(?:sắp )?tới(?![\p{L}])/giu, " upcoming "],
  [/(?<![\p{L}])Mỹ(?![\p{L}])/gu, " US "],
  [/(?<![\p{L}])mỹ(?![\p{L}])/gu, " US "],
  [/(?<![\p{L}])Nhật(?: Bản)?(?![\p{L}])/gu, " Japan "],
  [/(?<![\p{L}])ổn(?![\p{L}])/gu, " fine "],
  // ", và" (and), ", rồi" (then), ", với lại" (and also): the next question starts.
  [/,\s*(?:và|rồi|với lại|va|roi|voi lai)\s+/giu, "? also "],
];

/** Facts about the writer whose word order English patterns cannot follow; run before the phrases. */
const STATEMENTS: readonly Rewrite[] = [
  // "vợ em có bằng tiến sĩ ..., còn em thì ..." (my wife has a PhD, while I ...), "anh trai mình làm Lead ML Architect
  // ... hơn 10 năm" (my brother has been ... for 10 years): someone else's facts, to the end of the clause.
  [
    /(?<![\p{L}])(?:vợ|vo|chồng|chong|anh trai|anh trai|chị gái|chi gai|em trai|em gái|em gai|bạn gái|ban gai|bạn trai|ban trai) (?:em|mình|minh|tôi|toi|tao)(?![\p{L}])[^,.;!?]*/giu,
    " my wife is someone else ",
  ],
  // Chat shorthand ("teen code") first: "j" (gì, what), "bn" (bao nhiêu), "ntn" (như thế nào, how), "e" (em, I),
  // "dc" (được), "r" (rồi), "ko"/"k" (không), "vs" (với), "sv" (sinh viên, a student), "DH" (đại học).
  [/\bj\b/gi, "gi"],
  [/\bbn\b/gi, "bao nhieu"],
  [/\bntn\b/gi, "the nao"],
  [/\bdc\b/gi, "duoc"],
  [/\b(?:ko|k|kh)\b(?=\s*(?:[?.!,]|$| (?:mn|ae|ad|a|ban|vay)\b))/gi, "khong"],
  [/\bko\b/gi, "khong"],
  // ("r" is "rồi" only closing a clause: "dùng R và Python" is the R language.)
  [/(?<=[a-z0-9] )r\b(?=\s*(?:[?.!,]|$))/g, "roi"],
  [/\bsv\b/gi, "sinh vien"],
  [/\bdh\b/gi, "dai hoc"],
  [/\be\b(?=\s+(?:la|lam|dang|hoc|muon|co|chi|biet|moi|tot nghiep|ko|khong|chua|hop|thieu|hoi|nen)\b)/gi, "em"],
  [/^\s*e\b/gi, "em"],
  [/\bm\b(?=\s+(?:la|lam|dang|hoc|muon|co|chi|biet|moi))/gi, "minh"],
  // "ban e co PhD" (my friend has a PhD): the friend's, not the writer's.
  [/\bban (?:e|em|minh|toi) co\b/gi, " my friend has "],
  // "docker thi chua dung bao gio" (never used docker).
  [/\b([a-z][\w+#.-]*) thi chua (?:dung|xai|lam|dong vao) (?:bao gio|lan nao)\b/gi, " never used $1 "],
  [/\bchua (?:lead|quan ly|dan dat) ai(?: bao gio)?\b/gi, " never led a team "],
  // "lead team 4 nguoi dc 2 nam" (led a team of 4 for 2 years).
  [/\blead team (?:\d+ nguoi )?(?:duoc )?(\d+) nam\b/gi, " led a team for $1 years "],
  // "dang lam PhD nam 2", "dang hoc PhD o Osaka": a degree under way.
  [/\bdang (?:lam|hoc) (phd|tien si|thac si|master)\b/gi, " studying for a $1 "],
  [/\bsinh vien nam (?:\d|cuoi)\b/gi, " final year student "],
  // "học y 6 năm theo ý bố mẹ" (studied medicine for six years): years of study, not of work.
  [/\bhoc ([a-z]+(?: [a-z]+)?) (\d+) nam\b/gi, " studied $1 for a while "],
  // "(học 4 năm rưỡi)" (studied four and a half years) after a degree: its length, not work.
  [/\bhoc (\d+) nam(?: ruoi)?\b/gi, " studied for a while "],
  [/\b(?:roi bo|bo ngang|bo hoc)\b/gi, " dropped out "],
  [/\bko co bang\b|\bkhong co bang\b/gi, " no degree "],
  [/\btong cong (\d+) nam\b/gi, " $1 years "],
  // "làm data engineer được 4 năm" (worked as a data engineer for 4 years), "làm dev được 7 năm rồi".
  [/\blam ([a-z][\w/+#.-]*(?: [a-z][\w/+#.-]*){0,2}) duoc (\d+) nam\b/gi, " worked as $1 for $2 years "],
  // "trong đó làm ML được 1 năm" (of which 1 year of ML), "năm cuối thì làm ML pipeline": ML work.
  [/\b(?:trong do )?lam (?:ml|ai|machine learning) (?:duoc )?(\d+) nam\b/gi, " $1 years of ml experience "],
  // "6 năm làm backend", "10 năm làm QA/tester": years of work as something.
  [/\b(\d+) nam lam\b/gi, " $1 years as "],
  // "3 năm lead team 5 người", "2 năm lead team": years leading.
  [/\b(\d+) nam (?:lead|quan ly|dan dat|leader)(?: team)?\b/gi, " led a team for $1 years "],
  // "2 năm kinh nghiệm", "6 năm kn": years of experience.
  [/\b(\d+) nam (?:kinh nghiem|kn|exp)\b/gi, " $1 years of experience "],
  // "chưa dùng Kubernetes bao giờ", "chưa dùng Azure hay AWS bao giờ": never used.
  [
    /\bchua (?:dung|xai|lam|dong vao|dung toi|hoc)( [a-z][\w+#.-]*(?: (?:hay|hoac|va|voi) [a-z][\w+#.-]*)?) bao gio\b/gi,
    " never used$1 ",
  ],
  [/\bchua (?:tung )?(?:dung|xai|dong vao) (?:qua )?([a-z][\w+#.-]*)/gi, " never used $1 "],
  [/\bchua (?:hoc|biet) (deep learning|[a-z][\w+#.-]*)/gi, " never learned $1 "],
  // "chưa làm gì về deep learning" (have done nothing in deep learning yet): no work in it, not a question.
  [
    /\bchua lam gi (?:ve|voi|lien quan den) (deep learning|machine learning|ml|ai|nlp|[a-z][\w+#.-]*)/gi,
    " never did $1 ",
  ],
  // "em còn thiếu những gì?" (what am I still missing?).
  [/\b(?:con )?thieu (?:nhung )?(?:gi|cai gi)\b/gi, " what am i missing "],
  // "không có bằng master, chỉ có bachelor": the degree they hold is the one they have.
  [/\bkhong co bang (master|thac si|tien si|phd|dai hoc)\b/gi, " no $1 degree "],
  // "năm cuối thì làm ML pipeline" (the last year on ML pipelines): one year of ML work.
  [/\bnam cuoi (?:thi )?lam (?:ml|ai)\b/gi, " 1 year of ml experience doing ml "],
  [/\bchua (?:tung|bao gio) (lead|quan ly|dan dat)(?: team)?\b/gi, " never led a team "],
  [/\b(\d+) tuoi\b/gi, " $1 years old "],
  // "mấy năm tới" (the next few years), before "tới" is read as "tôi" (I).
  [/\b(?:may |vai )?nam upcoming\b/gi, " the next few years "],
  // "nhiều kinh nghiệm hơn" (more experience), "lương cao hơn": the comparative comes last in Vietnamese.
  [/\bnhieu ([a-z]+(?: [a-z]+)?) hon\b/gi, " more $1 "],
  // "học bootcamp AI 6 tháng hay học thạc sĩ" (a bootcamp or a master's), "thi cert AWS hay GCP trước" (which first).
  [/\bbootcamp\b[^?.,]{0,25}?\b(?:hay|vs)\b/gi, " bootcamp or "],
  // "nên vào FPT Software hay VNG" (should I join X or Y), "cty nào" (which company).
  [/\bnen vao ([^?,]{2,30}?) hay ([^?,]{2,30}?)(?= de\b|\?|,|$)/gi, " should i join company $1 or $2 "],
  [/\b(?:cty|cong ty) nao\b/gi, " which company "],
  // "từ entry lên lead thì đi ntn" (how does one go from entry to lead).
  [/\btu (entry|junior|fresher|senior|mid)\w* len (lead|senior|mid)\w*/gi, " career path from $1 to $2 "],
  [/\bthuong hoi (?:gi|cai gi)\b/gi, " what questions do they ask "],
  [/\bdung de lam gi\b/gi, " what can you do "],
  // "ai có code python fine-tune PhoBERT không, share mình với" (anyone got the code? share it with me): "ai" is
  // "who", a request for code, not a question about AI.
  [/^\s*ai co (code|script|source|notebook)\b/gi, " give me $1 "],
  // "bot ơi bạn làm được gì vậy? hỏi cái gì được" (what can you do? what can I ask?): not "can", read as "cần" (need).
  [/\b(?:ban|bot) (?:lam|giup) (?:duoc )?(?:nhung )?gi\b/gi, " how do i use this bot "],
  [/\bhoi (?:cai gi|gi) (?:duoc|dc)\b/gi, " what kind of question "],
  [/\bhoi (?:duoc )?nhung gi\b/gi, " what can i ask "],
  [/\b(?:nen )?thi (?:cert|chung chi)\b([^?]*?) truoc\b/gi, " which certification first: $1 "],
  [/\bbao nhieu nam\b/gi, " how many years "],
  // "nên viết resume (CV) thế nào để apply" (how should I write my resume to apply): "how" comes after what is done.
  [
    /\b(?:nen )?(viet|lam|hoc|chuan bi|tra loi|deal|dam phan)\b([^?.!]{0,40}?)\s+(?:nhu )?the nao\b/gi,
    " how should i $1$2 ",
  ],
  [/\b(\d+) (?:nam|nam nua)\b/gi, " $1 years "],
];

/**
 * Phrases and words, without accents, as the English words the rest of the bot reads. Longest first, so "bằng thạc
 * sĩ" is read before "thạc sĩ". Only Vietnamese words: the English ones people mix in stay as written.
 */
const PHRASES: Record<string, string> = {
  // Pay
  luong: "salary",
  "muc luong": "salary",
  "luong trung binh": "average salary",
  "luong tb": "average salary",
  "thu nhap": "income",
  "tra luong": "pays",
  "kiem duoc": "earn",
  "kiem dc": "earn",
  "deal luong": "negotiate salary",
  // "làm AI có phải OT nhiều không" (does AI work mean a lot of overtime?).
  "ot nhieu": "a lot of overtime",
  // "học MBA có giúp không" (does an MBA help?).
  "co giup khong": "help?",
  "co giup": "help",
  ot: "overtime",
  "thuong luong": "negotiate",
  "dam phan": "negotiate",
  "yeu to nao": "which factors",
  "lam luong cao hon": "pay more",
  // Question words
  "bao nhieu": "how much",
  "bao lau": "how long",
  "may nam": "how many years",
  "la gi": "what is",
  "nhung gi": "what",
  "nhung viec gi": "what tasks",
  "vi tri gi": "what role",
  gi: "what",
  "co nhung role nao": "which roles are there",
  "liet ke giup minh voi": "list them",
  "liet ke giup minh": "list them",
  "liet ke": "list",
  "nhung role nao": "which roles",
  "yeu cau": "requires",
  "lon co nao": "how big",
  "toan cau": "global",
  "ngay thuong": "day to day",
  "di lam": "at work",
  "vai nam": "a few years",
  len: "move up to",
  "nam sau ra truong": "graduating next year",
  "sap ra truong": "graduating soon",
  "moi ra truong": "fresh graduate",
  // "ra truong lam entry level ai engineer" (after graduating, work as ...): a degree to come, not held.
  // "bot nay lam duoc gi vay? hoi duoc nhung gi?" (what can this bot do? what can I ask?).
  "lam duoc gi": "what can you do",
  "hoi duoc nhung gi": "what can i ask you",
  "ra truong lam": "after i graduate, work as",
  "ra truong thi": "after i graduate,",
  "ra truong": "graduated",
  chon: "choose",
  muon: "want to",
  "thiet ke": "design",
  "kien truc": "architecture",
  "noi ngan gon": "briefly",
  "viet cv": "write my cv",
  "xin vao": "apply to",
  viet: "write",
  "doan code": "code",
  xai: "use",
  dung: "use",
  "dang dung": "using",
  "la chinh": "mainly",
  truoc: "first",
  nhung: "",
  thi: "",
  ma: "but",
  la: "is",
  trong: "among",
  "may role": "the roles",
  cua: "of",
  de: "to",
  cho: "for",
  roi: "then",
  lam: "work",
  "chao bot": "hi bot",
  "hom nay": "today",
  "lam gi": "what do they do",
  "hang ngay lam gi": "what do they do day to day",
  "lam gi hang ngay": "what do they do day to day",
  "hang ngay": "day to day",
  "cai nao": "which one",
  "role nao": "which role",
  "vi tri nao": "which role",
  "nganh nao": "which industries",
  "cloud nao": "which cloud",
  "o dau": "where",
  "the nao": "how",
  "nhu the nao": "how",
  "sao cho": "how to",
  "co kha thi ko": "is it realistic?",
  "co kha thi khong": "is it realistic?",
  "kha thi": "realistic",
  "duoc khong": "is that possible?",
  "dc ko": "is that possible?",
  "duoc ko": "is that possible?",
  chua: "yet?",
  // Comparisons and rankings
  "so sanh": "compare",
  "khac nhau": "difference",
  "cao nhat": "highest",
  "thap nhat": "lowest",
  "cao hon": "higher",
  "thap hon": "lower",
  "nhieu hon": "more",
  "tot hon": "better",
  "xep hang": "rank",
  "tu cao xuong thap": "from highest to lowest",
  "senior nhat": "most senior",
  "bat buoc": "required",
  "doi bang cao hon": "requires a higher degree",
  // Degrees, study and experience
  "bang thac si": "master's degree",
  "thac si": "master's",
  "bang cu nhan": "bachelor's degree",
  // "có bằng kỹ sư CNTT" (an engineer's degree in IT): a first degree of four to five years.
  "bang ky su": "bachelor's degree in engineering",
  "cu nhan": "bachelor's",
  "bang tien si": "phd",
  "tien si": "phd",
  "bang dai hoc": "bachelor's degree",
  "khong co bang": "no degree",
  "bo hoc": "dropped out",
  "dai hoc": "university",
  "dang hoc": "studying",
  "sinh vien nam cuoi": "final year student",
  "sinh vien": "student",
  "chua di lam": "have not worked yet",
  "kinh nghiem": "experience",
  bang: "degree",
  "bang gi": "what degree",
  duoc: "",
  dc: "",
  sau: "later",
  "cong viec hang ngay gom nhung gi": "what are the daily duties",
  "cong viec hang ngay": "daily duties",
  "can hoc": "need to learn",
  "hoc nhung gi": "learn what",
  "can skill gi": "what skills are needed",
  "skill gi": "what skills",
  "ky nang": "skills",
  "soft skill gi": "what soft skills",
  "ngon ngu lap trinh": "programming languages",
  "ngon ngu lap trinh gi": "which programming languages",
  can: "need",
  "tu hoc": "self-taught",
  biet: "know",
  "quen roi": "know well",
  // What they do, what it takes
  "cong viec": "duties",
  "kho khan": "challenges",
  "thach thuc": "challenges",
  "gap kho khan gi": "what challenges",
  "xu huong": "trends",
  "thi truong": "market",
  "nhu cau tuyen": "hiring demand",
  "nhu cau": "demand",
  "tuyen nhieu nhat": "hires the most",
  tuyen: "hire",
  "tang truong": "growth",
  "bao hoa": "saturated",
  "lo trinh": "career path",
  "len lead": "move up to lead",
  "thieu gi": "what am i missing",
  "con thieu gi": "what am i still missing",
  "du dieu kien": "qualified",
  "du lam": "qualified for",
  "co hop": "does it fit",
  "hop role nao nhat": "which role fits me best",
  "hop role nao": "which role fits me",
  "nen nham role nao": "which role should i aim for",
  "nen hoc": "should learn",
  "nen thi": "should take",
  "lam remote": "work remote",
  // Topics the guide does not cover
  "phong van": "interview",
  pv: "interview",
  "chung chi": "certification",
  "thi cert": "take certification",
  "cong ty": "company",
  cty: "company",
  "chuyen qua": "switch to",
  "chuyen nganh": "switch careers",
  // Places
  "ben us": "in the US",
  "o us": "in the US",
  "tai us": "in the US",
  "cong ty us": "US company",
  "cty us": "US company",
  o: "in",
  "company my": "US company",
  "ha noi": "Hanoi",
  "sai gon": "Ho Chi Minh City",
  "tp hcm": "Ho Chi Minh City",
  hcm: "Ho Chi Minh City",
  "da nang": "Da Nang",
  "viet nam": "Vietnam",
  // People and fillers that carry nothing the rules read
  "anh chi oi": "",
  "a/c oi": "",
  "cho em hoi": "",
  "moi nguoi oi": "",
  "ban em": "my friend",
  "cua minh": "my",
  "cua em": "my",
  "bang cap gi": "what degree",
  "bang cap": "degree",
  "khoi diem": "starting",
  "luong khoi diem": "starting salary",
  "khoang nhieu": "about how much",
  "trien vong": "outlook",
  "nghe nay": "this career",
  "nghe nghiep": "career",
  "thi sao": "what about it",
  "nen tang toan": "math background",
  "toan gi": "what math",
  "co hop voi": "do i fit",
  "hop voi": "fits",
  "thang tien": "career path",
  "lam nhung viec gi": "what do they do day to day",
  "lam viec gi": "what do they do",
  "ngon ngu gi": "what programming languages",
  "vi tri": "role",
  "apply vi tri": "apply for",
  "ung tuyen vi tri": "apply for",
  "ung tuyen": "apply for",
  "pho bien nhat": "most common",
  "co can": "do they need",
  "co bat buoc": "is it required",
  "co phai": "is it",
  "do an tot nghiep": "final-year project",
  "khoa luan tot nghiep": "final-year project",
  "luan van tot nghiep": "final-year project",
  "tot nghiep dai hoc": "graduated with a bachelor's",
  "moi tot nghiep": "just graduated",
  "tot nghiep": "graduated",
  "cam on nhieu": "thanks a lot",
  "cam on": "thanks",
  "ben duc": "in Germany",
  "ngoai us": "outside the US",
  "chau a": "Asia",
  "co thieu": "is there a shortage of",
  "tre qua": "too late",
  "mat tam": "takes about",
  alo: "hello",
  "an com chua": "",
  "buoi toi": "in the evening",
  "o duc": "in Germany",
  "tai duc": "in Germany",
  "ben nhat": "in Japan",
  "o nhat": "in Japan",
  "ben uc": "in Australia",
  "o uc": "in Australia",
  "han quoc": "South Korea",
  "cho minh hoi": "",
  "may anh chi": "",
  "ae oi": "",
  ae: "",
  mn: "",
  thoi: "",
  va: "and",
  gom: "include",
  "em la": "i am",
  "minh la": "i am",
  "toi la": "i am",
  nen: "should",
  co: "have",
  "co ban": "basics",
  khoang: "about",
  "moi nguoi": "",
  chi: "only",
  neu: "if",
  chao: "hello",
  minh: "i",
  toi: "i",
  em: "i",
  "voi lai": "and also",
  voi: "and",
  "hay la": "or",
  hay: "or",
  "trong do": "of which",
  "giup em": "for me",
  "giup minh": "for me",
  khong: "?",
  ko: "?",
  vay: "",
  nhe: "",
  nha: "",
};

const PHRASE_PATTERN = new RegExp(
  `\\b(?:${Object.keys(PHRASES)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})\\b`,
  "gi",
);

/** The message with its Vietnamese words in English; any other message as it is. */
export function vietnameseInEnglish(message: string): string {
  if (!isVietnamese(message)) return message;
  const plain = rewritten(withoutAccents(rewritten(message, ACCENTED)).replace(/[^\S\n]+/g, " "), STATEMENTS);
  return tidied(plain.replace(PHRASE_PATTERN, (phrase) => ` ${PHRASES[phrase.toLowerCase()] ?? phrase} `));
}
