import { withNonLatinWords } from "./normalize";
import { LATIN_WORDS } from "./otherLanguages";
import { escapeRegExp } from "./regex";

/**
 * Other languages' question words read as English, word for word, so the understanding rules' English patterns apply
 * to them too: "welke rol betaalt het minst?" is read as "which role pays the least?". Only words that are not also
 * English words are listed ("come", "die", "mein" are not); a word not listed stays as written. The asker's own
 * words are kept for their profile: the gloss is only what the rules read to decide what is asked.
 */

/**
 * Single words, lower case, as written (with accents); a form without accents is added for each. Beside them, the
 * words `LATIN_WORDS` (otherLanguages.ts) gives the classifier are glossed too, so a word is listed here only when the
 * rules need it and the classifier does not (question words, "het", "van deze"), or needs it read otherwise.
 */
const WORDS: Record<string, string> = {
  // Swedish, Norwegian and Danish
  vilken: "which",
  vilket: "which",
  vilka: "which",
  hvilken: "which",
  hvilket: "which",
  hvilke: "which",
  hauptaufgaben: "main duties",
  rankeia: "rank",
  ranqueia: "rank",
  aufgaben: "duties",
  hva: "what",
  hvad: "what",
  hvem: "which",
  gjør: "do",
  gør: "do",
  trenger: "needs",
  trengs: "needed",
  kræver: "requires",
  kreves: "required",
  mangler: "missing",
  mindst: "least",
  minst: "least",
  højeste: "highest",
  høyeste: "highest",
  laveste: "lowest",
  dekker: "covers",
  dækker: "covers",
  roller: "roles",
  uddannelse: "education",
  sertifisering: "certification",
  certificering: "certification",
  certificeringer: "certifications",
  sertifiseringer: "certifications",
  snittlønna: "average salary",
  snittlønnen: "average salary",
  gjennomsnittslønn: "average salary",
  rollerna: "roles",
  rollene: "roles",
  rollerne: "roles",
  mest: "most",
  eller: "or",
  passar: "fits",
  passer: "fits",
  // Tagalog and Cebuano
  alin: "which",
  asa: "which",
  kinahanglan: "needs",
  pinakaubos: "lowest",
  pinakataas: "highest",
  sino: "which",
  isang: "a",
  pinakamataas: "highest",
  pinakamababa: "lowest",
  magkano: "how much",
  sahod: "salary",
  sweldo: "salary",
  unsa: "what",
  pila: "how much",
  // Spanish and Portuguese
  cuál: "which",
  cuáles: "which",
  cual: "which",
  qual: "which",
  quais: "which",
  cuánto: "how much",
  cuanto: "how much",
  quanto: "how much",
  cuántos: "how many",
  quantos: "how many",
  puesto: "role",
  puestos: "roles",
  rol: "role",
  paga: "pays",
  pagan: "pay",
  gana: "earns",
  ganan: "earn",
  ganha: "earns",
  ganham: "earn",
  cobra: "earns",
  cobrar: "earn",
  exige: "requires",
  exigen: "require",
  requiere: "requires",
  requieren: "require",
  necesita: "needs",
  necesito: "need",
  precisa: "needs",
  preciso: "need",
  doctorado: "phd",
  doutorado: "phd",
  maestría: "master's",
  mestrado: "master's",
  licenciatura: "bachelor's",
  graduação: "bachelor's",
  años: "years",
  anos: "years",
  experiencia: "experience",
  experiência: "experience",
  sueldo: "salary",
  salario: "salary",
  salário: "salary",
  menos: "less",
  más: "more",
  mais: "more",
  quem: "who",
  ou: "or",
  mejor: "better",
  melhor: "better",
  puedo: "can i",
  posso: "can i",
  llegar: "become",
  convertirme: "become",
  virar: "become",
  tornar: "become",
  // French
  quel: "which",
  quelle: "which",
  quels: "which",
  quelles: "which",
  lequel: "which",
  laquelle: "which",
  lesquels: "which",
  lesquelles: "which",
  parmi: "among",
  combien: "how much",
  poste: "role",
  postes: "roles",
  paie: "pays",
  gagne: "earns",
  diplôme: "degree",
  doctorat: "phd",
  salaire: "salary",
  moins: "less",
  devenir: "become",
  // German
  oder: "or",
  welche: "which",
  welcher: "which",
  welches: "which",
  welchen: "which",
  rolle: "role",
  rollen: "roles",
  stelle: "role",
  bezahlt: "pays",
  verdient: "earns",
  verdiene: "earn",
  braucht: "needs",
  brauche: "need",
  benötigt: "requires",
  erfordert: "requires",
  // "setzt ... einen Doktortitel voraus": requires a PhD.
  setzt: "requires",
  voraus: "",
  doktortitel: "phd",
  zwingend: "",
  einen: "a",
  eine: "a",
  doktor: "phd",
  gehalt: "salary",
  wenigsten: "least",
  meisten: "most",
  wieviel: "how much",
  wie: "how",
  viel: "much",
  jahre: "years",
  erfahrung: "experience",
  werden: "become",
  // Dutch
  welke: "which",
  welk: "which",
  vraagt: "asks for",
  echt: "really",
  wat: "what",
  doen: "do",
  ze: "they",
  meest: "most",
  allemaal: "all",
  hoeveel: "how much",
  jaar: "years",
  ervaring: "experience",
  salaris: "salary",
  vereist: "requires",
  nodig: "needed",
  worden: "become",
  // Italian
  quale: "which",
  quali: "which",
  ruolo: "role",
  ruoli: "roles",
  guadagna: "earns",
  stipendio: "salary",
  richiede: "requires",
  dottorato: "phd",
  anni: "years",
  esperienza: "experience",
  diventare: "become",
  // Polish
  która: "which",
  który: "which",
  które: "which",
  ile: "how much",
  zarabia: "earns",
  wymaga: "requires",
  doktorat: "phd",
  doktoratu: "phd",
  najmniej: "least",
  najsłabiej: "least",
  najlepiej: "most",
  najwięcej: "most",
  więcej: "more",
  wyższego: "higher",
  wykształcenia: "education",
  płaci: "pays",
  płacą: "pay",
  kto: "who",
  umiesz: "can you do",
  lat: "years",
  doświadczenia: "experience",
  zostać: "become",
  // Turkish
  veya: "or",
  kazandırır: "pays",
  kazandırıyor: "pays",
  hangisi: "which",
  hangi: "which",
  rollerden: "of the roles",
  maaş: "salary",
  maaşı: "salary",
  maaşı̇: "salary",
  veriyor: "pays",
  kazanır: "earns",
  kazanıyor: "earns",
  gerektiriyor: "requires",
  doktora: "phd",
  yıl: "years",
  tecrübe: "experience",
  deneyim: "experience",
  olabilir: "can become",
  // Indonesian and Malay
  mana: "which",
  gaji: "salary",
  gajinya: "salary",
  berapa: "how much",
  butuh: "needs",
  tahun: "years",
  pengalaman: "experience",
  paling: "most",
  rendah: "low",
  terendah: "lowest",
  tertinggi: "highest",
  tinggi: "high",
  cocok: "fits me",
  // Catalan "quins rols tracta la guia?" (which roles does the guide cover).
  quins: "which",
  rols: "roles",
  tracta: "covers",
  cargo: "role",
  cargos: "roles",
  desses: "of these",
  destes: "of these",
  estos: "these",
  sênior: "senior",
  urutin: "rank",
  urutkan: "rank",
  ke: "to",
  jadi: "become",
  // Hindi in Latin script
  kaunsa: "which",
  kaunsi: "which",
  kitna: "how much",
  kitni: "how much",
  kitne: "how many",
  sabse: "most",
  zyada: "more",
  jyada: "more",
  chahiye: "needed",
  saal: "years",
  // Swahili: "ni ipi inayohitaji PhD?" (which one requires a PhD?)
  ipi: "which",
  inayohitaji: "requires",
  zinazohitaji: "require",
  // Ukrainian and Russian in Latin script
  yakyi: "which",
  yaka: "which",
  yaki: "which",
  potribno: "needed",
  pidkhodzhu: "fit",
  chy: "do",
  dlya: "for",
};

