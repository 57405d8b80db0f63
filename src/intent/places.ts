import { gated } from "../text/patternGate";
import { COUNTRY_NEEDS_PREPOSITION, PLACE_INDEX } from "./countries";

/**
 * Places outside the US. The guide's figures are US figures: whenever a question names somewhere else, the answer
 * says so instead of passing them off as local.
 */
const PLACES = [
  // Countries and regions
  "uk",
  "united kingdom",
  "england",
  "scotland",
  "ireland",
  "europe",
  "eu",
  "germany",
  "france",
  "spain",
  "italy",
  "portugal",
  "netherlands",
  "holland",
  "belgium",
  "switzerland",
  "austria",
  "sweden",
  "norway",
  "denmark",
  "finland",
  "poland",
  "perth",
  "antwerp",
  "antwerpen",
  "utrecht",
  "ghent",
  "gent",
  "leuven",
  "ayiti",
  "pòtoprens",
  "port-au-prince",
  "czechia",
  "romania",
  "ukraine",
  "turkey",
  "israel",
  "uae",
  "dubai",
  "saudi",
  "egypt",
  "nigeria",
  "naija",
  "kenya",
  "south africa",
  "india",
  "pakistan",
  "bangladesh",
  "sri lanka",
  "nepal",
  "china",
  "japan",
  "korea",
  "south korea",
  "taiwan",
  "singapore",
  "malaysia",
  "indonesia",
  "philippines",
  "vietnam",
  "thailand",
  "australia",
  "new zealand",
  "canada",
  "mexico",
  "brazil",
  "argentina",
  "chile",
  "colombia",
  "peru",
  "latam",
  "latin america",
  "asia",
  "africa",
  "abroad",
  "overseas",
  "alemania",
  "españa",
  "espana",
  "frankreich",
  "deutschland",
  "brasil",
  "inde",
  "allemagne",
  // Cities
  "london",
  "manchester",
  "edinburgh",
  "dublin",
  "berlin",
  "munich",
  "münchen",
  "muenchen",
  "milano",
  "roma",
  "torino",
  "napoli",
  "firenze",
  "bologna",
  "münchen",
  "hamburg",
  "frankfurt",
  "paris",
  "lyon",
  "madrid",
  "barcelona",
  "lisbon",
  "lisboa",
  "porto",
  "amsterdam",
  "rotterdam",
  "brussels",
  "zurich",
  "zürich",
  "züri",
  "zueri",
  "basel",
  "bern",
  "geneva",
  "linz",
  "graz",
  "salzburg",
  "innsbruck",
  "karlsruhe",
  "coimbra",
  "busan",
  "vienna",
  "wien",
  "stockholm",
  "oslo",
  "copenhagen",
  "helsinki",
  "warsaw",
  "krakow",
  "prague",
  "budapest",
  "bucharest",
  "kyiv",
  "istanbul",
  "tel aviv",
  "bangalore",
  "bengaluru",
  "mumbai",
  "delhi",
  "hyderabad",
  "pune",
  "chennai",
  "karachi",
  "lahore",
  "dhaka",
  "beijing",
  "shanghai",
  "shenzhen",
  "tokyo",
  "seoul",
  "taipei",
  "jakarta",
  "manila",
  "hanoi",
  "hcmc",
  "saigon",
  "bangkok",
  "sydney",
  "melbourne",
  "auckland",
  "toronto",
  "vancouver",
  "montreal",
  "montréal",
  "ottawa",
  "calgary",
  "mexico city",
  "são paulo",
  "sao paulo",
  "rio",
  "buenos aires",
  "santiago",
  "bogota",
  "dakar",
  "abidjan",
  "kumasi",
  "joburg",
  "durban",
  "pretoria",
  "muscat",
  "guadalajara",
  "monterrey",
  "cdmx",
  "puebla",
  "tijuana",
  "medellin",
  "medellín",
  "cali",
  "quito",
  "guayaquil",
  "montevideo",
  "cordoba",
  "rosario",
  "porto alegre",
  "curitiba",
  "belo horizonte",
  "recife",
  "campinas",
  "brasilia",
  "brasília",
  "fortaleza",
  "florianopolis",
  "monreyal",
  "floripa",
  "quebec",
  "québec",
  "sherbrooke",
  "lodz",
  "łódź",
  "bogotá",
  "lima",
  "lagos",
  "nairobi",
  "cairo",
  "cape town",
  "johannesburg",
  // More places people in the communities asking write from (English and local spellings).
  "maroc",
  "algérie",
  "algerie",
  "tunisie",
  "égypte",
  "egypte",
  "cameroun",
  "belgique",
  "suisse",
  "côte d'ivoire",
  "morocco",
  "tunisia",
  "algeria",
  "ghana",
  "uganda",
  "rwanda",
  "ethiopia",
  "tanzania",
  "cameroon",
  "senegal",
  "jordan",
  "lebanon",
  "qatar",
  "kuwait",
  "oman",
  "bahrain",
  "iran",
  "iraq",
  "russia",
  "belarus",
  "kazakhstan",
  "armenia",
  "serbia",
  "croatia",
  "hungary",
  "slovakia",
  "bulgaria",
  "greece",
  "estonia",
  "latvia",
  "lithuania",
  "moldova",
  "casablanca",
  "rabat",
  "tunis",
  "algiers",
  "accra",
  "kampala",
  "kigali",
  "addis ababa",
  "dar es salaam",
  "mombasa",
  "abuja",
  "port harcourt",
  "ibadan",
  "giza",
  "amman",
  "beirut",
  "doha",
  "riyadh",
  "jeddah",
  "abu dhabi",
  "tehran",
  "moscow",
  "saint petersburg",
  "minsk",
  "almaty",
  "tbilisi",
  "yerevan",
  "belgrade",
  "zagreb",
  "bratislava",
  "sofia",
  "athens",
  "tallinn",
  "riga",
  "vilnius",
  "chisinau",
  "lviv",
  "kharkiv",
  "odesa",
  "odessa",
  "dnipro",
  "kraków",
  "wroclaw",
  "wroclawia",
  "krakowa",
  "warszawy",
  "poznania",
  "gdanska",
  "wrocław",
  "gdansk",
  "gdańsk",
  "poznan",
  "poznań",
  "cluj",
  "iasi",
  "timisoara",
  "ankara",
  "izmir",
  "cork",
  "galway",
  "belfast",
  "cardiff",
  "bristol",
  "leeds",
  "glasgow",
  "brisbane",
  "brissie",
  "adelaide",
  "canberra",
  "wellington",
  "noida",
  "gurgaon",
  "gurugram",
  "kolkata",
  "ahmedabad",
  "kochi",
  "bandung",
  "surabaya",
  "ho chi minh",
  "kuala lumpur",
  "osaka",
  "hong kong",
  "україна",
  "україні",
  "україни",
  "киев",
  "київ",
  "києві",
  "москва",
  "москве",
  "берлин",
  "берлине",
  "лондон",
  "лондоне",
  "turkiyede",
  "türkiye'de",
  "turkiye'de",
  "türkiyede",
  "россия",
  "польша",
  "polska",
  "polsce",
  "warszawa",
  "warszawie",
  "türkiye",
  "turkiye",
  "mısır",
  "مصر",
  "المغرب",
  "السعودية",
  "الإمارات",
  "دبي",
  "القاهرة",
  // Malaysia, Israel, Greece, Czechia, Canada as their people write them (ENGLISH_NAMES adds the places it names).
  "penang",
  "haifa",
  "herzliya",
  "thessaloniki",
  "brno",
  "mississauga",
  // Okinawa, Filipino "Pinas", Greeklish "Ellada"
  "okinawa",
  "pinas",
  "ellada",
  "elláda",
];

