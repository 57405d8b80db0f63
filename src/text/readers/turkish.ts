import { type Rewrite, rewritten } from "../regex";
import { distinctWords, tidied } from "./shared";

/**
 * Turkish, read in English words: "lead ml architect maaşı ne kadar? bi de kaç yıl deneyim istiyorlar" is read as
 * "lead ml architect salary how much? also how many years experience do they require".
 *
 * Many people type Turkish without its letters ("maas", "yuksek lisans sart mi"), so the text is read without them
 * (ı is i, ş is s, ğ is g), where both spellings meet. Turkish adds its endings to the word ("maaşı", "deneyimim",
 * "yıldır"): the patterns match a word's stem and the endings that change what it says.
 */

/** Letters only Turkish has among the languages people write here. */
const TURKISH_LETTERS = /[ıİğĞ]/;
/** Words of Turkish written without its letters; two of them make a message Turkish. */
const TURKISH_WORDS =
  /\b(?:neler|nedir|nasil|hangi|hangisi|kac|kadar|yil|yildir|icin|bi de|bir de|lazim|sart|maas\w*|deneyim\w*|tecrube\w*|abi|hocam|yok|ve|ama|olarak|arkadaslar|sizce|istiyor\w*|gerekli|yeter|olur|mezun\w*|lisans\w*|doktora(?:si|li|ya|da|nin|m|n)?|yapar|olmak|eksik\w*|peki|acaba|selam|daha|cok|kazan\w*|veriyor)\b/gi;

/** Its letters and one of its words ("Boğaziçi" alone is a place in an English message), or two of its words. */
function isTurkish(text: string): boolean {
  const words = distinctWords(withoutTurkishLetters(text), TURKISH_WORDS);
  return words >= 2 || (words === 1 && TURKISH_LETTERS.test(text));
}

const LATIN_LETTER: Record<string, string> = {
  ı: "i",
  İ: "I",
  ş: "s",
  Ş: "S",
  ğ: "g",
  Ğ: "G",
  ç: "c",
  Ç: "C",
  ö: "o",
  Ö: "O",
  ü: "u",
  Ü: "U",
};
const withoutTurkishLetters = (text: string) => text.replace(/[ıİşŞğĞçÇöÖüÜ]/g, (c) => LATIN_LETTER[c] ?? c);

const KIN: Record<string, string> = {
  abim: "brother",
  ablam: "sister",
  kardesim: "sibling",
  arkadasim: "friend",
  babam: "dad",
  annem: "mom",
  esim: "spouse",
};