/** Phrases of several words, read before the single words. */
const PHRASES: Record<string, string> = {
  // Swedish: "vad gör de egentligen om dagarna?" (what do they actually do all day), "vilken matte behöver man
  // kunna?" (which math do you need to know), "vilka verktyg förväntas man kunna" (which tools are you expected to know).
  "vad gör de": "what do they do",
  "passar mig bäst": "fits me best",
  "hva mangler jeg": "what am i missing",
  "hvad mangler jeg": "what am i missing",
  "hvad skal der til": "what does it take",
  "hva skal til": "what does it take",
  "passer for meg": "fits me",
  "passer til mig": "fits me",
  "for meg": "for me",
  "for mig": "for me",
  "hvor mange års erfaring": "how many years of experience",
  "hvor mange år": "how many years",
  "i praksis": "day to day",
  "er det for sent": "is it too late",
  "for sent": "too late",
  "passer meg best": "fits me best",
  "passer mig bedst": "fits me best",
  "om dagarna": "day to day",
  "på jobbet": "on the job",
  "behöver man kunna": "do you need to know",
  "förväntas man kunna": "are you expected to know",
  "ser karriärstegen ut": "is the career ladder",
  // Tagalog and Cebuano: "ano yung kulang ko?" (what am I missing), "pasok na ba ako?" (do I make the cut), "gaano
  // pa ako kalayo" (how far am I), "alin ang pinaka-fit para sakin" (which fits me best).
  "ano yung kulang ko": "what am i missing",
  "unsa pa kulang nako": "what am i missing",
  "unsa pa akong kulang": "what am i missing",
  "unsa pa'y kulang nako": "what am i missing",
  "pinaka-ubos": "lowest",
  "pinaka-taas": "highest",
  "realistic ba": "is it realistic",
  "late na ba": "is it too late",
  "ilang taon bago maging": "how many years until",
  "ano ang kulang ko": "what am i missing",
  "ano pa kulang ko": "what am i missing",
  "ano pa ang kulang ko": "what am i missing",
  "unsa may kulang nako": "what am i missing",
  "unsa ang kulang nako": "what am i missing",
  "pasok na ba ako": "do i meet the requirements",
  "pasok ba ako": "do i meet the requirements",
  "gaano pa ako kalayo": "how far am i",
  "gaano ako kalayo": "how far am i",
  "para sakin": "for me",
  "para sa akin": "for me",
  "pinaka-fit": "best fit",
  "pinaka fit": "best fit",
  "ano ang trabaho ng": "what does do",
  "ano ba talaga ang trabaho ng": "what does do",
  "ano yung trabaho ng": "what does do",
  "ilang taon": "how many years",
  "mas okay": "better",
  "mas bagay sakin": "fits me better",
  "mas bagay sa akin": "fits me better",
  "bagay sakin": "fits me",
  "bagay sa akin": "fits me",
  "sa mga role": "of the roles",
  "mas malaki": "more",
  "work from home": "remote",
  // German slang: "was bringt mehr Kohle?" (which brings in more money?).
  "was bringt mehr": "which pays more",
  "wer bringt mehr": "which pays more",
  "en düşük": "lowest",
  "en yüksek": "highest",
  "en az": "least",
  "en çok": "most",
  "daha çok kazandırır": "pays more",
  "daha çok kazanır": "earns more",
  "daha fazla kazanır": "earns more",
  "daha çok": "more",
  "daha fazla": "more",
  "ne kadar": "how much",
  "chi kar mikone": "what are the duties of it",
  "dagighan chi kar": "what are the duties",
  // "what does it do all day": the role's duties.
  "welche der": "which of the",
  "welcher der": "which of the",
  "welche von den": "which of the",
  "ce face": "what are the duties of",
  "jak się nazywa": "what is the title of",
  "den ode dne": "day to day",
  "van deze": "of these",
  "vad gör man": "what are the duties",
  "kan jag bli": "can i become",
  "i vardagen": "day to day",
  "mana satu": "which one",
  "wajib ada": "requires",
  "elke dag": "day to day",
  "wat doen hulle": "what are the duties of",
  "de hele dag": "all day",
  "den ganzen tag": "all day",
  "au quotidien": "day to day",
  "día a día": "day to day",
  "dia a dia": "day to day",
  "na co dzień": "day to day",
  "was macht": "what are the duties of",
  "que fait": "what are the duties of",
  "qué hace": "what are the duties of",
  "que hace": "what are the duties of",
  "o que faz": "what are the duties of",
  "cosa fa": "what are the duties of",
  "co robi": "what are the duties of",
  "ne iş yapar": "what does it do",
  "ne yapar": "what does it do",
  "ne iş yapıyor": "what are the duties of it",
  "yan haklar": "benefits",
  "ngapain aja": "what does it do",
  "kya karta hai": "what does it do",
  "heb je nodig": "do you need",
  "verdient man": "does one earn",
  // "kitna time lagega": how long, not how much pay.
  "kitna time": "how long",
  "kitna samay": "how long",
  "kitne saal": "how many years",
  "ile lat": "how many years",
  "ile czasu": "how long",
  "quanto tempo": "how long",
  "cuánto tiempo": "how long",
  "cuanto tiempo": "how long",
  "combien de temps": "how long",
  "wie lange": "how long",
  "hoe lang": "how long",
  "berapa lama": "how long",
  "berapa tahun": "how many years",
  "ne kadar sürer": "how long",
  "najgorzej płatny": "lowest paid",
  "najgorzej płatna": "lowest paid",
  "najsłabiej płatny": "lowest paid",
  "najmniej płatny": "lowest paid",
  "najlepiej płatny": "highest paid",
  "z tych zawodów": "of these roles",
  "qual paga menos": "which pays the least",
  "qual paga mais": "which pays the most",
  "qual paga melhor": "which pays better",
  "peor paga": "pays the least",
  "peor pagado": "lowest paid",
  "peor pagada": "lowest paid",
  "paga peor": "pays the least",
  "pior paga": "pays the least",
  "paga pior": "pays the least",
  "pior pago": "lowest paid",
  "de mayor a menor": "highest to lowest",
  "de menor a mayor": "lowest to highest",
  "do maior pro menor": "highest to lowest",
  "do menor pro maior": "lowest to highest",
  "pidkhodzhu ya": "i fit",
  "paling rendah": "lowest",
  "paling kecil": "lowest",
  "paling besar": "highest",
  "paling tinggi": "highest",
  "sabse kam": "least",
  "sabse zyada": "most",
  "am wenigsten": "the least",
  "am meisten": "the most",
  "het minst": "the least",
  "het meest": "the most",
  "lequel demande": "which requires",
  "laquelle demande": "which requires",
  "d'années d'expérience": "years of experience",
  "hasta cuánto puede llegar": "how high can it go",
  "hasta cuanto puede llegar": "how high can it go",
  "le moins": "the least",
  "le plus": "the most",
  "lo menos": "the least",
  "o menos": "the least",
  "sí o sí": "for sure",
};