/** "eu", "rio", "lima": also ordinary words, so they count only after a preposition. */
const NEEDS_PREPOSITION = new Set(["eu", "rio", "lima", "santiago", "turkey", "inde", "kl", "sg", "sp", "ph"]);
/** The words that make one of those a place: English, Malay "kat", "di" ("gaji kat KL"), Portuguese "de", "em" ("sou de SP"). */
const PLACE_PREPOSITIONS = new Set(["in", "from", "to", "the", "at", "kat", "di", "de", "em"]);

/** Before a city's name, in the languages of the questions: "in Stuttgart", "à Lyon", "em Recife", "sa Cebu". */
const CITY_PREPOSITIONS = new Set([
  ...PLACE_PREPOSITIONS,
  "near",
  "here",
  "à",
  "a",
  "en",
  "em",
  "no",
  "na",
  "desde",
  "aus",
  "nach",
  "sa",
  "w",
  "v",
  "u",
]);

/** Places as Japanese, Korean and Chinese write them: no spaces between words, so found inside the text. */
const CJK_PLACES = new Map([
  ["東京", "Tokyo"],
  ["大阪", "Osaka"],
  ["日本", "Japan"],
  ["서울", "Seoul"],
  ["한국", "Korea"],
  ["판교", "Pangyo"],
  ["北京", "Beijing"],
  ["上海", "Shanghai"],
  ["深圳", "Shenzhen"],
  ["中国", "China"],
  ["台北", "Taipei"],
  ["香港", "Hong Kong"],
  ["シンガポール", "Singapore"],
  ["新加坡", "Singapore"],
  ["台湾", "Taiwan"],
  ["马来西亚", "Malaysia"],
  ["싱가포르", "Singapore"],
]);
const NON_LATIN = /[\u3000-\u9fff\uac00-\ud7af]/;

