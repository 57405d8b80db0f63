/**
 * The asker's own job, in their words ("data analyst", "Werkstudent", "banking"): the `background` of a profile.
 * Found after a self-introduction in any language ("I'm a", "soy", "saya", "3 saal se ... hoon"), opening the message
 * before facts about the writer ("quality engineer at the GR plant, ~6 yrs"), or as the field they have spent years in
 * ("been in banking 9 years"). A job named in a question about jobs is no background.
 */
import { execAll } from "../text/execAll";
import { escapeRegExp } from "../text/regex";
import { BACKGROUND_JOBS, SELF_INTRO, SELF_OUTRO } from "./lexicon";

/** The job as matched (lower case, shorthand spelled out) and as the asker wrote it, for showing back. */
export interface Background {
  job: string;
  /** "job": a title ("data analyst"); "field": the field they have spent years in ("banking"). */
  kind: "job" | "field";
  asWritten: string;
}

/** The asker's own job in a message (`text` in lower case, `rawText` as written), if they name one. */
export function readBackground(text: string, rawText: string): Background | undefined {
  const title = findJob(text.includes(" as ") ? text.replace(AS_A_ROLE_ASKED, " ") : text);
  const found = title ?? FIELD_OF_YEARS.exec(text)?.[1] ?? FIELD_DONE.exec(text)?.[1];
  if (!found) return undefined;
  const job = JOB_SHORTHAND[found] ?? found;
  return { job, kind: title ? "job" : "field", asWritten: withWrittenCase(job, rawText) };
}

