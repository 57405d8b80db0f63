import { PendingRewrite, type Rewrite } from "../regex";
import { languageReader, phrase, rule } from "./shared";

/**
 * Arabic script (Modern Standard Arabic and the dialects people type: Egyptian, Levantine, Darija), read in English
 * words where a phrase carries the question: "مين فيهم محتاج دكتوراه؟" is read as "which of them requires a PhD?".
 * The rest stays in Arabic letters, which the later stages pass over (the profile reads its years and ages as written).
 */
const ARABIC_LETTERS = /[\u0600-\u06ff]/;

/** Arabic-Indic digits ("١٠ سنين") as the digits the profile reads. */
const ARABIC_INDIC_DIGITS: Rewrite = [/[\u0660-\u0669]/g, (d: string) => String(d.charCodeAt(0) - 0x660)];

/** "سنة تالتة" (third year): the year of study, as the profile reads it. */
const ARABIC_ORDINALS: Record<string, string> = {
  أولى: "first",
  اولى: "first",
  تانية: "second",
  ثانية: "second",
  تالتة: "third",
  ثالثة: "third",
  رابعة: "fourth",
  أخيرة: "final",
  اخيرة: "final",
};

/** The writer's facts, in the English words the profile reads; run before the question phrases. */
const STATEMENTS: readonly Rewrite[] = [
  ARABIC_INDIC_DIGITS,
  // "عمري ٣٨ سنة" (I am 38): an age, before any count of years is read as work.
  rule(String.raw`عمري (\d{2}) (?:سنة|سنه|عام)`, " i am $1 years old "),
  // "أنا طالب دكتوراه" (I'm a PhD student): studying, not held.
  phrase("طالب دكتوراه|طالبة دكتوراه|طالب دكتوراة", " phd student "),
  // "أخويا الكبير عنده 35 سنة وشغال data scientist من 10 سنين" (my older brother is 35 and ...): someone else's facts, to
  // the end of the sentence or the writer's "أنا" (I).
  rule(
    "(?<![\\p{L}])(?:أخويا|أخوي|اخويا|اخوي|أخي|أختي|اختي|صاحبي|صديقي|ابن عمي|بنت عمي|مراتي|زوجتي|جوزي|زوجي|أبويا|ابويا|أبي)(?: الكبير| الكبيرة| الصغير| الصغيرة)?(?![\\p{L}])[^.!?؟؛]*?(?=[.!?؟؛]|\\s*و?أنا(?![\\p{L}])|$)",
    " my brother is someone else ",
  ),
  // "مش عايز أضيع سنين في PhD" (I don't want to waste years on a PhD): a degree weighed, not held.
  phrase("(?:مش عايز|مش عايزة|ما ابغى|مابغى|لا أريد) (?:أضيع|اضيع) سنين في", " i don't want to waste years on a "),
  // "معنديش ماجستير ولا دكتوراه" (I have neither a master's nor a PhD), "ما عندي ماجستير": degrees not held.
  rule(
    "(?:معنديش|ما عنديش|ما عندي|ماعندي|ليس لدي|لا أملك|مش معايا) (?:شهادة )?ماجستير(?: (?:ولا|أو|او) دكتوراه)?",
    " i have no master's and no phd, ",
  ),
  rule("(?:معنديش|ما عنديش|ما عندي|ماعندي|ليس لدي|لا أملك|مش معايا) (?:شهادة )?دكتوراه", " i have no phd, "),
  // "أنا خريج حاسبات" (I'm a computer science graduate).
  rule("(?:أنا |انا )?(?:خريج|خريجة) ", " i have a bachelor's in "),
  // "بقالي سنتين" (for two years now: Arabic has a form for two), "بقالي سنة" (for a year).
  rule("(?:من|بقالي|صارلي|لي) سنتين", " for 2 years "),
  rule("(?:من|بقالي|صارلي|لي) (?:سنة|سنه)(?! \\d)", " for 1 years "),
  // "وآخر سنتين team lead" (and the last two years team lead): the last years, of those told.
  rule("و?(?:آخر|اخر) سنتين", " the last 2 years "),
  // "ولو عملت الماجستير هنا" (and if I did the master's here): a degree imagined, not held.
  rule("و?لو (?:عملت|خدت|أخدت|اخدت|أخذت|درست|جبت)", " if i did "),
  // "شغال ... من ١٠ سنين" (working ... for 10 years), "٥ سنين في WE".
  rule(String.raw`(?:من|بقالي|صارلي|لي) (\d{1,2}) (?:سنين|سنوات|سنة|سنه)`, " for $1 years "),
  // ("عندي 38 سنة" is an age in the Gulf and the Maghreb, which the profile reads as written.)
  rule(String.raw`(?<!(?:عندي|عنده|عندو|عمري) )(?<!\d)(\d{1,2}) (?:سنين|سنوات|سنة|سنه)`, " $1 years "),
  rule("(?:أنا |انا )?(?:شغال|شغالة|أعمل|اعمل|بشتغل)", " i work "),
  // "واشتغلت data analyst سنتين" (and I worked as a data analyst for two years).
  // ("عملت" alone is also "I did": "عملت ماجستير" is a master's done, not a job.)
  rule("و?(?:اشتغلت|إشتغلت|عملت) ([a-z][a-z -]{1,30}?) سنتين", " i worked as a $1 for 2 years, "),
  rule("و?(?:اشتغلت|إشتغلت)", " i worked as "),
  // Any other "سنتين" (two years; "for two years" and "the last two" were read above).
  rule("سنتين", " 2 years "),
  // "معرفش docker خالص" (I don't know docker at all), "مش عارف kubernetes": a skill they lack.
  rule(
    "(?:معرفش|ماعرفش|ما بعرف|مابعرفش|مش عارف|مش عارفة|لا أعرف|لا اعرف) ([a-z][\\w+#.]*)(?: خالص| أبدا| ابدا| نهائي)?",
    " never used $1, ",
  ),
  // "انا طالب في هندسة القاهرة سنة تالتة" (I'm a third-year student at Cairo engineering): a degree under way.
  rule("(?:أنا |انا )?(?:طالب|طالبة) (?:في|ف|بكلية|في كلية) ", " i'm a student at "),
  new PendingRewrite(
    "(?:سنة|سنه) (تالتة|ثالثة|تانية|ثانية|رابعة|أولى|اولى|أخيرة|اخيرة)",
    "gu",
    (_m: string, nth: string) => ` ${ARABIC_ORDINALS[nth]} year `,
  ),
];

