/**
 * Stage 1 of understanding a message: cut it into its parts, in order. A channel message is often a story about
 * the writer followed by two or three questions ("8 yrs backend, bachelor's. what does X pay? and do I need a
 * PhD?"); each question is answered on its own, the statements feed the asker's profile.
 */

/**
 * A `fragment` is neither clearly a question nor about the writer ("long time lurker", "for a lead ML architect"):
 * beside real questions it only sets the scene; alone, it is the question.
 */
export type SegmentKind = "question" | "statement" | "heading" | "fragment";

export interface Segment {
  text: string;
  kind: SegmentKind;
}

/** Words that open a question, in English and in the chat shorthand people use. */
const QUESTION_OPENER =
  /^(what|whats|what's|wat|wht|how|hw|which|who|why|where|when|do|does|did|is|isn't|are|aren't|can|could|should|would|will|any|tell me|explain|list|rank|compare|give me|show me|pls|please|plz|salary|pay|skills?|duties|degree|is there|are there|quel|quelle|quels|combien|cu[aá]nto|cu[aá]l|qu[eé]|como|c[oó]mo|wie|was|welche[nrs]?|quanto|qual|kya|kitna|kitni)\b/i;
/** A clause that starts a new question inside a sentence: ", what's the pay", " and do I need a PhD". */
const NEW_QUESTION_JOIN =
  /(?:[,;:]\s*(?:and\s+|also\s+|plus\s+|but\s+)?|\s+(?:and|also|plus|&)\s+(?:also\s+)?)(?=(?:what|whats|what's|how|which|do|does|is|are|can|should|will|would|any|where|who|why)\b(?!\s+(?:i|you)\s+(?:think|mean|guess)\b))/gi;
/** Sentence ends: "?", "!", a full stop before a space (not "3.5", "Ph.D. in", "e.g."), line breaks, list markers. */
const SENTENCE_END =
  /(?<=[?!])\s*|\.{2,}\s*|…\s*|(?<=[a-z0-9)\]"'])\.(?=\s+[A-Za-z0-9])(?<!\b(?:e\.g|i\.e|vs|ph\.d|etc|approx|mr|ms|dr|st)\.)\s+|\s*[\n\r]+\s*|\s+\/\s+(?=(?:what|whats|how|which|do|does|is|are|can|should|and|also)\b)|\s*;\s*|(?<=:)\s*(?=\(?[1-9][.)]\s)|\s+(?=\(?[1-9]\)\s)|\s+(?=\([1-9]\)\s)/i;
/** "2 quick ones about X:", "entry level AI engineer q's:", "re: lead ml architect -": a part that only names the subject. */
const HEADING =
  /^(?:(?:\d+|two|three|a few|some|couple( of)?)\s+(?:quick\s+)?(?:q'?s|questions?|ones?|things?)\s+(?:about|on|re|for)\s+.+|.+\s+(?:q'?s|questions?)|re:?\s+.+|.+)\s*[:\-–—]$/i;
/** Chat filler that carries no question: "go", "thx", "lol", "pls help". */
const FILLER =
  /^(go|go!|thx|thanks|ty|lol|lmao|pls|please|plz|help|idk|haha|ok|okay|anyway|cheers|tia|thanks in advance)[.!]*$/i;
/** "duties, skills, salary": a list of things to know about one role, each a question of its own. */
const FACET_LIST = /^[a-z' ]{3,30}(?:\s*,\s*(?:and\s+)?[a-z' ]{3,30}){1,5}$/i;
const FACET_WORD =
  /\b(duties|responsibilit(y|ies)|tasks?|skills?|tools?|salary|salaries|pay|compensation|comp|degree|education|qualifications?|requirements?|experience|outlook|demand|market|career path|path|progression|challenges?|trends?|best practices|certs?|certifications?)\b/i;
const FIRST_PERSON = /\b(i|i'm|im|i've|ive|i'd|my|me|mine)\b/i;
/** What a statement about oneself looks like without a pronoun: a count, a degree, a job "here", a skill list. */
const PERSONAL_HINT =
  /\b(i|i'm|im|i've|ive|i'd|my|me|mine|here|been|did|dropped out|self[- ]taught|grad|graduate|graduated|student|undergrad|phd|ph\.d|postdoc|master'?s?|bachelor'?s?|msc|bsc|degree|bootcamp|no|never|not|yrs?|years?|daily|goal|aiming|want|currently|now)\b|\d|\+/i;

/** Cuts a message into its parts: questions, statements about the writer, and headings naming the subject. */
export function segmentMessage(message: string): Segment[] {
  const segments: Segment[] = [];
  for (const sentence of message.split(SENTENCE_END)) {
    const trimmed = sentence?.trim();
    if (!trimmed) continue;
    for (const piece of splitFacetList(splitClauses(trimmed))) {
      const text = piece.replace(/^[\s,;:&-]+|[\s,;&]+$/g, "").trim();
      if (!/[\p{L}\p{N}]/u.test(text) || FILLER.test(text)) continue;
      segments.push({ text, kind: kindOf(text) });
    }
  }
  return segments;
}

/** A sentence's clauses, cut where a new question starts; a clause too short to stand alone stays joined. */
function splitClauses(sentence: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of sentence.matchAll(NEW_QUESTION_JOIN)) {
    const at = match.index ?? 0;
    const before = sentence.slice(start, at);
    // "how and why", "what and how much": too short to be a question of its own.
    if (before.trim().split(/\s+/).length < 3) continue;
    // "ML architect or NLP scientist, which pays more?": the alternatives belong to the question that follows.
    if (/\b(or|vs\.?|versus)\b/i.test(before) && /^[,;:]?\s*(which|who)\b/i.test(match[0] + sentence.slice(at + match[0].length, at + match[0].length + 6))) continue;
    // "2 quick ones about X: how many years ...": what comes before a colon only names the subject.
    pieces.push(/^\s*:/.test(match[0]) ? `${before}:` : before);
    start = at + match[0].length;
  }
  pieces.push(sentence.slice(start));
  return pieces;
}

/** "lead ml architect - duties, skills, salary": each listed facet becomes its own question about the subject. */
function splitFacetList(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const dash = /^(.{3,80}?)\s+[-–—:]\s+(.+)$/.exec(piece.trim());
    const list = (dash?.[2] ?? piece).trim().replace(/[?.!]+$/, "");
    const items = list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
    if (FACET_LIST.test(list) && items.length >= 2 && items.every((i) => FACET_WORD.test(i))) {
      if (dash?.[1]) out.push(`${dash[1]}:`);
      out.push(...items.map((i) => `${i}?`));
    } else out.push(piece);
  }
  return out;
}

function kindOf(text: string): SegmentKind {
  if (text.includes("?") || QUESTION_OPENER.test(text)) return "question";
  if (HEADING.test(text) && !FIRST_PERSON.test(text)) return "heading";
  // "3 yrs as a data analyst", "master's in statistics", "no internships yet": facts, not questions.
  return PERSONAL_HINT.test(text) ? "statement" : "fragment";
}