/** Places written in their own alphabet or case, by the English name an answer gives them. */
const ENGLISH_NAMES = new Map([
  ["kl", "Kuala Lumpur"],
  // Countries as their own people write them: "in Italia", "na Alemanha", "in der Schweiz", "en Inglaterra".
  ["italia", "Italy"],
  // Romaji: "Nihon dato dou desu ka?" (and in Japan?), "Kankoku" (Korea).
  ["nihon", "Japan"],
  ["nippon", "Japan"],
  ["kankoku", "South Korea"],
  ["maroc", "Morocco"],
  ["marruecos", "Morocco"],
  ["egypte", "Egypt"],
  ["misr", "Egypt"],
  ["masr", "Egypt"],
  ["addis", "Addis Ababa"],
  ["hargeisa", "Hargeisa"],
  ["francia", "France"],
  ["nederland", "Netherlands"],
  ["schweiz", "Switzerland"],
  ["suisse", "Switzerland"],
  ["svizzera", "Switzerland"],
  ["osterreich", "Austria"],
  ["inglaterra", "England"],
  ["reino unido", "UK"],
  ["alemanha", "Germany"],
  ["germania", "Germany"],
  ["turquia", "Turkey"],
  ["belgie", "Belgium"],
  ["irlanda", "Ireland"],
  ["kaapstad", "Cape Town"],
  // Ukrainian and Polish in Latin letters, as their cases write them: "u Berlini", "v Yevropi", "w Krakowie".
  ["berlini", "Berlin"],
  // Russian in Latin letters: "v Evrope", "v Varshave", "v Berline".
  ["evrope", "Europe"],
  ["varshave", "Warsaw"],
  ["berline", "Berlin"],
  // Turkish and Persian: "Almanya'da", "Münih'e", "Almani".
  ["almanya", "Germany"],
  ["almanyada", "Germany"],
  ["almanya'da", "Germany"],
  ["münih", "Munich"],
  ["münih'e", "Munich"],
  ["almani", "Germany"],
  ["yevropi", "Europe"],
  ["yevropa", "Europe"],
  ["evropi", "Europe"],
  ["kyievi", "Kyiv"],
  ["kyyevi", "Kyiv"],
  ["lvovi", "Lviv"],
  ["lvivi", "Lviv"],
  ["krakowie", "Kraków"],
  ["europie", "Europe"],
  ["niemczech", "Germany"],
  ["londyni", "London"],
  ["việt nam", "Vietnam"],
  ["viet nam", "Vietnam"],
  ["tp.hcm", "Ho Chi Minh City"],
  ["hà nội", "Hanoi"],
  ["sài gòn", "Ho Chi Minh City"],
  ["baile átha cliath", "Dublin"],
  ["mbaile átha cliath", "Dublin"],
  ["sg", "Singapore"],
  // "if im in PH", "from Cebu here" (only "Cebu City" is in the list of cities).
  ["ph", "Philippines"],
  ["pinas", "Philippines"],
  ["pilipinas", "Philippines"],
  ["cebu", "Cebu City"],
  ["hk", "Hong Kong"],
  ["praha", "Prague"],
  ["praze", "Prague"],
  ["bucuresti", "Bucharest"],
  ["ελλάδα", "Greece"],
  ["ελλαδα", "Greece"],
  ["αθήνα", "Athens"],
  ["ισραήλ", "Israel"],
  ["תל אביב", "Tel Aviv"],
  ["ישראל", "Israel"],
  ["канада", "Canada"],
  ["канаді", "Canada"],
  ["канаде", "Canada"],
  ["ізраїль", "Israel"],
  ["україна", "Ukraine"],
  ["україні", "Ukraine"],
  ["україни", "Ukraine"],
  ["киев", "Kyiv"],
  ["київ", "Kyiv"],
  ["києві", "Kyiv"],
  ["москва", "Moscow"],
  ["москве", "Moscow"],
  ["берлин", "Berlin"],
  ["берлине", "Berlin"],
  ["лондон", "London"],
  ["лондоне", "London"],
  ["turkiyede", "Turkey"],
  ["türkiyede", "Turkey"],
  ["россия", "Russia"],
  ["польша", "Poland"],
  ["польше", "Poland"],
  ["польшу", "Poland"],
  ["польщі", "Poland"],
  ["польщу", "Poland"],
  ["польща", "Poland"],
  ["львов", "Lviv"],
  ["львове", "Lviv"],
  ["львів", "Lviv"],
  ["львова", "Lviv"],
  ["львові", "Lviv"],
  ["харків", "Kharkiv"],
  ["харьков", "Kharkiv"],
  ["дніпро", "Dnipro"],
  ["одеса", "Odesa"],
  ["одесса", "Odesa"],
  ["украине", "Ukraine"],
  ["україна", "Ukraine"],
  ["европе", "Europe"],
  ["європі", "Europe"],
  ["германии", "Germany"],
  ["німеччині", "Germany"],
  ["polska", "Poland"],
  // "sou de SP", "vagas em SP": São Paulo.
  ["sp", "São Paulo"],
  ["ayiti", "Haiti"],
  ["brissie", "Brisbane"],
  ["pòtoprens", "Port-au-Prince"],
  ["antwerpen", "Antwerp"],
  ["gent", "Ghent"],
  // Names as written at home, given in English: "it doesn't have figures for Germany", not "for Deutschland".
  ["deutschland", "Germany"],
  ["münchen", "Munich"],
  ["lisboa", "Lisbon"],
  ["polsce", "Poland"],
  // Polish "z Polski" (from Poland), Czech "v Brně" (in Brno).
  ["polski", "Poland"],
  ["brno", "Brno"],
  ["brně", "Brno"],
  ["warszawa", "Warsaw"],
  ["warszawie", "Warsaw"],
  ["türkiye", "Turkey"],
  ["turkiye", "Turkey"],
  ["mısır", "Egypt"],
  ["مصر", "Egypt"],
  ["المغرب", "Morocco"],
  ["السعودية", "Saudi Arabia"],
  ["الإمارات", "the UAE"],
  ["دبي", "Dubai"],
  ["القاهرة", "Cairo"],
]);

