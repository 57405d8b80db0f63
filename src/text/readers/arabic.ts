import type { Rewrite } from "../regex";
import { languageReader, rule } from "./shared";

/**
 * Arabic script (Modern Standard Arabic and the dialects people type: Egyptian, Levantine, Darija), read in English
 * words where a phrase carries the question: "مين فيهم محتاج دكتوراه؟" is read as "which of them requires a PhD?".
 * The rest stays in Arabic letters, which the later stages pass over (the profile reads its years and ages as written).
 */
const ARABIC_LETTERS = /[\u0600-\u06ff]/;

const WORDS: readonly Rewrite[] = [
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
];

/** The message with its Arabic question phrases in English words; a message without Arabic letters as it is. */
export const arabicInEnglish = languageReader((message) => ARABIC_LETTERS.test(message), WORDS);
