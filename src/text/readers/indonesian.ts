import type { Rewrite } from "../regex";
import { distinctWords, languageReader } from "./shared";

/**
 * Casual Indonesian (Jakarta chat) and Malay ("boleh ke", "buat apa je"), read in English words: "entry level AI engineer tuh kerjaannya ngapain aja sih
 * sehari2? trus gajinya brp" is read as "entry level AI engineer what do they do day to day? also salary how much".
 * Its degrees are S1 (bachelor's), S2 (master's), S3 (PhD); "lagi S2" is a master's under way.
 */
const INDONESIAN_WORDS =
  /\b(?:gaji\w*|brp|berapa|gimana|gmn|ngapain|aja|yg|yang|udah|sudah|belum|blm|gue|gw|aku|saya|lo|trus|terus|dong|sih|kak|bang|wajib|butuh|pengalaman|taun|tahun|kerja|mana|bisa|ga|gak|nggak|tuh|banget|bgt|buat|makasih|cuma|untuk|jadi|boleh|siapa|sendiri|sebagai|punya|lulusan|kurang|apa|s1|s2|baru|ada|sebelumnya|anak|isteri|istri|lagi|dah|nak|senaraikan|semua|soalan)\b/gi;

function isIndonesian(text: string): boolean {
  return distinctWords(text, INDONESIAN_WORDS) >= 3;
}

/** Family and friends, in the English words that mark someone else's facts. */
const KIN: Record<string, string> = {
  abang: "sibling",
  kakak: "sibling",
  adik: "sibling",
  teman: "friend",
  temen: "friend",
  kawan: "friend",
  isteri: "wife",
  istri: "wife",
  suami: "husband",
  anak: "child",
  ayah: "dad",
  bapak: "dad",
  ibu: "mom",
};

/** Relatives and juniors whose age is told, in English words. */
const RELATIVE: Record<string, string> = {
  "anak saudara": "nephew",
  "anak buah": "junior",
  sepupu: "cousin",
  isteri: "wife",
  istri: "wife",
  suami: "husband",
};

/** The degree an S2 or S3 under way is, in the words the profile reads ("studying for a master's"). */
const STUDIED: Record<string, string> = { s2: "master's", s3: "phd" };

