import type { CareerData } from "../data/schema";
import { tokenize } from "../text/normalize";
import { STOPWORDS } from "../text/stopwords";

/** A job ad pasted in quotes: long enough to say what the job asks for. */
const QUOTED_AD = /["“]([^"”]{40,})["”]?/;
/** ... or in quoted lines ("> 3-5 years experience with NLP ...") or a code block. */
const QUOTED_LINES = /^>.*$/gm;
/** ... or quoted lines joined into one ("found this ad: > We're looking for a PhD ... which role is this?"). */
const INLINE_QUOTES = /(?<=^|[\s:])>\s[^>]*/g;
const CODE_BLOCK = /```([\s\S]*?)(?:```|$)/;

/** The ad a message pastes, in quotes, quoted lines or a code block (long enough to say what the job asks for). */
function adIn(message: string): string | undefined {
  const quoted = QUOTED_AD.exec(message)?.[1];
  if (quoted) return quoted;
  const pasted = message.includes("```")
    ? CODE_BLOCK.exec(message)?.[1]
    : (message.match(QUOTED_LINES) ?? message.match(INLINE_QUOTES))?.join("\n").replace(/^>\s*/gm, "");
  return pasted && pasted.trim().length >= 40 ? pasted : undefined;
}

/** "which role in the guide is this closest to?", "which role is this?": the ad, placed. */
const ASKS_WHICH_ROLE_IT_IS =
  /\b(which|what) (?:of the (?:\d|five|5) )?(roles?|jobs?|one)\b.{0,30}\b(is (this|that|it)|this is|closest|nearest|most like|match(es)?|map(s)? to|corresponds?)\b|\b(is|does) (this|that|it) (closest|most like|match|map)\b/i;

/**
 * Places a pasted job ad among the guide's roles: the role whose requirements, skills and duties share the most of
 * the ad's words, each word weighted by how few roles use it ("publications" tells more than "experience").
 */
export class JobAdMatcher {
  private readonly roles: { id: string; words: Set<string> }[];
  private readonly rolesUsing = new Map<string, number>();

  constructor(data: CareerData) {
    this.roles = data.roles.map((role) => ({
      id: role.id,
      words: new Set(
        tokenize(
          [
            role.title,
            ...role.qualifications.education,
            ...role.qualifications.experience,
            ...role.skills.technical,
            ...role.skills.tools,
            ...role.responsibilities.flatMap((g) => g.items),
          ].join(" "),
        ),
      ),
    }));
    for (const role of this.roles)
      for (const w of role.words) this.rolesUsing.set(w, (this.rolesUsing.get(w) ?? 0) + 1);
  }

  /** The role a message's quoted ad is closest to, when the question asks which role it is; else undefined. */
  roleOfAd(message: string, question: string): string | undefined {
    if (!ASKS_WHICH_ROLE_IT_IS.test(question)) return undefined;
    const ad = adIn(message);
    if (!ad) return undefined;
    const words = new Set(tokenize(ad).filter((w) => w.length > 2 && !STOPWORDS.has(w)));
    let best: { id: string; score: number } | undefined;
    for (const role of this.roles) {
      let score = 0;
      for (const w of words) if (role.words.has(w)) score += 1 / (this.rolesUsing.get(w) ?? 1);
      if (score > (best?.score ?? 0)) best = { id: role.id, score };
    }
    return best?.id;
  }
}