/** Every place by its spelling, from both lists: a name ENGLISH_NAMES gives in English is a place as written. */
const ALL_PLACES = [...new Set([...PLACES, ...ENGLISH_NAMES.keys()])];
/** One-word places by their lower-case spelling; places of several words are looked for as they are written. */
const ONE_WORD = new Set(ALL_PLACES.filter((p) => !p.includes(" ")));
const SEVERAL_WORDS = ALL_PLACES.filter((p) => p.includes(" "));
/**
 * The places of several words by each word they hold (lower case): a place is looked for only when the text holds
 * one of its words, not each of them at every question (most name no place).
 */
const SEVERAL_WORDS_BY_WORD = (() => {
  const byWord = new Map<string, number[]>();
  SEVERAL_WORDS.forEach((place, at) => {
    for (const word of place.split(/[^\p{L}\p{N}]+/u).filter(Boolean))
      byWord.set(word, [...(byWord.get(word) ?? []), at]);
  });
  return byWord;
})();

/** The first place of several words (in SEVERAL_WORDS' order) that the text holds. */
function severalWordsPlace(lower: string, words: readonly string[]): string | undefined {
  let first = Number.POSITIVE_INFINITY;
  for (const word of words)
    for (const at of SEVERAL_WORDS_BY_WORD.get(word) ?? [])
      if (at < first && lower.includes(SEVERAL_WORDS[at] as string)) first = at;
  return SEVERAL_WORDS[first];
}

