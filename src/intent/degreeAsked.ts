import type { Degree } from "../data/schema";

/** The degree a yes-or-no question asks about, and whether it asks to do without it. */
export interface DegreeAsked {
  degree: Degree;
  /** "can I get there without a PhD?": whether one can do without it, the yes and the no turned around. */
  without: boolean;
}

const NEED = "need|needs|needed|require|requires|required|necessary|mandatory|a must|must have|have to have";

/**
 * A degree's words in a question, highest first ("a degree" on its own is the first one: a bachelor's), as the
 * patterns of "without a PhD" and of "need a PhD" / "a PhD required".
 */
const DEGREE_ASKED = (
  [
    ["phd", "ph\\.? ?d\\.?|doctorate"],
    ["master", "master'?s?|msc|ms degree|grad(?:uate)? degree"],
    ["bachelor", "bachelor'?s?|bsc|undergrad(?:uate)? degree|(?:college |university |uni )?degree"],
  ] as const
).map(([degree, words]) => ({
  degree,
  without: new RegExp(`\\bwithout (?:an? |the )?(?:${words})(?![\\w'])`),
  needed: new RegExp(
    `\\b(?:${NEED})\\b[^?.!]{0,20}?\\b(?:an? |the )?(?:${words})(?![\\w'])|\\b(?:${words})(?![\\w'])[^?.!]{0,15}?\\b(?:${NEED}|enough)\\b`,
  ),
}));

/**
 * "do i need a PhD to become a lead ML architect?", "is a master's required for X?", "can I get there without a PhD?":
 * whether one degree is needed, a question with a yes or a no. Not "what degree do I need?" (which one).
 */
export function degreeAskedIn(question: string): DegreeAsked | undefined {
  if (/\b(?:what|which) (?:kind of |type of )?degree\b/.test(question)) return undefined;
  for (const { degree, without, needed } of DEGREE_ASKED) {
    if (without.test(question)) return { degree, without: true };
    if (needed.test(question)) return { degree, without: false };
  }
  return undefined;
}