/** "what would I earn as an entry level AI engineer?", "what would I do as one?": a job asked about, not held. */
const AS_A_ROLE_ASKED =
  /\b(?:what|how much|how) (?:would|could|will|should|might|can|do) i (?:[\w']+ ){0,2}as an? [^?.!,;]*/g;

/**
 * Facts about the writer right after a job that opens the message: "..., 3 yrs", "... w/ a PhD", "... at the plant,
 * ~6 yrs", "... in Ghent, 9 years now".
 */
const FACTS_FOLLOW = String.raw`(?:,| w\/| with| at| @| in)[^?!]{0,40}?(?:~?\d+\+? ?(?:yrs?|years?)\b|\b(?:msc|bsc|ba|bs|ms|ph\.? ?d|master'?s?|bachelor'?s?)\b)`;

/** A job of the table (BACKGROUND_JOBS, longest first), which counts as the asker's after a self-introduction. */
const BACKGROUND_PATTERN = new RegExp(
  // ("SDE-2", "engineer II": the level goes with the title.)
  `\\b((?:${[...BACKGROUND_JOBS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?:-[1-4]\\b| i{1,3}\\b)?)s?\\b`,
  "g",
);
/**
 * The last word of a job's title, whatever comes before it ("medical assistant", "long haul driver", "ML eng"; not
 * "halfway thru georgia tech's online masters", a university).
 */
const JOB_HEADS =
  "developer|dev|engineer|(?<=(?:ml|ai|nlp|data|software|cloud|platform) )eng|analyst|scientist|manager|designer|researcher|consultant|specialist|administrator|admin|technician|[a-z]+ tech(?<!(?:georgia|virginia|texas|louisiana|michigan|tennessee|montana|oregon) tech)(?! lead)|agent|programmer|teacher|professor|nurse|doctor|accountant|lawyer|physicist|chemist|biologist|economist|student|tester|marketer|recruiter|assistant|driver|clerk|operator|supervisor|coordinator|trainee|phlebotomist|paramedic|electrician|mechanic|cashier|therapist|actuary|statistician|annotator|labeler|adjuster|underwriter|auditor|planner|agronomist|officer|producer|artist|animator|qa(?: lead)?|dba|litigator|solicitor|barrister|paralegal|reporter|journalist|editor|copywriter|chef|pilot|musician|guitarist|pharmacist|midwife|firefighter";
/** What may come before a job that opens the message: a greeting, "bit of context:", "story time:", "I'm 31,". */
const OPENING_PREFACE =
  "(?:(?:so|ok|hey|hi|hello)[,!]? )?(?:(?:ok |so )?(?:a )?(?:bit of |some |quick )?(?:context|background|story time|about me)\\s*[:,-]\\s*)?(?:i'?m \\d{2}, )?";
/** A word of a job that opens the message ("been in QA for 14 years" is a field, read elsewhere). */
const OPENING_WORD = "(?!(?:been|in|at|an?|the|for|with)\\b)[a-z/-]+";
/** "phlebotomist here, 2 yrs in", "long haul driver 11 yrs": a job opening the message, told as the writer's. */
const JOB_OPENING = new RegExp(
  `^\\s*${OPENING_PREFACE}((?:${OPENING_WORD} ){0,2}[a-z/-]*(?:${JOB_HEADS}))\\b(?=,? (?:here\\b|for \\d|~?\\d+\\+? ?(?:yrs?|years?)\\b))`,
);
/** "quality engineer at the GR plant, ~6 yrs", "Biostatistician, MSc in biostats": a job opening the message, then facts. */
const JOB_OPENING_WITH_FACTS = new RegExp(
  `^\\s*${OPENING_PREFACE}((?:${OPENING_WORD} ){0,3}[a-z/-]*(?:${JOB_HEADS}))\\b(?=${FACTS_FOLLOW})`,
);
/** "I'm a nurse", "worked as a chef": a job the table does not hold, named after a self-introduction. */
const GENERIC_BACKGROUND = new RegExp(
  String.raw`\b(?:i'?m|i am|im|i work as|working as|i was|was|(?=as\b)(?<!\b(?:start over|starting over|start again|starting again|start out|starting out|restart|start|starting|begin|beginning|join|joining|hired|apply|applying|work|working|job|role|move|moving|land|landing|get in|in|expect|earn|make|paid|pay|salary|career|end up|ending up|wind up|become|be|transition|pivot|switch|promoted|go back|come back|remote|remotely|get|gets|getting|title|titles|called) )as|i'?ve been|ive been|i have been|(?=been)(?<=(?:^|[.!?,;:])\s*)been|(?=i be)(?<!\b(?:can|could|will|would|should|might|may|to|must|shall|do|did) )i be|mimi ni|ako ay) (?:an? |their |his |her )?(?!(?:in|at|on|with|for|w|u|z|na) )((?:[a-z-]+ |[23]d ){0,3}[a-z-]*(?:${JOB_HEADS}))\b(?! (?:student|intern)\b)`,
);
/**
 * "soy ingeniero de software desde hace 6 años", "soy contador hace 12 años", "sou engenheira de dados no Porto", "je
 * suis développeuse backend à Montréal": the job after "I am" in Spanish, Portuguese, French, German and Italian, in
 * the asker's words.
 */
const JOB_IN_OTHER_LANGUAGE =
  /(?<![\p{L}])(?:soy|sou|je suis|ich bin|sono|jestem|fui|sono stat[oa]|era|pracuj[ęe] jako|(?:a trabalhar|trabalho|trampo|trabajo|trabajando|anos|años) como)\s+(?:une?\s+|um\s+|uma\s+|eine?\s+|un[ao]?\s+)?((?:werkstudent(?:in)?|in[żz]ynier|analyste|testeu(?:r|se)|ingenier[oa]|advogad[oa]|abogad[oa]|engenheir[oa]|d[ée]veloppeu(?:r|se)|desarrollador(?:a)?|desenvolvedor(?:a)?|analista|dev|programador(?:a)?|ing[ée]nieur(?:e)?|entwickler(?:in)?|sviluppat(?:ore|rice)|ingegnere|cient[ií]fic[oa]|data \p{L}+|tester|consultor(?:a)?|profes(?:or|sora|sore|soressa)|contador(?:a)?|comptable|enfermeir[oa]|enfermer[oa]|maestr[oa]|infermier[ea])(?:\s+(?:de |da |do |di |d')?(?!(?:desde|h[aá]|hace|depuis|seit|da|faz|no|na|em|en|à|a|in|at|con|com|avec|et|y|e|und|dans|chez|bei|od|w|im|bij|pour)(?![\p{L}]))[\p{L}-]+){0,2})/u;
/** Tagalog puts "I" after the job: "BPO agent ako for 6 years". */
const JOB_THEN_AKO =
  /\b((?:[a-z-]+ ){0,2}(?:developer|dev|engineer|analyst|scientist|manager|designer|teacher|nurse|agent|tester|technician|accountant)) ako\b/;

/** Chat shorthand for a job, named in full: "PM at an e-wallet co" is a product manager. */
const JOB_SHORTHAND: Record<string, string> = {
  pm: "product manager",
  swe: "software engineer",
  de: "data engineer",
  em: "engineering manager",
  "frontend eng": "frontend engineer",
  "backend eng": "backend engineer",
  "qa automation eng": "qa automation engineer",
};

/** A job's acronyms as the person wrote them ("SRE here", "QA automation eng"): their words, their capitals. */
function withWrittenCase(job: string, written: string): string {
  // "Konstrukteur", "suporte N2": the words as the asker wrote them, where they wrote them as they are.
  const at = written.toLowerCase().indexOf(job);
  if (at >= 0 && written.toLowerCase().length === written.length) {
    const asWritten = written.slice(at, at + job.length);
    // "Nurse ako for 8 years": a capital that only starts the sentence is no part of the job's name.
    const startsSentence = /(^|[.!?]\s+)$/.test(written.slice(0, at));
    return startsSentence && asWritten.slice(1) === job.slice(1) ? job : asWritten;
  }
  return job
    .split(" ")
    .map((word) => {
      // The word itself, not the same letters inside another ("de" in "code").
      const original = word.length <= 4 ? new RegExp(`\\b${escapeRegExp(word)}\\b`, "i").exec(written)?.[0] : undefined;
      return original && /^[A-Z]+$/.test(original) ? original : word;
    })
    .join(" ");
}

/** "... from a healthcare co offered 175k", "... at google reached out": what someone else did, after their job. */
const SOMEONE_ACTED =
  /^[^.?!,]{0,45}\b(?:offered|offers|reached out|contacted|called|emailed|messaged|pinged|dm'?d|said|says|told|asked|sent)\b/;

/** "hi all, PM at ...": a greeting before the job that opens the story. */
const GREETING_BEFORE = /^\s*(hi|hey|hello|yo|hiya|morning)( all| everyone| guys| folks| team)?[,!.]?\s*$/;

/** The person's own job: named after "I'm a", before "here" or "for 5 years", or opening the message. */
function findJob(text: string): string | undefined {
  const generic =
    GENERIC_BACKGROUND.exec(text)?.[1] ??
    JOB_OPENING.exec(text)?.[1] ??
    (text.includes(" ako") ? JOB_THEN_AKO.exec(text)?.[1] : undefined) ??
    JOB_IN_OTHER_LANGUAGE.exec(text)?.[1] ??
    SELF_MARKED_ELSEWHERE.exec(text)?.[1] ??
    (text.includes(" h") ? JOB_THEN_HOON.exec(text)?.[1] : undefined) ??
    JOB_OPENING_ELSEWHERE.exec(text)?.[1];
  if (generic) return generic;
  for (const match of execAll(BACKGROUND_PATTERN, text)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 20);
    // "Sou de Coimbra" (I'm from Coimbra): "de" is no data engineer there.
    if (match[1] === "de" && /\b(sou|soy|somos)\s+$/.test(before)) continue;
    // "phd student in cv rn, 1 cvpr paper": "rn" is "right now" there; a nurse says "an RN", "as an RN", "RN here",
    // "RN for 12 years", or opens with it.
    if (
      match[1] === "rn" &&
      !/(?:^|\b(?:an?|as|i'?m|im|i am))\s*$/.test(before) &&
      !/^\s*(?:here|for \d)\b/.test(after)
    )
      continue;
    // "data analyst, 3 yrs ..." opens a story; "data scientist vs ML engineer pay?" opens a question about jobs.
    // ("recruiter from a healthcare co in plano offered 175k": someone else, who did something.)
    const opensStory =
      (start <= 1 || GREETING_BEFORE.test(text.slice(0, start))) &&
      /^\s*(,|here\b|from\b|w\/(?!o\b)|with\b|for\b|at\b|\(|\d|[-–—:;.])/.test(after) &&
      !SOMEONE_ACTED.test(text.slice(end, end + 60));
    // "5 yrs data eng, azure + sql": a count of years opening the message, then the job.
    const afterCount = /^\s*\d+(\.\d+)?\+?\s*(yrs?|years?)\s+(of |as (an? )?)?$/.test(text.slice(0, start));
    if (SELF_INTRO.test(before) || SELF_OUTRO.test(after) || opensStory || afterCount) return match[1];
  }
  return JOB_OPENING_WITH_FACTS.exec(text)?.[1];
}

/**
 * An English job after a self-introduction in another language: "я data analyst", "Saya data analyst", "Niko data
 * analyst hapa", "Em là data engineer", "ana quality engineer", "werk nu 6 jaar als data engineer", "pracuję jako",
 * "kazi kama software engineer", "2 saal se data analyst hoon", "seit 5 jahren senior data scientist", "day job is".
 */
const SELF_MARKED_ELSEWHERE = new RegExp(
  String.raw`(?<![\p{L}])(?:я|saya|aku|gue|gw|niko|em l[aà]|ana|(?:w )?sha8al|sha8ala|shaghal|bashta8al|\d+ jaar(?: als)?|(?:zit|werk) als|jako|kama|pratsiuiu|kankhdem|faccio (?:la|il|lo|l')|(?:años|anos) como|(?:saal|sal) se|seit \d+ jahren(?: als)?|(?:my )?(?:day )?job is|je suis|j'suis|chu|soy|sou|ich bin|jestem|sono) (?:an? )?((?:[a-z-]+ ){0,2}[a-z-]*(?:${JOB_HEADS}))(?![\p{L}])(?! (?:student|intern)\b)`,
  "u",
);
/** Hindi puts "am" after the job: "2 saal se fab mein data analyst hoon", "Java developer tha". */
const JOB_THEN_HOON = new RegExp(String.raw`\b((?:[a-z-]+ )?[a-z-]*(?:${JOB_HEADS})) (?:hoon|hu|hun|tha|thi)\b`);
/** "Ingénieur télécom à Dakar depuis 7 ans": a job in French, Spanish or German opening a sentence, then since when. */
const JOB_OPENING_ELSEWHERE =
  /(?:^\s*|[.!]\s+)((?:ing[ée]nieure?|ingenier[oa]|analyste|analista|d[ée]veloppeuse|d[ée]veloppeur|desarrollador(?:a)?|entwickler(?:in)?)(?: [\p{L}-]+)?) (?:à|a|en|in|bei|chez)(?![\p{L}])[^.?!]{0,30}\b(?:depuis|desde|seit)\b/u;
/** "been in banking 9 years", "10 yrs in telecoms", "spent the last 10 yrs in FP&A", "i work in a warehouse": a field. */
const FIELD_OF_YEARS =
  /(?:\bi'?ve been in|\bive been in|\bhave been in|(?:^\s*|[.!?,;:]\s*)been in|\bi (?:work|worked) in|\bspent (?:the )?(?:last |past )?\d+ ?(?:yrs?|years?) in|^\s*\d+\+? ?(?:yrs?|years?) in) (?:an? |the )?((?:banking|telecoms?|telecommunications|accounting|retail|logistics|insurance|finance|fintech|healthcare|hospitality|marketing|sales|consulting|manufacturing|pharma|education|teaching|nursing|real estate|construction|fp&a|audit|hr|supply chain|e-?commerce|advertising|journalism|law|government|customer service|warehouse)(?: it)?)(?![\w&])/;
/** "been doing analytics engineering for 4 yrs", "I don dey do data engineering ... for 4 years": a field of work. */
const FIELD_DONE =
  /\b(?:been doing|dey do|i do) ((?:[a-z]+ )?(?:engineering|analytics|data science))\b(?=[^.?!]{0,40}\bfor \d+ ?(?:yrs?|years?)\b)/;