/**
 * Pay asked in another currency ("£60k", "in euros", "12 LPA"): the place it is paid in. The guide's figures are
 * US dollars, and an answer says so.
 */
const CURRENCIES: readonly [RegExp, string][] = [
  [/£|\b(gbp|quid)\b|\bpounds?\b(?=.{0,20}\b(salary|pay|a year|per year|p\.?a\.?|k)\b)|\b\d+k pounds\b/i, "the UK"],
  [/€|\b(eur|euros?)\b/i, "the euro area"],
  // "aud", not "audio".
  [/\baud\b|\ba\$|\baussie dollars?\b/i, "Australia"],
  [/\bcad\b|\bc\$|\bcanadian dollars?\b/i, "Canada"],
  [/₹|\b(inr|rupees?|lakhs?|lacs?|lpa|crores?)\b/i, "India"],
  [/¥|円|\b(yen|jpy)\b/i, "Japan"],
  [/₦|\b(naira|ngn)\b/i, "Nigeria"],
  [/\b(ksh|kes|kenyan shillings?)\b/i, "Kenya"],
  [/zł|\b(pln|zlotys?|złotych|zlotych)\b/i, "Poland"],
  [/₴|\b(uah|hryvnias?)\b|гривн/i, "Ukraine"],
  [/₺|\b(turkish lira|lira)\b/i, "Turkey"],
  [/\b(egp|egyptian pounds?)\b|جنيه/i, "Egypt"],
  [/\b(r\$|reais|brl)\b/i, "Brazil"],
  [/\bchf\b|\bfranken\b|\bswiss francs?\b/i, "Switzerland"],
  [/\b(zar|rand)\b(?=.{0,20}\b(salary|pay|a year|per month|k)\b)/i, "South Africa"],
  // SGD is also the optimizer ("trained with SGD"): the currency comes with an amount.
  [/\bsgd ?\d|\d ?k? ?sgd\b|\bs\$/i, "Singapore"],
  [/\b(myr|ringgit)\b|\brm ?\d+k?\b/i, "Malaysia"],
  [/₪|\b(nis|ils|shekels?)\b|שקל/i, "Israel"],
  [/\b(czk|korun\w*)\b|\bkč(?![\wÀ-ɏ])/i, "Czechia"],
  [/\b(ron)\b(?=.{0,20}\b(salary|salariu|pay|k)\b)|\blei\b(?=.{0,20}\b(pe lun[aă]|salariu|net|brut)\b)/i, "Romania"],
];

/** All of CURRENCIES in one test: this runs on every question that names no place, and most name no currency. */
const ANY_CURRENCY = gated(new RegExp(CURRENCIES.map(([pattern]) => pattern.source).join("|"), "i"));

