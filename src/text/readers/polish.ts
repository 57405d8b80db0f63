import type { Rewrite } from "../regex";
import { distinctWords, languageReader, rule } from "./shared";

/**
 * Polish, read in English words: "ile zarabia Lead ML Architect w USA i ile lat doświadczenia trzeba mieć?" is read
 * as "salary of Lead ML Architect in the US and how many years of experience are required?". Polish ends its nouns by
 * case ("Pythona", "juniorom"): the patterns match the stem and the endings.
 */

/** Words of Polish; three of them make a message Polish. */
const POLISH_WORDS =
  /(?<![\p{L}])(?:ile|jak|jakie|wyzwania|roli|u[żz]ywa|czy|jest|mam|jestem|lat|latach|się|nie|mi|co|dla|bez|żeby|zeby|zarabia\p{L}*|brakuje|doświadczenia|doswiadczenia|studiów|studiow|magistra|siema|cześć|czesc|juniora|płacą|placa|robi|dzień|dzien|jakich|branżach|porównaniu|lepsze|trzeba|mieć|miec|sens|umiesz|pytania|mogę|moge|syn|jako|który|które|która|tych|ról|rol|wymaga\p{L}*|potrzebuj\p{L}*|gdzie|albo|ale|już|juz|tylko|też|tez|bo|się|jeszcze|w ogóle|powinienem|powinnam|narzędzia|narzedzia|znać|znac|ogarniam|lepiej|płatne|platne|krótko|krotko)(?![\p{L}])/giu;

function isPolish(text: string): boolean {
  return distinctWords(text, POLISH_WORDS) >= 3;
}

const DEGREE: Record<string, string> = {
  magistra: "master's",
  magisterki: "master's",
  doktoratu: "PhD",
  studiów: "a degree",
  studiow: "a degree",
};

/** The writer's facts, in the word order the profile reads; run before the words. */
const STATEMENTS: readonly Rewrite[] = [
  // "po 6 latach jako manualny tester" (after 6 years as a manual tester), "od 12 lat" (for 12 years).
  rule(String.raw`(?<![\p{L}])po (\d+) latach jako(?![\p{L}])`, " after $1 years as "),
  rule(String.raw`(?<![\p{L}])(\d+) lat(?:a)? jako(?![\p{L}])`, " $1 years as "),
  // "bez studiów", "bez dyplomu" (no degree).
  rule(
    String.raw`(?<![\p{L}])bez (?:studiów|studiow|dyplomu|wykształcenia wyższego|wyksztalcenia wyzszego)(?![\p{L}])`,
    " no degree ",
  ),
  // "Pythona zero" (no Python at all).
  rule(
    String.raw`(?<![\p{L}])(python|java|docker|kubernetes|sql|pytorch|tensorflow|aws|azure)(?:a|u|em)? zero(?![\p{L}])`,
    " never used $1 ",
  ),
  rule(String.raw`(?<![\p{L}])rzuci\p{L}* studia(?![\p{L}])`, " dropped out "),
  // "jestem na 2 roku magisterki" (in the 2nd year of a master's), "inżyniera już mam" (I already hold the engineer's
  // degree, a bachelor's), "od roku pracuję" (working for a year).
  rule(String.raw`(?<![\p{L}])jestem na (\d) roku magisterki`, " i am a master's student "),
  // "Kubernetes już ogarniam" (I already handle Kubernetes): a skill held.
  rule(String.raw`(?<![\p{L}])([A-Za-z][\w+#.]*) (?:już |juz )?ogarniam(?![\p{L}])`, " i know $1 "),
  // "za 2 lata kończę studia" (I finish my studies in 2 years): a student now.
  rule(String.raw`(?<![\p{L}])ko[ńn]cz[ęe] studia(?![\p{L}])`, " i am a student "),
  rule(String.raw`(?<![\p{L}])\(?in[żz]yniera (?:z [\p{L}]+ )?ju[żz] mam\)?`, " i have a bachelor's "),
  rule(String.raw`(?<![\p{L}])od roku pracuj[ęe]`, " i have worked 1 years "),
  // "Jestem inżynierem mechanikiem, 12 lat w branży motoryzacyjnej" (a mechanical engineer, 12 years in automotive):
  // years outside software, as the English words say them.
  rule(
    String.raw`(?<![\p{L}])(?:jestem )?in[żz]ynier(?:em)? mechanik(?:iem)?(?![\p{L}])`,
    " i am a mechanical engineer ",
  ),
  rule(String.raw`(?<![\p{L}])w bran[żz]y motoryzacyjnej(?![\p{L}])`, " in the automotive industry "),
  rule(String.raw`(?<![\p{L}])(?:jestem )?ksi[ęe]gow(?:ą|a|ym|y)(?![\p{L}])`, " i am an accountant "),
  rule(String.raw`(?<![\p{L}])(?:jestem )?nauczyciel(?:em|ką|ka)?(?![\p{L}])`, " i am a teacher "),
  rule(String.raw`(?<![\p{L}])(?:dyplomu brak|brak dyplomu|brak studiów|brak studiow)(?![\p{L}])`, " no degree "),
];

