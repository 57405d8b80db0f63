import { LATIN_WORDS, NON_LATIN_STEMS } from "./otherLanguages";

/** Longest question we read; the rest is ignored so a pasted novel costs no more than a sentence. */
export const MAX_QUESTION_CHARS = 400;

/** Plain @names, on any platform. Each platform's own markup is registered by its adapter (`useMentionSyntaxes`). */
const PLAIN_MENTION = /@\S+/;
let mentionMarkup = new RegExp(PLAIN_MENTION.source, "g");

/**
 * The mention markup of the registered platforms (Slack `<@U1>`, Discord `<@!1>`...), removed from every question
 * along with plain @names. Called once at start-up with the registry's patterns.
 */
export function useMentionSyntaxes(patterns: readonly RegExp[]): void {
  mentionMarkup = new RegExp([...patterns.map((p) => p.source), PLAIN_MENTION.source].join("|"), "g");
}

/** Chat markup removed, whitespace collapsed: the text as a person meant it. */
export function stripChatMarkup(raw: string): string {
  const text = collapseSpaces(raw.slice(0, MAX_QUESTION_CHARS * 2).replace(mentionMarkup, " "))
    .trim()
    .slice(0, MAX_QUESTION_CHARS);
  return withLatinMarks(text);
}

/**
 * Japanese and Chinese "？" and "！", Arabic "؟", "،" and "؛" read as "?", "!", ",", ";": what every rule looks for
 * (the parts of "محتاج يتعلم ايه؟ ومرتبه كام؟" are split at its question marks).
 */
function withLatinMarks(text: string): string {
  return OTHER_MARK.test(text) ? text.replace(OTHER_MARKS, (mark) => LATIN_MARK[mark] ?? mark) : text;
}
const LATIN_MARK: Record<string, string> = { "？": "?", "！": "!", "؟": "?", "،": ",", "؛": ";" };
const OTHER_MARK = /[？！؟،؛]/;
const OTHER_MARKS = /[？！؟،؛]/g;

/** A whitespace character other than a space, or two spaces: what `collapseSpaces` changes. */
const UNCOLLAPSED = /[^\S ]| {2}/;

/**
 * Every run of whitespace as one space: exactly `text.replace(/\s+/g, " ")`, without replacing each single space by
 * another in the usual text that has nothing to collapse (that made a match and a copy per word).
 */
export function collapseSpaces(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, " ") : text;
}

/**
 * Slack's and Discord's emphasis around words: `*bold*`, `**bold**`, `_italics_`, `~strike~`, `~~strike~~` (not
 * `snake_case`, nor "5 * 3", whose signs touch a word on one side only).
 */
const EMPHASIS = /(?<![\w*_~])(\*{1,2}|_{1,2}|~{1,2})(?=[^\s*_~])([^*_~\n]*?[^\s*_~])\1(?![\w*_~])/g;
const EMPHASIS_SIGN = /[*_~]/;
const unemphasized = (_all: string, sign: string, words: string) => (sign.startsWith("~") ? " " : words);

/** Whitespace other than a space or a line break, or two spaces: what collapsing a line's spaces changes. */
const UNCOLLAPSED_IN_LINE = /[^\S\n ]| {2}/;

/** Longest message we read, for messages of several questions or a story; each question within is cut as above. */
export const MAX_MESSAGE_CHARS = 2000;

/**
 * ":pray:", ":+1:", ":flag-ca:": an emoji written as Slack writes it, between spaces or at an edge of the text. The
 * colon first: the lookbehind then runs only where a colon is.
 */