/** A word with a letter outside plain ASCII ("méxico"): the only kind worth folding. */
const NON_ASCII_WORD = /[^ -~]/;
function withoutAccents(word: string): string {
  return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** The place outside the US a message names ("Berlin"), as written, or undefined. */
export function placeOutsideUs(text: string): string | undefined {
  if (NON_LATIN.test(text)) {
    for (const [written, name] of CJK_PLACES) if (text.includes(written)) return name;
  }
  // A set lookup per word: this runs on every question, and most name no place.
  // "İstanbul": lower case gives "i" and a combining dot, which is no part of the name.
  // (Lowered before it came here, it holds the combining dot already.)
  const lower = /İ|\u0307/.test(text) ? text.toLowerCase().replace(/\u0307/g, "") : text.toLowerCase();
  const words = lower.split(/[^\p{L}\p{N}]+/u);
  let place = severalWordsPlace(lower, words);
  for (let i = 0; !place && i < words.length; i++) {
    // "México", "Canadá", "Bogotá": the place list holds names without accents too.
    const written = words[i] as string;
    const word = ONE_WORD.has(written) || !NON_ASCII_WORD.test(written) ? written : withoutAccents(written);
    if (!ONE_WORD.has(word)) continue;
    if (NEEDS_PREPOSITION.has(word) && !PLACE_PREPOSITIONS.has(words[i - 1] ?? "")) continue;
    place = word;
  }
  if (!place)
    return (
      countryIn(words) ??
      flaggedCountry(text) ??
      (ANY_CURRENCY.test(text) ? CURRENCIES.find(([pattern]) => pattern.test(text))?.[1] : undefined)
    );
  const english = ENGLISH_NAMES.get(place);
  if (english) return english;
  return place.length <= 3 ? place.toUpperCase() : place.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
}

/** A pair of regional-indicator letters: a flag emoji, which spells its country's two-letter code. */
const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/u;
const REGIONAL_A = 0x1f1e6;

/** The country of a flag emoji in the text ("NHS nurse 🇬🇧", "aussie here 🇦🇺"), not the US's. */
function flaggedCountry(text: string): string | undefined {
  const flag = FLAG.exec(text)?.[0];
  if (!flag) return undefined;
  const code = String.fromCharCode(
    ...[...flag].map((letter) => 65 + (letter.codePointAt(0) ?? REGIONAL_A) - REGIONAL_A),
  );
  return PLACE_INDEX.byCode.get(code);
}

/** Any country of the world the words name ("moved back to Venezuela", "from the dominican republic"), in English. */
function countryIn(words: readonly string[]): string | undefined {
  const { oneWord, byFirstWord, cities } = PLACE_INDEX;
  for (let i = 0; i < words.length; i++) {
    const written = words[i] as string;
    const word = NON_ASCII_WORD.test(written) ? withoutAccents(written) : written;
    for (const [name, english] of byFirstWord.get(word) ?? []) {
      const count = name.split(" ").length;
      const here = words.slice(i, i + count).map((w) => (NON_ASCII_WORD.test(w) ? withoutAccents(w) : w));
      if (here.join(" ") === name) return english;
    }
    const english = oneWord.get(written) ?? oneWord.get(word);
    if (!english) continue;
    if (COUNTRY_NEEDS_PREPOSITION.has(word) && !PLACE_PREPOSITIONS.has(words[i - 1] ?? "")) continue;
    if (cities.has(word) && !CITY_PREPOSITIONS.has(words[i - 1] ?? "")) continue;
    return english;
  }
  return undefined;
}

/** The US by the names people give it, for "London vs the US". */
const US_NAMES = new Set(["us", "usa", "america", "states", "sf", "nyc", "seattle"]);
const PLACE_CONTRAST = /([\p{L}]+)\s+(?:vs\.?|versus|or|compared to|v\.?)\s+(?:the\s+)?([\p{L}]+)/gu;

/**
 * "what does a lead ML architect make in London vs Berlin?": two places side by side are not two roles compared; the
 * connector between them becomes "and", so the question stays about the role's pay.
 */
export function withoutPlaceContrast(text: string): string {
  if (!/\b(vs|versus|or|compared|v)\b/.test(text)) return text;
  // ("NLP research scientist pay in chicago vs austin?": two cities inside the US too.)
  const isPlace = (word: string) =>
    US_NAMES.has(word) || US_ONE_WORD.has(word) || ONE_WORD.has(word) || ONE_WORD.has(withoutAccents(word));
  return text.replace(PLACE_CONTRAST, (all, left: string, right: string) =>
    isPlace(left) && isPlace(right) && (!US_NAMES.has(left) || !US_NAMES.has(right)) ? `${left} and ${right}` : all,
  );
}

/**
 * Cities, metros and states inside the US. The guide's figures are for the US as a whole: asked about one of these
 * ("what does a lead ml architect make in dallas?"), an answer says it has none for that place on its own.
 */
const US_PLACES: ReadonlyMap<string, string> = new Map([
  ["dallas", "Dallas"],
  ["fort worth", "Fort Worth"],
  ["dfw", "Dallas-Fort Worth"],
  ["plano", "Plano"],
  ["austin", "Austin"],
  ["houston", "Houston"],
  ["san antonio", "San Antonio"],
  ["chicago", "Chicago"],
  ["seattle", "Seattle"],
  ["san francisco", "San Francisco"],
  ["bay area", "the Bay Area"],
  ["silicon valley", "Silicon Valley"],
  ["san jose", "San Jose"],
  ["san diego", "San Diego"],
  ["los angeles", "Los Angeles"],
  ["new york city", "New York City"],
  ["nyc", "New York City"],
  ["boston", "Boston"],
  ["denver", "Denver"],
  ["atlanta", "Atlanta"],
  ["miami", "Miami"],
  ["phoenix", "Phoenix"],
  ["philadelphia", "Philadelphia"],
  ["philly", "Philadelphia"],
  ["pittsburgh", "Pittsburgh"],
  ["detroit", "Detroit"],
  ["minneapolis", "Minneapolis"],
  ["st. louis", "St. Louis"],
  ["st louis", "St. Louis"],
  ["kansas city", "Kansas City"],
  ["omaha", "Omaha"],
  ["des moines", "Des Moines"],
  ["indianapolis", "Indianapolis"],
  ["indy", "Indianapolis"],
  ["columbus", "Columbus"],
  ["cleveland", "Cleveland"],
  ["cincinnati", "Cincinnati"],
  ["milwaukee", "Milwaukee"],
  ["nashville", "Nashville"],
  ["raleigh", "Raleigh"],
  ["charlotte", "Charlotte"],
  ["salt lake city", "Salt Lake City"],
  ["portland", "Portland"],
  ["sacramento", "Sacramento"],
  ["baltimore", "Baltimore"],
  ["texas", "Texas"],
  ["california", "California"],
  ["florida", "Florida"],
  ["illinois", "Illinois"],
  ["ohio", "Ohio"],
  ["michigan", "Michigan"],
  ["georgia", "Georgia"],
  ["new jersey", "New Jersey"],
  ["massachusetts", "Massachusetts"],
  ["colorado", "Colorado"],
  ["midwest", "the Midwest"],
]);
const US_ONE_WORD = new Set([...US_PLACES.keys()].filter((p) => !p.includes(" ")));
const US_SEVERAL_WORDS = [...US_PLACES.keys()].filter((p) => p.includes(" "));

/** The places inside the US the text names ("in dallas specifically", "chicago vs austin"), in English: "Chicago or Austin". */
export function placeInUs(text: string): string | undefined {
  const lower = text.toLowerCase();
  const named = [
    ...US_SEVERAL_WORDS.filter((p) => lower.includes(p)),
    ...lower.split(/[^\p{L}\p{N}]+/u).filter((word) => US_ONE_WORD.has(word)),
  ].map((p) => US_PLACES.get(p) as string);
  const places = [...new Set(named)].slice(0, 2);
  return places.length > 0 ? places.join(" or ") : undefined;
}