const WORDS: readonly Rewrite[] = [
  // "i" is "and" in Polish: before another Polish word, never the English "I".
  rule(
    String.raw`(?<![\p{L}])i(?= (?:ile|czy|jak|co|w|na|jakie|gdzie|czego|kto|który|które|chce)(?![\p{L}]))`,
    " and ",
  ),
  // Degrees weighed: "czy bez magistra w ogóle jest sens aplikować" (is there any point applying without a master's).
  [
    /(?<![\p{L}])(?:czy )?bez (magistra|magisterki|doktoratu|studiów|studiow)(?: w ogóle)? (?:jest sens|ma sens|da się|da sie)\p{L}*(?: \p{L}+)?/giu,
    (_m: string, degree: string) => ` is it possible without ${DEGREE[degree.toLowerCase()] ?? degree}? `,
  ],
  rule(String.raw`(?<![\p{L}])ile (?:zarabia\p{L}*|płacą|placa|płaci|placi)(?![\p{L}])`, " salary "),
  // "które lepiej płatne: X czy Y? krótko pls" (which is better paid: X or Y? briefly please).
  rule(
    String.raw`(?<![\p{L}])(?:kt[óo]ry|kt[óo]re|kt[óo]ra|co) (?:jest )?lepiej (?:płatn|platn)\p{L}*`,
    " which pays more ",
  ),
  rule(String.raw`(?<![\p{L}])kr[óo]tko(?: (?:pls|plz|proszę|prosze))?(?![\p{L}])`, " keep it short "),
  // ("X czy Y": "or" between two roles; "a czy te moje 12 lat się liczy" asks whether.)
  rule(String.raw`(?<=(?:engineer|scientist|architect|ML|AI|NLP)\s)czy(?=\s)`, " or "),
  rule(String.raw`(?<![\p{L}])ile lat doświadczenia|ile lat doswiadczenia`, " how many years of experience "),
  // "czy te moje 12 lat się liczy?" (do my 12 years count?).
  rule(String.raw`(?<![\p{L}])czy (?:te )?moje (\d{1,2}) lat(?:a)? si[ęe] liczy`, " do my $1 years count "),
  // "co robi X na co dzień" (what does X do day to day); "AWS na co dzień" is used daily.
  rule(String.raw`(?<![\p{L}])co robi ([^?,]{1,60}?) na co dzie[ńn]`, " what does $1 do day to day "),
  rule(String.raw`(?<![\p{L}])co robi(?![\p{L}])`, " what does "),
  rule(String.raw`(?<![\p{L}])na co dzie[ńn]`, " daily "),
  rule(String.raw`(?<![\p{L}])w jakich branżach|w jakich branzach`, " in which industries "),
  rule(String.raw`(?<![\p{L}])(?:a )?jak z zarobkami`, " and the salary "),
  rule(String.raw`(?<![\p{L}])w porównaniu (?:do|z)|w porownaniu (?:do|z)`, " compared to "),
  rule(
    String.raw`(?<![\p{L}])(?:czego|co) mi brakuje (?:do|na)(?![\p{L}])|(?:jaką|jaka) mam (?:lukę|luke) do(?![\p{L}])`,
    " what am i missing for ",
  ),
  rule(String.raw`(?<![\p{L}])co (?:on|ona) ma studiować|co (?:on|ona) ma studiowac`, " what degree is needed "),
  // "dam radę wejść jako entry level AI engineer? co muszę podciągnąć?" (can I get in as ...? what must I work on?).
  rule(String.raw`(?<![\p{L}])dam rad[eę] (?:wejść|wejsc|się dostać|sie dostac)(?: jako| na)?`, " can i get in as "),
  rule(
    String.raw`(?<![\p{L}])co musz[eę] (?:podciągnąć|podciagnac|nadrobić|nadrobic|poprawić|poprawic)`,
    " what am i missing ",
  ),
  // "studiów nie skończyłem (rzuciłem po 2 roku)" (I didn't finish university: dropped out after year 2).
  rule(String.raw`(?<![\p{L}])studi[óo]w nie sko[ńn]czy[łl](?:em|am)`, " no degree, dropped out "),
  rule(String.raw`(?<![\p{L}])żeby zostać|zeby zostac`, " to become "),
  rule(String.raw`(?<![\p{L}])co (?:ty )?(?:w ogóle )?umiesz|jakie pytania mogę zadawać`, " what can you do "),
  rule(
    String.raw`(?<![\p{L}])(?:da się|da sie) wskoczyć na juniora(?: ai)?`,
    " can i get an entry level ai engineer job ",
  ),
  rule(String.raw`(?<![\p{L}])juniora(?: ai)?|juniorom(?: ai)?|juniorzy(?: ai)?`, " entry level ai engineer "),
  rule(String.raw`(?<![\p{L}])(?:które|ktore) z tych ról|(?:które|ktore) z tych rol`, " which of these roles "),
  rule(String.raw`(?<![\p{L}])(?:wymagaj\p{L}*|wymaga) doktoratu(?![\p{L}])`, " require a PhD "),
  rule(String.raw`(?<![\p{L}])w (?:usa|stanach)(?![\p{L}])`, " in the US "),
  rule(String.raw`(?<![\p{L}])w polsce(?![\p{L}])`, " in Poland "),
  rule(String.raw`(?<![\p{L}])co (?:jest )?lepsze(?![\p{L}])`, " which is better "),
  rule(
    String.raw`(?<![\p{L}])jakie narzędzia(?: musi znać)?|jakie narzedzia(?: musi znac)?`,
    " which tools are needed ",
  ),
  // "A jakie są typowe wyzwania w tej roli? I jakich narzędzi MLOps się używa?" (and what are the typical challenges
  // of the role? and which MLOps tools are used?).
  rule(String.raw`(?<![\p{L}])(?:typowe |najwi[eę]ksze |g[łl][óo]wne )?wyzwani\p{L}*`, " challenges "),
  rule(String.raw`(?<![\p{L}])jakich narz[eę]dzi(?: [\p{L}]+)? si[eę] u[żz]ywa`, " which tools are used "),
  rule(String.raw`(?<![\p{L}])dyplom\p{L}*`, " a degree "),
  rule(String.raw`(?<![\p{L}])(?:siema|cześć|czesc)(?: wszystkim)?(?![\p{L}])`, " hi "),
];

/** The message in English words when it is written in Polish; any other message as it is. */
export const polishInEnglish = languageReader(isPolish, STATEMENTS, WORDS);
