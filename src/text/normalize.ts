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
  return collapseSpaces(raw.slice(0, MAX_QUESTION_CHARS * 2).replace(mentionMarkup, " "))
    .trim()
    .slice(0, MAX_QUESTION_CHARS);
}

/** A whitespace character other than a space, or two spaces: what `collapseSpaces` changes. */
const UNCOLLAPSED = /[^\S ]| {2}/;

/**
 * Every run of whitespace as one space: exactly `text.replace(/\s+/g, " ")`, without replacing each single space by
 * another in the usual text that has nothing to collapse (that made a match and a copy per word).
 */
export function collapseSpaces(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, " ") : text;
}

/** Whitespace other than a space or a line break, or two spaces: what collapsing a line's spaces changes. */
const UNCOLLAPSED_IN_LINE = /[^\S\n ]| {2}/;

/** Longest message we read, for messages of several questions or a story; each question within is cut as above. */
export const MAX_MESSAGE_CHARS = 2000;

/** Chat markup removed, line breaks kept (they separate questions), spaces collapsed. */
export function stripChatMarkupKeepingLines(raw: string): string {
  const unmarked = raw.slice(0, MAX_MESSAGE_CHARS * 2).replace(mentionMarkup, " ");
  // Each replacement runs only where it changes something (as in `collapseSpaces`).
  const spaced = UNCOLLAPSED_IN_LINE.test(unmarked) ? unmarked.replace(/[^\S\n]+/g, " ") : unmarked;
  const lines = spaced.includes("\n") ? spaced.replace(/\s*\n\s*/g, "\n") : spaced;
  return lines.trim().slice(0, MAX_MESSAGE_CHARS);
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
  stipendio: "salary",
  gana: "earn",
  guadagna: "earn",
  guadagnano: "earn",
  verdienen: "earn",
  gagnent: "earn",
  ganan: "earn",
  ganar: "earn",
  gagne: "earn",
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
  outils: "tools",
  werkzeuge: "tools",
  pesquisador: "researcher",
  maas: "salary",
  maasi: "salary",
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
  zarobki: "salary",
  pensja: "salary",
  zdalnie: "remote",
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
  promotion: "phd",
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
  saal: "years",
  anos: "years",
  jahre: "years",
  annees: "years",
  anni: "years",
  experiencia: "experience",
  erfahrung: "experience",
  esperienza: "experience",
  crescita: "growth",
  crecimiento: "growth",
  crescimento: "growth",
  croissance: "growth",
  wachstum: "growth",
  lavoro: "job",
  trabajo: "job",
  emploi: "job",
  trabalho: "job",
  milti: "pay",
  kamate: "earn",
  kamata: "earn",
  durchschnitt: "average",
  promedio: "average",
  moyenne: "average",
  media: "average",
  k8s: "kubernetes",
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
  xinshui: "salary",
  xuyao: "need",
  uzaktan: "remote",
  guanya: "earn",
  formacio: "education",
  desafio: "challenge",
  wetin: "what",
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
  // "whats a POC?": the guide writes "proof of concepts (POCs)".
  poc: "proof",
  pocs: "proof",
};

/**
 * The same, as a Map: a lookup in the object literal walks its prototype for every word that is not in it, and
 * finds Object's own properties there ("constructor" was the Object function, not a word).
 */
const EQUIVALENT_OF = new Map(Object.entries(EQUIVALENTS));

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
 * Korean and Japanese words for what people ask most, as English words: the tokens are Latin letters only, so
 * "연봉은 얼마" (the salary?) would otherwise be an empty question.
 */
const CJK_WORDS: Record<string, string> = {
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
};
const CJK_WORD = new RegExp(Object.keys(CJK_WORDS).join("|"), "g");

function withCjkWords(text: string): string {
  return text.replace(CJK_WORD, (w) => ` ${CJK_WORDS[w] ?? w} `);
}

/** Lower-case, accent-free, stemmed word tokens. */
export function tokenize(text: string): string[] {
  // Plain ASCII (every alias and cue, most questions) has no accents to strip: skip the Unicode normalisation.
  const folded = NON_ASCII.test(text)
    ? withCjkWords(text)
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/ı/g, "i")
    : text;
  const lower = folded.toLowerCase();
  const words = (/['’]/.test(lower) ? lower.replace(/['’]s\b/g, "") : lower).split(/[^a-z0-9+]+/);
  const tokens: string[] = [];
  for (const word of words) {
    const bare = word.includes("+") ? word.replace(/\+/g, "") : word;
    if (bare.length === 0) continue;
    tokens.push(stem(EQUIVALENT_OF.get(bare) ?? bare));
  }
  return tokens;
}
