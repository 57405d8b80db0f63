import type { Rewrite } from "../regex";
import { languageReader } from "./shared";

/**
 * Québécois French, read in English words: "chu dev backend depuis 7 ans, bac en info / c'est quoi qui me manque pour
 * senior AI application engineer?" is read as "i'm a dev backend for 7 years, bachelor's in info / what am i missing
 * for senior AI application engineer?". Its spoken forms ("chu", "pis", "c'est-tu", "faut-tu") mark the message; in
 * Québec a "bac" is a bachelor's degree (in France it is the school-leaving exam, so only here is it read so).
 */
const QUEBECOIS =
  /(?<![\p{L}'])(?:chu|pis|c'est-tu|faut-tu|j'suis-tu|tsé|la gang|ben gros|y me manque|ça me tente|la job|une job|ma job|c quoi)(?![\p{L}])/iu;

const REWRITES: readonly Rewrite[] = [
  // "lequel demande le plus de scolarité?" (which one needs the most schooling?): "demande" is no demand there.
  [
    /\b(?:lequel|laquelle|qui) demande le plus de (?:scolarit[ée]|[ée]tudes|dipl[ôo]mes)/gi,
    "which requires the most schooling",
  ],
  // The writer's facts.
  // "Pis au Québec, c'est-tu pareil?" (and in Québec, is it the same?): the figures asked again of a place.
  [/\bc'est-tu pareil\b/gi, "is it the same"],
  [/(?<![\p{L}'])pis au\b/giu, "and in"],
  [/\b(?:chu|j'suis|je suis)\b/gi, "i'm"],
  [/\bdepuis (\d+) ans\b/gi, "for $1 years"],
  [/\b(\d+) ans d'(?:xp|exp[ée]rience)(?: (?:en tout|total))?/gi, "$1 years of experience"],
  [/\b(\d+) ans de (ml|rl|machine learning|deep learning|nlp)\b/gi, "$1 years of ml experience"],
  [/\b(\d+) ans comme\b/gi, "$1 years as"],
  [/\bj'ai (?:jamais|pas) touch[ée] (?:à|a) (?:du |de la |des )?/gi, "never touched "],
  [/\bbac \+ ma[iî]trise\b/gi, "master's"],
  [/\b(?:juste )?un bac\b|\bbac en\b|\bmon bac\b/gi, (m: string) => m.replace(/bac/i, "bachelor's")],
  [/\b(?:une |ma )?ma[iî]trise\b/gi, "master's"],
  [/\b(?:un |mon )?doctorat\b/gi, "phd"],
  [/\bje veux [êe]tre ([\w ]{2,30}?) dans (\d+) ans\b/gi, "i want to be $1 in $2 years"],
  [/\bz[ée]ro\b/gi, "no"],
  // What is asked.
  [/\b(?:c'est quoi qui|qu'est-ce qui|y|il) me manque(?: quoi)?\b/gi, "what am i missing"],
  [/\bj'suis-tu loin\b/gi, "how far am i"],
  [/\bc'est-tu r[ée]aliste\b|\br[ée]aliste ou pas\b/gi, "is it realistic for me"],
  [/\bde viser\b/gi, "to aim for"],
  [/\bc'est-tu\b/gi, "is it"],
  [/\bfaut-tu\b/gi, "do you need"],
  // (Not \b before "ç": outside Unicode mode it is no word character, so "\bça" never matched after a space.)
  [/(?<![\p{L}])ça (?:fait|paye|paie) combien\b/giu, "how much does it pay"],
  [/\bc'est combien\b/gi, "how much is"],
  [/\bcombien d'ann[ée]es d'(?:xp|exp[ée]rience)\b/gi, "how many years of experience"],
  [/\bcombien\b/gi, "how much"],
  [/\bpar ann[ée]e\b/gi, "per year"],
  [/\baux states\b|\baux [ée]tats-unis\b|\baux usa\b/gi, "in the US"],
  [/\bla (?:job|poste|r[ôo]le) la moins payante\b|\bla moins payante\b/gi, "the role that pays the least"],
  [
    /\bla (?:job|poste|r[ôo]le) la (?:plus|mieux) payante\b|\bla (?:plus|mieux) payante\b/gi,
    "the role that pays the most",
  ],
  [/\bdu plus haut au plus bas\b/gi, "from highest to lowest"],
  [/\bpar salaire(?: moyen)?\b/gi, "by average salary"],
  [/\blequel des deux demande plus d'[ée]tudes\b/gi, "which of the two requires more education"],
  [/\bqu'est-ce qu'on fait dans une journ[ée]e typique\b|\bau jour le jour\b/gi, "what do they do day to day"],
  [/\bles skills [àa] avoir\b/gi, "the skills needed"],
  [/\best-ce qu'on peut [êe]tre (?:full )?remote\b/gi, "is remote possible"],
  [/\bles jobs que tu couvres\b/gi, "the roles you cover"],
  [/\btu sers [àa] quoi(?: toi)?\b/gi, "what can you do"],
  [/\bquelles questions je peux te poser\b/gi, "what can i ask you"],
  [/\bpar o[ùu] je commence\b/gi, "where do i start"],
  [/\bgros comment\b/gi, "how big"],
  [/\bces temps-ci\b/gi, "these days"],
  [/\ble march[ée] global\b/gi, "the global market"],
  [/\bcomment on g[èe]re\b/gi, "how to handle"],
  [/\ble drift des mod[èe]les\b/gi, "model drift"],
  [/\ben prod\b/gi, "in production"],
  [/\bles responsabilit[ée]s\b/gi, "the responsibilities"],
  [/\bquel cloud\b/gi, "which cloud"],
  [/\bsalaire\b/gi, "salary"],
  [/\bc'est quoi\b|\bc quoi\b/gi, "what is"],
  [/\bmerci(?: ben gros| beaucoup| ben)?\b/gi, "thanks"],
  [/\bbonne fin de semaine\b/gi, "have a good weekend"],
  // Words that only join or soften.
  [/\bpis\b/gi, "and"],
  [/\bou\b/gi, "or"],
  [/(?<![\p{L}])(?:la gang|tsé|genre|lol)(?![\p{L}])/giu, ""],
];

/** The message in English words when it is written in Québécois French; any other message as it is. */
export const quebecoisInEnglish = languageReader((message) => QUEBECOIS.test(message), REWRITES);