function withoutAccents(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i");
}

// WORDS wins where both tables list a word ("doen" is "do" to the rules, "does" to the classifier).
const GLOSS = new Map<string, string>();
for (const [word, english] of Object.entries({ ...LATIN_WORDS, ...WORDS })) {
  GLOSS.set(word, english);
  if (!GLOSS.has(withoutAccents(word))) GLOSS.set(withoutAccents(word), english);
}
const PHRASE_GLOSS = new Map(Object.entries(PHRASES));
/** Every listed key as one alternation, longest first, so "paling rendah" is read before "paling". */
const alternation = (keys: string[]) =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
const PHRASE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation([...PHRASE_GLOSS.keys()])})(?![\\p{L}\\p{M}])`, "gu");
const WORD = /[\p{L}\p{M}]+/gu;
/** The first word of every listed phrase: a text holds a phrase only if it holds the phrase's first word. */
const PHRASE_STARTS = new Set([...PHRASE_GLOSS.keys()].map((phrase) => /[\p{L}\p{M}]+/u.exec(phrase)?.[0] ?? phrase));
/** Texts read word by word before the pattern of every listed word is built (anyPattern.ts does the same for cues). */
const TESTS_BEFORE_PATTERN = 32;
let tests = 0;
let anyListed: RegExp | undefined;

/**
 * Whether glossing would change a text: it holds a listed word, or the first word of a listed phrase (most questions
 * hold none). One pattern of every listed word (5,700 characters) answers fastest, but costs more to compile than a
 * one-question `careerbot ask` saves: the first texts are read word by word, the pattern is built for the rest.
 */
function holdsListed(text: string): boolean {
  if (anyListed) return anyListed.test(text);
  if (++tests >= TESTS_BEFORE_PATTERN)
    anyListed = new RegExp(
      `(?<![\\p{L}\\p{M}])(?:${alternation([...GLOSS.keys(), ...PHRASE_GLOSS.keys()])})(?![\\p{L}\\p{M}])`,
      "u",
    );
  for (const [word] of text.matchAll(WORD)) if (GLOSS.has(word) || PHRASE_STARTS.has(word)) return true;
  return false;
}

/** Japanese, Chinese and Korean: written without spaces between words, so their words are found inside the text. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * Japanese superlatives with words between ("一番給料低いのってどれ": which pays the least), read before the words are:
 * the table holds words, not the gaps between them.
 */
const JAPANESE_SUPERLATIVES: readonly [RegExp, string][] = [
  [/(?:一番|いちばん|最も|もっとも)([^、。？?]{0,6}?)(?:低い|安い|少ない)/g, " lowest $1 "],
  [/(?:一番|いちばん|最も|もっとも)([^、。？?]{0,6}?)(?:高い|多い|稼げる)/g, " highest $1 "],
];
function withJapaneseSuperlatives(text: string): string {
  let read = text;
  for (const [pattern, english] of JAPANESE_SUPERLATIVES) read = read.replace(pattern, english);
  return read;
}

/** The text with other languages' listed words in English; lower-case text in, lower-case text out. */
export function englishGloss(written: string): string {
  const text = CJK.test(written) ? withNonLatinWords(withJapaneseSuperlatives(written)) : written;
  if (!holdsListed(text)) return text;
  const phrased = text.replace(PHRASE, (phrase) => PHRASE_GLOSS.get(phrase) ?? phrase);
  return phrased.replace(WORD, (word) => GLOSS.get(word) ?? word);
}