/** The writer's facts, in the word order the profile reads; run before the words. */
const STATEMENTS: readonly Rewrite[] = [
  // "belajar ML otodidak udah 2 tahun" (been learning ML on my own for 2 years): years of study, not of work.
  [
    /\bbelajar (?:[\w-]+ ){0,3}?(?:udah |sudah |selama )?(\d+) (?:tahun|taun|thn)\b/gi,
    " learning on my own for $1 years ",
  ],
  // Someone else's degree stays theirs: "abang gue S2 ML dari Melbourne", "temen sekantor aku punya S2" (a coworker).
  [
    /\b(abang|kakak|adik|teman|temen|kawan|isteri|istri|suami|anak|ayah|ibu|bapak)(?: (?:sekantor|kantor|kerja|kuliah|kampus|sekelas))?(?: (?:gue|gw|aku|saya))? (?:ada |punya |udah |sudah )?(S[123]|PhD|master)\b/gi,
    (_m: string, kin: string, degree: string) => ` my ${KIN[kin.toLowerCase()] ?? "friend"} has a ${degree} `,
  ],
  // "kawan saya ada PhD, dia cakap saya kena ambil PhD juga" (my friend has a PhD, he says I must take one too): what
  // the writer is told to get is no degree they hold.
  [
    /\bdia (?:cakap|kata|kate|bilang|ckp) (?:saya|aku|gue|gw) (?:kena|harus|perlu|mesti|wajib) (?:ambil|amek|ngambil)\b/gi,
    " he says i should go for ",
  ],
  // "anak saya baru 10 tahun" (my child is just 10), Malay "anak saudara saya (22 tahun)" (my nephew, 22): someone
  // else's age.
  [
    /\b(anak saudara|anak buah|sepupu|anak|adik|isteri|istri|suami)(?: (?:saya|aku|gue|gw))? \(?(?:baru |sudah |udah )?(\d+) (?:tahun|taun)\)?/gi,
    (_m: string, kin: string, age: string) => ` my ${RELATIVE[kin.toLowerCase()] ?? "kid"} is ${age} years old `,
  ],
  // "ga pernah coding Python" (never coded in Python), Malay "tak pernah guna Docker" (never used Docker).
  [
    /\b(?:ga|gak|nggak|tidak|tak|belum) pernah (?:coding|ngoding|pakai|pake|belajar|guna|gunakan|menggunakan) ([a-z][\w+#.-]*)/gi,
    " never used $1 ",
  ],
  // "ga punya S1" (no bachelor's): no degree.
  [/\b(?:(?:saya|aku|gue|gw) )?(?:ga|gak|nggak|tidak|tak|belum) (?:punya|ada) (?:gelar )?S1\b/gi, " no degree "],
  // Malay "takde master" (no master's), "tiada PhD".
  [
    /\b(?:takde|tak de|tiada|tak ada|tidak ada|gak ada|ga ada|nggak ada|tak punya|ga punya|gak punya|tidak punya) (S2|S3|master|phd)\b/gi,
    " no $1 ",
  ],
  // "umur saya 41 tahun", "saya 35 tahun," (an age, not years of work).
  [/\bumur (?:saya|aku|gue|gw) (\d+)(?: (?:tahun|taun))?/gi, " i am $1 years old "],
  [/\b(?:saya|aku|gue|gw) ([1-9]\d) (?:tahun|taun)(?=\s*(?:[,.;/]|$))/gi, " i am $1 years old "],
  [/\b(?:saya|aku|gue|gw) (?:tak|tidak|nggak|ga|gak) (?:ada|punya)\b/gi, " i do not "],
  // "lagi S2", Malay "aku tengah buat PhD" (I'm in the middle of a PhD): a degree under way.
  [
    /\b(?:lagi |sedang )?(?:ambil |kuliah )?(S2|S3|master|phd)(?= part-time| semester| sekarang)|\b(?:lagi|sedang|tengah) (?:ambil |kuliah |buat |amek |ngambil )?(S2|S3|master|phd|kuliah)\b/gi,
    (_m: string, a?: string, b?: string) => ` studying for a ${STUDIED[(a ?? b ?? "").toLowerCase()] ?? a ?? b} `,
  ],
  [/\bmahasiswa (S[123])\b/gi, " i am a student studying for a $1 "],
  // "gue data analyst di sini" (I'm a data analyst here).
  [
    /\b(?:gue|gw|aku|saya)\b(?= (?:[a-z]+ )?(?:engineer|analyst|developer|dev|scientist|manager|designer|consultant)\b)/gi,
    "i'm",
  ],
  [/\bmahasiswa(?: semester \d+| tingkat akhir)?\b/gi, " i am a student "],
  [/\b(?:ga|gak|nggak|tidak) kuliah\b/gi, " no degree "],
  // "belum punya gelar apa-apa" (no degree of any kind yet).
  [/\b(?:belum|ga|gak|nggak|tidak|tak) punya gelar(?: apa-?apa| apapun)?\b/gi, " no degree "],
  [/\b(?:cuma |hanya )?lulusan (?:SMK|SMA|STM)\b/gi, " no degree, high school "],
  [/\bbelum pernah (?:pegang|pake|pakai|nyentuh|megang) ([a-z][\w+#.-]*)/gi, " never used $1 "],
  // "kubernetes blm pernah nyentuh sama sekali" (never touched kubernetes at all): the tool first.
  [
    /\b([a-z][\w+#.-]*) (?:blm|belum|ga|gak|nggak|tidak|tak) pernah (?:nyentuh|menyentuh|pake|pakai|pegang|megang|coba|nyoba)\b/gi,
    " never used $1 ",
  ],
  [/\bbelum pernah (?:mimpin|memimpin|pegang|megang) tim\b/gi, " never led a team "],
  [
    /\b(?:megang|pegang|mimpin|memimpin) tim(?: \d+ orang)? (?:dari|sejak) (\d+) (?:taun|tahun) (?:lalu|yg lalu)\b/gi,
    " led a team for $1 years ",
  ],
  [/\b(?:megang|pegang|mimpin|memimpin) tim(?: \d+ orang)?,? baru setahun\b/gi, " led a team for 1 years "],
  [/\bsetahun\b/gi, " 1 year "],
  [/\bbelum ada (?:pengalaman|experience) (ml|ai|machine learning)\b/gi, " no $1 experience "],
  [/\budah (?=lead|mimpin|megang|pegang|\d)/gi, ""],
  // "data scientist tuh sama ga sama NLP research scientist?" (is a data scientist the same as ...).
  [
    /\b([a-z][\w ]{2,30}?) (?:tuh )?sama (?:ga|gak|nggak) (?:sama|dengan|kayak) ([a-z][\w ]{2,40}?)\?/gi,
    " is $1 the same as $2? ",
  ],
  [/\btarget (?:gue|gw|aku|saya) (?:jadi|menjadi)\b/gi, " my goal is to become "],
  [/\b(?:dalam|dlm) (\d+) (?:taun|tahun|thn)\b/gi, " in $1 years "],
  [/\bumur (\d+)\b/gi, " i am $1 years old "],
  // ("1.5 tahun", "1,5 tahun": a year and a half, the whole number.)
  [
    /(?<![\d.,])(\d+)(?:[.,](\d))? (?:taun|tahun) (?:jadi|sebagai)\b/gi,
    (_m: string, whole: string, tenth?: string) => ` ${whole}${tenth ? `.${tenth}` : ""} years as `,
  ],
  [
    /(?<![\d.,])(\d+)(?:[.,](\d))? (?:taun|tahun)\b/gi,
    (_m: string, whole: string, tenth?: string) => ` ${whole}${tenth ? `.${tenth}` : ""} years `,
  ],
  [/\b(\d+) bulan\b/gi, " $1 months "],
];

const WORDS: readonly Rewrite[] = [
  // What is asked
  // "gelar apa yang dibutuhkan" (which degree is needed); Malay "apa tanggungjawab utama" (what are the main
  // responsibilities), "cabaran" (challenges), "senaraikan semua peranan" (list all the roles).
  [/\bgelar apa (?:yang |yg )?(?:dibutuhkan|dibutuhin|diperlukan|perlu)\b/gi, "what degree is needed"],
  [/\b(?:apa )?(?:tanggungjawab|tanggung jawab)(?: utama)?\b/gi, "what are the responsibilities"],
  [/\b(?:apa )?cabaran(?: biasa)?\b/gi, "what are the challenges"],
  [/\bsenaraikan semua (?:peranan|jawatan|kerjaya)(?: yang ada)?\b/gi, "list all roles"],
  [/\bdua soalan\b/gi, "two questions"],
  // Malay "apa kelayakan untuk jadi X?" (what qualifications does one need to become an X?).
  [/\b(?:apa )?kelayakan\b/gi, "what qualifications are needed"],
  [/\b(?:kerjaan(?:nya)?|kerjanya) ngapain(?: aja)?\b|\bngapain aja\b/gi, "what do they do"],
  [/\bsehari-?hari\b|\bsehari2\b/gi, "day to day"],
  // Malay "apa sebenarnya kerja seorang X?" (what, really, is the work of an X?), "patut belajar bahasa
  // pengaturcaraan apa dulu?" (which programming language should I learn first?); "saya pelajar tingkatan 5" (I'm a
  // form-5 student).
  [/\bapa (?:sebenarnya |sebenernya )?kerja(?: seorang| sebagai)?\b/gi, "what are the duties of"],
  [
    /\b(?:patut|perlu|harus) belajar bahasa (?:pengaturcaraan|pemrograman) apa(?: dulu)?\b/gi,
    "which programming language should i learn first",
  ],
  [/\b(?:saya|aku) (?:seorang )?(?:pelajar|pelajar sekolah|murid)\b/gi, "i am a student"],
  // Malay "kerja dia apa sebenarnya?" (what is their job, really?).
  [/\b(?:kerja dia|kerjanya|kerja diorang) apa(?: (?:sebenarnya|sebenernya|sih|je))?\b/gi, "what do they do"],
  // "gimana peluangku jadi X?" (what are my chances of becoming X?).
  [/\b(?:gimana|bagaimana|macam mana|mcm mana) peluang(?:ku|nya| (?:aku|saya|gue|gw))\b/gi, "what are my chances of"],
  [/\bskill (?:yg|yang) (?:wajib|dibutuhin|dibutuhkan|dicari)(?: \w+)? apa aja\b/gi, "what skills are required"],
  [
    /\b(?:apa aja|apa saja|apa lagi|apa) (?:yang |yg )?(?:aku |saya |gue |gw )?(?:masih |lagi )?kurang(?:nya)?\b|\bkurangnya apa(?: aja| saja)?\b/gi,
    "what am i missing",
  ],
  // Malay: "tu buat apa je hari-hari?" (what do they do every day?), "roles apa je ada dalam guide ni?" (which roles
  // does the guide have?), "sesuai untuk ... saya" (suits me); "kualifikasinya apa" (what qualifications).
  // "bot ni boleh buat apa je sebenarnya?" (what can this bot actually do?): what the bot does, before the role's day.
  [/\b(?:bot|kau|awak|kamu)(?: ni| ini)? boleh buat apa(?: je| aja| saja)?\b/gi, "what can you do"],
  [
    /\b(?:tu |ni )?buat apa (?:je|aja|saja)(?: (?:hari-hari|sehari-hari|setiap hari|tiap hari))?\b/gi,
    "what do they do day to day",
  ],
  [/\broles? apa (?:je|aja|saja) (?:yang |yg )?ada\b/gi, "which roles are there"],
  [/\bsesuai (?:untuk|buat|dengan)\b/gi, "fits"],
  [/\bkualifikasi\w* apa\b|\bapa kualifikasi\w*\b/gi, "what qualifications"],
  [/\bperlu publikasi\b/gi, "are publications required"],
  // "bootcamp 6 bulan ... cukup gak buat dapet kerja?" (is a 6-month bootcamp enough to get a job?): a bootcamp
  // weighed, as "bootcamp enough" says it.
  [/\bbootcamp((?: [^?.!]{0,50}?)?) cukup (?:ga|gak|nggak|tak|tidak)\b/gi, "is a bootcamp enough$1"],
  // "aku kurang apa aja ya?" (what am I lacking?), the subject before "kurang".
  [
    /\b(?:(?:aku|saya|gue|gw) (?:masih )?)?kurang apa(?: aja| saja| lagi)\b|\b(?:aku|saya|gue|gw) (?:masih )?kurang apa\b/gi,
    "what am i missing",
  ],
  // "yang senior butuh ...?" (the senior one needs ...?): one of the roles just talked about.
  [
    /\byang (senior|entry(?: level)?|lead|nlp|multimodal)\b(?! (?:ai|ml|nlp|research|engineer|architect|application))/gi,
    "the $1 one",
  ],
  // "cukup ga buat X?" (enough for X?), "dah layak ke untuk X?" (qualified for X yet?): the gap asked.
  [/\bcukup (?:ga|gak|nggak|tak|tidak|ke) (?:buat|untuk)\b/gi, "am i ready for"],
  [/\b(?:dah |sudah |udah )?layak (?:ke|ga|gak|tak) (?:buat|untuk)\b/gi, "am i qualified for"],
  [/\b(?:yang|yg) gaji\w* paling (?:kecil|rendah|dikit)\b/gi, "which pays the least"],
  [/\bmana satu (?:yg|yang) wajib(?: ada)?\b/gi, "which requires"],
  [/\bapa aja\b/gi, "what"],
  [/\bmana (?:yg|yang) gaji\w* paling (?:kecil|rendah|dikit)\b/gi, "which pays the least"],
  [/\bmana (?:yg|yang) gaji\w* paling (?:besar|tinggi|gede)\b/gi, "which pays the most"],
  // "jadi mana yg lebih gede?" (so which is bigger?), "yg mana yg gajinya lebih gede?" (which one's pay is bigger?).
  [
    /\b(?:(?:yg|yang) )?mana (?:satu )?(?:yg|yang) (?:gaji\w* )?lebih (?:gede|besar|tinggi|banyak)(?: gaji\w*)?\b/gi,
    "which pays more",
  ],
  [/\bmana (?:yg|yang) wajib\b/gi, "which requires"],
  [/\bmana (?:yg|yang) paling butuh pengalaman(?: lama)?\b/gi, "which requires the most experience"],
  [/\brole apa aja (?:yg|yang) wajib\b/gi, "which roles require"],
  [/\bmana (?:yg|yang)\b/gi, "which one"],
  [/\bgaji\w*/gi, "salary"],
  [/\b(?:brp|berapa) (?:taun|tahun)\b/gi, "how many years"],
  [/\b(?:brp|berapa)\b/gi, "how much"],
  [/\b(?:taun|tahun)\b/gi, "years"],
  [/\bpengalaman (?:how much) (?:taun|tahun)\b/gi, "how many years of experience"],
  [/\bpengalaman\b/gi, "experience"],
  [/\bjenjang karir\w*\b/gi, "career path"],
  [/\bnaik sampe\b/gi, "go up to"],
  [/\btantangan\b/gi, "challenges"],
  [/\bpaling berat\w*/gi, "biggest"],
  [/\bfaktor\b/gi, "factors"],
  [/\bbikin (?:salary|gaji) naik\b/gi, "raise pay"],
  [/\bindustri\b/gi, "industries"],
  [/\blagi butuh\b/gi, "are hiring"],
  [/\b(?:wajib|harus)\b/gi, "required"],
  [/\bbutuh\w*/gi, "need"],
  [/\budah cukup\b|\bcukup belum\b/gi, "is it enough"],
  [/\bmasing2\b|\bmasing-masing\b/gi, "each"],
  // Asked about oneself
  [/\bapa (?:lagi )?(?:yg|yang) (?:masih )?kurang\b/gi, "what am i missing"],
  [/\bmasuk akal (?:ga|gak|nggak)\b/gi, "is it realistic for me"],
  [/\bjalur karir\w*/gi, "career path"],
  [/\bsampe\b|\bsampai\b/gi, "to"],

  [/\bmasih jauh (?:ga|gak|nggak)\b/gi, "how far am i"],
  [/\brealistis (?:ga|gak|nggak)\b/gi, "is it realistic for me"],
  [/\bcocok (?:ga|gak|nggak) buat (?:aku|gue|gw|saya)\b/gi, "does it fit me"],
  [/\bbisa (?:ga|gak|nggak) jadi\b/gi, "can i become"],
  [/\bbisa langsung daftar\b/gi, "can i apply"],
  // Topics the guide does not cover
  [/\btips interview\b/gi, "interview tips"],
  [/\bcara nego\w*/gi, "how to negotiate"],
  [/\bmending\b/gi, "which is better:"],
  [/\budah telat\b|\bterlambat\b/gi, "too late"],
  [/\bkerja di\b/gi, "working at"],
  [/\b(?:paling oke|terbaik)\b/gi, "best"],
  [/\bbot ini bisa ngapain(?: aja)?\b/gi, "what can you do"],
  [/\bmakasih\w*\b|\bterima kasih\b/gi, "thanks"],
  // Degrees: S1 bachelor's, S2 master's, S3 PhD.
  [/\bS1\b/g, "bachelor's"],
  [/\bS2\b/g, "master's"],
  [/\bS3\b/g, "PhD"],
  // "di antara 5 role yang kamu tau, yang ... yang mana?" (of the 5 roles you know, which one ...?).
  [/\bdi antara\b/gi, "among the"],
  [/\byang kamu (?:tau|tahu|kenal)\b/gi, ""],
  [/\b(\d+) role\b/gi, "$1 roles"],
  [/\byang mana\b/gi, ""],
  [/\bjalurnya (?:biasanya )?(?:gimana|bagaimana)\b/gi, "what is the usual career path"],
  // Joining words and fillers
  [/\b(?:trus|terus|sama|dan)\b/gi, "and"],
  [/\batau\b/gi, "or"],
  [/\b(?:gue|gw|aku|saya)\b/gi, "i"],
  [/\b(?:buat|untuk)\b/gi, "for"],
  [/\b(?:ga|gak|nggak)\b(?=\s*[?]|$)/gi, "?"],
  // ("sekarang Kaggle Expert. mau nanya: gaji ..." (I want to ask: the salary ...): the question starts there.)
  [/\bmau nanya\s*:?/gi, " my question: "],
  [/\b(?:tuh|sih|dong|kak|bang|ya|nih|deh|guys|kira2|bgt|banget)\b/gi, ""],
];

/** The message in English words when it is written in Indonesian; any other message as it is. */
export const indonesianInEnglish = languageReader(isIndonesian, STATEMENTS, WORDS);
