import type { Segment } from "./segment";

/**
 * "... and the average salary?", French "pis le salaire moyen", ", ainsi que le salaire de départ", German "und das
 * Gehalt", "sowie das Gehalt": a second facet joined on.
 */
// (Japanese "必要なskillsとdegreeは？", Chinese "skills和degree": "and" between two English words, no spaces.)
const JOINED_FACET =
  /,?\s(?:and|n|&|\+|et|pis|y|e|und|ve|dan|aur|og|och|oraz|ainsi que|as well as|sowie)\s+(?<article>(?:the|its|their|le|la|les|l'|el|los|las|o|a|os|as|das|die|der|den|het|il|lo|gli)\s)?(?=\S)|(?<=[a-z])(?:と|和|及び)(?=[a-z])/gi;

/** JOINED_FACET's conjunctions, for one cheap test (a global pattern keeps state between tests). */
const JOINS = new RegExp(JOINED_FACET.source, "i");

/** Most words a joined facet takes: "the average salary", "le salaire de départ", not a second question. */
const MOST_WORDS_JOINED = 6;

/**
 * "c'est quoi les perspectives d'emploi pis le salaire moyen?", "what are the job prospects and the average salary?":
 * one clause that names two facets of a role is two questions, each answered. `facetOf` names the facet a clause
 * asks about (the classifier's cue); a split is kept only when both sides name one, and not the same.
 */
export function splitJoinedFacets(segment: Segment, facetOf: (clause: string) => string | undefined): Segment[] {
  const text = segment.text;
  // Most parts join nothing: the conjunction is looked for before the part's kind is worked out.
  if (!JOINS.test(text) || segment.kind !== "question") return [segment];
  for (const match of text.matchAll(JOINED_FACET)) {
    const at = match.index ?? 0;
    const left = text.slice(0, at).trim();
    // "what do they need on paper (degree + yoe)?": inside brackets, the words spell out one facet.
    if (left.lastIndexOf("(") > left.lastIndexOf(")")) continue;
    const right = text.slice(at + match[0].length).trim();
    // "... and the average salary": a facet after an article, or two or three words ("pay and growth outlook").
    const words = right.replace(/[?!.]+$/, "").split(/\s+/).length;
    if (words > (match.groups?.article ? MOST_WORDS_JOINED : 3)) continue;
    const leftFacet = facetOf(left);
    const rightFacet = leftFacet && facetOf(right);
    if (!rightFacet || rightFacet === leftFacet) continue;
    // "what do the top 10% and top 1% make?": a verb after both is shared; the first half alone asks another thing.
    if (facetOf(text) !== leftFacet) continue;
    return [question(`${left}?`), question(right)];
  }
  return [segment];
}

function question(text: string): Segment {
  return { text, kind: "question" };
}