const WORDS: readonly Rewrite[] = [
  // "ما هو معدل النمو المتوقع لوظائف تعلم الآلة حتى عام 2030؟ وما هو الحجم المتوقع لسوق الذكاء الاصطناعي العالمي؟"
  // (what job growth is expected for machine learning to 2030? and how big is the global AI market expected to be?).
  rule("معدل النمو المتوقع|معدل النمو", " expected growth "),
  rule("لوظائف تعلم الآلة|وظائف تعلم الآلة", " of machine learning jobs "),
  rule("وظائف الذكاء الاصطناعي(?: وتعلم الآلة)?", " AI and ML jobs "),
  rule("الحجم المتوقع لسوق الذكاء الاصطناعي|حجم سوق الذكاء الاصطناعي", " size of the AI market "),
  // Degrees by name, so "هل محتاج ماجستير ولا البكالوريوس كفاية؟" reads as a degree asked about, not held.
  rule("(?:ال)?ماجستير", " master's "),
  rule("(?:ال)?بكالوريوس", " bachelor's "),
  rule("كفاية|يكفي|تكفي", " enough "),
  // "أي دور من الأدوار الخمسة راتبه الأقل حسب الدليل؟" (which of the five roles pays the least, by the guide?).
  rule("راتبه الأقل|الأقل راتب(?:ا|اً)?|أقل راتب|راتبه أقل", " pays the least "),
  rule("راتبه الأعلى|الأعلى راتب(?:ا|اً)?|أعلى راتب", " pays the most "),
  rule("(?:أي|اي|انهي|أنهي) (?:دور|وظيفة)", " which role "),
  rule("من الأدوار الخمسة|من الوظائف الخمسة", " of the five roles "),
  rule("حسب الدليل", " according to the guide "),
  // "ما هي الوظائف اللي يغطيها الدليل؟ بدي القائمة كاملة" (which roles does the guide cover? the full list).
  rule(
    "(?:ما هي |ايش |إيش |شو )?(?:الوظائف|الأدوار|الادوار) (?:اللي|التي|الي) (?:يغطيها|يغطّيها|بيغطيها|يتكلم عنها) الدليل",
    " which roles does the guide cover ",
  ),
  // "ما هي الوظائف التي يمكنك أن تعطيني معلومات عنها؟" (which roles can you give me information about?).
  rule(
    "(?:ما هي |ايش |إيش |شو )?(?:الوظائف|الأدوار|الادوار) (?:اللي|التي|الي) (?:يمكنك|تقدر|بتقدر|تستطيع) (?:أن |ان )?(?:تعطيني|تعطينا|تقول لي|تحكي لي) (?:معلومات|معلومة) عنها",
    " which roles do you know about ",
  ),
  rule("القائمة كاملة", " the full list "),
  // "اكتب لي كود بايثون" (write me Python code).
  rule("اكتب لي|اكتبلي|أكتب لي", " write me "),
  // "شكرا جزيلا" (thank you very much); "أي وظيفة ... تحتاج دكتوراه" (which role needs a PhD).
  rule("^\\s*(?:تمام |ماشي |طيب )?(?:شكرا|شكراً)(?: جزيلا| جزيلاً| كتير| كثير)?", " thanks "),
  // "تسلم يا غالي، جواب ممتاز" (bless you, dear: a great answer): thanks.
  rule("^\\s*(?:تسلم|تسلمي|تسلم ايدك|تسلم إيدك)(?: يا (?:غالي|باشا|معلم|حبيبي))?", " thanks "),
  // "ازاي استخدم البوت ده؟ بتقدر تجاوب على ايه بالظبط؟" (how do I use this bot? what can you answer?): help.
  rule("(?:ازاي|إزاي|كيف) (?:استخدم|أستخدم) البوت(?: ده| هذا)?", " how do i use you "),
  rule("(?:بتقدر|تقدر|بتعرف) تجاوب على (?:ايه|إيه|ايش|شو)", " what can you do "),
  rule("كود", " code "),
  // "هل فات الأوان أتحول؟" (is it too late to switch?), "ولا العمر مش مشكلة" (or is age no problem).
  rule("(?:هل )?فات الأوان", " is it too late "),
  rule("العمر", " age "),
  // "وش المؤهل المطلوب؟ كم الراتب؟ ووش مستقبل الوظيفة؟" (what qualification? what salary? what outlook?).
  rule("(?:ال)?مؤهل(?:ات)? (?:ال)?مطلوب(?:ة)?", " qualifications required "),
  rule("مستقبل (?:ال)?وظيفة", " job outlook "),
  rule("(?:عندي )?كم سؤال", " a few questions "),
  rule(String.raw`(?<![\p{L}])و?(?:وش|ايش|إيش)(?![\p{L}])`, " what "),
  rule(String.raw`(?<![\p{L}])و?كم(?![\p{L}])`, " how much "),
  // "ايه أكبر التحديات اللي بيواجهها" (what are the biggest challenges it faces), "عليها طلب في السوق" (in demand).
  rule("(?:ال)?تحديات", " challenges "),
  rule("(?:عليها|عليه) طلب(?: في السوق)?|طلب في السوق", " in demand in the market "),
  // "ينفع أبقى NLP research scientist؟" (can I become one?).
  rule("(?:ينفع|ممكن|أقدر|اقدر) (?:أبقى|ابقى|أصير|اصير|أكون|اكون)", " can i become "),
  // Saudization and visas: "السعودة", "التأشيرة".
  rule("(?:ال)?سعودة", " saudization "),
  rule("(?:ال)?تأشيرة|(?:ال)?فيزا", " visa "),
  // Arabic script: "مين فيهم محتاج دكتوراه" (which of them requires a PhD), "واش فات الفوت" (is it too late).
  rule("(?:ايه|إيه|ما|شو|شنو|شنو هو) (?:هو |هي )?الفرق بين", " what is the difference between "),
  rule("(?:مين|شكون) فيهم", " which of them "),
  // "ما هو دور X في الشركة؟" (what is X's role in the company?): its duties.
  rule("(?:ما|ايه|إيه|شو) (?:هو |هي )?دور", " what are the duties of "),
  rule("في الشركة", " at the company "),
  rule("(?:بيطلب|يطلب|تطلب|بتطلب)", " requires "),
  rule("(?:سنين|سنوات) (?:ال)?خبرة", " years of experience "),
  rule("(?:ال)?مهارات", " skills "),
  rule("(?:بياخد|بتاخد|بياخدو) كام|(?:شحال|وشحال) (?:كيخلصو|كيخلص)|(?:ال)?رواتب|(?:ال)?راتب|(?:ال)?مرتب", " salary "),
  rule("(?:في|ف) مصر", " in Egypt "),
  rule("(?:أمريكا|امريكا|ميريكان|الولايات المتحدة)", " the US "),
  // "هل أحتاج دكتوراه؟" (do I need a PhD?): the writer asks; "محتاج" (a role needs) is asked of the roles.
  rule("(?:هل )?(?:أحتاج|احتاج|بحتاج|نحتاج)", " do i need "),
  rule("(?:محتاج|محتاجة|خاصو|خاصها|يحتاج)", " requires "),
  rule("دكتوراه", " a PhD "),
  rule("(?:واش )?فات الفوت", " is it too late "),
  rule("باش نولي", " to become "),
  rule("(?:هل|واش) (?:أنا|انا) مناسب (?:لـ|ل)", " am i a fit for "),
  rule(String.raw`(?<![\p{L}])ولا(?![\p{L}])`, " or "),
  // "أي وظيفة ... تحتاج دكتوراه" (which role needs a PhD), after the phrases above that read these words in theirs.
  rule("(?:ال)?دكتوراه", " phd "),
  rule("تحتاج|يحتاج", " needs "),
];

/** The message with its Arabic question phrases in English words; a message without Arabic letters as it is. */
export const arabicInEnglish = languageReader((message) => ARABIC_LETTERS.test(message), STATEMENTS, WORDS);
