/**
 * Other languages' question words read as English, word for word, so the understanding rules' English patterns apply
 * to them too: "welke rol betaalt het minst?" is read as "which role pays the least?". Only words that are not also
 * English words are listed ("come", "die", "mein" are not); a word not listed stays as written. The asker's own
 * words are kept for their profile: the gloss is only what the rules read to decide what is asked.
 */

/** Single words, lower case, as written (with accents); a form without accents is added for each. */
const WORDS: Record<string, string> = {
  // Spanish and Portuguese
  cuál: "which",
  cuáles: "which",
  cual: "which",
  qual: "which",
  quais: "which",
  qué: "what",
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
  betaalt: "pays",
  minst: "least",
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
  najwięcej: "most",
  lat: "years",
  doświadczenia: "experience",
  zostać: "become",
  // Turkish
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
  berapa: "how much",
  butuh: "needs",
  perlu: "needs",
  tahun: "years",
  pengalaman: "experience",
  paling: "most",
  rendah: "low",
  tinggi: "high",
  cocok: "fits me",
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
  // Ukrainian and Russian in Latin script
  skilky: "how much",
  skolko: "how much",
  zaroblyaye: "earns",
  zarplata: "salary",
  zarplatu: "salary",
  yakyi: "which",
  yaka: "which",
  yaki: "which",
  potribno: "needed",
  rokiv: "years",
  dosvidu: "experience",
  pidkhodzhu: "fit",
};

/** Phrases of several words, read before the single words. */
const PHRASES: Record<string, string> = {
  "en düşük": "lowest",
  "en yüksek": "highest",
  "en az": "least",
  "en çok": "most",
  "ne kadar": "how much",
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
  "paling rendah": "lowest",
  "paling tinggi": "highest",
  "sabse kam": "least",
  "sabse zyada": "most",
  "am wenigsten": "the least",
  "am meisten": "the most",
  "het minst": "the least",
  "het meest": "the most",
  "le moins": "the least",
  "le plus": "the most",
  "lo menos": "the least",
  "o menos": "the least",
  "sí o sí": "for sure",
  "setzt voraus": "requires",
};

function withoutAccents(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i");
}

const GLOSS = new Map<string, string>();
for (const [word, english] of Object.entries(WORDS)) {
  GLOSS.set(word, english);
  if (!GLOSS.has(withoutAccents(word))) GLOSS.set(withoutAccents(word), english);
}
const PHRASE_GLOSS = new Map(Object.entries(PHRASES));
const PHRASE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[...PHRASE_GLOSS.keys()].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{M}])`,
  "gu",
);
const WORD = /[\p{L}\p{M}]+/gu;

/** The text with other languages' listed words in English; lower-case text in, lower-case text out. */
export function englishGloss(text: string): string {
  const phrased = text.replace(PHRASE, (phrase) => PHRASE_GLOSS.get(phrase) ?? phrase);
  return phrased.replace(WORD, (word) => GLOSS.get(word) ?? word);
}

/** Whether the gloss changes the text: it holds a listed word. */
export function hasGloss(text: string): boolean {
  return englishGloss(text) !== text;
}