const EMOJI_SHORTCODE = /:(?<=(?:^|\s):)[a-z0-9_+'-]{1,40}:(?=$|\s|[.,!?)])/gi;

/** A quote ("> ...") in a message with no line breaks, followed by a run of spaces. */
const JOINED_QUOTE = /(?:^|\s)>\s[^>]*? {2,}\S/;

/** Chat markup removed, line breaks kept (they separate questions), spaces collapsed. */
const KOREAN_LAUGHTER = /[ㄱ-ㅣ]{2,}/;
const KOREAN_LAUGHTER_ALL = /[ㄱ-ㅣ]{2,}/g;

export function stripChatMarkupKeepingLines(raw: string): string {
  const mentionsOut = raw.slice(0, MAX_MESSAGE_CHARS * 2).replace(mentionMarkup, " ");
  // Slack's emoji shortcodes (":pray:", ":thinking_face:") say nothing the words don't.
  const shortcodesOut = mentionsOut.includes(":") ? mentionsOut.replace(EMOJI_SHORTCODE, " ") : mentionsOut;
  // Bold and italics ("i'm *doing* a masters", "**not** a PhD") mark words, which are read as written; words struck
  // through ("~i have a phd~ i'm ABD") are taken back.
  // Korean laughter and tears in bare letters ("ㅋㅋㅋ", "ㅎㅎ", "ㅠㅠ") are emoji in all but form.
  const jamoOut = KOREAN_LAUGHTER.test(shortcodesOut) ? shortcodesOut.replace(KOREAN_LAUGHTER_ALL, " ") : shortcodesOut;
  const unmarked = EMPHASIS_SIGN.test(jamoOut) ? jamoOut.replace(EMPHASIS, unemphasized) : jamoOut;
  // Each replacement runs only where it changes something (as in `collapseSpaces`).
  // ("saw this on my feed:  > Humbled to share ...  meanwhile me: 2 yrs": a quote's lines joined, its paragraph breaks
  // left as runs of spaces, are lines again: where the quote ends is where the writer's own words start.)
  const relined =
    !unmarked.includes("\n") && unmarked.includes(">") && JOINED_QUOTE.test(unmarked)
      ? unmarked.replace(/ {2,}/g, "\n")
      : unmarked;
  const spaced = UNCOLLAPSED_IN_LINE.test(relined) ? relined.replace(/[^\S\n]+/g, " ") : relined;
  const lines = spaced.includes("\n") ? spaced.replace(/\s*\n\s*/g, "\n") : spaced;
  return withLatinMarks(lines.trim().slice(0, MAX_MESSAGE_CHARS));
}

// Chat shorthand ("sr ai eng reqs") and words in other languages ("¿Cuánto gana un ingeniero de IA?")
// mapped to the bot's English vocabulary.
const EQUIVALENTS: Record<string, string> = {
  cert: "certification",
  remotely: "remote",
  ethics: "ethic",
  ethical: "ethic",
  ethically: "ethic",
  certs: "certifications",
  sr: "senior",
  // Brazilian chat "oq faz um entry level ai engineer?" (what does one do?): "o que", as "que" is read.
  oq: "que",
  snr: "senior",
  jr: "junior",
  jnr: "junior",
  beginner: "junior",
  fresher: "junior",
  debutant: "junior",
  principiante: "junior",
  einsteiger: "junior",
  eng: "engineer",
  engr: "engineer",
  // Indian English "senior AI app engg", "associate software engg".
  engg: "engineer",
  sci: "scientist",
  arch: "architect",
  archi: "architect",
  archt: "architect",
  architech: "architect",
  architecht: "architect",
  sal: "salary",
  reqs: "requirements",
  req: "requirements",
  yrs: "years",
  yr: "years",
  exp: "experience",
  edu: "education",
  u: "you",
  ur: "your",
  wat: "what",
  hw: "how",
  r: "are",
  abt: "about",
  ppl: "people",
  wht: "what",
  "4": "for",
  ia: "ai",
  ki: "ai",
  ingeniero: "engineer",
  ingenieur: "engineer",
  ingegnere: "engineer",
  engenheiro: "engineer",
  arquitecto: "architect",
  arquiteto: "architect",
  architecte: "architect",
  architetto: "architect",
  cientifico: "scientist",
  cientista: "scientist",
  scientifique: "scientist",
  wissenschaftler: "scientist",
  scienziato: "scientist",
  investigador: "researcher",
  chercheur: "researcher",
  forscher: "researcher",
  investigacion: "research",
  recherche: "research",
  forschung: "research",
  pesquisa: "research",
  salario: "salary",
  sueldo: "salary",
  salaire: "salary",
  gehalt: "salary",
  // "ein fairer Gehaltsrahmen" (a fair salary range).
  gehaltsrahmen: "salary",
  gehaltsband: "salary",
  grundgehalt: "salary",
  jahresgehalt: "salary",
  gehaltstechnisch: "salary",
  einstiegsgehalt: "salary",
  verlangt: "required",
  // French "quels langages sont demandés ?": asked for, not market demand.
  demandes: "required",
  exiges: "required",
  stipendio: "salary",
  gana: "earn",
  ganaria: "earn",
  ganarias: "earn",
  ganharia: "earn",
  ganharias: "earn",
  gagnerait: "earn",
  gagnerais: "earn",
  gagnerai: "earn",
  paie: "pay",
  paye: "pay",
  payent: "pay",
  pagaria: "pay",
  pagarias: "pay",
  // Hindi "kitna milte hai": how much does one get.
  milte: "pay",
  guadagna: "earn",
  guadagnano: "earn",
  verdienen: "earn",
  gagnent: "earn",
  ganan: "earn",
  ganar: "earn",
  gagne: "earn",
  gagner: "earn",
  verdient: "earn",
  ganha: "earn",
  habilidades: "skills",
  fahigkeiten: "skills",
  kenntnisse: "skills",
  competencias: "skills",
  ausbildung: "education",
  formacion: "education",
  formation: "education",
  formacao: "education",
  abschluss: "degree",
  titulo: "degree",
  diplome: "degree",
  aufgaben: "responsibilities",
  tareas: "tasks",
  taches: "tasks",
  responsabilidades: "responsibilities",
  responsabilites: "responsibilities",
  carrera: "career",
  carriere: "career",
  karriere: "career",
  demanda: "demand",
  nachfrage: "demand",
  mercado: "market",
  marche: "market",
  markt: "market",
  halp: "help",
  pubs: "publications",
  // "¿qué hace un X?", "o que faz um X?", "ano ang ginagawa ng X?": what the role does, whatever the word order.
  hace: "do",
  hacen: "do",
  // Swahili: "analipwa kiasi gani", "anahitaji shahada gani".
  analipwa: "paid",
  wanalipwa: "paid",
  inahitaji: "need",
  // Turkish: "kaç yıl liderlik tecrübesi isteniyor?"
  liderlik: "leadership",
  tecrubesi: "experience",
  isteniyor: "required",
  zertifizierungen: "certifications",
  zertifizierung: "certification",
  // Ukrainian and Russian in Latin letters: duties, mandatory.
  obovyazky: "responsibilities",
  obyazannosti: "responsibilities",
  obovyazkovo: "required",
  obyazatelno: "required",
  nubes: "cloud",
  nuvens: "cloud",
  nube: "cloud",
  nuvem: "cloud",
  // Dutch "welke programmeertalen moet ... beheersen?": which programming languages must they master.
  programmeertalen: "programming languages",
  programmeertaal: "programming language",
  // Indonesian "S2": a master's. ("S3", a doctorate, is left out: in an ML question it is more often AWS storage.)
  s2: "master",
  harus: "need",
  // Russian written in Latin letters.
  yazyki: "languages",
  yazyk: "language",
  programmirovaniya: "programming",
  nuzhny: "need",
  kakie: "what",
  kakaya: "what",
  // "el día a día", "o dia a dia": the day to day.
  dia: "day",
  fait: "do",
  font: "do",
  faz: "do",
  fazem: "do",
  macht: "do",
  machen: "do",
  ginagawa: "duties",
  falta: "need",
  wie: "how",
  viele: "many",
  wieviele: "many",
  berufserfahrung: "experience",
  // "wie viel Führungserfahrung braucht man?": how much leadership experience.
  fuhrungserfahrung: "leadership experience",
  leitungserfahrung: "leadership experience",
  yoe: "experience",
  mestrado: "masters",
  maestria: "masters",
  graduacao: "bachelor",
  licenciatura: "bachelor",
  estudios: "education",
  estudos: "education",
  piden: "require",
  pedem: "require",
  exigen: "require",
  requisitos: "requirements",
  faculdade: "degree",
  universidad: "degree",
  kailangan: "need",
  taon: "years",
  perspectives: "outlook",
  laurea: "degree",
  // Italian "serve la magistrale o basta la triennale?" (a master's needed, or is a bachelor's enough?).
  magistrale: "masters",
  triennale: "bachelors",
  titulos: "degree",
  pide: "require",
  pengalaman: "experience",
  ingeniera: "engineer",
  engenheira: "engineer",
  arquiteta: "architect",
  arquitecta: "architect",
  cientifica: "scientist",
  missions: "responsibilities",
  multimodale: "multimodal",
  branchen: "industries",
  branche: "industry",
  yil: "years",
  deneyim: "experience",
  bulut: "cloud",
  alltag: "daily",
  zertifikate: "certifications",
  zertifikat: "certification",
  tempo: "long",
  quanto: "how",
  cuanto: "how",
  combien: "how",
  tiempo: "long",
  perspectiva: "outlook",
  perspectivas: "outlook",
  maaslar: "salary",
  quals: "qualifications",
  hybrid: "remote",
  tanggung: "responsibilities",
  jobaussichten: "outlook",
  berufsaussichten: "outlook",
  aussichten: "outlook",
  hoeveel: "many",
  jaar: "years",
  ervaring: "experience",
  welke: "which",
  kennen: "know",
  cloudplatforms: "cloud",
  cloudplattformen: "cloud",
  percorso: "path",
  carriera: "career",
  certificazioni: "certifications",
  salaris: "salary",
  cobra: "earn",
  cobran: "earn",
  architekt: "architect",
  lider: "lead",
  ferramentas: "tools",
  herramientas: "tools",
  // "e se especializar nessas coisas aumenta salário?" (does specializing in these raise the salary?).
  especializar: "specialize",
  especializarse: "specialize",
  aumenta: "raises",
  aumentar: "raise",
  // "el guide dice algo de explicabilidad?" (does the guide say anything about explainability?).
  explicabilidad: "explainability",
  explicabilidade: "explainability",
  interpretabilidad: "interpretability",
  interpretabilidade: "interpretability",
  outils: "tools",
  werkzeuge: "tools",
  pesquisador: "researcher",
  // Portuguese and Spanish "testar modelo novo em produção", "probar un modelo en producción".
  testar: "testing",
  probar: "testing",
  producao: "production",
  produccion: "production",
  modelo: "model",
  modelos: "models",
  // Spanish "¿con qué puesto se suele arrancar?": which title do people usually start with.
  puesto: "title",
  puestos: "roles",
  arrancar: "start",
  suele: "usually",
  maas: "salary",
  maasi: "salary",
  // Turkish "maaşları ne kadar", "ne kadar kazanıyor": salaries, earns.
  maaslari: "salary",
  kazaniyor: "earn",
  kazanir: "earn",
  kazaniyorlar: "earn",
  lisans: "degree",
  doktora: "phd",
  arastirma: "research",
  bilimcisi: "scientist",
  muhendisi: "engineer",
  tugas: "duties",
  gaji: "salary",
  gajinya: "salary",
  kaunsi: "which",
  kaunsa: "which",
  zarabia: "earn",
  zarabiaja: "earn",
  // Polish: "jakie narzędzia do MLOps", "przewidywany wzrost zatrudnienia" (the projected growth in employment).
  narzedzia: "tools",
  jezyki: "languages",
  jezykow: "languages",
  programowania: "programming",
  znac: "know",
  narzedzi: "tools",
  wzrost: "growth",
  zatrudnienia: "employment",
  zatrudnienie: "employment",
  przewidywany: "projected",
  zarobki: "salary",
  pensja: "salary",
  zdalnie: "remote",
  // Polish: "praca zdalna" (remote work), "widełki" (the pay band), "płacą / płaci" (pay), "wykształcenia"
  // (education), "popyt" (demand), "branżach" (industries), "brakuje" (is missing).
  zdalna: "remote",
  zdalnej: "remote",
  widelki: "salary",
  placa: "pay",
  placi: "pays",
  wyksztalcenia: "education",
  popyt: "demand",
  branzach: "industries",
  brakuje: "missing",
  arbeitsmarkt: "market",
  jobmarkt: "market",
  wachst: "growing",
  umiejetnosci: "skills",
  wymagania: "requirements",
  doswiadczenie: "experience",
  jahren: "years",
  saber: "know",
  wissen: "know",
  savoir: "know",
  sahod: "salary",
  magkano: "salary",
  abschlusse: "degree",
  proyeccion: "outlook",
  projecao: "outlook",
  headache: "challenge",
  headaches: "challenges",
  struggles: "challenges",
  sfide: "challenges",
  desafios: "challenges",
  retos: "challenges",
  defis: "challenges",
  herausforderungen: "challenges",
  monitoraggio: "monitoring",
  schooling: "education",
  pub: "publication",
  papers: "publications",
  langs: "languages",
  lang: "language",
  lvl: "level",
  programmiersprachen: "languages",
  sprachen: "languages",
  lenguajes: "languages",
  langages: "languages",
  linguagens: "languages",
  linguaggi: "languages",
  doktor: "phd",
  doktortitel: "phd",
  doutorado: "phd",
  doctorado: "phd",
  doctorat: "phd",
  dottorato: "phd",
  precisa: "need",
  preciso: "need",
  necesito: "need",
  necesita: "need",
  braucht: "need",
  brauche: "need",
  faut: "need",
  serve: "need",
  chahiye: "need",
  // Hindi "kitna farak" (how much difference); "dono" (both) is read where "both" is, in understand.ts.
  farak: "difference",
  fark: "difference",
  saal: "years",
  anos: "years",
  jahre: "years",
  annees: "years",
  anni: "years",
  // "¿qué tiene que estudiar?", "o que preciso estudar?": what to study is the degree asked for.
  estudiar: "study",
  estudar: "study",
  studieren: "study",
  etudier: "study",
  experiencia: "experience",
  erfahrung: "experience",
  esperienza: "experience",
  crescita: "growth",
  crecimiento: "growth",
  crescimento: "growth",
  croissance: "growth",
  wachstum: "growth",
  // Dutch "het groeipercentage voor ML-banen" (the growth rate of ML jobs).
  groei: "growth",
  groeipercentage: "growth",
  banen: "jobs",
  baan: "job",
  lavoro: "job",
  trabajo: "job",
  emploi: "job",
  trabalho: "job",
  milti: "pay",
  milta: "pay",
  // Welsh and Irish: "faint mae X yn ennill" (how much does X earn), "cad iad na scileanna" (what are the skills).
  ennill: "earn",
  cyflog: "salary",
  sgiliau: "skills",
  scileanna: "skills",
  tuarastal: "salary",
  // Swahili: "anafanya kazi gani?" (what work does he do?), "anahitaji ujuzi gani?" (what skills does he need?).
  gani: "what",
  // Yoruba: "elo ni won n san?" (how much do they pay?), "owo" (money).
  elo: "pay",
  // Hebrew and Arabic in Latin letters: "ma hamaskoret?" (what's the salary?), "kam sene khebra?" (how many years).
  maskoret: "salary",
  hamaskoret: "salary",
  shanim: "years",
  nisayon: "experience",
  hanisayon: "experience",
  sene: "years",
  khebra: "experience",
  owo: "pay",
  anafanya: "do",
  wanafanya: "do",
  kazi: "work",
  anahitaji: "need",
  // Turkish, Polish and Swahili words not met before.
  beceri: "skills",
  beceriler: "skills",
  yetenek: "skills",
  yetenekler: "skills",
  tecrube: "experience",
  wynagrodzenie: "salary",
  mshahara: "salary",
  ujuzi: "skills",
  shahada: "degree",
  uzoefu: "experience",
  miaka: "years",
  kamate: "earn",
  kamata: "earn",
  kamati: "earn",
  // Hindi in Latin letters: "kya karta hai" (what does it do), "kitne saal ka anubhav" (how many years of experience).
  karta: "do",
  karti: "do",
  karte: "do",
  anubhav: "experience",
  seekhne: "learn",
  seekhna: "learn",
  sikhna: "learn",
  kaunse: "which",
  // Spanish and Portuguese: "cuánto pagan", "¿se puede trabajar remoto?", "faixa salarial", "qué roles cubre".
  pagan: "pay",
  paga: "pay",
  pagam: "pay",
  ganham: "earn",
  remoto: "remote",
  remota: "remote",
  salarial: "salary",
  cubre: "cover",
  ascender: "progression",
  trabajan: "work",
  trabalham: "work",
  // Dutch: "welke opleiding heb je nodig", "welke vaardigheden", "is er veel vraag naar?" (is there much demand?).
  vraag: "demand",
  opleiding: "education",
  // Spanish: "¿cómo está el panorama laboral?" (what is the job market like?).
  panorama: "outlook",
  vaardigheden: "skills",
  vaardigheid: "skills",
  nodig: "need",
  // Swedish: "vilka är de vanligaste utmaningarna?", "övervakning av modeller".
  vilka: "which",
  utmaningar: "challenges",
  utmaningarna: "challenges",
  overvakning: "monitoring",
  // Polish: "czy trzeba mieć magisterkę?".
  magisterke: "masters",
  // German: "was muss ein X können?" asks what X must be able to do, its skills.
  konnen: "skills",
  durchschnitt: "average",
  promedio: "average",
  moyenne: "average",
  media: "average",
  k8s: "kubernetes",
  xp: "experience",
  competences: "skills",
  kompetenzen: "skills",
  competenze: "skills",
  tendencias: "trends",
  tendances: "trends",
  trends: "trends",
  ayuda: "help",
  aide: "help",
  hilfe: "help",
  aiuto: "help",
  ajuda: "help",
  // Polish, Vietnamese (accents folded), German compounds, Arabic written in Latin letters.
  magistra: "masters",
  magister: "masters",
  licencjat: "bachelor",
  doktorat: "phd",
  trzeba: "need",
  luong: "salary",
  bang: "degree",
  thac: "masters",
  tien: "phd",
  nghiem: "experience",
  karriereweg: "path",
  laufbahn: "path",
  werdegang: "path",
  ma3ash: "salary",
  ma3ashat: "salary",
  ratib: "salary",
  raateb: "salary",
  sneen: "years",
  snin: "years",
  lazem: "need",
  lazim: "need",
  // Romanian, Chinese pinyin, more Polish.
  castiga: "earn",
  castig: "earn",
  studii: "education",
  trebuie: "need",
  obowiazki: "responsibilities",
  architecta: "architect",
  gongzi: "salary",
  // Pinyin "nianxin" (yearly pay), "shuoshi" (master's), "boshi" (PhD): "NLP 要 shuoshi ma?".
  nianxin: "salary",
  shuoshi: "master",
  boshi: "phd",
  xinshui: "salary",
  xuyao: "need",
  uzaktan: "remote",
  guanya: "earn",
  formacio: "education",
  desafio: "challenge",
  // Swahili "majukumu" (duties), "kiasi gani" (how much); Italian "quanto prende" (how much does one earn).
  majukumu: "responsibilities",
  kiasi: "how much",
  prende: "earn",
  // Tagalog "suweldo" (pay).
  suweldo: "salary",
  // Polish "jakie certyfikaty się przydają?" (which certifications help?).
  certyfikaty: "certifications",
  certyfikat: "certification",
  // Indonesian "butuh gelar apa?" (which degree is needed?).
  gelar: "degree",
  butuh: "need",
  wetin: "what",
  // Nigerian Pidgin "PhD abi MSc" (PhD or MSc).
  abi: "or",
  wyksztalcenie: "education",
  doen: "do",
  perspektywy: "outlook",
  rynku: "market",
  rynek: "market",
  // Egyptian Arabic and Polish.
  byakhod: "earn",
  byakhdo: "earn",
  bya5od: "earn",
  talab: "demand",
  lat: "years",
  doswiadczenia: "experience",
  jakie: "what",
  // Russian and Turkish written in Latin letters.
  skolko: "how",
  platyat: "pay",
  zarplata: "salary",
  nuzhen: "need",
  nuzhna: "need",
  diplom: "degree",
  bakalavra: "bachelor",
  bakalavr: "bachelor",
  dilleri: "languages",
  programlama: "programming",
  // "what tooling should an ML architect know?": the tools.
  tooling: "tools",
  toolset: "tools",
  toolchain: "tools",
  // "whats a POC?": the guide writes "proof of concepts (POCs)".
  poc: "proof",
  pocs: "proof",
};

/**
 * The same, as a Map: a lookup in the object literal walks its prototype for every word that is not in it, and
 * finds Object's own properties there ("constructor" was the Object function, not a word).
 */
const EQUIVALENT_OF = new Map([...Object.entries(EQUIVALENTS), ...Object.entries(LATIN_WORDS)]);

/** Plural and verb "s" removed, so "salaries" meets "salary" and "skills" meets "skill". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
    return word.slice(0, -1);
  }
  return word;
}

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Korean, Japanese, Russian, Ukrainian and Arabic words for what people ask most, as English words: the tokens are
 * Latin letters only, so "연봉은 얼마" (the salary?) or "зарплата" would otherwise be an empty question.
 */
const NON_LATIN_WORDS: Record<string, string> = {
  연봉: "salary",
  월급: "salary",
  급여: "salary",
  필수: "required",
  학위: "degree",
  박사: "phd",
  석사: "masters",
  학사: "bachelor",
  경력: "experience",
  기술: "skills",
  전망: "outlook",
  年収: "salary",
  給料: "salary",
  給与: "salary",
  必須: "required",
  必要: "need",
  学位: "degree",
  博士: "phd",
  修士: "masters",
  経験: "experience",
  スキル: "skills",
  将来性: "outlook",
  リモート: "remote",
  // Role names as Japanese and Korean write them ("リードMLアーキテクト", "멀티모달 AI 연구 과학자").
  リード: "lead",
  アーキテクト: "architect",
  エントリーレベル: "entry level",
  エントリー: "entry",
  レベル: "level",
  エンジニア: "engineer",
  シニア: "senior",
  アプリケーション: "application",
  リサーチ: "research",
  サイエンティスト: "scientist",
  研究者: "researcher",
  研究: "research",
  科学者: "scientist",
  マルチモーダル: "multimodal",
  リーダー: "leadership",
  プログラミング言語: "programming languages",
  東京: "tokyo",
  大阪: "osaka",
  何年: "how many years",
  仕事内容: "responsibilities",
  // "기본급 평균이랑 상위 1% 기준 금액" (the base pay average and the top 1% cutoff).
  기본급: "base salary",
  상위: "top",
  파이썬: "python",
  박사과정: "phd student",
  리드: "lead",
  아키텍트: "architect",
  엔트리: "entry",
  엔지니어: "engineer",
  시니어: "senior",
  애플리케이션: "application",
  멀티모달: "multimodal",
  연구원: "researcher",
  연구: "research",
  과학자: "scientist",
  "어떤 일을": "what does do",
  "무슨 일을": "what does do",
  프로그래밍: "programming",
  서울: "seoul",
  "몇 년": "how many years",
  // Vietnamese words of two syllables, before the accents are dropped.
  "kỹ năng": "skills",
  "kinh nghiệm": "experience",
  "mức lương": "salary",
  "bằng cấp gì": "what degree",
  "bao nhiêu năm": "how many years",
  "bao nhiêu": "how much",
  "khởi điểm": "starting",
  "còn thiếu gì": "what am i missing",
  "thiếu gì": "what am i missing",
  "ngôn ngữ lập trình": "programming languages",
  "ngôn ngữ gì": "what programming languages",
  "ngôn ngữ lập trình nào": "which programming languages",
  "làm những việc gì": "what does do day to day",
  "làm việc gì": "what does do",
  "hằng ngày": "day to day",
  "vị trí gì": "what comes next career path",
  "lộ trình": "career path",
  "thăng tiến": "career path",
  "bắt buộc": "required",
  "xếp hạng": "rank",
  "từ cao xuống thấp": "highest to lowest",
  "nền tảng toán": "math background",
  "toán gì": "what math",
  "có hợp với": "do i fit",
  "hợp với": "fits",
  lương: "salary",
  "triển vọng": "outlook",
  "bằng cấp": "degree",
  "thạc sĩ": "masters",
  "tiến sĩ": "phd",
  "cử nhân": "bachelor",
  // Chinese (simplified).
  工资: "salary",
  学历: "education",
  薪资: "salary",
  薪水: "salary",
  年薪: "salary",
  赚多少: "earn how much",
  能赚: "earn",
  技能: "skills",
  硕士: "masters",
  本科: "bachelor",
  学士: "bachelor",
  经验: "experience",
  几年: "how many years",
  多模态: "multimodal",
  入门级: "entry level",
  初级: "entry level",
  工程师: "engineer",
  高级: "senior",
  应用: "application",
  架构师: "architect",
  首席: "lead",
  机器学习: "machine learning",
  人工智能: "ai",
  自然语言处理: "nlp",
  职责: "responsibilities",
  做什么: "what does do",
  前景: "outlook",
  远程: "remote",
  需要: "need",
  北京: "beijing",
  最佳实践: "best practices",
  哪些职位: "which roles",
  有哪些职位: "which roles are there",
  什么职位: "what role",
  升到: "move up to",
  工具: "tools",
  数据科学家: "data scientist",
  数据分析师: "data analyst",
  哪个比较好: "which is better",
  比较好: "better",
  够格吗: "am i qualified",
  够格: "qualified",
  还缺什么: "what am i missing",
  缺什么: "what am i missing",
  平时: "day to day",
  主要做什么: "what does do",
  什么条件: "what requirements",
  条件: "requirements",
  架构: "architecture",
  市场: "market",
  就业: "job market",
  趋势: "trends",
  挑战: "challenges",
  困难: "challenges",
  工作经验: "work experience",
  职业发展: "career path",
  晋升: "career path",
  新加坡: "singapore",
  马来西亚: "malaysia",
  // Russian and Ukrainian stems (the endings change with case; what is left of a word is dropped with its letters).
  зарплат: "salary",
  заробітн: "salary",
  навык: "skills",
  навич: "skills",
  образовани: "education",
  освіт: "education",
  диплом: "degree",
  магистр: "masters",
  магістр: "masters",
  бакалавр: "bachelor",
  аспирант: "phd",
  аспірант: "phd",
  "кандидат наук": "phd",
  опыт: "experience",
  досвід: "experience",
  років: "years",
  сколько: "how much",
  скільки: "how much",
  обязанност: "responsibilities",
  обов: "responsibilities",
  требовани: "requirements",
  вимог: "requirements",
  нужн: "need",
  потрібн: "need",
  удаленн: "remote",
  облачн: "cloud",
  платформ: "platforms",
  віддален: "remote",
  перспектив: "outlook",
  инженер: "engineer",
  інженер: "engineer",
  архитектор: "architect",
  архітектор: "architect",
  исследовател: "researcher",
  дослідник: "researcher",
  // Arabic ("مهندس الذكاء الاصطناعي المبتدئ": the entry-level AI engineer).
  "الذكاء الاصطناعي": "ai",
  المبتدئ: "entry level",
  مبتدئ: "entry level",
  راتب: "salary",
  رواتب: "salary",
  // Egyptian: "مرتب ... بيبقى كام؟" (what does the pay come to?).
  مرتب: "salary",
  المرتب: "salary",
  كام: "how much",
  "كام سنة": "how many years",
  "كام سنه": "how many years",
  مهارات: "skills",
  البرمجة: "programming",
  لغات: "languages",
  شهادة: "degree",
  ماجستير: "masters",
  بكالوريوس: "bachelor",
  دكتوراه: "phd",
  خبرة: "experience",
  سنوات: "years",
  مهندس: "engineer",
  باحث: "researcher",
  متطلبات: "requirements",
  مسؤوليات: "responsibilities",
  "عن بعد": "remote",
  // ("محتاج يتعلم ايه؟" what does he need to learn, "المؤهلات المطلوبة" the qualifications required.)
  يتعلم: "learn skills",
  المؤهلات: "qualifications",
  مؤهلات: "qualifications",
  متوسط: "average",
  الطلب: "demand",
  ازدياد: "growing",
  "المهام اليومية": "daily duties",
  المهام: "duties",
  اليومية: "day to day",
  ايه: "what",
  ازاي: "how",
  انهي: "which",
  مين: "which",
  لازم: "required",
  كفاية: "enough",
  تناسبني: "fits me",
  يناسبني: "fits me",
  ناقصني: "what am i missing",
  محتاج: "needs",
  مقابلة: "interview",
  انترفيو: "interview",
  "فات الاوان": "too late",
  سنين: "years",
  الشركة: "company",
  اعلى: "highest",
  أعلى: "highest",
  اقل: "lowest",
  أقل: "lowest",
};
const NON_LATIN_ENGLISH = new Map([...Object.entries(NON_LATIN_WORDS), ...Object.entries(NON_LATIN_STEMS)]);
// Longest first, so "תואר שני" (a master's) is read before "תואר" (a degree); "i": Greek and Cyrillic capitals too.
const NON_LATIN_WORD = new RegExp([...NON_LATIN_ENGLISH.keys()].sort((a, b) => b.length - a.length).join("|"), "gi");

/** The words of other alphabets `NON_LATIN_ENGLISH` lists, each as its English words between spaces. */
export function withNonLatinWords(text: string): string {
  return text.replace(
    NON_LATIN_WORD,
    (w) => ` ${NON_LATIN_ENGLISH.get(w) ?? NON_LATIN_ENGLISH.get(w.toLowerCase()) ?? w} `,
  );
}

/**
 * Tagalog "lang" (just: "ask ko lang po", "curious lang") beside the words it goes with; elsewhere "lang" is chat
 * for "language" ("what lang for NLP?").
 */
const TAGALOG_JUST =
  /\b(?:ko|po|tanong|tanungin|curious|isa|ito|yun|yan|naman|muna|sana|din|rin|kasi|ako|pa|na|dalawa|dalawang|share|haha) lang\b|\blang (?=(?:po|naman|ba|ako|ko|sana|kasi|muna|din|rin|talaga|haha|hehe)\b)/g;
function withoutTagalogJust(lower: string): string {
  return lower.includes("lang") ? lower.replace(TAGALOG_JUST, (m) => m.replace("lang", " ")) : lower;
}

/** Lower-case, accent-free, stemmed word tokens. */
/** "B.Tech", "M. Tech", "btech": an Indian engineering degree, bachelor's or master's. */
const TECH_DEGREE = /\b([bm])\.? ?tech\b/g;
const DEGREE_OF_TECH = (_all: string, level: string) => (level === "b" ? "bachelor" : "master");

export function tokenize(text: string): string[] {
  // Plain ASCII (every alias and cue, most questions) has no accents to strip: skip the Unicode normalisation.
  const folded = NON_ASCII.test(text)
    ? withNonLatinWords(text)
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/ı/g, "i")
        // Letters NFKD leaves whole: Polish "wykształcenie", German "Straße", Danish "løn".
        .replace(/[łŁ]/g, "l")
        .replace(/ß/g, "ss")
        .replace(/[øØ]/g, "o")
    : text;
  // "3) $$?": money asked for, in chat.
  const lower = withoutTagalogJust(
    (folded.includes("$$") ? folded.replace(/\${2,}/g, " salary ") : folded).toLowerCase(),
  );
  const apostrophesOut = /['’]/.test(lower) ? lower.replace(/['’]s\b/g, "") : lower;
  // "is B.Tech enough or do I need M.Tech?": Indian degrees, read before the dot splits them into "b" and "tech".
  const degreesRead = apostrophesOut.includes("tech")
    ? apostrophesOut.replace(TECH_DEGREE, DEGREE_OF_TECH)
    : apostrophesOut;
  const words = degreesRead.split(/[^a-z0-9+]+/);
  const tokens: string[] = [];
  for (const word of words) {
    const bare = word.includes("+") ? word.replace(/\+/g, "") : word;
    if (bare.length === 0) continue;
    const equivalent = EQUIVALENT_OF.get(bare);
    // "grundlön" is "base salary": two words, each read as the classifier reads words.
    if (equivalent?.includes(" ")) for (const part of equivalent.split(" ")) tokens.push(stem(part));
    else tokens.push(stem(equivalent ?? bare));
  }
  return tokens;
}