/** Endings and word order the other rules would trip on; run first. */
const SHAPES: readonly Rewrite[] = [
  // Places: "ABD'de" (in the US), "Berlin'den" (from Berlin); then other endings after an apostrophe ("Docker'ı",
  // "scientist'i", "engineer'a") go.
  [/\babd'?\w*/gi, "the US"],
  [/\b([A-Z][\w]+)'(?:de|da|te|ta)\b/g, "in $1"],
  [/\b([A-Z][\w]+)'(?:den|dan|ten|tan)\b/g, "from $1"],
  [/(\w)'[a-z]{1,5}\b/gi, "$1"],
  // "başlamak için geç mi?", "geç mi kaldım" (is it too late?), before "mi" is read as "or".
  [/\bgec (?:mi kald\w*|mi)\b/gi, " is it too late "],
  // Spoken endings: "istiyo", "kazanıyo", "çalışıyo" (for "istiyor", ...).
  [/\b([a-z]+[iu])yo\b/gi, "$1yor"],
  // "izmirde", "hollandada" (in Izmir, in the Netherlands), written without the apostrophe.
  [/\b(izmir|istanbul|ankara|bursa|eskisehir|antalya|turkiye|hollanda|almanya|abd)(?:de|da|te|ta)\b/gi, " in $1 "],
  // "Trendyol mu Insider mı, ... hangisi daha iyi" (which company is better).
  [/\b(\w+) m[iu] (\w+) m[iu],? [^?]{0,40}?hangisi daha iyi\w*/gi, " which company is better: $1 or $2 "],
  [/\bilk hangi sertifika\w*/gi, " which certification first "],
  [/\bbu bot ne yapiyor(?: tam olarak)?/gi, " what can you do "],
  [/\bneler sorabilirim\b/gi, " what can i ask "],
  // ("hiç kod yazmadım": never wrote code, a fact of the writer's, not a request.)
  [/\b(?:hic )?kod yazmadim\b/gi, " never coded "],
  [/\bkod yaz\w*/gi, " write code "],
  // "NLP research scientist mi multimodal research scientist mi" (X or Y?), "bootcamp mı yoksa yüksek lisans mı".
  [/\b([^,?:;]+?) m[iu],? (?:yoksa )?([^,?:;]+?) m[iu]\b/gi, "$1 or $2"],
  [/\byoksa\b/gi, "or"],
  // "NLP research scientist olmak için" (to become an NLP research scientist).
  [/\b((?:[A-Za-z]+ ){1,5})olmak icin\b/g, " for $1 "],
  [/\b((?:[A-Za-z]+ ){1,5})olmak istiyorum\b/g, " i want to become $1 "],
  // "en az hangisi kazanıyor" (which one earns the least).
  [/\b(?:en az hangisi|hangisi en az) kazan\w*/gi, " which one earns the least "],
  [/\b(?:en (?:cok|fazla) hangisi|hangisi en (?:cok|fazla)) kazan\w*/gi, " which one earns the most "],
  // "doktora şart mı" (is a PhD required?).
  [
    /\b(doktora|yuksek lisans|lisans|master|phd|diploma)\w* (?:sart|gerekli|lazim|zorunlu) mi\b/gi,
    " is a $1 required? ",
  ],
];

/** The writer's facts, in the word order the profile reads; run before the words. */
const STATEMENTS: readonly Rewrite[] = [
  // "abim doktoralı" (my older brother has a PhD): family's and friends' facts stay theirs.
  [
    /\b(abim|ablam|kardesim|arkadasim|babam|annem|esim)(?:in|un|nin|nun)?\b/gi,
    (kin: string) => ` my ${KIN[kin.toLowerCase().replace(/(?:in|un|nin|nun)$/, "")] ?? "friend"} `,
  ],
  // "ML tecrübem yok denecek kadar az" (my ML experience is next to none).
  [/\b(\w+) (?:tecrubem|deneyimim) yok denecek kadar az\b/gi, " i have almost no $1 experience "],
  // "hiç ML tecrübem yok" (I have no ML experience at all).
  [
    /\b(?:hic )?(ml|ai|yapay zeka|makine ogrenmesi) (?:tecrubem|deneyimim) (?:de )?(?:hic )?yok\b/gi,
    " i have no $1 experience ",
  ],
  // "yüksek lisansımı bitirdim" (I finished my master's), "liderlik tecrübem hiç yok" (no leading at all), "son 3
  // yılı ML ile" (the last 3 of them with ML).
  [/\byuksek lisansimi (?:bitirdim|tamamladim)\b/gi, " I have a master's degree "],
  [/\bdoktoram yok\b/gi, " no phd "],
  [/\b(?:liderlik|yoneticilik|ekip liderligi) (?:tecrubem|deneyimim) (?:hic )?yok\b/gi, " never led a team "],
  [/\bson (\d+) yili (?:ml|makine ogrenmesi|yapay zeka) ile\b/gi, " $1 years of ml experience "],
  // "2 yıl yazılımcı olarak çalıştım sonra 1.5 yıl ML engineer" (2 years as a developer, then 1.5 as an ML engineer).
  [/\b(\d+(?:[.,]\d+)?) yil ([^,.;!?]{1,30}?) olarak (?:calistim|calisiyorum)\b/gi, " worked $1 years as $2 "],
  [/\bsonra (\d+(?:[.,]\d+)?) yil (ml|machine learning|makine ogrenmesi|yapay zeka|ai)\b/gi, " then $1 years $2 "],
  // "3 yıl call center'da çalıştım" (worked 3 years at a call center).
  [/\b(\d+) yil ([^,.;!?]{1,30}?) (?:calistim|calisiyorum)\b/gi, " worked $1 years at $2 "],
  // "PhD yok, master yok, sadece lisans" (no PhD, no master's, only a bachelor's).
  [/\b(phd|doktora|master|yuksek lisans)\w* yok\b/gi, " no $1 "],
  [/\bsadece lisans\b/gi, " only a bachelor's "],
  // "Yüksek lisansa devam ediyorum" (I am still doing a master's), "2 yıl askerlik + işsizlik boşluğum var" (a gap).
  [/\byuksek lisans\w* devam ediyorum\b/gi, " i am studying for a master's "],
  [/\b(\d+) yil (?:askerlik|bosluk)\w*/gi, " a $1 year career break "],
  [/\b(brother|sister|sibling|friend|dad|mom|spouse)\s+(doktora|yuksek lisans)\w*/gi, "$1 has a $2"],
  // "9 yıldır yazılım mühendisiyim, bunun 5 yılı ML üzerine, 3 yıldır da 6 kişilik bir ekibin lideriyim".
  [/\bbunun (\d+) yili (?:ml|makine ogrenmesi|yapay zeka)\b/gi, " $1 years of ml experience "],
  [
    /\b(\d+) yildir (?:da )?(?:\d+ kisilik )?(?:bir )?(?:ekibin|takimin|ekip|takim) lider\w*/gi,
    " led a team for $1 years ",
  ],
  [/\btoplam (\d+) yil(?:lik)? (?:is )?(?:deneyim|tecrube)\w*(?: var)?/gi, " $1 years of experience "],
  [/\b\d\. (?:sinif|yil)\w*/gi, " i am a student "],
  [/\bmezun olunca\b/gi, " after i graduate "],
  // "son 2 yıldır 4 kişilik ekibi yönetiyorum" (leading a team of 4 for the last 2 years).
  [
    /\b(?:son )?(\d+) yildir (?:da |de )?(?:\d+ kisilik )?(?:ekibi|ekip|takimi|takim)\w* yonet\w*/gi,
    " led a team for $1 years ",
  ],
  [/\bson (\d+) yildir (?:ml|yapay zeka|ai|makine ogrenmesi)\w*/gi, " $1 years of ml experience "],
  [/\b([a-z][\w+#.-]*) hic (?:dokunmadim|elimi surmedim)\b/gi, " never used $1 "],
  [/\bhic (?:ekip|takim)\w* yonetmedim\b/gi, " never led a team "],
  // "ML tecrübem sadece 1 yıl" (my ML experience is only 1 year), "3 yıldır ML engineer olarak".
  [
    /\b(?:ml|makine ogrenmesi) (?:tecrube|deneyim)\w* (?:sadece |yaklasik |toplam )?(\d+) yil\w*/gi,
    " $1 years of ml experience ",
  ],
  [/\b(\d+) yildir (ml|machine learning|makine ogrenmesi)/gi, " $1 years of ml experience as $2 "],
  // "toplam 4 yıllık deneyimim var", "2 yıllık deneyimim", "10 yıllık yazılımcıyım", "7 yıllık data engineer'ım".
  [/\b(?:toplam )?(\d+) yillik (?:is )?(?:deneyim|tecrube)\w*(?: var)?/gi, " $1 years of experience "],
  [/\b(\d+) yillik ([a-z][\w ]{1,30}?)'?(?:y?[iu]m)\b/gi, " $1 years as $2 "],
  [/\b(\d+) yildir\b/gi, " for $1 years "],
  // "(Kubernetes) hiç kullanmadım" (never used).
  [/\b([a-z][\w+#.-]*) hic kullanmadim\b/gi, " never used $1 "],
  [/\bhic ([a-z][\w+#.-]*) kullanmadim\b/gi, " never used $1 "],
  [/\bhic is deneyimim yok\b/gi, " no work experience "],
  // Degrees: held, under way, none.
  [/\byuksek lisans(?:im var|imi yaptim| mezunuyum)\b|\byuksek lisansim\b/gi, " i have a master's "],
  [/\byuksek lisans\w* (?:yapiyorum|ogrencisiyim|okuyorum)\b/gi, " i am studying for a master's "],
  [/\bdoktora\w* (?:yapiyorum|ogrencisiyim|okuyorum)\b|\bdoktora ogrencisiyim\b/gi, " i am a phd student "],
  [/\bdoktoram var\b/gi, " i have a phd "],
  [/\blisans mezunuyum\b|\blisansim (?:var|\w+(?:den|dan|ten|tan))\b|\blisansim\b/gi, " i have a bachelor's "],
  [/\b(?:universite (?:okumadim|yok|bitirmedim)|diplomam yok)\b/gi, " no degree "],
  [/\b(?:\d\. sinifta )?biraktim\b/gi, " dropped out "],
  [/\bbootcamp mezunuyum\b|\bbootcamp bitirdim\b/gi, " bootcamp graduate "],
  [/\blise mezunuyum\b/gi, " i finished high school "],
  [/\b(\w+) mezunuyum\b/gi, " $1 graduate with a bachelor's "],
  [/\b(\d+) yasindayim\b/gi, " i am $1 years old "],
];

/** Words and phrases as the English words the rest of the bot reads; the first that matches at a place wins. */
const WORDS: readonly Rewrite[] = [
  // "entry level AI engineer için şansım var mı?" (do I have a chance at it?): the gap asked.
  [/\b(?:icin )?sansim var mi\b/gi, "do i have a chance at it"],
  // "hangisi en az para veriyor" (which pays the least), "rolleri listeler misin" (can you list the roles).
  [/\bhangisi en az para veri\w*/gi, "which pays the least"],
  [/\bhangisi en (?:cok|fazla) para veri\w*/gi, "which pays the most"],
  [/\brolleri (?:bi |bir )?listele\w*/gi, "list the roles"],
  // "5 rolü listeler misin" (can you list the 5 roles), "sorumlulukları neler" (what are its responsibilities), "kaç
  // yıl sürer" (how many years does it take), "pazarı ne kadar büyüyor" (how fast is the market growing), "ne
  // eksiğim var" (what am I missing).
  [/\b(?:\d+ )?rolu (?:bi |bir )?listele\w*(?: misin| misiniz)?/gi, "list the roles"],
  [/\bsorumluluk\w*(?: neler| nedir)?/gi, " what are the responsibilities "],
  [/\bgecis (?:kac|ne kadar) (?:yil|zaman) surer\w*/gi, " how long is the career path "],
  [/\b(?:kac|ne kadar) (?:yil|zaman) surer\w*/gi, " how many years does it take "],
  // "kariyer yolu nasıl?" (what is the career path like?), "kaç yıl sürüyor" (how many years does it take), "ABD
  // dışında" (outside the US).
  [/\bkariyer yolu\w*/gi, " career path "],
  [/\b(?:kac|ne kadar) (?:yil|zaman) suruyor\w*/gi, " how many years does it take "],
  [/\babd disinda\w*/gi, " outside the us "],
  [/\bpazar\w* ne kadar buyu\w*/gi, " how fast is the market growing "],
  [/\bne eksigim var\w*|\bneyim eksik\w*|\bnem eksik\w*|\beksigim ne\w*/gi, " what am i missing "],
  // Asked about oneself
  [/\b(?:eksig\w* ne|neyim eksik|eksiklerim ne|neler eksik|ne eksik)\b/gi, "what am i missing"],
  [/\bne kadar kazanirim\b/gi, "how much would i earn"],
  // "hangisi daha fazla o zaman" (which is more, then?) after two salaries: which pays more.
  // ("hangisi daha çok kazandırır: X mı, Y mı?" names what is more: the words after it read it.)
  [/\bhangisi daha (?:fazla|cok)(?: (?:o zaman|peki|acaba))?(?=\s*[?!.]*\s*$)/gim, "which is higher"],
  [/\ben dusuk\b/gi, "the lowest"],
  [/\ben yuksek\b/gi, "the highest"],
  [/\b(?:veriyor|kazandiriyor|oduyor)\b/gi, "pays"],
  [/\bdaha kidemli\b/gi, "more senior"],
  [/\bkidemli\b/gi, "senior"],
  [/\bhazir miyim\b/gi, "am i ready"],
  [/\byeterli miyim\b/gi, "am i qualified"],
  [/\bolabilir miyim\b/gi, "can i become it"],
  [/\buygun muyum\b/gi, "am i a fit"],
  [/\bbana (?:uygun|uyar)\b/gi, "fits me"],
  [/\bbasvursam olur mu\b/gi, "can i apply"],
  [/\b(?:mumkun mu|gercekci mi)\b/gi, "realistic for me?"],
  [/\bhangi rol(?:den)? baslamaliyim\b/gi, "which role should i start with"],
  [/\bbu bot(?:ta)? hangi roller var\b|\bhangi roller var\b/gi, "which roles are there"],
  [/\b(?:bu bot )?ne yapabiliyor\b/gi, "what can you do"],
  // Asked about a role
  [/\bne (?:is )?(?:yapar|yapiyor)\w*/gi, "what do they do"],
  [/\b(?:mulakat|mulakatlar)\w*/gi, "interviews"],
  [/\bkarsi teklif\w*/gi, "counter offer"],
  [/\bteklif\w*/gi, "offer"],
  [/\bpazarl[ia][kg]\w*/gi, "negotiate"],
  [/\bis-?yasam dengesi\b/gi, "work-life balance"],
  [/\bmesai\w*/gi, "working hours"],
  [/\bvize\w*/gi, "visa"],
  [/\brehber\w*/gi, "the guide"],
  [/\bvar mi\b/gi, "is there"],
  [/\b(?:yuksekten dusuge|buyukten kucuge)\b/gi, "from highest to lowest"],
  [/\bsirala\w*/gi, "rank"],
  [/\bgore\b/gi, "by"],
  [/\bonce\b/gi, "first"],
  [/\bdaha (?:cok|fazla) kazan\w*/gi, "earns more"],
  [/\bdaha (?:cok|fazla)\b/gi, "more"],
  [/\bdaha iyi\b/gi, "better"],
  [/\bdaha mantikli\b/gi, "more sensible"],
  [/\bbiliyorum\b/gi, "i know"],
  [/\bkullaniyorum\b/gi, "i use"],
  [/\b(\S+(?: \S+)?) olarak calisiyorum\b/gi, "i work as $1"],
  [/\bcalisiyorum\b/gi, "i work"],
  [/\bolarak\b/gi, "as"],
  [/\bolmak\b/gi, "to become"],
  [/\bnedir\b/gi, "what is"],
  [/\bneler\b/gi, "what are"],
  [/\bne olur\b/gi, "what is it"],
  [/\bkolay gelsin\b/gi, "hi"],
  [/\bbu aralar\b/gi, "these days"],
  [/\bugras\w*/gi, "deal with"],
  [/\bdolar\w*/gi, "USD"],
  [/\bgunluk\b/gi, "day to day"],
  [/\bmaas (?:araligi|araliklari)\b/gi, "salary range"],
  [/\bmaas\w*/gi, "salary"],
  [/\bne kadar buyuk\b/gi, "how big"],
  // "matematik ne kadar önemli" (how important is math): the math it asks for, not a sum.
  [/\bmatematik ne kadar onemli\b/gi, "which math topics matter"],
  [/\bne kadar onemli\b/gi, "how important"],
  [/\bne kadar\b|\bne alir\b/gi, "how much"],
  [/\bkac yil\w*/gi, "how many years"],
  [/\b(?:deneyim|tecrube)\w*/gi, "experience"],
  // "girmek istiyorum" (I want to get in): the writer's wish; "hangi rol mantıklı" (which role makes sense for me).
  [/\bistiyorum\b/gi, "i want"],
  [/\bhangi rol mantikli\b/gi, "which role fits me"],
  [/\b(?:istiyor|bekleniyor|aranir|isteniyor)\w*/gi, "require"],
  [/\bsart mi\b/gi, "is it required?"],
  [/\b(?:lazim|gerekli)\b/gi, "needed"],
  [/\byeter mi\b/gi, "is it enough?"],
  [/\bolur mu\b/gi, "possible?"],
  [/\ben (?:cok|fazla)\b/gi, "the most"],
  [/\ben az\b/gi, "the least"],
  [/\bkazan\w*/gi, "earn"],
  [/\barasindaki fark\b/gi, "difference"],
  [/\bkarsilastir\w*/gi, "compare"],
  [/\bbu rollerden hangisi\b/gi, "which of these roles"],
  [/\bhangisi\b/gi, "which one"],
  [/\bhangi\b/gi, "which"],
  [/\bnasil cikilir\b|\bnasil yukselir\w*/gi, "how to move up"],
  [/\bnasil\b/gi, "how"],
  [/\bsektor\w*/gi, "industries"],
  [/\b(?:ise )?aliyor\b/gi, "hire"],
  [/\bekip yonetiyor\b/gi, "manages a team"],
  [/\byol haritasi\b/gi, "career path"],
  [/\bdiller\w*/gi, "languages"],
  [/\bsertifika\w*/gi, "certifications"],
  [/\bise yarar\b/gi, "useful"],
  [/\b(?:piyasa|pazar)\w*/gi, "market"],
  [/\btalep\b/gi, "demand"],
  [/\btrend\w*/gi, "trends"],
  [/\bzorluk\w*/gi, "challenges"],
  [/\bbuyume orani\b/gi, "growth rate"],
  [/\bilk unvan\b/gi, "first title"],
  [/\byayin\w*/gi, "publications"],
  [/\bbilmem (?:lazim|gerek\w*)\b/gi, "do i need to know"],
  [/\bbilmek\b/gi, "know"],
  // ("matematik ne kadar önemli": asking how much math matters is no claim to know it, so only "math topics".)
  [/\bmatematik konu\w*|\bmatematikte hangi konular\b/gi, "which math topics"],
  [/\blineer cebir\b/gi, "linear algebra"],
  [/\bbeceri\w*/gi, "skills"],
  [/\bogrenmem (?:lazim|gerek\w*)\b/gi, "do i need to learn"],
  [/\bsart\b/gi, "required"],
  [/\bsadece\b/gi, "only"],
  [/\bortalama\b/gi, "average"],
  [/\bmuhendis\w*/gi, "engineer"],
  [/\byapay zeka\b/gi, "ai"],
  [/\bmakine ogrenmesi\b/gi, "machine learning"],
  [/\buzaktan\b/gi, "remote"],
  // (Turkish forms only: Polish "doktorantem" is a PhD student, not a PhD.)
  [/\bdoktora(?:s[ıi]|l[ıi]|ya|da|n[ıi]n|m|n)?\b/gi, "phd"],
  [/\byuksek lisans\w*/gi, "master's"],
  [/\blisans\w*/gi, "bachelor's"],
  [/\bcv(?:'?m?i|ye)?\b/gi, "my cv"],
  [/\bsirket\w*/gi, "company"],
  // Places: "ABD'de" (in the US), "Berlin'den" (from Berlin).
  [/\balmanya\w*/gi, "Germany"],
  [/\bhollanda\w*/gi, "the Netherlands"],
  // Joining words and fillers
  [/[,?]?\s*\b(?:bir de|bi de|ayrica)\b/gi, "? also"],
  [/\bve\b/gi, "and"],
  [/\bile\b/gi, "and"],
  [/\byoksa\b/gi, "or"],
  [/\bicin\b/gi, "for"],
  [/\bgunaydin\b/gi, "good morning"],
  [/\b(?:selam|merhaba)\b/gi, "hi"],
  [/\b(?:hocam|abi|arkadaslar|sizce|bu arada|genelde|falan|herkese)\b/gi, ""],
  [/\b(?:mi|mu)\b/gi, "?"],
  [/\bne\b/gi, "what"],
  [/\b(?:acaba|peki)\b/gi, ""],
];

/** The message in English words when it is written in Turkish; any other message as it is. */
export function turkishInEnglish(message: string): string {
  if (!isTurkish(message)) return message;
  const plain = rewritten(rewritten(withoutTurkishLetters(message), SHAPES), STATEMENTS);
  return tidied(rewritten(plain, WORDS));
}
