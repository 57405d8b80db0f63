import { type Criterion, hasCriterion, type RankOrder, typicalPay } from "../advice/criteria";
import { type CareerData, DEGREE_LEVELS, type Degree, type NotCoveredTopic, type Role } from "../data/schema";
import { anyPattern, earliestCue, firstCue } from "../text/anyPattern";
import { englishGloss } from "../text/englishGloss";
import { execAll } from "../text/execAll";
import { stripChatMarkup } from "../text/normalize";
import { escapeRegExp, holdsAny } from "../text/regex";
import { type Classification, IntentClassifier } from "./classify";
import { type DegreeAsked, degreeAskedIn } from "./degreeAsked";
import { DISLIKE_WORDS } from "./dislike";
import { type Intent, isRoleIntent, isTopicIntent, type RoleIntent } from "./intents";
import { JobAdMatcher } from "./jobAds";
import { JobTitleFinder } from "./jobTitles";
import {
  AI_OR_DATA_JOB,
  BACK_REFERENCE,
  BACKGROUND_JOBS,
  DEGREE_CRITERIA,
  EXPLAIN_SIMPLY,
  FIRST_PERSON,
  FOCUS_WORDS,
  FOLLOW_UP_OPENER,
  FORGET_ME,
  INDUSTRIES,
  NARROW_MARKET,
  OFF_TOPIC_ASIDES,
  OFF_TOPIC_CHORE,
  OFF_TOPIC_REQUEST,
  OFF_TOPIC_REQUEST_ELSEWHERE,
  ORDER_CUES,
  PAID_ON,
  RECOMMEND_FOR_ME,
  REMOTE_WORDS,
  RESET_WORDS,
  SALARY_FACETS,
  type SalaryFacet,
  SELF_INTRO,
  SELF_OUTRO,
  SKILL_GAP,
  SMALLTALK,
  SMALLTALK_FILLER,
  TAKEOVER,
  TRADES,
  VERDICT_CUES,
  type Verdict,
} from "./lexicon";
import { NotCoveredMatcher } from "./notCovered";
import { placeInUs as placeInUsNamed, placeOutsideUs, withoutPlaceContrast } from "./places";
import { extractProfile, hasProfileFacts, mergeProfiles, type Profile } from "./profile";
import { opensWithQuestionWord } from "./segment";
import { findSkillTerms } from "./skills";
import { sumAsked } from "./sumAsked";
import { chooseTopics, type TopicChoice, type TopicScore } from "./topics";
import {
  CLEAR_TOPIC,
  QUESTION_AFTER_THANKS_WORDS,
  SHORT_FOLLOW_UP_WORDS,
  SMALLTALK_SHORT_WORDS,
  THANKS_OPENING_WORDS,
  THANKS_REMARK_WORDS,
} from "./weights";

/**
 * A question read once, for the rules of `Understander` to decide on. A class, not an object literal with getters:
 * a literal's accessors are made afresh for every question, and a class's sit once on its prototype.
 */
class Reading {
  private classified: Understanding | undefined;
  private verdictRead = false;
  private verdictFound: Verdict | undefined;

  constructor(
    /** Lower case, chat markup removed. */
    readonly lower: string,
    /** Without a leading greeting. */
    readonly text: string,
    /** Without the asker's own job, fields of work beside a subject, and jobs named in passing: what is asked. */
    readonly asked: string,
    /** What the message says about the asker. */
    readonly stated: Profile,
    readonly context: ConversationContext | undefined,
    readonly partOfMessage: boolean,
    /** An understanding that decides nothing yet, with the conversation's profile. */
    readonly blank: Understanding,
    private readonly currentRoleIds: string[],
    private readonly classifier: IntentClassifier,
  ) {}

  /** The classifier's reading, with the profile and a place outside the US; worked out on first use. */
  get u(): Understanding {
    this.classified ??= this.classify();
    return this.classified;
  }

  /** The decision it asks for ("which pays more"), by `VERDICT_CUES`; worked out on first use. */
  get verdict(): Verdict | undefined {
    if (!this.verdictRead) {
      // ("from highest paid to lowest paid": both ends are named; the one it starts from is the order asked for.)
      const direction = PAY_DIRECTION.exec(this.asked);
      this.verdictFound = direction
        ? direction[1]
          ? "pay_high"
          : "pay_low"
        : firstCue(VERDICT_CUES, this.asked)?.verdict;
      this.verdictRead = true;
    }
    return this.verdictFound;
  }

  private classify(): Understanding {
    const c = this.classifier.classify(this.asked);
    const place = placeOutsideUs(this.asked);
    const placeInUs = place ? undefined : placeInUsNamed(this.asked);
    const profile = mergeProfiles(this.context?.profile, this.stated);
    return {
      ...c,
      profile,
      currentRoleIds: this.currentRoleIds,
      ...(place ? { place } : {}),
      ...(placeInUs ? { placeInUs } : {}),
    };
  }
}

/** One rule of understanding: its name, a message it decides (turns of a conversation), and how. */
export interface UnderstandingRule {
  name: string;
  example: readonly string[];
  decide(reading: Reading): Understanding | undefined;
}

/** What a conversation remembers between two questions. Plain JSON, so any store can keep it. */
export interface ConversationContext {
  roles: string[];
  intent?: Intent;
  focus?: RoleIntent;
  facet?: SalaryFacet;
  topics?: TopicScore[];
  profile?: Profile;
  /** Roles the conversation was about before these ("lead pay? / and entry level?"): "which pays more" weighs both. */
  earlier?: string[];
  /** For a comparison: the decision it was asked for ("which pays more"), kept for "and in Madrid?". */
  verdict?: Verdict;
  /** For a ranking of the roles: its order ("which needs the most experience"), kept for "and the least?". */
  order?: RankOrder;
  /** For a topic the guide lacks: its id, kept for "and for the NLP one?". */
  notCovered?: string;
  /**
   * A place outside the US named in the conversation ("soy de Santiago"): a later pay answer says its figures are US
   * ones. It belongs to the conversation, as its roles do (said in it, for everyone in it to read), not to a person.
   */
  place?: string;
}

export type SmalltalkKind = "thanks" | "hello" | "bye" | "praise" | "reset" | "forget_me" | "noted";

/** Everything the answer builders need, decided once: answers format, they never re-classify. */
export interface Understanding extends Classification {
  /** The topics the answer shows, per kind, best first. */
  topicIds?: TopicChoice;
  /** What the person has said about themselves, in this question and earlier turns. */
  profile: Profile;
  /** The person's own current role, when it is one we know ("I'm starting as an entry level AI engineer"). */
  currentRoleIds: string[];
  criterion?: Criterion;
  /** The one salary line a narrow question asks for. */
  facet?: SalaryFacet;
  /** A yearly sum in dollars the pay question weighs against the guide's figures ("make like half a million??"). */
  sum?: number;
  /** A narrow market question: the figure asked about, briefly. */
  narrowMarket?: boolean;
  smalltalk?: SmalltalkKind;
  /** A pay question about a whole job family ("ML engineers"), answered with the guide's market figures. */
  familyPay?: boolean;
  /** With the family's pay beside a role's: the family was named first, so its figures come first. */
  familyFirst?: boolean;
  /** A follow-up that points back ("their salary?") with nothing to point to: ask which role. */
  clarify?: boolean;
  /** A message that only says something about the person: acknowledged, with a first recommendation. */
  statedOnly?: boolean;
  /** "which roles in your guide ask for Azure?" beside a story: the roles that meet the criterion, not a fit. */
  criterionOnly?: boolean;
  /** For `not_covered`: the topic the guide has no answer for. */
  notCovered?: NotCoveredTopic;
  /** A place outside the US the question names: the guide's figures are US figures, and the answer says so. */
  place?: string;
  /** A place inside the US the question names ("in dallas"): the guide's figures are for the US as a whole. */
  placeInUs?: string;
  /** For `compare`: the decision asked for ("which pays more"), named in the first line. */
  verdict?: Verdict;
  /** For `qualifications` of one role: the degree whose need is asked ("do I need a PhD for X?"), answered first. */
  degreeAsked?: DegreeAsked;
  /** The rule of `Understander` that decided this (its `rules`, in order): where to look when an answer is wrong. */
  rule?: string;
}

// "what's the outlook for ML roles" asks about the roles' market, not which one to choose.
// ("qué carrera piden": the degree a role asks for, not a career to choose; "what's the typical career progression"
// the ladder.)
const WHICH_ROLE =
  /\b(which|what|cu[aá]l(?:es)?|qual|quale|quali|welche[rsn]?|quel(?:le)?s?|lequel|laquelle|qu[eé]|welke|kis|kaunsa|kaunsi|konsa|kaun sa|kt[oó]r[aey]|któr[aey])(?![\wÀ-ÿ])(?!('?s| is| are)? (the )?(\w+ )?(outlook|demand|market|growth|pay|salary|salaries|trends?|future|job market|hiring) (for|of|in|like)\b).{0,40}\b(roles?|jobs?|positions?|careers?(?! (?:progression|ladder|trajectory|growth|outlook|prospects)\b)|puestos?|carreras?(?!\/?\w*\s+(?:piden|pide|requieren|requiere|exigen|exige)\b)|ruol[oi]|pap[eé]is|papel|(?<!each |in |for )ones?(?! (sentence|word|line|year|month|more|of|day|paragraph))|gigs?|paths?|rollen?|r[ôo]les?|rol|r[óo]l|postes?|m[ée]tiers?)(?![\wÀ-ÿ])|\b(which|what) of (these|them|those|the roles)\b(?! (?:do )?i (?:already |actually )?(?:have|got|know|meet|tick)\b)|\b(out of|of|among) (these|them|those|the roles)\b(?! (?:do )?i (?:already |actually )?(?:have|got|know|meet|tick)\b)/;
/**
 * "which job suits me", "what role should i aim for": a choice among the roles. Not "what does the entry level ai
 * engineer job pay" (a role named inside it) nor "what does the job involve" (the job already talked about).
 */
function choiceAmongRoles(asked: string): RegExpExecArray | null {
  const match = WHICH_ROLE.exec(asked);
  if (!match) return null;
  if (/^what\b.*\b(the|that|this|their|your) (job|role|position|gig)$/.test(match[0])) return null;
  // "what does the job market look like for ML roles": the market for them, not a choice among them.
  if (/\b(market|outlook|demand|hiring|growth|trends?)\b/.test(match[0]) && !/\b(i|me|my)\b/.test(match[0]))
    return null;
  return /\b(engineer|architect|scientist)s?\b/.test(match[0]) ? null : match;
}
/** "if I start at entry level", "starting as a junior": the rung a path starts from. */
const STARTS_AT = /\b(?:start|starting|begin|beginning)(?: out)? (?:at|as|from|in)\b/;
/** A bare request for advice after a story about oneself: "suggestions?", "thoughts?". */
const OPEN_ASK = /\b(suggestions?|recommendations?|advice|ideas|thoughts|options|what now|any tips)\s*[?!.]*$/;
/** "aiming for X", "going for X": with a story about oneself, a question about the gap to X. */
const ASPIRATION =
  /\b(aiming for|aiming at|aim for|going for|targeting|gunning for|want to (be|become)|trying to (be|become)|je vise|vise un|je veux devenir|quiero ser|quiero llegar a ser|quero ser|ich will .{0,40}werden)\b/;
/** A fit or a gap: what the asker is weighed for. */
const isAdviceIntent = (intent: Intent) => intent === "skill_gap" || intent === "recommend";
/** "->", "→", "=>" between words. */
const ARROW = /\s*(?:-+>|→|=>)\s*/g;
/**
 * The words FROM_UNTIL needs, tested first: it runs on every question. ("salario de entry level para alguien sin
 * título": a "para" that is "for"; only a question about moving up reads it as "to".)
 */
const FROM_UNTIL_NEEDS = /\b(?:til|till|until|up to|pra|para|at[ée]|hasta)\b/;
/** Words of moving up a career, in the languages FROM_UNTIL reads. */
const MOVING_UP =
  /\b(?:path|ladder|career|go|get|move|grow|saio|sair|salir|pasar|passar|ir|camino|caminho|carrera|carreira|crecer|crescer|subir|chegar|llegar)\b/;
/** A rung or a role where a path starts ("entry level", "junior", "data analyst"). */
const RUNG_OR_ROLE =
  /\b(?:entry|junior|j[uú]nior|jr|mid|pleno|senior|s[eê]nior|sr|lead|intern|trainee|analyst|analista|engineer|engenheir[oa]|ingenier[oa]|developer|dev|desenvolvedor|desarrollador|scientist|cient[ií]fic[oa])\b/;
/**
 * "the career path from junior until lead": "until" after "from" is "to"; so are Portuguese and Spanish "de entry
 * level pra lead", "desde junior hasta senior".
 */
const FROM_UNTIL =
  /\b(?:from|de|desde) ((?:[\w-]+ ){0,5}?[\w-]+) (?:until|till|til|up (?:un)?to|pra|para|at[ée]|hasta) (?=\S)/g;
/** "compared to what the guide says", "vs the guide": the guide's own figures, set against the asker's. */
const GUIDE_CONTRAST =
  /\b(?:compared? (?:to|with)|vs\.?|versus|against) (?:what )?(?:the |this |your )?(?:guide|data)(?: (?:says|shows|lists|gives|has))?\b/g;
/** "what's different", "what's the diff": a difference asked of the roles in view. */
const DIFFERENCE = /\b(?:different|difference|differences|diff)\b/;
/** "... in the work", "day to day": the work itself is what is compared. */
const THE_WORK = /\b(?:work|day to day|day-to-day|duties|do all day|job itself)\b/;
/** "which path should I follow", "what path do I take": the way to a role, when one is in view. */
const WHICH_PATH = /\b(?:which|what) path\b/;
/** Words that make what follows the asker's goal, not their job: "goal:", "want to be", "aiming for". */
const GOAL =
  /\b(goal|target|aim(ing)? (for|at|to be)|want to (be|become|get into|move into)|wanna (be|become)|trying to (be|become|get)|dream (job|role|is)|targeting|gunning for|hoping to (be|become))\b:?/;
/** Words a verdict or a ranking is made of ("pays the least", "requires a PhD", "lowest to highest"). */
const VERDICT_WORDS =
  /\b(least|lowest|most|highest|more|less|better|best|worst|lower|higher|requires?|required|needs?|needed|rank|senior|pays?)\b/g;
/** "lowest paying role out of the ones in the guide", "whats the most senior role": a ranking, asked without "which". */
const RANKED_ROLE =
  /\b(highest|lowest|best|worst|least|most|top)[- ](paying|paid|senior)\b.{0,30}\b(roles?|jobs?|ones?|positions?|careers?|of the lot|of them( all)?|of all)\b/;
/** "rank the roles", "sort them all": a ranking over every role. */
const RANK_ALL =
  /\b(highest|lowest|most|least) ?(to|->|→) ?(lowest|highest|least|most)\b|\b(rank|sort|order)\w*\b.{0,20}\b(roles?|jobs?|them|all|positions?)\b|\b(roles?|jobs?)\b.{0,20}\b(ranked|sorted|ordered)\b/;
/** "how long does it take to go from entry level to senior": the path's timeline, not the asker's gap. */
const HOW_LONG =
  /\bhow (long|many years)\b|\b(quanto tempo|cu[aá]nto tiempo|wie lange|combien de temps)\b|\b(timeline|steps|stages|progression|career path|upwards|onwards|ladder)\b|\bpath (to|from)\b/;
/** "which of those", "which ones": a choice among what the last answer listed ("which of those do i have": the gap). */
const AMONG_THOSE =
  /\b(which|what) (of (those|these|them)(?! (?:do )?i (?:already |actually )?(?:have|got|know|meet|tick)\b)|ones?)\b|\b(of|among) (those|these|them)\b(?! (?:do )?i (?:already |actually )?(?:have|got|know|meet|tick)\b)/;
/** Words that make a question about a career, whatever else it names (Japanese ones anywhere: no spaces around). */
const CAREER_WORDS =
  /\b(the guide|your guide|rsus?|vesting|gpus?|freelanc\w*|nurses|doctors|radiologists|promoci[oó]n|promo[çc][ãa]o|clt|cientista|cient[ií]fico|(?:a|para|pra|en|em|al|nel) (?:la |a )?(?:ai|ia|ml)|recycler|trabaj\w*|trabalh\w*|meterme|entrar|entrare|lavor\w*|carriera|contract\w*|rates?|jobs?|careers?|r[ée]orient\w*|reconver\w*|umschul\w*|quereinst\w*|byta|till ai|en ia|na ia|in ki|into ai|in ai|roles?|work(ing)?|hir(e|es|ed|ing)|salar(y|ies)|pay|paid|make|earn\w*|skills?|degree|interview\w*|offers?|apply\w*|become|learn|study|resume|cv|visas?|visto|h-?1b|promotion|team|compan(y|ies)|engineers?|scientists?|analysts?|developers?|programmers?|coders?|managers?|puestos?|trabajos?|empleos?|carreras?|vagas?|empregos?|curr[ií]cul(um|o)|negotiat\w*|cert\w*|bootcamps?|courses?|get into|switch\w*|move into|moving into|pivot\w*|transition\w*|too old|too late|do|prepare|prep|hours|balance|recruiters?|teams|notice periods?|startups?|exams?|machine learning)\b|転職|転向|转行|转ai|跳槽|程序员|キャリア|就職|就活|年収|仕事|載って|ガイド|職種|ロール|전직|커리어|취업|이직|kariyer\w*|i[sş]i bulmak|i[sş] bulmak|هوش مصنوعی|حوزه|شغل|کار|τεχνητή νοημοσύνη|καριέρα|δουλειά|קריירה|עבודה|בינה מלאכותית/;
/**
 * "do I need a PhD for X?", "do I really need a degree", "master's zaroori hai ya BE kaafi hai?", Turkish "lisans
 * yeterli mi": a yes-or-no about a requirement.
 */
const DO_I_NEED =
  /\bdo (i|you|we|they|one) (really |actually |still )?need\b|\bwhat (degree|kind of degree|major) (should|would|do|will) i (get|do|study|take|pick|need)\b|\bis (a |an )?\w+('?s)? (degree )?(required|needed|necessary|enough)\b|\bwithout (a |an |any )?(college |uni |university |cs )?(degree|bachelor'?s?|master'?s?|ph\.? ?d)\b|\b(whether|if) (an? |the )?[\w -]{2,40}? (needs?|requires?) (an? )?(ph\.? ?d|master'?s?|degree|bachelor'?s?)\b|\b(ph\.? ?d|master'?s?|masters|bachelor'?s?|be|b\.?tech|degree|msc|ms|lisans) (zaroori|zaruri|jaruri|kaafi|kafi|yeterli|lazım|lazim|gerekli|enough|needed)\b/;
/** "does that cover the experience part?", "is that enough?": checking oneself against the gap just shown. */
const CHECKS_MYSELF =
  /\b(cover|covers|enough|count|counts|qualify|meet|meets|sufficient|good enough|close|change|changes)\b/;
/** "so much for explaining ...", "for the breakdown": what thanks are for, an answer given. */
const THANKS_FOR_AN_ANSWER =
  /^(?:so much |a lot |again |a ton )*for (?:explaining|clearing|breaking|helping|the (?:help|info|answer|breakdown|explanation|rundown))\b/;
/** "lol unrelated but ...", "off topic, but ...", "random q:": the writer says the question is not about careers. */
const SAID_UNRELATED = /\b(?:unrelated|off[- ]topic|random (?:q|question))\b/;
/** "source?", "where's that figure from?", "where did you get that number": the sources of the answer just given. */
const SOURCE_ASKED =
  /(?<!\bopen[- ])\b(?:sources?|citations?|cite)\b|\bwhere(?:'?s| is| are) (?:that|this|it|those|these|the)\b[^?.!]{0,25}\bfrom\b|\bwhere (?:does|do|did)\b[^?.!]{0,30}\b(?:come from|get (?:that|this|it|those|these|them))\b|\bwhat'?s (?:that|this|it) based on\b|\bbased on what\b/;
/** "the research roles", "both research ones", "which research roles": a group asked about, not "apply for research roles". */
const RESEARCH_ROLES =
  /(?:^|\s+)(?:the |both |both the |the two |two |these |those |which )research (?:roles|ones|jobs|positions|scientist roles)\b/;
/** "je pourrais viser quoi comme rôle?", "what could I aim for?": a role asked for, none named. */
const ROLE_TO_AIM_FOR = /\b(?:viser|aim for|aim at|go for|target) (?:quoi|what)\b|\bquoi comme (?:rôle|role|poste)\b/;
/** "so which one's got the lower experience bar?": one of the roles just talked about. */
const WHICH_ONE_OF_THEM =
  /\bwhich one(?:'?s| is| has| needs| of (?:the|those|these) (?:two|2))?\b|\bwhich of (?:the|those|these) (?:two|2)\b/;
/** "ignore the research ones", "not the research roles", "except the research ones": research set aside. */
const RESEARCH_SET_ASIDE =
  /\b(?:ignore|ignoring|not|except|excluding|exclude|without|skip|skipping|leave out|leaving out|other than|besides|minus)\s+(?:the |both |both the |the two |those |these )?research (?:roles|ones|jobs|positions|scientist roles)\b/;
const EVERY_ROLE = /\b(all|every|each|by|across) (the |of the )?(roles?|jobs?|positions?)\b|\ball of them\b/;
/** Each small-talk pattern also unanchored, for short messages where the word comes second. */
const SMALLTALK_ANYWHERE = SMALLTALK.map((s) => ({
  ...s,
  anywhere: new RegExp(s.pattern.source.replace(/^\^/, "\\b")),
}));
/** Fields of work that share a word with a role's name: "NLP work" is not the NLP research scientist role. */
/** The sentences of a text that end in "?" (all of it when none does). */
function askedSentences(text: string): string {
  if (!text.includes("?")) return text;
  return text
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => sentence.includes("?"))
    .join(" ");
}

/** "~188k", "$150,000", "110k GBP": a sum of money. */
const A_SUM = /(?:[$€£]\s?\d|\b\d{2,3}(?:[.,]\d+)?\s?k\b|\b\d{2,3},\d{3}\b)/;

/** "wait actually it's 3 yrs not 2", "sorry, I meant 5 years": a fact of one's own, put right. */
const CORRECTS = /\b(actually|i meant|sorry|correction|typo|not \d+)\b/;
/** "... or is that imposter syndrome talking?", "or am I just burnt out": a doubt tacked on to a question. */
// ("... realistic or should I stay put and wait for the pension?": the other choice, not the question.)
const HEDGE_AFTER_ADVICE =
  /\bor (?:is|am|was) (?:that|this|it|i|just)\b[^.?!]*|\bor should i (?:just )?(?:stay|keep|wait|stick)\b[^.?!]*|\bor (?:i'?m|im|i am) (?:too|just)\b[^.?!]*/;
// ("NLP or multimodal research scientist": the role's name shared by both.)
const FIELD_WORDS =
  /\b(nlp|natural language processing|multi-?modal|multi modal|computer vision)\b(?! (research|scientist|researcher|engineer|one|ones|role|roles|job|jobs|position)\b| (?:or|and|vs\.?|versus|oder|o|ou) (?:the )?(?:nlp|multi-?modal)\b)/g;
/** "which is the most realistic for a total beginner?": the asker, not the entry-level role. */
const BEGINNER_ASKING =
  /\b(?:for|as) (?:a |an |someone |somebody )?(?:total |complete |absolute |real )?(?:beginner|newbie|noob|novice|newcomer)\b/g;
/** "2 yrs of nlp stuff", "my NLP work": a field the writer worked in, told in a story. */
const FIELD_OF_WORK_STORY =
  /\b(nlp|natural language processing|multi-?modal|computer vision)\s+(stuff|work|projects?|experience|exp|background|things)\b/g;
/** Words that introduce a person's own job ("I'm a", "here", "w/", "5 yrs"): without them there is none to find. */
const SELF_STORY =
  /\b(i'?m|i am|im|i work|i worked|working as|worked as|asking as|speaking as|i was|i'?ve been|ive been|years as|yrs as|starting as|currently|me,? an?|here)\b|w\/|\d|\(/;
const FIELD_OF_WORK =
  /\b(nlp|natural language processing|computer vision|multi-?modal)(?:\s*\/\s*(?:llms?|cv|ml|ai))?[\s-]+(exp|experience|work|projects?|background|models?|stuff|tasks?|features?|pipelines?|systems?|apps?|applications?|heavy|focused|based|related)\b/g;
/** "4 yrs devops but zero AI/NLP": a field said to be missing, not a role named. */
const FIELD_DENIED =
  /\b(zero|no|without|never did|never done|none in)\s+(?:(?:ai|ml)\s*\/\s*)?(?:nlp|natural language processing|computer vision|multi-?modal)\b/g;
/** "how many yrs of NLP do they want": years in a field, not a role named. */
const YEARS_OF_FIELD =
  /\b(years?|yrs?|experience|exp) (of|in) (?:nlp|natural language processing|computer vision|multi-?modal)\b/g;
/** One of these is in every match of FIELD_OF_WORK and YEARS_OF_FIELD. */
const FIELD_OF_WORK_NEEDS = ["nlp", "natural language processing", "computer vision", "modal"];
/** "which of all 5 pays the least?": every role the guide has. */
const EVERY_ONE =
  /\b(of )?all (5|five|the roles|roles|of them|of the roles)\b|\bof the (5|five)\b|\bout of the roles\b|\broles you know\b|\b(de los|dos|de) (5|cinco) (roles|pap[eé]is|cargos)\b|\btodos (los roles|os pap[eé]is)\b|\b(in )?(sab|sabhi|saare|saari) roles?\b|\bsemua role\b/;
/** "do data scientists make more", "are they paid less": a job's pay set against the one in view. */
const PAID_MORE_THAN_IT = /\b(?:make|makes|earn|earns|paid|pay|pays|get paid) (?:more|less|better|worse)\b/;
const ASKS_PAY = /\b(pay|pays|paid|make|makes|earn|earns|salary|salaries|comp|money)\b/;
/** "salary", "degree", "skills": a facet named, which a remark of thanks does not. */
const NAMES_A_FACET = /\b(salary|salaries|pay|degree|skills?|qualifications?|outlook|growth|remote)\b/;
const THANKS_ANYWHERE =
  /\b(thanks|thank you|thank u|thx|ty|tysm|cheers|much appreciated|appreciate it|gracias|obrigad[oa]|brigad(?:[oa]|[ãa]o)|valeu+|vlw|tmj|merci|danke|grazie|asante|asanteni|shukran|diolch|dhonnobad|dhanyavaa?d|dhanyaa?baa?d|dhanyawaa?d|shukriya|dankie|mersi|multumesc|d[ií]ky|terima kasih|makasih|salamat|spasibo|xiexie|te[sş]ekk[uü]rler|sa[gğ]ol|go raibh maith agat|go raibh maith agaibh|nga mihi|cam on|arigatou?|kamsahamnida|gomawo|tack|takk|tusen takk|mange tak|kiitos|bedankt|dank je|dankjewel|aitäh|faleminderit|paldies|hvala|koszi|blagodarya|evharisto|efharisto|rakhmet|dakujem)\b/;
/**
 * Thanks in letters `\b` does not see as a word's ("дякую", "спасибо", "ευχαριστώ", "dzięki"), and in scripts written
 * without spaces between words ("ขอบคุณครับ", "ありがとうございます"), where no word edge is needed.
 */
const THANKS_BEYOND_ASCII =
  /(?<![\p{L}])(?:дякую|дякуємо|спасибо|спасибі|благодарю|ευχαριστώ|ευχαριστω|dzięki|dziękuję|děkuju|děkuji|mulțumesc|teşekkür ederim|teşekkürler|ngā mihi|cảm ơn|धन्यवाद|рақмет|рахмет|благодаря|köszi|köszönöm|ďakujem|ačiū|благодарам)(?![\p{L}])|ස්තූතියි|ස්තුතියි|ขอบคุณ|谢谢|謝謝|多謝|唔該/u;
const THANKS_AT_END =
  /(?:\b(?:thanks|thank you|thank u|thanku|thx|ty|tysm|cheers|danke|merci|gracias|grazie|kiitos|tack|takk|hvala|faleminderit)(?: all| everyone| guys| so much| a lot| bot| careerbot)?|(?<![\p{L}])(?:köszi|köszönöm|ďakujem|благодаря|спасибо|дякую))[\s!.]*$/u;
/** "ty bot, that just saved me a 30 min recruiter call": thanks opening a remark. */
// (Japanese and Korean thanks only open it: "... 바쁘신데 감사합니다" closes a question politely.)
/** "sorry for the wall of text earlier " before "thank u ...": an apology that opens a thanks. */
const APOLOGY_BEFORE_THANKS = /^sorry (?:for|about) [^!?]{0,50}?\s(?=(?:thanks|thank you|thank u|thx|ty)\b)/;
const THANKS_AT_START =
  /^(?:(?:ok|okay|oh|ah|aw|great|cool|nice|perfect|got it|lol|haha|lmao|jaja\w*|jeje\w*|kkk+|rsrs\w*|ㅋㅋ+|ㅎㅎ+)[.,!]*\s+)?(?:(?:i )?(?:just )?(?:wanted|wanna|want) to say )?(thanks|thank you|thank u|thanku|thnx|thx|ty|tysm|cheers|merci(?: beaucoup)?|gracias|obrigad[oa]|danke)\b|^(?:ありがとう|고마워|감사합니다)/;
/** "... anyway good morning everyone": what follows turns from a remark to the greeting. */
const TURNING_TO = /(?:^|\s)(?:anyway|anyways|anyhow)[\s,!.]+/;

/** A word that would make a remark a question after all ("thanks! now how do I ..."). */
const ASKS_AFTER_ALL =
  /\b(what|how|which|who|why|where|when) (about|is|are|do|does|should|can|would|abt)\b|\b(whats|what's|hows|how's)\b|\b(can|could|should|would|do|does|is|are) (i|you|u|they|he|she|it|we)\b/;
const EMOJI = /\p{Extended_Pictographic}/u;
const EMOJI_ALL = /(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+/gu;
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)+$/u;
/**
 * "aim for data scientist", "switch to MLOps engineer": a job named as where the asker wants to go; "le guide parle du
 * métier d'ingénieur MLOps ?" (does the guide cover the MLOps engineer job?): a job asked about before the story.
 */
const AIMS_AT_JOB =
  /\b(?:does|is) the guide (?:cover|covers|talk about|mention|include|say anything about|have anything on)\b|\ble guide (?:parle|couvre|mentionne)\b|\b(aim(ing)? for|go(ing)? for|switch(ing)? to|pivot(ing)? to|move to|moving to)\s+(an? |the )?([\w-]+ )?(scientist|engineer|analyst|architect|developer)s?\b|\b(scientist|engineer|analyst|architect|developer)s?\s+(vs\.?|versus)\s|\b(what|how) about (an? |the )?([\w-]+ )?(scientist|engineer|analyst|architect|developer)s?\b|\b(engineer|scientist|analyst|developer)s? as a (job|career|title|job title|role)\b/;
/** "and the least?", "what about the highest?": the other end of the ranking just given. */
const OTHER_END =
  /^(?:and |what about |how about |ok and |so |and what about )?(?:(?:which|what|who)(?: one| role| job)? (?:needs?|pays?|wants?|asks? for|requires?|has|earns?) )?(?:the )?(least|lowest|fewest|most|highest)\b[\s?!.]*$/;
/**
 * "which roles are in the guide?", "what roles do you know?", Pidgin "which roles dey inside this guide?": what the
 * guide covers, not a choice for the asker.
 */
/** The clause of a text that holds the character at `at`: from the last stop or comma before it to the sentence's end. */
function clauseAt(text: string, at: number): string {
  const sentence = sentenceAt(text, at);
  const offset = text.lastIndexOf(sentence, at);
  const comma = Math.max(sentence.lastIndexOf(",", at - offset), sentence.lastIndexOf(";", at - offset));
  return comma === -1 ? sentence : sentence.slice(comma + 1);
}

/** The sentence of a text that holds the character at `at`. */
function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf("?", at), text.lastIndexOf(".", at), text.lastIndexOf("!", at)) + 1;
  const end = text.slice(at).search(/[?.!]/);
  return text.slice(start, end === -1 ? undefined : at + end);
}

const ROLES_ON_OFFER =
  /\b(?:which|what) (?:\w+ ){0,2}(?:roles|titles|jobs)\b.{0,20}\b(?:(?:are|r) (?:in|there(?: in)?|covered)|dey (?:inside|in)|(?:do|does) (?:you|u|ya|the guide|it|this bot|the bot) (?:\w+ )?(?:know|cover|have|list)|(?:you|u|the guide|it) (?:have|has|got) (?:information|info|data|details) (?:on|about))\b/;

/** "... or should I aim at entry level AI engineer first?": the other of two roles, as a choice. */
const OR_SHOULD_I = /\bor (?:should|do|would) i (?:aim|go|target|start|apply|stick)\b/;

/** "which MLOps / deployment tools", "what frameworks": a facet of a role, named outright. */
const WHICH_OF_ITS_TOOLS =
  /\b(?:which|what) (?:[\w-]+ (?:\/ )?){0,3}(?:tools|frameworks|languages|platforms|libraries)\b/;

/** "which roles in your guide actually ask for Azure?", "what roles need kubernetes": the roles a criterion picks. */
const ROLES_THAT_ASK_FOR =
  /\b(?:which|what) (?:\w+ ){0,2}(?:roles|jobs|positions)\b(?: in (?:your|the) guide)?(?: \w+)? (?:ask for|asks for|require|requires|need|needs|use|uses|mention|mentions)\b/;

/** "become senior", "go to mid-level": a rung of the ladder, not a role of the guide. */
/** "is that still 'entry level' or mid-level?", "am i junior or mid level by now?": a rung weighed against another. */
const LEVEL_WEIGHED =
  /\b(?:is that|is this|am i|does that make me|would that (?:be|count as)|do i count as|counts? as)\b[^?.!]{0,20}?['"‘“]?(?:entry[- ]?level|junior|mid[- ]?level|senior)['"’”]? or ['"‘“]?(?:entry[- ]?level|junior|mid[- ]?level|senior)(?:[- ]?level)?\b/;
const RUNG_OF_LADDER =
  /\b(?:become|go to|get to|reach|make|promoted to) (?:a )?(?:senior|mid[- ]?level|medior|staff|principal)\b(?! (?:ai|ml|nlp|multimodal|research|engineer|architect|scientist|application)\b)/;

/** "kindly let me know", "please tell me", "can you share with me": a request's own "me", not a word about the asker. */
const POLITE_REQUEST =
  /\b(?:kindly |please |pls |plz )?(?:let me know|tell me|show me|give me|share with me|explain to me|help me understand)\b/g;

/** "and how do I get there?", "how can I become that?": the way to the role just talked about, for the asker. */
const HOW_DO_I_GET_THERE =
  /\bhow (?:do|can|would|could|should) i (?:get|go|make it|become|land|move|switch)\b.{0,20}\b(?:there|that|it|this)\b/;

/** "which is higher", "so which one's lower?": which of the figures just given is the larger or the smaller. */
/** "comparable to what consultants get", "more than a consultant": one thing set against another. */
const AGAINST_A_JOB = /\b(?:comparable|compared|compare|similar|close) (?:to|with)\b|\bthan\b|\bvs\.?(?!\w)|\bversus\b/;
/** "is X better paid?", "does X pay more?", "is X paid less": the role named weighed on pay (group 1: the low end). */
const PAID_MORE_OR_LESS =
  /\b(?:is|are|does|do)\b[^?.!]{0,40}?\b(?:(worse|less well|lower)[- ]paid|better[- ]paid|paid (?:better|more)|(?:pays?|earns?|makes?) (?:more|better))\b|\b(?:is|are|does|do)\b[^?.!]{0,40}?\b(?:paid|pays?|earns?|makes?) (less|worse)\b/;
/** "still ok?", "enough?", "chalega?": whether what the asker just told is enough. */
const ENOUGH_ASKED =
  /\b(?:still ok|still okay|ok|okay|enough|good enough|fine|chalega|chalegi|does that count|does it count|do i qualify|am i good)\s*\?+\s*$/;
/** "how much?", "and why?": a question made of its question words alone. */
const QUESTION_WORDS_ONLY = /^[\s?!.¿¡,]*(?:(?:and|so|how|much|many|what|which|who|why|where|when)\b[\s?!.,]*)+$/;
/** "... - more or less?", "higher or lower?": which of two pays more, asked after one's pay. */
const MORE_OR_LESS = /\b(?:more or less|higher or lower|less or more|lower or higher)\s*\??\s*$/;
const WHICH_IS_HIGHER =
  /^(?:and |so |ok |ok so )?which (?:one )?(?:is|'s|pays) (higher|more|bigger|better|lower|less|smaller|worse)\b[^a-z]*$|^(?:and |so |ok |ok so )?(?:how (?:big|much) is the|what'?s the|whats the|(?:dono|donon) (?:mein|me) (?:roughly |approx )?kitna) (?:pay |salary )?(difference|gap)\b(?: between (?:the two|them|both))?[^a-z]*(?:hai)?[^a-z]*$/;

/** "languages — is python enough or do i ALSO need C++ 😭": a question after a dash or a colon, "?" or not. */
const QUESTION_AFTER_DASH = /\s[—–:-]\s+(is|are|do|does|should|can|could|would|what|which|how)\b/;
/** "which pays most?", "who earns the least": a ranking of the roles, asked without naming "role". */
// ("among the five roles, which pays the least?": the roles named as where the choice is made.)
const BARE_WHICH =
  /^(?:(?:among|of|out of|from|between|parmi|entre|de) (?:the |all |these |those |les |los |os )?(?:\w+ )?(?:roles?|rôles|postes|métiers|jobs?|papéis|cargos|puestos)(?: (?:de|du|in|of|en) (?:ton |the |your |le |tu )?guide)?,?\s+)?(?:and |so |ok |ok so |y |e )?[¿]?(?:which|who|cu[aá]l|qual|lequel|laquelle)(?: one)? (?:pays?|earns?|makes?|needs?|requires?|wants?|asks? for|necesita|pide|paga|gana|ganha|precisa|exige)\b/;
/** "and best practices?", "also challenges?", Italian "e quali sono le sfide?": continuing the question before. */
const AND_THEN =
  /^((ok|okay|cool|nice|great|right|thanks|ty)[,!.]?\s+)?(\+|(and|also|plus|what about|how about|more specifically|specifically|e|y|et|und|aur)\b)/;
/** "does it?", "is that true?": a question that only asks whether what was just said holds. */
export const CONFIRMS = /^(and |but )?(does it|do they|is it|is that (true|right|so)|are they|true|really)\s*[?!.]*$/;
/**
 * "does that change things?", "does that apply to me too?": the same question, asked again of something new; "does
 * it?" after what a heading claims ("she says NLP research scientist pays really well — does it?"): that question.
 */
const STILL_HOLDS = new RegExp(
  // (Hinglish "ab kya bolte ho?": what do you say now?)
  // ("never learned python, is that a big problem?": the new fact, weighed.)
  `\\b(change|changes|differ|different|apply|applies|hold|holds|same|cambia|cambiar|muda|mudar|change-t-il|ändert|ab kya (?:bolte|kehte) ho|ab bolo|is (?:that|it|this) (?:a )?(?:big |huge |real )?(?:problem|issue|dealbreaker|deal breaker)|does (?:that|it|this) matter)\\b|${CONFIRMS.source}`,
);
/** "and what about the multimodal role", "and for the lead architect role?": the question before, of another role. */
const WHAT_ABOUT_ROLE = /^(and |ok |so )?((what|how) about|for)\b/;
/** "how would that look in Berlin?", "what about Lagos?", "and for us here in Stuttgart?": the last question, elsewhere. */
const SAME_QUESTION_ELSEWHERE =
  /\bhow (would|does|do|will|is|are) (that|it|this|things|they) (look|compare|be|work|go)\b|\b(what|how) about\b|^(and|&|\+) (in|for|at|over)\b|\bsame (for|in|over)\b|\b(that|it|this) (in|for|over)\b|\b(would|will|is) (it|that|this|the pay) (be )?(the )?(same|similar)\b|\bpagar[ií]an (eso|lo mismo)\b|\bganar[ií]a (eso|lo mismo)\b|\bpagariam (isso|o mesmo)\b/;
/** "which requires the most?", "lequel demande le plus ?": the most of the facet just named. */
const DEMANDS_THE_MOST = /\bwhich\b.{0,12}\b(?:requires|needs|asks for|wants|demands) (?:the )?most\b/;

/** "no essay", "not an essay pls": how long an answer should be, not an essay asked for. */
const NO_ESSAY = /\b(?:no|not an?) essays?\b/g;

/** "is that US or global?", "does that hold here?": the same question, asked about a place. */
const PLACE_WORDS =
  /\b(us|usa|u\.s\.?|america|american|the states|global|globally|worldwide|local|locally|here|there|sf|san francisco|bay area|seattle|nyc|new york)\b/;
/** "is that US-only or global?": where a figure holds ("us" alone is too often the pronoun). */
const WHERE_IT_HOLDS = /\b(us|u\.s\.?|usa)[- ]only\b|\b(global|globally|worldwide|international(ly)?)\b/;
const NEXT_RUNG = /\b(after|next level|above|beyond|ladder|titles?|upwards|progression)\b/;
/** "rank those 2", "both of them", "these": the roles just talked about. */
const THOSE =
  /\b(those|these|both|the two|them both|those two|these two|dono|donon|em|the same (?:two|three|four|five|\d|ones|roles))\b/;
/** "degree needed for each?", "for both of them", Hindi "dono ke liye": every role just talked about. */
const EACH_OF_THEM =
  /\b(for|of|in) (each|both|either|all of them|each of them|both of them|the two)\b|\b(each|both)\s*[?!.]*$|\b(they|those|them) (each|both)\b|\bdono ke liye\b|\b(?:does|do|would|will) (?:each|both)(?: one| of them)? (?:pay|earn|make|need|require)\b/;
/** A job quoted or talked up by others: "says 'prompt engineer' is", "everyone keeps saying". */
/** "architect nahi, ...", "not the architect, ...": a role turned down at the start, before what is asked. */
const ROLE_TURNED_DOWN =
  /^\W*(?:not\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:architect|scientist|engineer)|(?:[\w-]+\s+){0,3}?(?:architect|scientist|engineer)\s+(?:nahi|nahin|nhi))\s*[,;—–-]+\s*(?!i\s+mean)(?=\S)/;

/**
 * "my counselor says", "my manager told me": what someone else told the writer; "they give stock options with 4y
 * vesting", "they offered me": what an employer offers.
 */
const TOLD_BY_SOMEONE =
  /\b(?:says?|said|told me|tells me|keeps? (?:saying|telling me)|they (?:give|offer|offered|are offering|gave)|offered me|(?:mi )?hanno (?:proposto|offerto)|me (?:ofrecieron|ofrecen|propusieron|propuseram|ofereceram))\b/;
const REPORTED_JOB =
  /'[^']{3,40}'|"[^"]{3,40}"|“|\b(says?|said|saying|heard|called|calls|keeps? (saying|telling|talking)|everyone|hype\w*|hiring|recruiting|looking for|wants? to (?:become|be)|(?:thinking|dreaming) (?:about|of) becoming)\b/;
/** "I'm a", "worked as", "my job": the writer tells their own job. */
const SELF_INTRO_ANYWHERE = /\b(i'?m|i am|im|i work as|i worked as|working as|i was|my (job|role|title)|as an?)\b/;
/** "1 yr as a junior python dev", "I'm a QA engineer": the writer's own job, told in a shape the title list lacks. */
// ("compliance analyst here, 4 yrs": a job the title list lacks, introduced with "here", is the writer's too.)
// ("im a doordash driver": a trade outside tech, told the same way; "6 yrs hai but only as Java developer"; "i'm a
// fresher btw": the writer's own status, not the entry-level role asked about.)
const UNLISTED_OWN_JOB = new RegExp(
  String.raw`^\s*(?:[a-z0-9+#./-]+\s+){0,3}(?:dev|developer|engineer|programmer|analyst|tester|admin|designer|specialist|consultant|officer)s?(?= here\b)|\b(\d+\s*(yrs?|years?|y|months?)\s+as|(?:but|only|just|asking|speaking) as|i'?m|im|i am|i work as|working as|worked as|i'?ve been|been)\s+(an? )?((junior|jr\.?|senior|sr\.?|mid[- ]level)\s+)?([a-z0-9+#.-]+\s+){0,3}(dev|developer|engineer|programmer|analyst|tester|admin|designer|${[...TRADES].join("|")})s?\b|\b(?:i'?m|im|i am) (?:a |still a |just a )?fresher\b`,
  "g",
);
/**
 * "what comes after lead ML architect?", "how do people actually go from mid-level ML engineer to director?": the
 * ladder beyond the guide's roles, not the way into one of them.
 */
const BEYOND_THE_ROLE =
  /\b(comes? after|what'?s after|next after|after (being|becoming)|beyond|to (?:a |the )?(?:director|head of|vp|principal|staff)\b)/;
/**
 * "better than", "vs", "a stepping stone to": one thing set against another.
 * ("is mlops engineer basically the same as lead ml architect?", "how is a data scientist different from ...", "MLOps
 * engineer or AI engineer, which pays more?", "is 'MLOps engineer' its own career or is it basically what the ML
 * architects do?": set against one of the guide's roles too.)
 */
/**
 * "is MLOps engineer one of the roles?", "do any of these roles do internships?": whether a job is on the guide's
 * list, or what the roles offer, not which role fits.
 */
const ONE_OF_THE_ROLES =
  /\b(?:is|are)\b[^?]{1,40}\bone of (?:the|your|these) (?:roles|jobs)\b|\b(?:do|does|are|can) (?:any|all|none) of (?:these|the|your|them)\b/;
const SET_AGAINST =
  /\b(than|vs\.?|versus|instead of|stepping stone|(the )?same (thing |job |role )?as|different (from|than|to)|(?:a )?separate (?:role |thing |job |track )?from|differ from|difference between|or(?=[^.!?]{0,40}\bwhich\b)|its own (career|role|job|thing|track)( or)?|or is it (basically|just|really) what)\b/;
/**
 * "the lead one", "the entry one", "the senior ai application one": a role just talked about, by words of its title
 * (each of the words before "one" is one).
 */
const THE_WORD_ONE = /\bthe ((?:\w+ ){0,3}\w+) one\b/;
/** "the lower paying one", "the better paid one", "the highest-paying role". */
const THE_PAID_ONE =
  /\bthe (lower|lowest|higher|highest|better|best|worse|worst|less|least|more|most)[- ](paying|paid)( one| role| job)\b/;
/** "throw X in there too", "add X to that", "include X as well": one more role for what was just asked. */
const ADDED_TO_IT =
  /\b(?:throw|add|put|include|toss|bring|slot|fit)\b[^?.!]{0,50}\b(?:in there|in too|to (?:it|that|the list|the ranking)|into (?:it|that|this|the)(?: list| ranking)?|as well|too)\b|\bin the mix\b/;
/**
 * "¿me lo puedes decir en español?", "abeg talk am for pidgin", "say that in french", Telugu "Telugu lo cheppandi": the
 * answer, in a language.
 */
export const SAY_IT_IN =
  /\b(?:say|tell|explain|write|answer|repeat|put|talk|decir|dizer|explicar|escribir|escrever|responder|repetir|dire|sagen|pasar|passar|terangkan|jelaskan)\b[^?.!]{0,30}\b(?:in|en|em|auf|for|na|para|pra|sa|dalam)\s+(?:bahasa melayu|melayu|español|espanol|spanish|castellano|portugu[eê]s|portuguese|pidgin|french|français|francais|franc[eê]s|deutsch|german|alem[aã]n|hindi|tagalog|arabic|árabe|italian|italiano|romanian|russian|ukrainian|polish|czech|serbian|croatian|turkish|indonesian|malay|thai|nepali|sinhala|kazakh|vietnamese|korean|japanese|chinese|swahili|dutch|greek)\b|\b(?:pwede|puwede|pede)\s+(?:sa\s+)?(?:tagalog|filipino)\b|\b(?:in )?(?:telugu|tamil|hindi|kannada|marathi|malayalam|bengali|bangla|urdu) ?(?:lo |la |le |me |mein |alli |madhe )?(?:cheppandi|cheppu|sollunga|sollu|batao|bata do|bataiye|heli|sanga|sangaa|parayu)\b/;
/** "still ok?", "still eligible?": the question just answered, asked again of what was added. */
const STILL_OK = /\bstill (?:ok|okay|good|fine|in range|eligible|qualified|a fit|realistic)\s*\?/;
/** "now rank them", "sort those lowest to highest": the roles in view, ranked. */
const RANK_THEM = /\b(?:rank|sort|order|list)\s+(?:them|those|these|the (?:three|3|two|2|four|4|five|5|roles|ones))\b/;
/** "how should I level X vs Y", "X or Y", "between X and Y": roles set against each other. */
const ROLES_SIDE_BY_SIDE = /\b(?:vs\.?|versus|or|between|compared? (?:to|with)|against|both|each)\b/;
/** "which is a better fit for ...", "which suits someone who ... better": a choice between roles, by fit. */
const BETTER_FIT_BETWEEN = /\bwhich (?:one |role )?(?:is|'s|would be) (?:a |the )?better (?:fit|match|choice)\b/;
/** "which of those matter most ...": a choice among what was just listed. */
const WHICH_OF_THOSE = /\bwhich of (?:those|these|them)\b/;
/** "rank it against X and Y", "compare that with X": the role in view, ranked or set beside the roles named. */
const RANK_IT_AGAINST =
  /\b(?:rank|sort|order|compare|stack)\s+(?:it|that|this one|that one|them)\s+(?:against|with|to|vs\.?)\b|\b(?:add|plus|throw in|include)\b[^.?!]{0,80}?\b(?:rank|sort|order)\s+(?:all|them|the lot|everything)\b/;
/** "lowest to highest", "ascending", "cheapest first": the ranking's low end first. */
const LOW_FIRST = /\b(?:lowest|low|least|cheapest|smallest)\s+(?:to|first|->|→)|\bascending\b|\bbottom up\b/;
/** "my juniors", "one of our seniors", "my new hire": people of that rank, not a role of the guide or hiring. */
const PEOPLE_BY_RANK =
  /\b(?:my|our|his|her|their) (?:[\w-]+ )?(?:juniors?|seniors?|new hires?)\b(?! (?:ai|ml|engineer|engineers|dev|devs|developer|developers|role|roles|position|positions|data|machine|level|application|app)\b)/g;
/** Words of pay, for a ranking that names what it ranks by. */
const PAY_WORDS = /\b(?:pay|pays|paid|salary|salaries|comp|compensation|money|earn|earns|earnings)\b/;

/** Pay is what was shown or what the words name. */
function onPay(asked: string, context: ConversationContext | undefined): boolean {
  return context?.intent === "salary" || context?.focus === "salary" || PAY_WORDS.test(asked);
}

/**
 * "rank them", "rank it against X and Y": the roles ranked on pay, when pay is what was shown or what the words name
 * (highest first, unless they ask for the low end first).
 */
function rankedOnPay(
  u: Understanding,
  roleIds: string[],
  asked: string,
  context: ConversationContext | undefined,
): Understanding | undefined {
  if (!onPay(asked, context) || roleIds.length < 2) return undefined;
  const verdict = LOW_FIRST.test(asked) ? "pay_low" : "pay_high";
  return { ...u, intent: "compare", roleIds, verdict, focus: "salary", hasCue: true, topicIds: undefined };
}
/** "the ones that DON'T strictly need a phd", "roles without a master's": the roles below a degree. */
const NOT_NEEDING_DEGREE =
  /\b(?:ones?|roles?|those|jobs?|positions?)(?: that| which)? (?:don'?t|do not|doesn'?t|does not) (?:strictly |really |actually |even )?(?:need|require|ask for) (?:a |an )?(ph\.? ?d|doctorate|master'?s?|masters)\b|\b(?:ones?|roles?|jobs?) (?:without|w\/o) (?:a |an )?(ph\.? ?d|doctorate|master'?s?|masters)\b/;
/** The degree a word names: "phd", "doctorate", "master's". */
function degreeNamed(word: string): Degree | undefined {
  if (/^(?:ph|doctorate)/.test(word)) return "phd";
  return /^master/.test(word) ? "master" : undefined;
}

/** "the other research one", "the other role": the role of that kind not talked about yet. */
const THE_OTHER_ONE = /\bthe other (?:(\w+) )?(?:one|role|position)\b/;
/** "which one needs docker?", "which of the two": one of the roles just compared. */
// "..., and which has the easier degree requirement?" after a comparison: a verb right after "which" asks about them.
// ("C'est quoi la différence entre X pis Y? / Lequel me convient le mieux?": French "which one" of the two.)
const WHICH_OF_THEM =
  /\bwhich (one|of (them|the two|these|those|both)|(has|is|needs|requires|pays|earns|asks for)\b)|\b(?:lequel|laquelle)\b/;
/** "wait sorry i mean multimodal", "oops, i meant the NLP one": the role named after it replaces the one before. */
const CORRECTED_TO =
  /\b(?:(?:wait|sorry|oops|no|ah|err)[,!.]?\s+)+(?:i\s+)?(?:mean|meant)\b|\b(?:sorry|oops),?\s+i\s+(?:mean|meant)\b/;
/** "i have 2 CVPR papers. does that help?": a new fact, and the last question asked again; not a request for help. */
const DOES_IT_HELP = /\b(does|would|will|could|can|did) (that|this|it|those|these) (even |really |actually )?help\b/g;
/**
 * "how many years to go from entry level to lead?", "in how many years can i become lead?": "lead" alone, as where a
 * career goes, is the guide's lead role.
 */
const LEAD_AS_GOAL =
  /(\bbecome|\bbecoming|\bto|\breach|\breaching|\bmake it to|\bpromoted to|\bget to|\bjusqu'à|\bjusqu'a|\bjusqu’à)( a| un)? lead(?=\s*([?!.,]|$|in\b|within\b|role\b|level\b|position\b))/g;
/** "the second one", "the latter": one of the roles just talked about, by its place. */
const ORDINAL_ONE =
  /\bthe (first|second|third|last|1st|2nd|3rd) one\b|\bthe (former|latter)\b|\b(first|second|1st|2nd) one\b|\b(?:in|for|of) the (first|second|1st|2nd)(?=\s*[?.!,]|\s*$)/g;
/** "Azure AI engineer cert", "AWS ML specialty": a certification's name, whatever job title it holds. */
const CERT_NAME =
  /\b(azure|aws|google cloud|google|gcp|ibm|nvidia|microsoft)( certified)? (ai|ml|machine learning|data) (engineer|specialist|associate|developer|scientist|architect)( associate| expert| professional)?\b/g;
const IN_PASSING = /\b(just |only |more of |more )?(a|an) [a-z ]{2,30}? (thing|stuff)\b/g;
const IN_PASSING_NEEDS = ["thing", "stuff"];
const CERT_NAME_NEEDS = ["cert", "exam", "badge"];
const ORDINAL_NEEDS = [" one", "former", "latter", "the first", "the second", "the 1st", "the 2nd"];
/** "certs, which ones actually help?": "which ones" of the things just named, not of the roles. */
const THINGS_WHICH =
  /\b(certs?|certifications?|skills?|tools?|languages?|langs?|frameworks?|clouds?|degrees?|courses?|libraries)[\s,:—–-]{1,5}which ones?\b/;
const SOMEONE_ELSES_FIT =
  /\b(fit|fits|suits?|right|realistic|good|enough|ready) for (her|him|them|my (wife|husband|son|daughter|friend|partner|brother|sister|candidate|report|mentee))\b|\b(?:role|job|path|option|choice) for (?:her|him)\b(?![^?]{0,30}\bfor me\b)|\b(would|could|does|do|can|will) (she|he|they) (?:realistically |really |actually )?(qualify|fit|make it|get in|get into|stand a chance|need)\b|\b(she|he)'?d need\b|\b(could|can|should) (he|she) apply\b|\b(?:should|would|could|can) (?:he|she) (?:take|study|learn|aim|do|pick)\b|\b(she|he) needs\b|\bwhich of us\b/;
// "... need SQL or is that more a data thing", "or not?": an "or" that sets nothing against the role before.
const COMPARISON_WORDS =
  /\b(or(?! (is|are|was|not|something|what|so|maybe|nah|no|does|do)\b)|than|vs\.?|versus|compare[ds]?|comparison|differ(ence|ent)?|stacks? up|against|measures? up)\b/;

/**
 * The one understanding step: a question (and its conversation) in, the final intent, roles, topics, facet and
 * profile out. The lookup classifier is one part of it; advice, follow-ups and narrow questions are decided here.
 */
/** "is the ML job market actually growing", "is the AI market still booming?": the market, asked outright. */
const MARKET_ASKED_OUTRIGHT =
  /\b(?:is|are) (?:the )?(?:ml |ai |tech |machine learning )?(?:job )?market (?:actually |really |still |even )?(?:growing|booming|shrinking|dying|healthy|hot|good)\b|\bwhat does the guide say about (?:the )?(?:demand|job growth|growth|the market|job market)\b/;

/** "what's the first job title I'd get", "which title would I start with": the first rung of a role's path. */
const FIRST_TITLE =
  /\b(?:first|starting|entry|actual) (?:job )?titles?\b|\btitles? (?:would|do|will|could) i (?:start|get)\b/;

/** "what do I need to study", "qué necesito estudiar": what to study for a role, asked. */
const STUDY_ASKED =
  /\bwhat (?:do|should|would) i (?:need to |have to )?(?:study|learn)\b|(?<![\wÀ-ÿ])(?:estudiar|studiare|estudar|étudier|etudier)(?![\wÀ-ÿ])/;

/** "3 quick ones:", "a few qs:", "two questions about it:": what heads the questions after it. */
export const QUESTIONS_HEADING =
  /\b(?:\d|two|three|four|five|a few|few|some|a couple(?: of)?|couple(?: of)?|quick) (?:quick |short |small |dumb )?(?:ones|q'?s|questions|things)\b[^.?!]{0,20}:?\s*$/;

export class Understander {
  private readonly classifier: IntentClassifier;
  /** Any job title we know of, ours or another's, for spotting the asker's own job in "I'm a data analyst". */
  private readonly jobTitles: JobTitleFinder;
  /** The roles' own titles and aliases of more than one word, in lower case: a choice between them names no interest. */
  private readonly roleTitles = new Set<string>();
  /** `test` is `pattern` without the global flag, so testing it keeps no state between calls. */
  private readonly familyAliases: { role: Role; pattern: RegExp; test: RegExp }[];
  private readonly notCovered: NotCoveredMatcher;
  private readonly jobAds: JobAdMatcher;
  private readonly allRoleIds: string[];
  /** "the multimodal ai research scientist", ...: what "the research roles" names. */
  private readonly researchTitles: string[];
  /** Each role's title by id, lower case: what "the second one" stands for. */
  private readonly titleOf: Map<string, string>;
  /** Each role's typical pay, where the guide gives one: what "the lower paying one" is told apart by. */
  private readonly payOf: Map<string, number>;
  /** Each role's lowest degree the guide accepts: what "the ones that don't need a PhD" leaves out. */
  private readonly lowestDegreeOf: Map<string, Degree>;
  /** Each role with the focus of its work ("vision", "language"): what "the one that does language stuff" is. */
  private readonly focusOf: { title: string; focus: readonly string[] }[];
  /** The roles other than research ones, for "ignore the research ones" (none among thousands of roles). */
  private readonly otherThanResearchTitles: string[];

  constructor(data: CareerData) {
    this.classifier = new IntentClassifier(data);
    this.notCovered = new NotCoveredMatcher(data.notCovered);
    this.jobAds = new JobAdMatcher(data);
    this.allRoleIds = data.roles.map((r) => r.id);
    const research = data.roles.filter((r) => /\bresearch\b/i.test(r.title));
    // A few: among thousands of roles, "the research roles" names no short list.
    this.researchTitles = research.length <= 4 ? research.map((r) => `the ${r.title.toLowerCase()}`) : [];
    const others = data.roles.filter((r) => !research.includes(r));
    this.otherThanResearchTitles =
      research.length <= 4 && others.length <= 6 ? others.map((r) => `the ${r.title.toLowerCase()}`) : [];
    this.titleOf = new Map(data.roles.map((r) => [r.id, r.title.toLowerCase()]));
    this.payOf = new Map(
      data.roles.flatMap((r) => {
        const pay = typicalPay(r);
        return pay === undefined ? [] : [[r.id, pay] as const];
      }),
    );
    this.focusOf = data.roles.map((r) => ({ title: r.title.toLowerCase(), focus: r.fit?.focus ?? [] }));
    this.lowestDegreeOf = new Map(data.roles.flatMap((r) => (r.fit ? [[r.id, r.fit.degree] as const] : [])));
    const jobs = new Set<string>(BACKGROUND_JOBS);
    for (const role of data.roles) {
      for (const alias of [role.title, ...role.aliases])
        if (alias.includes(" ")) {
          jobs.add(alias.toLowerCase());
          this.roleTitles.add(alias.toLowerCase());
        }
    }
    this.jobTitles = new JobTitleFinder(jobs);
    this.familyAliases = data.roles
      .filter((r) => r.familyAliases.length > 0)
      // "lead mle" is the role itself; a bare "mle" is the family.
      .map((role) => {
        const source = `(?<!\\b(lead|senior|junior|entry level|principal|staff|sr|jr) )\\b(${role.familyAliases.map(escapeRegExp).join("|")})s?\\b`;
        return { role, pattern: new RegExp(source, "g"), test: new RegExp(source) };
      });
  }

  /** "the second one" after two roles: the title of that role, in the order the conversation named them. */
  private roleByOrdinal(words: string, context: ConversationContext | undefined): string | undefined {
    // "X vs Y: the first one's pay, and the second's top 10%?": after the first is answered, the second is among the
    // roles talked about before it.
    const roles = [...new Set([...(context?.roles ?? []), ...(context?.earlier ?? [])])];
    if (roles.length < 2) return undefined;
    const which = /first|1st|former/.test(words) ? 0 : /second|2nd/.test(words) ? 1 : /third|3rd/.test(words) ? 2 : -1;
    const id = roles.at(which);
    return id ? this.titleOf.get(id) : undefined;
  }

  /**
   * One question (a part of a message) in its conversation. `stated` is what the whole message says about the
   * asker, when the question is one part of a longer message; by default it is read from the question itself.
   */
  understand(
    question: string,
    context?: ConversationContext,
    statedInMessage?: Profile,
    partOfMessage = false,
  ): Understanding {
    const read = this.understandAsAsked(question, context, statedInMessage, partOfMessage);
    // "do i need a PhD to become a lead ML architect?": a yes-or-no about one degree, answered yes or no first.
    const degreeAsked =
      read.intent === "qualifications" && read.roleIds.length === 1 ? degreeAskedIn(question.toLowerCase()) : undefined;
    const understood = degreeAsked ? { ...read, degreeAsked } : read;
    // "what does an MLOps engineer earn?": a job in AI or data the guide lacks is a career question it does not cover
    // (issue 16's C3), not one outside the roles the bot knows ("web developer"); read as unknown up to here, as the
    // rules expect.
    return understood.intent === "unknown" && understood.foreignJob && AI_OR_DATA_JOB.test(understood.foreignJob)
      ? { ...understood, intent: "not_covered" }
      : understood;
  }

  private understandAsAsked(
    question: string,
    context: ConversationContext | undefined,
    statedInMessage: Profile | undefined,
    partOfMessage: boolean,
  ): Understanding {
    const asWritten = this.decide(this.read(question, context, statedInMessage, partOfMessage, false));
    // "welke rol betaalt het minst?": a question whose words the rules found nothing in is read again, word for word
    // in English, and that reading is kept when it finds what is asked.
    // ("dari gaji paling rendah ke paling tinggi": a ranking only the English words show is read that way too.)
    const lower = question.toLowerCase();
    const gloss = englishGloss(lower);
    if (gloss === lower) return asWritten;
    // ("titolo di studio, linguaggi, e RAL": "RAL?" alone carries the facet before it, no word of its own found; not
    // "o mercado tá crescendo? quanto?", whose "how much?" asks the facet before it again.)
    const foundNothing =
      asWritten.intent === "unknown" ||
      (asWritten.intent === "overview" && !asWritten.verdict) ||
      (asWritten.rule === "follow-up" &&
        !asWritten.hasCue &&
        asWritten.cueIntent === undefined &&
        !QUESTION_WORDS_ONLY.test(gloss));
    const rankingInEnglish =
      !foundNothing &&
      !asWritten.verdict &&
      // ("welke van deze rollen vraagt echt een PhD?": a recommendation as written, a verdict in English.)
      (!asWritten.criterion || asWritten.intent === "recommend") &&
      // Only where the English words add a word a verdict is made of: the cues' patterns are costly.
      (gloss.match(VERDICT_WORDS)?.length ?? 0) > (lower.match(VERDICT_WORDS)?.length ?? 0) &&
      (firstCue(VERDICT_CUES, gloss) !== undefined || firstCue(ORDER_CUES, gloss) !== undefined);
    // ("Ho 24 anni, laurea triennale ... Sono adatto per entry level AI engineer?": a facet as written, the asker's
    // fit in English.)
    const adviceInEnglish =
      !foundNothing &&
      !rankingInEnglish &&
      !isAdviceIntent(asWritten.intent) &&
      // ("이 나이에 ... 전향 가능할까요?": at this age, a topic the guide lacks that outweighs advice, found as written, stays
      // what is asked.)
      !(asWritten.intent === "not_covered" && asWritten.notCovered?.overridesAdvice) &&
      // ("Ce rol mi se potrivește din cele 5?": which role fits me, in English words only.)
      ((firstMatch(SKILL_GAP, gloss) !== undefined && firstMatch(SKILL_GAP, lower) === undefined) ||
        // (Only where the English words bring the "me": "für welche Rolle do i need ..." asks about the roles.)
        (FIRST_PERSON.test(gloss) &&
          !FIRST_PERSON.test(lower) &&
          firstMatch(RECOMMEND_FOR_ME, gloss) !== undefined &&
          firstMatch(RECOMMEND_FOR_ME, lower) === undefined));
    // ("군대 2년 다녀오면 공백기 생기는데 AI 엔지니어 취업할 때 불리한가요?": a topic the guide lacks, named only in
    // the English words.)
    const notCoveredInEnglish =
      !foundNothing &&
      !rankingInEnglish &&
      !adviceInEnglish &&
      asWritten.intent !== "not_covered" &&
      // (Not where a facet of a role was found: "Welche Cloud-Plattformen ..., und eher TensorFlow oder PyTorch?" asks
      // for that role's skills.)
      // ("học MBA có giúp không hay nên học thạc sĩ ML?": a degree named in passing is no facet asked outright.)
      (!isRoleIntent(asWritten.intent) || asWritten.intent === "overview" || !asWritten.explicit) &&
      this.notCovered.findAll(gloss).length > this.notCovered.findAll(lower).length;
    if (!foundNothing && !rankingInEnglish && !adviceInEnglish && !notCoveredInEnglish) return asWritten;
    const inEnglish = this.decide(this.read(question, context, statedInMessage, partOfMessage, true));
    const found = notCoveredInEnglish
      ? inEnglish.intent === "not_covered"
      : rankingInEnglish
        ? inEnglish.verdict !== undefined ||
          (inEnglish.criterion !== undefined && !asWritten.criterion) ||
          // ("welke van de rollen in de gids vereist echt een PhD?": the degree only the English words name.)
          (inEnglish.criterion?.degree !== undefined && asWritten.criterion?.degree === undefined)
        : adviceInEnglish
          ? isAdviceIntent(inEnglish.intent)
          : inEnglish.intent !== "unknown" &&
            (inEnglish.hasCue || inEnglish.verdict !== undefined || inEnglish.intent !== asWritten.intent);
    return found ? { ...inEnglish, rule: `${inEnglish.rule}, read in English` } : asWritten;
  }

  /** The first rule that decides a reading. */
  private decide(reading: Reading): Understanding {
    for (const rule of this.rules) {
      const decided = rule.decide(reading);
      if (decided) return this.withVerdict(decided, reading, rule.name);
    }
    // The last rule always decides; this is only reached if someone reorders them.
    return this.withVerdict(reading.u, reading, "the question as asked");
  }

  /**
   * The rules of understanding one question, in the order they are tried: the first that decides wins. Each has an
   * example it decides (test/core/rules.test.ts asks each one); a new rule goes where its example says it must.
   */
  readonly rules: readonly UnderstandingRule[] = [
    {
      name: "small talk",
      example: ["thanks, that helps!"],
      decide: (r) => {
        // ("hey bot can u remind me to take my meds at 3pm?": a chore after the greeting, declined below.)
        const small = OFF_TOPIC_ASIDES.test(r.lower) ? undefined : this.smalltalk(r.lower);
        return small ? { ...r.blank, intent: "smalltalk", smalltalk: small } : undefined;
      },
    },
    {
      name: "off-topic request",
      example: ["write me a python script that scrapes job posts"],
      decide: (r) => {
        // ("just the list pls no essay": a short answer asked for, not an essay.)
        const asked = r.lower.includes("essay") ? r.lower.replace(NO_ESSAY, " ") : r.lower;
        return OFF_TOPIC_REQUEST.test(asked) ||
          OFF_TOPIC_REQUEST_ELSEWHERE.test(asked) ||
          OFF_TOPIC_CHORE.test(asked) ||
          OFF_TOPIC_ASIDES.test(asked) ||
          TAKEOVER.test(asked) ||
          // ("lol unrelated but anyone know if the Clear Creek gate on Fort Cavazos is open 24/7?": said to be off topic,
          // with no word of a career.)
          (SAID_UNRELATED.test(asked) &&
            r.u.roleIds.length === 0 &&
            !r.u.hasCue &&
            r.u.topics.length === 0 &&
            !CAREER_WORDS.test(asked))
          ? { ...r.blank, intent: "unknown" }
          : undefined;
      },
    },
    {
      name: "not covered",
      example: ["how do I negotiate my offer as a lead ML architect?"],
      decide: (r) =>
        // ("which is a better fit for someone who loves research and hates on-call: X or Y?": a choice between the
        // roles named, whatever topic its reasons brush against.)
        r.u.roleIds.length >= 2 && BETTER_FIT_BETWEEN.test(r.asked)
          ? undefined
          : this.notCoveredTopic(r.u, r.asked, r.text, r.context, r.verdict !== undefined),
    },
    {
      // "what degree does an NLP research scientist need — wait sorry i mean multimodal": the role corrected to.
      name: "a role corrected",
      example: ["what degree does an NLP research scientist need - wait sorry i mean the multimodal one"],
      decide: (r) => {
        const cue = CORRECTED_TO.exec(r.asked);
        if (!cue || r.u.roleIds.length < 2) return undefined;
        const meant = this.classifier.rolesIn(r.asked.slice(cue.index + cue[0].length));
        if (meant.length === 0) return undefined;
        const intent = r.u.focus ?? r.u.cueIntent ?? (isRoleIntent(r.u.intent) ? r.u.intent : "overview");
        return this.narrow({ ...r.u, intent, roleIds: meant, focus: undefined }, r.asked);
      },
    },
    {
      // "what does an NLP research scientist earn? / ok now rank it against X and Y, highest pay first": the role in
      // view ranked on pay with the roles named.
      // ("compare X and Y pay / now add Z and rank all three, highest first": the same.)
      name: "the role in view ranked against roles named",
      example: [
        "what does an NLP research scientist earn?",
        "ok now rank it against entry level AI engineer and multimodal AI research scientist, highest pay first",
      ],
      decide: (r) => {
        const inView = r.context?.roles ?? [];
        if (r.u.roleIds.length === 0 || inView.length === 0 || !RANK_IT_AGAINST.test(r.asked)) return undefined;
        const roleIds = [...inView.filter((id) => !r.u.roleIds.includes(id)), ...r.u.roleIds];
        return rankedOnPay(r.u, roleIds, r.asked, r.context);
      },
    },
    {
      // "which roles need a PhD? / ok and out of the ones that DON'T strictly need a phd, rank them by pay": the
      // ranking of the roles whose lowest degree is below the one named.
      name: "roles that don't need a degree, ranked on pay",
      example: ["which roles need a PhD?", "out of the ones that don't need a phd, rank them by pay, highest first"],
      decide: (r) => {
        const named = NOT_NEEDING_DEGREE.exec(r.asked);
        const degree = named && degreeNamed(named[1] ?? named[2] ?? "");
        // (Only a ranking on pay: "can I get a lead ML architect job without a phd" asks nothing of the kind, and
        // picking the roles below a degree reads every role of a catalogue.)
        if (!degree || !onPay(r.asked, r.context)) return undefined;
        const below = this.allRoleIds.filter((id) => {
          const lowest = this.lowestDegreeOf.get(id);
          return lowest !== undefined && DEGREE_LEVELS.indexOf(lowest) < DEGREE_LEVELS.indexOf(degree);
        });
        return rankedOnPay(r.u, below, r.asked, r.context);
      },
    },
    {
      // "senior AI app engineer or lead architect - which can I get into with fewer years?": a verdict between them.
      name: "verdict between named roles",
      example: ["senior ai application engineer or lead ml architect - which can I get into with fewer years?"],
      decide: (r) => {
        const named = r.verdict;
        return named && r.u.roleIds.length >= 2
          ? { ...r.u, intent: "compare", verdict: named, topicIds: undefined }
          : undefined;
      },
    },
    {
      // "what does an entry level AI engineer need to know? and is the pay comparable to what consultants get": a facet
      // of the role in view, set against a job the guide has no page for.
      name: "a role's facet set against a job the guide lacks",
      example: [
        "what does an entry level AI engineer need to know?",
        "and is the pay comparable to what consultants get",
      ],
      decide: (r) =>
        r.u.foreignJob &&
        r.u.roleIds.length === 0 &&
        r.u.cueIntent &&
        isRoleIntent(r.u.cueIntent) &&
        r.context?.roles.length &&
        AGAINST_A_JOB.test(r.lower)
          ? { ...r.u, intent: r.u.cueIntent, roleIds: r.context.roles.slice(0, 1), hasCue: true }
          : undefined,
    },
    {
      // "what's the pay for nlp research scientists? / is multimodal better paid?": the role named against the one
      // just priced, not a ranking of all five.
      name: "a pay verdict against the role just priced",
      example: ["what does an nlp research scientist earn?", "is multimodal better paid?"],
      decide: (r) => {
        const priced = r.context?.intent === "salary" ? r.context.roles : [];
        const asked = r.u.roleIds[0];
        const cue = r.u.roleIds.length === 1 ? PAID_MORE_OR_LESS.exec(r.lower) : null;
        if (!cue || !asked || priced.length !== 1 || priced[0] === asked || FIRST_PERSON.test(r.lower))
          return undefined;
        const verdict: Verdict = cue[1] ? "pay_low" : "pay_high";
        return { ...r.u, intent: "compare", roleIds: [asked, ...priced], verdict, hasCue: true };
      },
    },
    {
      name: "advice about the asker",
      example: ["5 yrs backend dev, python and sql, bachelor's in CS. which role fits me?"],
      decide: (r) =>
        // ("wat trends r shaping ML? / which of those matter most for fintech?": a choice among the topics just
        // listed, not among roles.)
        // ("... / and lead ML architect? / so which one's got the lower experience bar? for context I'm 4 yrs ...": a
        // verdict between the roles just talked about, the story its context.)
        (r.context?.intent && isTopicIntent(r.context.intent) && WHICH_OF_THOSE.test(r.asked)) ||
        ((r.verdict === "junior" || r.verdict === "senior") &&
          (r.context?.roles.length ?? 0) >= 1 &&
          WHICH_ONE_OF_THEM.test(r.asked))
          ? undefined
          : this.advice(r.u, r.asked, r.stated, r.context, r.partOfMessage),
    },
    {
      // "what's the pay for a multimodal AI research scientist? / and NLP? / which is higher": the two just priced.
      name: "a pay verdict after salaries",
      example: ["what does a lead ml architect earn?", "and the nlp research scientist?", "which is higher?"],
      decide: (r) => {
        const end = r.context?.intent === "salary" && r.u.roleIds.length === 0 ? WHICH_IS_HIGHER.exec(r.lower) : null;
        const priced = [...new Set([...(r.context?.roles ?? []), ...(r.context?.earlier ?? [])])].slice(0, 2);
        if (!end || priced.length < 2) return undefined;
        const verdict: Verdict = /lower|less|smaller|worse/.test(end[1] ?? "") ? "pay_low" : "pay_high";
        return { ...r.u, intent: "compare", roleIds: priced, verdict, hasCue: true };
      },
    },
    {
      // "want to be a lead ML architect by 42. what's required? / context: currently a manager, 12 yrs in IT infra":
      // the story told after one role's requirements is weighed against them.
      name: "a story told after a role's requirements",
      example: ["what does a lead ml architect need?", "context: 12 yrs in IT infra, bachelor's in IT, zero ML so far"],
      decide: (r) =>
        // ("bachelor's in IT" reads as the degree facet: a story's words may name one without asking it.)
        (r.u.intent === "unknown" || (isRoleIntent(r.u.intent) && r.u.roleIds.length === 0)) &&
        // ("6 yrs but only as Java developer, never did team lead. still chalega?": whether the story is enough.)
        (!r.lower.includes("?") || ENOUGH_ASKED.test(r.lower)) &&
        !ASKS_FOR_SOMETHING.test(r.lower) &&
        !ASKS_IN_ITS_WORDS.test(r.lower) &&
        r.context?.roles.length === 1 &&
        // ("is lead ML architect a realistic goal for someone coming back after a break? / for context: 10 yrs ...")
        (r.context.intent === "qualifications" ||
          r.context.intent === "skills" ||
          r.context.intent === "career_path") &&
        // (The facts in these words: "and is the pay comparable to what consultants get" after a story tells none.)
        hasProfileFacts(extractProfile(r.asked))
          ? { ...r.u, intent: "skill_gap", roleIds: r.context.roles.slice(0, 1), foreignJob: undefined, hasCue: true }
          : undefined,
    },
    {
      // "where's that figure from? need a source": the answer just given again, with its figures' sources.
      name: "the source of the answer before",
      example: ["what's the job growth for ML roles?", "where's that figure from? need a source"],
      decide: (r) =>
        r.context?.intent &&
        r.context.intent !== "smalltalk" &&
        r.u.roleIds.length === 0 &&
        r.lower.length < 120 &&
        SOURCE_ASKED.test(r.lower)
          ? {
              ...r.u,
              intent: r.context.intent,
              roleIds: r.context.roles,
              focus: r.context.focus,
              facet: r.context.facet,
              topics: r.context.topics ?? [],
              topicIds: undefined,
              verdict: r.context.verdict,
              hasCue: true,
            }
          : undefined,
    },
    {
      name: "follow-up",
      example: ["what does a lead ml architect earn?", "and the nlp research scientist?"],
      decide: (r) => this.followUp(r.u, r.asked, r.context, r.partOfMessage),
    },
    {
      // "what am I missing for lead ML architect? / wait, 6 yrs not 4": the gap or the fit just weighed, weighed again
      // with what the asker now says about themselves.
      name: "a correction to the story just weighed",
      example: ["I'm a backend dev, 4 yrs. what am I missing for lead ml architect?", "wait, 6 yrs not 4"],
      decide: (r) =>
        r.u.intent === "unknown" &&
        !r.u.foreignJob &&
        // ("correction: 9 is total, only 1 yr of that as TL. still ok?": the same question, asked again.)
        (!r.lower.includes("?") || STILL_OK.test(r.lower)) &&
        !ASKS_FOR_SOMETHING.test(r.lower) &&
        (r.context?.intent === "skill_gap" || r.context?.intent === "recommend") &&
        // (The facts in these words: a heading "sorry correction" before them tells none.)
        hasProfileFacts(extractProfile(r.asked))
          ? {
              ...r.u,
              intent: r.context.intent,
              roleIds: r.context.intent === "skill_gap" ? r.context.roles.slice(0, 1) : [],
              hasCue: true,
            }
          : undefined,
    },
    {
      // "I'm BI analyst, 3 yrs, SQL + python, bachelor in economics": a story and no question yet, kept for the next.
      name: "a story about oneself, nothing asked",
      example: ["I'm a BI analyst, 3 yrs, SQL + python, bachelor in economics"],
      decide: (r) =>
        // ("BSc in physics, then 2 years in a quant role": a job told, not the roles asked for.)
        (r.u.intent === "unknown" || (r.u.intent === "list_roles" && !r.u.explicit)) &&
        !r.u.foreignJob &&
        !r.lower.includes("?") &&
        !ASKS_FOR_SOMETHING.test(r.lower) &&
        // ("is wgu legit for a CS degree or should i just transfer": asked, without its "?".)
        !ASKS_IN_ITS_WORDS.test(r.lower) &&
        hasProfileFacts(r.stated)
          ? { ...r.blank, intent: "smalltalk", smalltalk: "noted", profile: r.u.profile }
          : undefined,
    },
    {
      name: "the question as asked",
      example: ["what do the top 10% of lead ml architects make?"],
      decide: (r) => this.narrow(r.u, r.asked),
    },
  ];

  /** A question read once: its text at each step of reading, and (on first use) the classifier's view of it. */
  private read(
    question: string,
    context: ConversationContext | undefined,
    statedInMessage: Profile | undefined,
    partOfMessage: boolean,
    /** Other languages' words read in English (`englishGloss`). */
    inEnglish: boolean,
  ): Reading {
    // ("¿y cuál paga menos?": the opening mark of a Spanish question is no word; the patterns read "y cuál ...".)
    const written = stripChatMarkup(String(question ?? "")).toLowerCase();
    const lower = written.includes("¿") || written.includes("¡") ? written.replace(/[¿¡]\s*/g, "") : written;
    const profile0: Profile = context?.profile ?? { skills: [], interests: [] };
    const blank: Understanding = { intent: "help", roleIds: [], topics: [], profile: profile0, currentRoleIds: [] };
    // ("is 65k good compared to what the guide says?": a figure held against the guide's, not roles compared.)
    // ("entry -> lead arch", "low -> high": an arrow is "to".)
    const greeted = withoutPlaceContrast(this.withoutGreeting(lower));
    // "architect nahi, normal ML engineer ki average salary?", "not the architect, normal ML engineers": a role turned
    // down before the question is not the one asked about.
    const turnedDown = ROLE_TURNED_DOWN.test(greeted) ? greeted.replace(ROLE_TURNED_DOWN, "") : greeted;
    // (Each only where its word or mark is: this runs for every question.)
    const againstGuide = turnedDown.includes("guide") || turnedDown.includes("data");
    const unguided = againstGuide ? turnedDown.replace(GUIDE_CONTRAST, " by the guide") : turnedDown;
    const arrowsRead = /[>→]/.test(unguided) ? unguided.replace(ARROW, " to ") : unguided;
    const text =
      FROM_UNTIL_NEEDS.test(arrowsRead) && MOVING_UP.test(arrowsRead)
        ? arrowsRead.replace(FROM_UNTIL, (all, from: string) => (RUNG_OR_ROLE.test(from) ? `from ${from} to ` : all))
        : arrowsRead;
    // "explain like im a wet lab biologist", "eli5": how to say it, not the explainability of models.
    const plainSpoken =
      text.includes("explain") || text.includes("eli5") ? text.replace(EXPLAIN_SIMPLY, " eli5 ") : text;
    // "what's a lead ml architect on?": the pay, in British English (the match ends with its "on").
    const paidOn = plainSpoken.includes(" on") ? PAID_ON.exec(plainSpoken) : null;
    const plainWords = paidOn
      ? `${plainSpoken.slice(0, paidOn.index + paidOn[0].length - 2)}paid${plainSpoken.slice(paidOn.index + paidOn[0].length)}`
      : plainSpoken;
    // "one of my juniors wants to move into NLP research": a person, not the junior (entry-level) role; "my new hire",
    // a person, not hiring.
    const peopleOut =
      plainWords.includes("junior") || plainWords.includes("senior") || plainWords.includes("new hire")
        ? plainWords.replace(PEOPLE_BY_RANK, " my colleague ")
        : plainWords;
    const { text: ownJobOut, currentRoleIds } = this.withoutOwnJob(inEnglish ? englishGloss(peopleOut) : peopleOut);
    // "how many yrs of NLP exp do they want?": a field of work, not the NLP research scientist role.
    // "or is that just a data analyst thing": a job named only for contrast.
    // Only where a role is already the subject: alone, "NLP work" is what the asker likes, and counts for advice.
    const subjectKnown = partOfMessage || (context?.roles.length ?? 0) > 0;
    // Each pattern runs only on a text with the words it needs (the text is in lower case).
    const withoutFields = (t: string) =>
      t
        .replace(FIELD_OF_WORK, (_m, _field: string, rest: string) => `field ${rest}`)
        .replace(YEARS_OF_FIELD, "$1 $2 the field")
        .replace(FIELD_DENIED, "$1 field");
    // ("for senior AI application engineer is the focus mostly LLM/NLP stuff?": a role named beside it is the subject.)
    const fieldless = holdsAny(ownJobOut, FIELD_OF_WORK_NEEDS) ? withoutFields(ownJobOut) : ownJobOut;
    const fieldsOut =
      fieldless !== ownJobOut && (subjectKnown || this.classifier.rolesIn(fieldless).length > 0)
        ? fieldless
        : ownJobOut;
    const passingOut = holdsAny(fieldsOut, IN_PASSING_NEEDS) ? fieldsOut.replace(IN_PASSING, " ") : fieldsOut;
    const certsOut = holdsAny(passingOut, CERT_NAME_NEEDS) ? passingOut.replace(CERT_NAME, "$1") : passingOut;
    const goalsOut = certsOut.includes("lead") ? certsOut.replace(LEAD_AS_GOAL, "$1$2 lead ml architect") : certsOut;
    const placesOut = holdsAny(goalsOut, ORDINAL_NEEDS)
      ? goalsOut.replace(ORDINAL_ONE, (words: string) => this.roleByOrdinal(words, context) ?? words)
      : goalsOut;
    const helpOut = placesOut.includes("help") ? placesOut.replace(DOES_IT_HELP, "$1 $2 change anything") : placesOut;
    const paidOut =
      helpOut.includes("pay") || helpOut.includes("paid") ? this.withThePaidOne(helpOut, context) : helpOut;
    const otherOut = paidOut.includes("other") ? this.withTheOtherRole(paidOut, context) : paidOut;
    const researchOut = otherOut.includes("research") ? this.withResearchRolesNamed(otherOut) : otherOut;
    const asked =
      researchOut.includes(" one ") || researchOut.includes(" role ")
        ? this.withDescribedRole(researchOut)
        : researchOut;
    const stated = statedInMessage ?? extractProfile(text);
    return new Reading(lower, text, asked, stated, context, partOfMessage, blank, currentRoleIds, this.classifier);
  }

  /**
   * The verdict a question asks for ("which pays more", "rank them by pay"), over the roles it is about: every role,
   * the roles the conversation talked about, or the ones the comparison names.
   */
  private withVerdict(understood: Understanding, r: Reading, rule: string): Understanding {
    if (rule === "small talk" || rule === "off-topic request" || rule === "not covered") return { ...understood, rule };
    const asked = r.asked;
    const context = r.context;
    // ("and for the degree, which requires the most?": the degree named before, in its own part, is what is weighed.)
    const asksVerdict =
      r.verdict ??
      (DEMANDS_THE_MOST.test(asked) && (context?.intent === "qualifications" || understood.focus === "qualifications")
        ? "most_schooling"
        : undefined);
    const continued = asksVerdict ? undefined : this.continuedVerdict(asked, context);
    const verdict = asksVerdict ?? continued;
    // "rank the roles by pay, lowest to highest": a verdict over every role.
    if (
      verdict &&
      ((understood.roleIds.length === 0 && RANK_ALL.test(asked)) ||
        // ("rank all 5 by salary (put senior ai app eng too if guide has it)": all of them, one named or not.)
        (EVERY_ONE.test(asked) &&
          /\b(which|who|cu[aá]l|qual|kiski|kiska|kaunsa|kaun sa|mana|rank\w*|sort\w*)\b/.test(asked)) ||
        // "which role needs the highest degree?": with no roles in view, the degree each asks for, every role.
        (understood.roleIds.length === 0 &&
          (context?.roles.length ?? 0) === 0 &&
          (verdict === "most_schooling" || verdict === "least_schooling") &&
          /^\W*(?:and |so |ok )?(?:which|what)\b/.test(asked))) &&
      // ("rank the roles by how much schooling they need ... if my BSc is enough": asked outright, a story or not.)
      (!hasProfileFacts(r.stated) || EVERY_ONE.test(asked) || /\b(rank|sort)\w*\b.{0,20}\broles\b/.test(asked))
    )
      return { ...understood, intent: "compare", roleIds: this.allRoleIds, verdict, topicIds: undefined, rule };
    // "which of these roles needs a PhD for sure? I have a masters and im 43": a question about the roles beside a
    // story is answered about the roles, not as advice for the asker.
    if (
      verdict &&
      understood.intent === "recommend" &&
      understood.roleIds.length === 0 &&
      hasProfileFacts(r.stated) &&
      /\bwhich\b/.test(asked) &&
      WHICH_ROLE.test(asked) &&
      !FIRST_PERSON.test(asked)
    )
      return { ...understood, intent: "compare", roleIds: this.allRoleIds, verdict, topicIds: undefined, rule };
    // "which of the two needs a PhD?", "so which one pays more?", "rank those 2 + the NLP one": after two roles, the
    // verdict is between those (and any the question adds).
    const talkedAbout = [...new Set([...(context?.roles ?? []), ...(context?.earlier ?? [])])];
    const between = [...new Set([...talkedAbout, ...understood.roleIds])];
    const addsToThem = understood.roleIds.every((id) => talkedAbout.includes(id)) || THOSE.test(asked);
    if (
      verdict &&
      understood.intent !== "compare" &&
      talkedAbout.length > 0 &&
      between.length >= 2 &&
      addsToThem &&
      // ("rank X, Y and Z by salary / ok now by how much school u need, least first": the same roles, another order.)
      (continued || /\b(which|who)\b/.test(asked) || THOSE.test(asked) || /\b(?:now|then|and) by\b/.test(asked))
    )
      return { ...understood, intent: "compare", roleIds: between, verdict, topicIds: undefined, rule };
    return {
      ...understood,
      topicIds: understood.topicIds ?? chooseTopics(understood.topics),
      ...(verdict && understood.intent === "compare" ? { verdict: understood.verdict ?? verdict } : {}),
      rule,
    };
  }

  /** "and how does that look in Madrid?" after "which pays more, X or Y?": the same verdict, asked again. */
  private continuedVerdict(asked: string, context: ConversationContext | undefined): Verdict | undefined {
    if (context?.intent !== "compare" || !context.verdict) return undefined;
    return BACK_REFERENCE.test(asked) && !this.classifier.classify(asked).hasCue ? context.verdict : undefined;
  }

  /**
   * The roles a statement is about: the asker's goal ("goal: lead ML architect in 3 years", "I want to be an X"),
   * else any it names that is not the asker's own job ("got an offer for a lead ML architect role").
   */
  rolesTalkedAbout(statement: string): { goal: boolean; roleIds: string[] } {
    const lower = stripChatMarkup(statement).toLowerCase().replace(PEOPLE_BY_RANK, " my colleague ");
    const cue = GOAL.exec(lower);
    const goal = cue ? this.classifier.rolesIn(lower.slice(cue.index + cue[0].length)) : [];
    if (goal.length > 0) return { goal: true, roleIds: goal };
    // Most statements name no role: the search for the asker's own job only runs when one is named.
    if (this.classifier.rolesIn(lower).length === 0) return { goal: false, roleIds: [] };
    // "entry level AI engineer, 3 quick ones:": a heading over the questions after it, not the writer's job.
    if (QUESTIONS_HEADING.test(lower)) return { goal: false, roleIds: this.classifier.rolesIn(lower) };
    // "2 yrs of nlp stuff at my current job": a field of the writer's work names no role.
    // ("4 roky як DevOps, але zero AI/NLP": a field said to be missing names none either.)
    const told = this.withoutOwnJob(lower).text.replace(FIELD_OF_WORK_STORY, " ").replace(FIELD_DENIED, " ");
    return { goal: false, roleIds: this.classifier.rolesIn(told) };
  }

  /** The role facet a clause names outright ("the average salary": salary), in any language the cues know. */
  facetNamedIn(clause: string): RoleIntent | undefined {
    const classified = this.classifier.classify(stripChatMarkup(clause).toLowerCase());
    return classified.hasCue ? classified.cueIntent : undefined;
  }

  /** A job the guide has no page for, named in a statement but not as the writer's own ("I'm a data scientist"). */
  /** "saw this ad: \"PhD, publications, vision-language ...\" which role is this closest to?": the role it is. */
  roleOfJobAd(message: string, question: string): string | undefined {
    return this.jobAds.roleOfAd(message, question);
  }

  jobNotCoveredIn(statement: string): NotCoveredTopic | undefined {
    const lower = stripChatMarkup(statement).toLowerCase();
    const job = this.notCovered.findAll(lower).find((t) => t.isRole);
    if (!job || this.classifier.rolesIn(lower).length > 0) return undefined;
    // "data analyst here, my VP keeps saying ...": a job opening the statement is the writer's.
    const at = job.phrases.map((p) => lower.indexOf(p.replace(/\*$/, ""))).filter((i) => i >= 0);
    if (at.length === 0 || Math.min(...at) <= 2) return undefined;
    // Only a job someone else talks up ("everyone says 'prompt engineer' is ..."): a job told bare is usually the
    // writer's own ("data analyst here, ...").
    // ("our IT team is hiring an 'MLOps engineer' and im the docker/k8s person": a job in quotes is no one's own.)
    const quoted = at.some((i) => /['"“‘]/.test(lower[i - 1] ?? ""));
    return (REPORTED_JOB.test(lower) && !SELF_INTRO_ANYWHERE.test(lower)) || quoted ? job : undefined;
  }

  /**
   * A topic the guide lacks in what someone told the writer ("my counselor says I need 2 more promo cycles"): what a
   * "is that normal?" after it asks about.
   */
  topicToldIn(statement: string): NotCoveredTopic | undefined {
    return TOLD_BY_SOMEONE.test(stripChatMarkup(statement).toLowerCase()) ? this.topicNamedIn(statement) : undefined;
  }

  /**
   * The guide's challenges or practices a story names ("our models keep silently degrading in prod and the training
   * features don't match the serving ones"): what a "does the guide have anything on handling that?" after it asks.
   */
  guideTopicsToldIn(statement: string): Pick<Understanding, "intent" | "topicIds"> | undefined {
    const read = this.classifier.classify(stripChatMarkup(statement).toLowerCase());
    if (!(read.intent === "challenges" || read.intent === "best_practices") || read.topics.length === 0)
      return undefined;
    return { intent: read.intent, topicIds: chooseTopics(read.topics) };
  }

  /** A topic the guide lacks, named in words that ask nothing ("with the EU AI Act coming in ... lol"). */
  topicNamedIn(fragment: string): NotCoveredTopic | undefined {
    return this.notCovered.findAll(stripChatMarkup(fragment).toLowerCase()).find((t) => !t.isRole);
  }

  /**
   * A career question the guide does not answer: negotiating, interviews, visas, a job it has no page for. A job it
   * lacks only counts where none of its own roles is asked about ("data scientist salary?"), not beside one.
   */
  private notCoveredTopic(
    u: Understanding,
    asked: string,
    whole: string,
    context: ConversationContext | undefined,
    asksVerdict = false,
  ): Understanding | undefined {
    // "what's the stock price of NVIDIA" names a company but asks nothing about a career.
    // Within a message or conversation about a role ("lead ML architect: ... hows the WLB?") it is one.
    if (!(u.hasCue || u.roleIds.length > 0 || CAREER_WORDS.test(whole) || (context?.roles.length ?? 0) > 0))
      return undefined;
    // "is data scientist a better career than ML engineer?": a job family names none of the guide's own roles.
    // Computed only for a topic found (most parts name none): each costs a classifier pass or dozens of patterns.
    const namesOwnRole = lazy(
      () => u.roleIds.length > 0 && this.classifier.rolesIn(this.withoutFamilies(asked)).length > 0,
    );
    // "is data scientist one of the roles?" asks about the list, not for advice: "which" counts beside a story.
    const adviceCue = lazy(
      () =>
        firstMatch(RECOMMEND_FOR_ME, asked) ??
        firstMatch(SKILL_GAP, asked) ??
        ((FIRST_PERSON.test(asked) || hasProfileFacts(u.profile)) && !ONE_OF_THE_ROLES.test(asked)
          ? (WHICH_ROLE.exec(asked) ?? undefined)
          : undefined),
    );
    const asksAdvice = () => adviceCue() !== undefined;
    // "Tenure track market is a nightmare. NLP or multimodal, which fits me better?": a topic told in the story, in
    // a sentence before the request for advice, is not what is asked.
    const askedSentence = lazy(() => {
      const cue = adviceCue();
      if (!cue || !hasProfileFacts(u.profile)) return asked;
      return fromLastStatement(asked, cue.index);
    });
    // "Which of these roles actually needs a PhD? I really don't want to do 5 more years of school at my age.": a
    // verdict asked, then a reason told; the topic of the reason is not what is asked.
    const questionsOnly = asksVerdict ? askedSentences(asked) : asked;
    const topic = this.notCovered.findAll(questionsOnly).find(
      (t) =>
        // A job the guide lacks only counts where none of its own roles is asked about, or beside one compared.
        // "is data scientist a better bet than AI engineer?": set against one of its roles, by any word.
        !(t.isRole && namesOwnRole() && u.intent !== "compare" && !SET_AGAINST.test(asked)) &&
        // "is the ML job market actually growing or is it about to layoff everyone": the market, which the guide has,
        // asked outright; the fear after it is no topic of its own.
        !(t.nearest?.includes("market") && MARKET_ASKED_OUTRIGHT.test(asked)) &&
        // "research engineer here, built a portfolio... which role fits me?": words of a story around a request
        // for advice name what the person did, not what they ask about.
        // With no story ("data scientist vs ml engineer, which one should i pick?"), the job is what they ask about.
        // "should i aim for data scientist instead?": a job the asker aims at is asked about, story or not.
        !(!t.overridesAdvice && hasProfileFacts(u.profile) && asksAdvice() && !(t.isRole && AIMS_AT_JOB.test(asked))) &&
        (askedSentence() === asked || this.notCovered.findAll(askedSentence()).some((f) => f.id === t.id)) &&
        // "am I ready to go for lead ML architect or is that imposter syndrome talking?": a doubt added after the
        // request for advice is not what is asked.
        !(
          HEDGE_AFTER_ADVICE.test(asked) &&
          asksAdvice() &&
          !this.notCovered.findAll(askedSentence().replace(HEDGE_AFTER_ADVICE, " ")).some((f) => f.id === t.id)
        ),
    );
    if (!topic) return undefined;
    // "python and sql daily, bit of pytorch on a side project": a story told, nothing asked (kept for what follows).
    // (Read only once a topic is found: most parts name none, and reading a profile is not free.)
    if (
      !whole.includes("?") &&
      !ASKS_IN_ITS_WORDS.test(whole) &&
      !ASKS_FOR_SOMETHING.test(whole) &&
      hasProfileFacts(extractProfile(whole))
    )
      return undefined;
    // "how do I negotiate it?" after a role: that role's figures are the nearest help.
    // "am i too old to start as an entry level engineer?": the role the asker aims at counts here too.
    const named = u.roleIds.length > 0 ? u.roleIds : u.currentRoleIds;
    // "... and an nlp research scientist? and do data scientists make more": the pay of the job the guide lacks, set
    // against the role just talked about; that role's figures are the nearest help.
    const paySetAgainst = topic.isRole && PAID_MORE_THAN_IT.test(asked);
    // ("too old at 47 to become an ML engineer, like entry level?": of roles not set against each other, the last
    // named is the one meant.)
    const meant = named.length > 1 && !ROLES_SIDE_BY_SIDE.test(asked) ? named.slice(-1) : named;
    const roleIds = meant.length > 0 ? meant : topic.isRole && !paySetAgainst ? [] : (context?.roles ?? []).slice(0, 1);
    // "how much does a data scientist make compared to an ML engineer?": the guide's ML engineer figures help.
    const familyPay = topic.isRole && ASKS_PAY.test(asked) && this.familyAliases.some((f) => f.test.test(asked));
    // "which AI job roles do you have info on? mainly want to know if data engineer is one of them": the roles the guide
    // has, not the one nearest to the job it lacks.
    const listAsked = topic.isRole && topic.nearestRole !== undefined && ROLES_ON_OFFER.test(asked);
    return {
      ...u,
      intent: "not_covered",
      notCovered: listAsked ? { ...topic, nearestRole: undefined } : topic,
      roleIds,
      topics: [],
      topicIds: undefined,
      ...(familyPay ? { familyPay } : {}),
      ...(paySetAgainst && roleIds.length > 0 ? { cueIntent: "salary" as const } : {}),
    };
  }

  private smalltalk(lower: string): SmalltalkKind | undefined {
    // "damn 😳 ty that's super helpful": emoji say nothing a word doesn't.
    const unapologetic = (EMOJI.test(lower) ? lower.replace(EMOJI_ALL, " ").replace(/\s+/g, " ") : lower).trim();
    if (FORGET_ME.test(unapologetic)) return "forget_me";
    // ("sorry for the wall of text earlier 🙈 thank u for being patient with me bot": the thanks after the apology.)
    // ("omg thank u so much ...", "lmaooo ok thanks bot": an exclamation or laughter before the thanks.)
    const trimmed = unapologetic
      .replace(APOLOGY_BEFORE_THANKS, "")
      .replace(/^(?:omg|wow|aww?|oh wow|lmao+|lol+|haha+)[\s,!.]+/, "");
    // "lol ok that's a lot. cheers mate", "ty bot, that just saved me a 30 min recruiter call": thanks in a short
    // remark, or opening a longer one, that asks nothing.
    const words = trimmed.split(/\s+/).length;
    // ("salary ty in advance, my org is getting 'reprioritized'": a facet named is asked, thanks or not.)
    // ("cool ty. totally unrelated but is there a channel here for memes lol": something else asked, without its "?".)
    const asksNothing =
      !trimmed.includes("?") &&
      !ASKS_AFTER_ALL.test(trimmed) &&
      !NAMES_A_FACET.test(trimmed) &&
      !SAID_UNRELATED.test(trimmed);
    if (
      asksNothing &&
      ((words <= THANKS_REMARK_WORDS && (THANKS_ANYWHERE.test(trimmed) || THANKS_BEYOND_ASCII.test(trimmed))) ||
        (words <= THANKS_OPENING_WORDS && THANKS_AT_START.test(trimmed)))
    )
      return "thanks";
    // "lol this bot answers faster than my advisor ever has 🙏 thanks": thanks closing a remark that asks nothing.
    if (
      !trimmed.includes("?") &&
      THANKS_AT_END.test(trimmed) &&
      this.isChatter(trimmed.replace(THANKS_AT_END, ""), false, true)
    )
      return "thanks";
    const short = words <= SMALLTALK_SHORT_WORDS;
    if (RESET_WORDS.test(trimmed) && short) return "reset";
    for (const { kind, pattern, anywhere } of SMALLTALK_ANYWHERE) {
      // "great, bye!": in a short message the word may come second.
      const found = pattern.exec(trimmed) ?? (short ? anywhere.exec(trimmed) : null);
      // "great, bye!" but not "translate hello into french": only filler may come before the word.
      const match =
        found && SMALLTALK_FILLER.test(trimmed.slice(0, found.index).replace(/[\s,!.]+$/, "")) ? found : null;
      if (!match) continue;
      const rest = trimmed.slice(match.index + match[0].length).replace(/^[\s,!.?]+/, "");
      // "thx. totally unrelated but is the VPN down for anyone else?": after the thanks, a question of its own (one
      // said to be unrelated needs no "?").
      if (
        kind === "thanks" &&
        (rest.includes("?") || SAID_UNRELATED.test(rest)) &&
        rest.split(/\s+/).length > QUESTION_AFTER_THANKS_WORDS &&
        !SMALLTALK_FILLER.test(rest)
      )
        return undefined;
      if (SMALLTALK_FILLER.test(rest) || this.isChatter(rest, kind === "hello")) return kind;
      // ("thank u so much for explaining the lead architect stuff yesterday, i finally understand what my nephew does
      // lol": thanks for an answer, whatever it named.)
      if (kind === "thanks" && THANKS_FOR_AN_ANSWER.test(rest) && !rest.includes("?")) return kind;
      // "gm gm ☕ just wanted to say thanks, the breakdown yesterday helped a lot": a greeting, then thanks.
      if (kind === "hello" && rest && rest !== trimmed) {
        const after = this.smalltalk(rest);
        if (after) return after === "hello" ? kind : after;
      }
    }
    // "hahaha this server is chaos today 😂 anyway good morning everyone": a remark, then the greeting.
    const turn = TURNING_TO.exec(trimmed);
    if (turn && asksNothing && this.isChatter(trimmed.slice(0, turn.index)))
      return this.smalltalk(trimmed.slice(turn.index + turn[0].length));
    return undefined;
  }

  /**
   * The text in lower case with the job titles blanked out where it names two or more, a choice between them ("NLP
   * research scientist or multimodal AI research scientist?"); one title named alone ("would multimodal research
   * scientist fit me?") is an aim, and stays.
   */
  withoutTitlesOfAChoice(text: string): string {
    const lower = text.toLowerCase();
    const titles = [...this.jobTitles.matchAll(lower)].filter((m) => this.roleTitles.has(m[0].replace(/s$/, "")));
    if (new Set(titles.map((m) => m[0])).size < 2) return lower;
    let out = lower;
    for (const match of titles) {
      const start = match.index ?? 0;
      out = `${out.slice(0, start)}${" ".repeat(match[0].length)}${out.slice(start + match[0].length)}`;
    }
    return out;
  }

  /** The text with job-family names ("ML engineers") blanked out. */
  /** "just a regular ML engineer": the job family, and none of the guide's roles. */
  namesOnlyAFamily(text: string): boolean {
    const lower = stripChatMarkup(text).toLowerCase();
    return (
      this.familyAliases.some((f) => f.test.test(lower)) &&
      this.classifier.rolesIn(this.withoutFamilies(lower).replace(/\b(?:lead|architect)\b/g, " ")).length === 0
    );
  }

  private withoutFamilies(text: string): string {
    let out = text;
    for (const { pattern } of this.familyAliases) out = out.replace(pattern, " ");
    return out;
  }

  /**
   * Nothing career-related in it: no role, job, topic, cue word or fact about the person ("this was gold").
   * `afterGreeting`: what follows "gm gm everyone" may hold a weak cue that reaches no intent and still be chatter
   * ("monday ko office jaane ka mann hi nahi karta yaar"), unless it asks; not what comes before thanks ("can u write
   * me a pytorch training loop thx" is a request).
   */
  private isChatter(text: string, afterGreeting = false, beforeThanks = false): boolean {
    const c = this.classifier.classify(text);
    return (
      c.roleIds.length === 0 &&
      c.topics.length === 0 &&
      (!c.hasCue || (afterGreeting && c.intent === "unknown" && !text.includes("?"))) &&
      // ("this bot is more helpful than my last 3 recruiters combined 🙏 thank u!!": a job named in the compliment.)
      (beforeThanks || !c.foreignJob) &&
      !firstMatch(SKILL_GAP, text) &&
      !hasProfileFacts(extractProfile(text))
    );
  }

  /** "hi, which role ..." is a question: the greeting is dropped so it does not read as a request for help. */
  private withoutGreeting(lower: string): string {
    for (const { pattern } of SMALLTALK) {
      const match = pattern.exec(lower);
      if (match) return lower.slice(match[0].length).replace(/^[\s,!.:-]+/, "");
    }
    return lower;
  }

  /** The guide's roles the asker says they hold ("I'm a lead ML architect in SF"). */
  ownRolesIn(text: string): string[] {
    return this.withoutOwnJob(text.toLowerCase()).currentRoleIds;
  }

  /** The asker's own job ("data analyst here", "I'm an ML engineer") is background, not the role asked about. */
  private withoutOwnJob(text: string): { text: string; currentRoleIds: string[] } {
    let out = text;
    const currentRoleIds: string[] = [];
    // Most questions tell no story: skip the search over every job title unless something introduces one.
    if (!SELF_STORY.test(text)) return { text, currentRoleIds };
    for (const match of this.jobTitles.matchAll(text)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const before = text.slice(Math.max(0, start - 30), start);
      const after = text.slice(end, end + 20);
      // ("multimodal AI research scientist (sorry, long day):": an aside in brackets tells nothing of the writer;
      // "3. lead ml architect (base)": nor does the facet asked of it.)
      const atStart =
        start <= 1 &&
        /^\s?(here|w\/(?!o\b)|with|for|\((?!\s*(sorry|pls|please|asking|for a|lol|long|quick|base|salary|pay|comp|avg|average|tc|total|range|us|usa)\b))/.test(
          after,
        );
      if (!(SELF_INTRO.test(before) || SELF_OUTRO.test(after) || atStart)) continue;
      // ("what's the pay for an NLP research scientist here?": "here" is where the asker is, the role is asked about.)
      if (/^,? ?here\b/.test(after) && /\b(?:for|of|to|than|vs\.?|like|about)\s+(?:an?\s+|the\s+)?$/.test(before))
        continue;
      const phrase = match[0];
      const isFamily = this.familyAliases.some((f) => f.test.test(phrase));
      if (!isFamily) currentRoleIds.push(...this.classifier.rolesIn(phrase));
      out = `${out.slice(0, start)}${" ".repeat(phrase.length)}${out.slice(end)}`;
    }
    // "1 yr as a junior python dev": a job the title list lacks names no role either ("junior" alone would).
    out = out.replace(UNLISTED_OWN_JOB, (m) => " ".repeat(m.length));
    return { text: out, currentRoleIds: [...new Set(currentRoleIds)] };
  }

  private advice(
    u: Understanding,
    asked: string,
    stated: Profile,
    context: ConversationContext | undefined,
    partOfMessage = false,
  ): Understanding | undefined {
    // "is X a good fit for her?", "would he qualify?": someone else's fit; the asker's story is not theirs.
    if (SOMEONE_ELSES_FIT.test(asked)) return undefined;
    // "could I work remote as a multimodal AI research scientist from Japan?": whether the role is done remotely.
    // ("Is ~188k realistic for a lead ML architect job over there?": a sum weighed against the role's pay.)
    if (
      ((REMOTE_WORDS.test(asked) && u.roleIds.length > 0 && !/\bwhich\b/.test(asked)) || A_SUM.test(asked)) &&
      !firstMatch(SKILL_GAP, asked) &&
      !firstMatch(RECOMMEND_FOR_ME, asked)
    )
      return undefined;
    // "entry level AI engineer — what's the first job title I'd actually get?": the role's first rung, not a fit.
    if (FIRST_TITLE.test(asked) && !firstMatch(SKILL_GAP, asked)) return undefined;
    // "which one needs docker?" after a comparison: one of those two, on that facet (a follow-up, below).
    if (
      context?.intent === "compare" &&
      context.roles.length >= 2 &&
      WHICH_OF_THEM.test(asked) &&
      !FIRST_PERSON.test(asked)
    )
      return undefined;
    // "lead ml architect certs, which ones actually help?": a facet of one role, asked without "I" or "me".
    if (THINGS_WHICH.test(asked) && !FIRST_PERSON.test(asked)) return undefined;
    // "If I finish the Azure AI-102 certification ...? And which roles in your guide actually ask for Azure?": the
    // roles asking for it, whatever the story.
    const asksWhichNeed = ROLES_THAT_ASK_FOR.exec(asked);
    if (asksWhichNeed && !FIRST_PERSON.test(sentenceAt(asked, asksWhichNeed.index))) {
      const criterion = readCriterion(asked);
      if (hasCriterion(criterion)) return { ...u, intent: "recommend", roleIds: [], criterion, criterionOnly: true };
    }
    // "2 yrs as a data analyst. which roles are in the guide? and which fits me best?": the roles on offer first.
    // ("what roles do you even know about? i'm a postdoc ...": the sentence that asks says nothing of the writer.)
    const onOffer = ROLES_ON_OFFER.exec(asked);
    // ("Before I ask about my options, can you please list out which AI roles you have information on?": its clause.)
    if (onOffer && !FIRST_PERSON.test(clauseAt(asked, onOffer.index))) return undefined;
    const contextRoles = context?.roles ?? [];
    const pointsBack = BACK_REFERENCE.test(asked);
    // Roles named after the cue are the ones asked about; roles before it describe the asker ("5 years of NLP
    // work, what am I missing for senior AI engineer?", "NLP PhD here, which role fits me?").
    // A job family ("a team of ML engineers") or a field ("NLP work") names no role to choose.
    const rolesNamedIn = (text: string) =>
      this.classifier.rolesIn(this.withoutFamilies(text).replace(FIELD_WORDS, " ").replace(BEGINNER_ASKING, " "));
    // The roles named after the cue, in its own sentence: "which one should I go for? I've got 1 yr as a junior dev"
    // does not choose the junior role the story names.
    const after = (match: RegExpExecArray) =>
      rolesNamedIn(asked.slice(match.index + match[0].length).split("?")[0] ?? "");
    // "3 yrs of ML, is that still 'entry level' or mid-level by the guide's standards?": the asker's rung of the
    // guide's ladder, which its career path gives by years.
    if (LEVEL_WEIGHED.test(asked)) return { ...u, intent: "career_path" };
    const gapCue = firstMatch(SKILL_GAP, asked);
    // "started as a junior AI engineer / after how many years can I become senior?": a rung of the ladder, asked of
    // the role in view, is its path.
    if (gapCue && u.intent === "career_path" && RUNG_OF_LADDER.test(asked) && rolesNamedIn(asked).length === 0)
      return undefined;
    if (gapCue) {
      // "which of these roles is realistic for ME?": a choice among them, not the one a story happened to name.
      // ("which of the research ones is realistic for me?": a choice among the roles it names.)
      // ("which is the more realistic target: lead ML architect or entry level ai engineer?": the two after it.)
      // "is X even realistic for me or should I aim at Y first?": the two named, weighed for the asker.
      const named = rolesNamedIn(asked);
      if (OR_SHOULD_I.test(asked) && named.length >= 2 && hasProfileFacts(u.profile))
        return { ...u, intent: "recommend", roleIds: named, criterion: readCriterion(asked) };
      // ("[ma sœur ... NLP research scientist] / et moi j'ai juste un bac+2, je pourrais viser quoi comme rôle?": a
      // role asked for, none named, whatever role the conversation was on.)
      const choosing =
        (/\bwhich\b/.test(asked) && (WHICH_ROLE.test(asked) || named.length >= 2) && after(gapCue).length !== 1) ||
        (named.length === 0 && u.roleIds.length === 0 && contextRoles.length > 0 && ROLE_TO_AIM_FOR.test(asked));
      const target = choosing
        ? undefined
        : (after(gapCue)[0] ?? rolesNamedIn(asked)[0] ?? u.roleIds[0] ?? contextRoles[0]);
      // With nothing said about the person, "what should I learn for X" is the lookup of X's requirements; so is
      // "I'm a student. what do I need to study to be X?": being a student is nothing to check X's requirements against.
      const onlyStudying =
        !hasProfileFacts({
          ...u.profile,
          starter: undefined,
          background: u.profile.studying && u.profile.background === "student" ? undefined : u.profile.background,
        }) && STUDY_ASKED.test(asked);
      if (target && hasProfileFacts(u.profile) && !onlyStudying)
        return { ...u, intent: "skill_gap", roleIds: [target] };
      if (!target && !hasProfileFacts(u.profile)) return { ...u, intent: "skill_gap", roleIds: [], clarify: true };
    }
    // "which role pays the most? / and the least?": the same ranking, the other way round.
    // "which role needs the most experience? / and which needs the least?": the same criterion, the other end.
    const otherEnd = context?.intent === "recommend" && u.roleIds.length === 0 && OTHER_END.exec(asked.trim());
    if (otherEnd) {
      const low = /least|lowest|fewest/.test(otherEnd[1] ?? "");
      const byYears = context?.order === "years_high" || context?.order === "years_low";
      const order: RankOrder = byYears ? (low ? "years_low" : "years_high") : low ? "pay_low" : "pay_high";
      return { ...u, intent: "recommend", roleIds: [], criterion: { ...readCriterion(""), order } };
    }
    // "what do the best paid ones make?" after a salary answer is about that role, not a ranking.
    const followsUp = contextRoles.length > 0 && pointsBack && u.roleIds.length === 0;
    // ("what does the path look like if I want to be Director of ML?": the path asked about, not a role for me.)
    const describesPath =
      u.intent === "career_path" && /\b(path|ladder|progression|route)\b/.test(asked) && !/\bwhich\b/.test(asked);
    const forMe = describesPath ? null : firstMatch(RECOMMEND_FOR_ME, asked);
    // "what does the senior level path look like" describes a path; "which path should I take" is forMe above.
    const whichRole = u.intent === "career_path" && /\bpaths?\b/.test(asked) ? null : choiceAmongRoles(asked);
    const which =
      forMe ??
      whichRole ??
      RANKED_ROLE.exec(asked) ??
      /\bbetter\b/.exec(asked) ??
      (contextRoles.length < 2 ? BARE_WHICH.exec(asked.trim()) : null);
    const criterion = lazy(() => readCriterion(asked));
    // "X or aim for Y — which fits me?": the choices are named before the question when none follow it.
    const before = which ? rolesNamedIn(asked.slice(0, which.index)) : [];
    // "the multimodal research scientist job, is it doable for me?": one role named before a question that ends on
    // "for me" is the one weighed.
    const endsOnIt =
      which !== null &&
      /\b(for me|pour moi|para m[ií]m?|f[üu]r mich|per me|voor mij)\W*$/.test(which[0]) &&
      /^\W*$/.test(asked.slice(which.index + which[0].length));
    const named = which
      ? after(which).length > 0 ||
        (before.length < 2 && !(endsOnIt && before.length === 1)) ||
        // ("compare X and Y for me - which is more realistic": the two set side by side are the choices.)
        (before.length >= 2 && !/\b(or|vs\.?|versus|compare|comparing|between)\b/.test(asked.slice(0, which.index)))
        ? after(which)
        : before
      : u.roleIds;
    // "compare X and Y / ok which one should I go for?": one of the two just compared.
    const choices =
      named.length === 0 && context?.intent === "compare" && contextRoles.length >= 2 && WHICH_OF_THEM.test(asked)
        ? contextRoles
        : named;
    // A role named before the cue is the asker's story only when the message tells one ("NLP PhD, which role?");
    // otherwise it is the subject ("what about the multimodal one?").
    const namesRole =
      choices.length > 0 || (!hasProfileFacts(stated) && u.roleIds.length > 0 && rolesNamedIn(asked).length > 0);
    // "My dream is lead ML architect in 5 yrs!!! which path i should follow?": the path to the one role in view.
    if (forMe && choices.length === 0 && contextRoles.length === 1 && u.roleIds.length === 0 && WHICH_PATH.test(asked))
      return { ...u, intent: "career_path", roleIds: contextRoles };
    if (forMe && choices.length !== 1) return { ...u, intent: "recommend", roleIds: choices, criterion: criterion() };
    // "entry level AI eng: ..., and what's usually the first job title?": a facet of the role the message is about.
    const facetOfSubject = partOfMessage && contextRoles.length > 0 && u.hasCue && isRoleIntent(u.intent);
    if (
      which &&
      !namesRole &&
      !followsUp &&
      !facetOfSubject &&
      (hasProfileFacts(stated) || hasCriterion(criterion()))
    ) {
      return { ...u, intent: "recommend", roleIds: [], criterion: criterion() };
    }
    // "wait actually I DO have a masters ... does that change anything for lead ML architect?": a new fact, weighed
    // against the role the question names.
    if (
      (context?.intent === "recommend" || context?.intent === "skill_gap") &&
      STILL_HOLDS.test(asked) &&
      hasProfileFacts(stated) &&
      rolesNamedIn(asked).length === 1
    )
      return { ...u, intent: "skill_gap", roleIds: rolesNamedIn(asked) };
    // "which role fits me? / actually I do have a masters, does that change anything?": the same choice, weighed again.
    // ("... / wait actually it's 3 yrs not 2 lol": a fact corrected, nothing asked, is weighed again too.)
    if (
      context?.intent === "recommend" &&
      (STILL_HOLDS.test(asked) || (!asked.includes("?") && CORRECTS.test(asked))) &&
      hasProfileFacts(stated) &&
      rolesNamedIn(asked).length === 0 &&
      u.roleIds.length === 0
    )
      return { ...u, intent: "recommend", roleIds: [], criterion: criterion() };
    // "oh forgot, i also used aws at work" after a gap: the same gap, with what they added.
    if (
      context?.intent === "skill_gap" &&
      contextRoles.length > 0 &&
      // "i've also done 2 yrs of nlp stuff": a field of their work names no role.
      rolesNamedIn(asked).length === 0 &&
      // "... and i do have a bachelor's. cambia algo?": a new fact and the same question, in any language.
      // ("and what does it pay, I'm in Berlin" asks something else, without its "?".)
      ((!asked.includes("?") && FIRST_PERSON.test(asked) && !ASKS_SOMETHING_ELSE.test(asked)) ||
        STILL_HOLDS.test(asked)) &&
      hasProfileFacts(stated)
    )
      return { ...u, intent: "skill_gap", roleIds: contextRoles.slice(0, 1) };
    // "what degree do I need for NLP research scientist? / I only have a bachelor's btw": a fact told after what one
    // role asks for is weighed against that role.
    if (
      !namesRole &&
      contextRoles.length === 1 &&
      ["qualifications", "skills", "overview", "career_path"].includes(context?.intent ?? "") &&
      // ("salary range pls, doing my PhD ...": a facet asked, with a story beside it.)
      !(u.hasCue && isRoleIntent(u.intent) && u.intent !== "qualifications") &&
      !asked.includes("?") &&
      !opensWithQuestionWord(asked) &&
      FIRST_PERSON.test(asked) &&
      hasProfileFacts(stated) &&
      !pointsBack
    )
      return { ...u, intent: "skill_gap", roleIds: contextRoles.slice(0, 1) };
    // "I'm a backend dev with 6 years ...": a statement about oneself gets a first recommendation.
    if (
      !namesRole &&
      (!asked.includes("?") || OPEN_ASK.test(asked.trim())) &&
      // "do i need to know LLM stuff" is a question, with or without its "?"; so is "languages — is python enough".
      !opensWithQuestionWord(asked) &&
      !QUESTION_AFTER_DASH.test(asked) &&
      FIRST_PERSON.test(asked) &&
      hasProfileFacts(stated) &&
      !pointsBack
    ) {
      const lookup =
        u.hasCue &&
        !["skills", "help", "list_roles", "unknown", "overview", "qualifications", "career_path"].includes(u.intent);
      if (!lookup) return { ...u, intent: "recommend", roleIds: [], criterion: criterion(), statedOnly: true };
    }
    // "PhD in vision, python and c++, aiming for multimodal research scientist": a target and a story is a gap.
    const story = stated.degree !== undefined || stated.years !== undefined || stated.skills.length > 0;
    if (
      choices.length === 1 &&
      story &&
      // ("... did my B.Tech. Kindly let me know what is the qualification required for X": the "me" of a polite
      // request asks nothing about the asker.)
      FIRST_PERSON.test(asked.replace(POLITE_REQUEST, " ")) &&
      // "do I need a degree to be X?" asks for X's requirement, narrowly.
      !DO_I_NEED.test(asked) &&
      // "for the lead ML architect role which MLOps / deployment tools should i be learning?": its tools, named.
      !WHICH_OF_ITS_TOOLS.test(asked) &&
      // "what comes after lead ML architect, is director the path?": the path beyond X, not the way to it.
      !BEYOND_THE_ROLE.test(asked) &&
      // ("what does the career path look like if I start at entry level?": where the path starts, not its end.)
      !STARTS_AT.test(asked) &&
      // ("what salary should I be aiming for as X?" asks the pay, aim or not.)
      ((ASPIRATION.test(asked) && !(u.intent === "salary" && u.hasCue)) ||
        ["qualifications", "skills", "overview", "career_path"].includes(u.intent)) &&
      u.currentRoleIds.length === 0
    ) {
      return { ...u, intent: "skill_gap", roleIds: choices };
    }
    // "How do I become X" from someone who said what they have: what stands between them and X.
    // ("7 yrs as a developer, master's / what does a lead ML architect do? / and how do I get there?": X just talked
    // about.)
    const toRoleInView = u.roleIds.length === 0 && contextRoles.length === 1 && HOW_DO_I_GET_THERE.test(asked);
    const pathTo = u.roleIds.length === 1 ? u.roleIds : toRoleInView ? contextRoles : [];
    if (
      u.intent === "career_path" &&
      pathTo.length === 1 &&
      // (To the role in view, what they told earlier in the conversation counts: the profile is merged.)
      (hasProfileFacts(stated) || (toRoleInView && hasProfileFacts(u.profile))) &&
      u.currentRoleIds.length === 0 &&
      !HOW_LONG.test(asked) &&
      !BEYOND_THE_ROLE.test(asked) &&
      // ("what does the career path look like if I start at entry level?": where the path starts, not its end.)
      !STARTS_AT.test(asked)
    ) {
      return { ...u, intent: "skill_gap", roleIds: pathTo };
    }
    if (
      !namesRole &&
      u.intent === "career_path" &&
      // "what's the next level after lead?" asks about the ladder, whoever asks.
      !NEXT_RUNG.test(asked) &&
      // ("3 yrs as an ML engineer. what is the usual career path?": the ladder described, asked without "me".)
      !(describesPath && !FIRST_PERSON.test(asked.split(/(?<=[.!?])\s+/).at(-1) ?? asked)) &&
      hasProfileFacts(stated) &&
      u.currentRoleIds.length === 0 &&
      contextRoles.length === 0
    ) {
      return { ...u, intent: "recommend", roleIds: [], criterion: criterion() };
    }
    return undefined;
  }

  private followUp(
    understood: Understanding,
    asked: string,
    context: ConversationContext | undefined,
    partOfMessage: boolean,
  ): Understanding | undefined {
    // ("correction: 9 is total, only 1 yr of that as TL. still ok?" after a gap: the gap weighed again, by the rule
    // after this one.)
    if (
      understood.intent === "unknown" &&
      (context?.intent === "skill_gap" || context?.intent === "recommend") &&
      STILL_OK.test(asked)
    )
      return undefined;
    // ("btw unrelated, does anyone know a good crimping tool for JST-XH connectors?": said to follow nothing before.)
    if (SAID_UNRELATED.test(asked) && understood.roleIds.length === 0 && !CAREER_WORDS.test(asked)) return undefined;
    const contextRoles = [...(context?.roles ?? [])];
    let u = understood.roleIds.length === 0 ? this.oneOfThem(understood, asked, contextRoles) : understood;
    // "is the lead one basically a people manager role?": the facet its words ask, of the role picked out.
    if (u !== understood && u.intent === "unknown" && u.cueIntent && isRoleIntent(u.cueIntent))
      u = { ...u, intent: u.cueIntent };
    const pointsBack = BACK_REFERENCE.test(asked);
    // "what are the main challenges ...? / which of those matter most in a regulated industry like banking": the
    // topics just listed, whatever else the question names.
    if (WHICH_OF_THOSE.test(asked) && context?.intent && isTopicIntent(context.intent) && u.roleIds.length === 0) {
      // ("which of those matter most for fintech?": the listed topic its words name, when one is named.)
      const named = u.topics.filter((t) => t.kind === context.intent);
      return {
        ...u,
        intent: context.intent,
        topics: named.length > 0 ? named : (context.topics ?? []),
        roleIds: contextRoles,
      };
    }
    // "what are the trends in ML? / and more on MLOps?": a topic that is both a trend and a practice, after trends, is
    // the trend.
    if (
      context?.intent === "trends" &&
      u.intent === "best_practices" &&
      u.topics.some((t) => t.kind === "trends") &&
      !/\bpractices?\b|pr[aá]c?ticas|pratiques|praktiken/.test(asked)
    )
      return { ...u, intent: "trends", topics: u.topics.filter((t) => t.kind === "trends") };
    // "rank the two research scientist roles by pay / ok now throw entry level ai engineer in there too": the ranking
    // again, with the role added.
    if (
      context?.intent === "compare" &&
      context.verdict &&
      u.roleIds.length > 0 &&
      contextRoles.length >= 2 &&
      ADDED_TO_IT.test(asked)
    ) {
      const roleIds = [...contextRoles, ...u.roleIds.filter((id) => !contextRoles.includes(id))];
      return { ...u, intent: "compare", roleIds, verdict: context.verdict, focus: context.focus, hasCue: true };
    }
    // "what do NLP research scientists make? / ¿me lo puedes decir en español?": the same answer, asked again in
    // another language (the reply stays in English).
    if (
      u.roleIds.length === 0 &&
      // ("can you explain that again in Tagalog?": "explain" asks for the same answer, not an overview.)
      (!u.hasCue || u.cueIntent === "overview") &&
      contextRoles.length > 0 &&
      context?.intent &&
      isRoleIntent(context.intent) &&
      SAY_IT_IN.test(asked)
    )
      return { ...u, intent: context.intent, roleIds: contextRoles, hasCue: true };
    // "what are the salaries for X, Y and Z? / now rank them lowest to highest": the roles just shown, ranked on the
    // pay they were shown with (or the pay the words name), in the order asked.
    const ranked =
      u.roleIds.length === 0 && RANK_THEM.test(asked) ? rankedOnPay(u, contextRoles, asked, context) : undefined;
    if (ranked) return ranked;
    // A later part of a message ("... and how many yrs exp?") continues the parts before it, like "and ...?".
    const opener = partOfMessage || FOLLOW_UP_OPENER.test(asked.trim());
    // (Emoji are no words: "but for the multimodal one pls 🙏" is as short as without it.)
    const words = asked.split(/\s+/).filter((w) => w && !EMOJI_ONLY.test(w)).length;

    // "entry AI eng vs senior AI app eng: whats actually different in the work": the two roles in view, set side by
    // side (on their work, when the work is what is asked).
    if (
      u.roleIds.length === 0 &&
      contextRoles.length >= 2 &&
      (u.intent === "unknown" || u.intent === "compare" || !u.hasCue) &&
      DIFFERENCE.test(asked)
    )
      return {
        ...u,
        intent: "compare",
        roleIds: contextRoles.slice(0, 2),
        hasCue: true,
        ...(THE_WORK.test(asked) ? { focus: "responsibilities" as const } : {}),
      };
    // "what's the work-life balance like as a research scientist? / ok, what about the NLP one specifically?": the
    // topic the guide lacks, asked again of another role (its nearest facts are that role's).
    const lacking = context?.notCovered && this.notCovered.byId(context.notCovered);
    // (Only a question of its own, with nothing else asked: "what about X, what's the range?" asks the range; a job
    // the guide lacks, "what about the senior one then?", turns to that role.)
    if (
      lacking &&
      !lacking.isRole &&
      !partOfMessage &&
      FOLLOW_UP_OPENER.test(asked.trim()) &&
      asked.trim().endsWith("?") &&
      understood.roleIds.length > 0 &&
      !understood.hasCue &&
      words <= 12
    )
      return { ...understood, intent: "not_covered", notCovered: lacking, topics: [], topicIds: undefined };

    // "senior ai app engineer q: which clouds should I know": a topic the words brush against ("cloud computing")
    // is not the question when they ask a facet of the role just named.
    if (
      u.roleIds.length === 0 &&
      contextRoles.length > 0 &&
      (opener || pointsBack) &&
      isTopicIntent(u.intent) &&
      !u.explicit &&
      u.cueIntent &&
      isRoleIntent(u.cueIntent) &&
      // ("and how do they explain individual predictions?": "explain" there is the topic, not "explain the role".)
      u.cueIntent !== "overview"
    )
      return this.narrow({ ...u, intent: u.cueIntent, roleIds: contextRoles.slice(0, 1), hasCue: true }, asked);
    // "what tools does X need to know" then "which of those are for the MLOps side?": a choice among what was just
    // listed, on the same facet of the same role; the topic the words brush against ("MLOps") is no new question.
    if (
      u.roleIds.length === 0 &&
      contextRoles.length > 0 &&
      context?.intent !== undefined &&
      isRoleIntent(context.intent) &&
      isTopicIntent(u.intent) &&
      !u.hasCue &&
      AMONG_THOSE.test(asked)
    )
      return this.narrow({ ...u, intent: context.intent, roleIds: contextRoles.slice(0, 1), hasCue: true }, asked);
    // "lead ml architect challenges? / and best practices?": the guide's topics are that role's page, still about it.
    if (
      u.roleIds.length === 0 &&
      contextRoles.length > 0 &&
      // "main challenges for a lead ML architect? / how do you handle the explainability one?": a topic after a topic.
      // ("best practices for a lead ML architect? / more specifically explainability, which techniques?": a topic
      // after a topic keeps the role, named outright or not.)
      ((AND_THEN.test(asked.trim()) && u.explicit) ||
        (context?.intent !== undefined && isTopicIntent(context.intent))) &&
      (u.intent === "best_practices" || u.intent === "challenges" || u.intent === "trends")
    )
      return { ...u, roleIds: contextRoles.slice(0, 1) };
    // "and c++ really??", "is SQL actually on the list?" after a role: a skill asked about is that role's skills.
    if (
      u.roleIds.length === 0 &&
      contextRoles.length > 0 &&
      !u.explicit &&
      (u.intent === "unknown" || !u.hasCue) &&
      words <= 16 &&
      // "which needs C++?" after two roles chooses between them (a verdict), below.
      !/\b(which|who)\b/.test(asked) &&
      // ("how do they test a new model before rolling it out?": a practice the guide names, not the skill "testing".)
      !(isTopicIntent(u.intent) && u.topics.length > 0) &&
      findSkillTerms(asked).length > 0
    )
      return { ...u, intent: "skills", roleIds: contextRoles.slice(0, 1), hasCue: true };
    // "is remote possible?" after a role: that role, narrowed to remote work (which the guide may not mention).
    // ("would it be the same if i worked remote from mexico city?" asks the same question of a place, below.)
    if (
      u.roleIds.length === 0 &&
      contextRoles.length > 0 &&
      REMOTE_WORDS.test(asked) &&
      !u.explicit &&
      !(u.place && SAME_QUESTION_ELSEWHERE.test(asked))
    ) {
      // ("what salary should I expect for US remote roles?": the facet it names, of that role.)
      const intent = u.hasCue && isRoleIntent(u.intent) ? u.intent : "overview";
      // ("does the guide's salary even apply to me if i stay remote from ottawa?": the pay, for that place.)
      if (intent === "salary" && u.place) {
        const contentWords = u.contentWords?.filter((w) => !REMOTE_WORDS.test(w));
        return { ...u, intent, roleIds: contextRoles.slice(0, 1), hasCue: true, contentWords };
      }
      return this.narrow({ ...u, intent, roleIds: contextRoles.slice(0, 1), hasCue: true }, asked);
    }
    // "and how would that look for us here in Stuttgart?" after a role's pay: the same question, asked of a place.
    if (
      u.roleIds.length === 0 &&
      contextRoles.length > 0 &&
      u.place &&
      !u.explicit &&
      context?.intent &&
      (isRoleIntent(context.intent) || context.intent === "compare") &&
      SAME_QUESTION_ELSEWHERE.test(asked) &&
      // ("is the pay the same in Johannesburg?" names what it asks.)
      !NAMES_A_FACET.test(asked)
    ) {
      // (After "which pays more, X or Y?", "what about in Pune?" sets the same two against each other there.)
      const roleIds = context.intent === "compare" ? contextRoles : contextRoles.slice(0, 1);
      return { ...u, intent: context.intent, roleIds, facet: context.facet, hasCue: true };
    }
    // "could I do X remotely?": that role, narrowed to remote work, not a bare mention of it.
    if (
      u.roleIds.length === 1 &&
      REMOTE_WORDS.test(asked) &&
      !u.explicit &&
      // ("can X work remote from Japan": "from" is no cue of a career path.)
      (["overview", "responsibilities", "market"].includes(u.intent) || !u.hasCue)
    )
      return this.narrow({ ...u, intent: "overview", hasCue: true }, asked);
    if (
      context?.intent === "skill_gap" &&
      pointsBack &&
      u.roleIds.length === 0 &&
      contextRoles.length > 0 &&
      hasProfileFacts(u.profile) &&
      CHECKS_MYSELF.test(asked)
    ) {
      return { ...u, intent: "skill_gap", roleIds: contextRoles.slice(0, 1) };
    }
    if (u.roleIds.length === 0 && u.currentRoleIds.length > 0 && isRoleIntent(u.intent) && u.hasCue && pointsBack) {
      return this.narrow({ ...u, roleIds: u.currentRoleIds }, asked);
    }
    // "compare X vs Y on degree + pay": after a comparison, a facet alone compares the same roles on it.
    // ("X vs Y, quick compare pls: - min yoe": a facet only its cue names, too.)
    const facetAsked = isRoleIntent(u.intent)
      ? u.intent
      : u.intent === "unknown" && words <= 3
        ? u.cueIntent
        : undefined;
    if (
      context?.intent === "compare" &&
      u.roleIds.length === 0 &&
      contextRoles.length >= 2 &&
      facetAsked !== undefined &&
      isRoleIntent(facetAsked) &&
      u.hasCue &&
      (!/\bwhich\b/.test(asked) || WHICH_OF_THEM.test(asked)) &&
      (opener || words <= SHORT_FOLLOW_UP_WORDS)
    )
      return { ...u, intent: "compare", roleIds: contextRoles, focus: facetAsked };
    // "X vs Y: what's the diff in degree needed?": the two roles just named, compared on that facet.
    if (
      u.roleIds.length === 0 &&
      contextRoles.length >= 2 &&
      isRoleIntent(u.intent) &&
      /\b(diff|difference|differ|compare|each|both|vs)\b/.test(asked)
    )
      return { ...u, intent: "compare", roleIds: contextRoles, focus: u.intent };
    // "job outlook for ML roles? / and in India specifically?": the same question about a place, with no role in it.
    // "is that US-only or global?": the same question, asked about where it holds.
    if (
      contextRoles.length === 0 &&
      (u.place || (BACK_REFERENCE.test(asked) && WHERE_IT_HOLDS.test(asked))) &&
      !u.hasCue &&
      context?.intent &&
      isRoleIntent(context.intent)
    )
      return this.narrow({ ...u, intent: context.intent, roleIds: [], hasCue: true }, asked);
    // "salaries of all roles" after a role question: every role, as asked.
    if (EVERY_ROLE.test(asked)) return undefined;
    if (contextRoles.length === 0 && u.currentRoleIds.length === 0) {
      // "what does it pay?" with nothing said before: ask which role, with the roles as choices.
      if (
        u.roleIds.length === 0 &&
        pointsBack &&
        /\b(it|they|them|their|that role|this role|the role)\b/.test(asked) &&
        // "how long does it (usually) take to go from entry to senior?": an "it" that stands for no role.
        !/\b(does|do|will|would|did|can) it (\w+ )?take\b/.test(asked) &&
        isRoleIntent(u.intent) &&
        u.intent !== "market" &&
        u.topics.length === 0
      ) {
        return { ...u, clarify: true };
      }
      return undefined;
    }
    const roles = contextRoles.length > 0 ? contextRoles : u.currentRoleIds;
    // "how many years does it take?" reads as out of scope alone; in a conversation its cue words decide, and
    // "can you do that job remotely?" asks about the role as a whole, narrowed to the words it uses.
    const carriesIntent = context?.intent && (isRoleIntent(context.intent) || context.intent === "compare");
    // "is that for London too?" after a salary answer: the same question, about the same role.
    const sameQuestion = carriesIntent && context?.intent && isRoleIntent(context.intent) ? context.intent : "overview";
    // "same in sydney?": a place alone asks the last question again, there.
    if (
      !u.foreignJob &&
      !isRoleIntent(u.intent) &&
      !u.explicit &&
      u.topics.length === 0 &&
      (u.cueIntent || pointsBack || (u.place && carriesIntent))
    )
      u = {
        ...u,
        // "oh im in toronto btw, does that change things?": the same question, about a place.
        intent:
          u.cueIntent ?? (u.place || PLACE_WORDS.test(asked) || STILL_HOLDS.test(asked) ? sameQuestion : "overview"),
        hasCue: true,
      };

    // "compare that with the entry level one", "which pays more, that or the NLP one?"
    // "how does the pay compare to a lead ML architect?": a comparison naming one role is with the one before.
    const comparesWithOne = u.intent === "compare" && u.roleIds.length === 1;
    if (
      u.roleIds.length >= 1 &&
      (pointsBack || opener || comparesWithOne) &&
      (u.intent === "compare" || COMPARISON_WORDS.test(asked))
    ) {
      const merged = [...roles.filter((r) => !u.roleIds.includes(r)), ...u.roleIds];
      if (merged.length >= 2) {
        const focus =
          u.focus ??
          (u.intent !== "compare" && isRoleIntent(u.intent) && u.hasCue
            ? u.intent
            : comparesWithOne
              ? u.cueIntent
              : undefined) ??
          context?.focus ??
          // "nlp research scientist salary?" then "how does that stack up vs ...": on the facet just asked.
          (context?.intent && isRoleIntent(context.intent) && context.intent !== "overview"
            ? context.intent
            : undefined);
        // "what does an NLP research scientist earn? / and an entry level AI engineer - more or less?": the verdict.
        const weighed = focus === "salary" && !u.verdict && MORE_OR_LESS.test(asked);
        return {
          ...u,
          intent: "compare",
          roleIds: merged,
          focus,
          ...(weighed ? { verdict: "pay_high" as const } : {}),
        };
      }
    }
    // "what would I be missing for X? / and for Y?": the same gap, for the new role.
    if (
      u.roleIds.length === 1 &&
      !u.hasCue &&
      (opener || words <= SHORT_FOLLOW_UP_WORDS) &&
      context?.intent === "skill_gap"
    )
      return { ...u, intent: "skill_gap" };
    // "what about the multimodal one?": a new role, the same question ("and what about the multimodal research
    // scientist role": "role" alone asks for no facet).
    if (
      u.roleIds.length >= 1 &&
      (!u.hasCue ||
        (["overview", "responsibilities"].includes(u.intent) &&
          !u.cueIntent &&
          !u.explicit &&
          WHAT_ABOUT_ROLE.test(asked))) &&
      (opener || words <= SHORT_FOLLOW_UP_WORDS) &&
      carriesIntent &&
      context?.intent
    ) {
      const intent = context.intent === "compare" ? (context.focus ?? "overview") : context.intent;
      return this.narrow({ ...u, intent, facet: context.facet, focus: context.focus }, asked);
    }
    // A role named in this question stands; one picked out of those before ("the lead one") is this answer's role.
    if (u.roleIds.length > 0) return u === understood ? undefined : this.narrow(u, asked);

    const short = words <= SHORT_FOLLOW_UP_WORDS;
    const topicQuestion = u.topics.length > 0 && !isRoleIntent(u.intent);
    // "what cloud platforms?" after a role: a topic word alone ("cloud") does not leave the role behind.
    // After "lead ml architect:" (a subject with no question yet), "what ETL tooling do they use" is about it too.
    const subjectOnly = context?.intent === undefined && pointsBack;
    // ("how do they test a new model before rolling it out?", "how do they explain individual predictions?": a
    // practice the guide names, clearly or with only "explain" for a cue, is asked about the role, not its facet.)
    const clearTopic = (u.topics[0]?.score ?? 0) >= CLEAR_TOPIC || u.cueIntent === "overview";
    if (
      topicQuestion &&
      !clearTopic &&
      !u.explicit &&
      (opener || short || subjectOnly) &&
      (subjectOnly || (context?.intent && isRoleIntent(context.intent)))
    ) {
      return this.narrow(
        { ...u, intent: u.cueIntent ?? context?.intent ?? "skills", roleIds: roles.slice(0, 1), topics: [] },
        asked,
      );
    }
    if (topicQuestion) return undefined;
    // "how do I fix it?" after a challenge: the same topic; "what challenges do they face?" after a trend asks its own.
    if (
      u.topics.length === 0 &&
      pointsBack &&
      (!u.hasCue || u.intent === context?.intent) &&
      context?.topics?.length &&
      context.intent &&
      isTopicIntent(context.intent)
    ) {
      return { ...u, intent: context.intent, topics: context.topics };
    }
    // "how big is the AI market?" is about the market as a whole, "what's the job outlook?" about the role.
    if (u.intent === "market" && u.topics.some((t) => t.kind === "market") && !pointsBack) return undefined;
    if (!(pointsBack || opener || short)) return undefined;
    const facet = firstCue(SALARY_FACETS, asked)?.facet;
    if (facet && (u.intent === "salary" || !u.hasCue || ["top1", "top10", "additional", "benefits"].includes(facet))) {
      return this.narrow({ ...u, intent: "salary", roleIds: roles.slice(0, 1) }, asked);
    }
    if (isRoleIntent(u.intent) && u.hasCue) {
      // "would nlp or multimodal fit me better / what do they each pay": the recommendation's choices, each.
      const each = EACH_OF_THEM.test(asked);
      const choices =
        each && context?.intent === "recommend" ? [...roles, ...(context.earlier ?? [])].slice(0, 3) : roles;
      // "X vs Y - degree needed for each?": every role talked about, not only the first.
      return this.narrow({ ...u, roleIds: u.intent === "salary" || each ? choices : roles.slice(0, 1) }, asked);
    }
    if (!u.hasCue && carriesIntent && context?.intent && opener)
      return { ...u, intent: context.intent, roleIds: roles };
    return undefined;
  }

  /** "how many yrs for the lead one?" after two roles: the one whose title has that word. */
  private oneOfThem(u: Understanding, asked: string, contextRoles: readonly string[]): Understanding {
    const words = THE_WORD_ONE.exec(asked)?.[1]?.split(" ");
    if (!words) return u;
    const named = (ids: readonly string[]) =>
      ids.filter((id) => {
        const title = this.titleOf.get(id)?.split(" ") ?? [];
        return words.every((word) => title.includes(word));
      });
    const meant = contextRoles.length >= 2 ? named(contextRoles) : [];
    if (meant.length === 1) return { ...u, roleIds: meant };
    // "entry level pay? / what about the lead one": one role of all whose title has the word, if only one has.
    const anyRole = named(this.allRoleIds).filter((id) => !contextRoles.includes(id));
    return anyRole.length === 1 ? { ...u, roleIds: anyRole } : u;
  }

  /**
   * "which pays more, X or Y? / ok and what skills does the lower paying one need": of the roles just talked about,
   * the one the guide pays least (or most), named instead.
   */
  private withThePaidOne(text: string, context: ConversationContext | undefined): string {
    const match = THE_PAID_ONE.exec(text);
    const priced = (context?.roles ?? []).filter((id) => this.payOf.has(id));
    if (!match || priced.length < 2) return text;
    const low = /lower|lowest|worse|worst|less|least/.test(match[1] ?? "");
    const pay = (id: string) => this.payOf.get(id) ?? 0;
    const [chosen] = [...priced].sort((a, b) => (low ? pay(a) - pay(b) : pay(b) - pay(a)));
    const title = chosen ? this.titleOf.get(chosen) : undefined;
    return title ? namedInstead(text, match, title) : text;
  }

  /**
   * "what about the other research one" after a research role: the one role of that kind (or, with no kind, of all)
   * the conversation has not been about, named instead.
   */
  private withTheOtherRole(text: string, context: ConversationContext | undefined): string {
    const match = THE_OTHER_ONE.exec(text);
    const talkedAbout = context?.roles ?? [];
    if (!match || talkedAbout.length === 0) return text;
    // "which one needs a phd? / and the other one, what degree is enough?": the one of the two the verdict did not name.
    if (context?.verdict && talkedAbout.length === 2 && !match[1])
      return namedInstead(text, match, this.titleOf.get(talkedAbout[1] as string) ?? match[0]);
    const kind = match[1];
    const others = this.allRoleIds.filter(
      (id) => !talkedAbout.includes(id) && (!kind || this.titleOf.get(id)?.split(" ").includes(kind)),
    );
    const other = others.length === 1 ? this.titleOf.get(others[0] as string) : undefined;
    return other ? namedInstead(text, match, other) : text;
  }

  /**
   * "which of the research roles would be open to me?", "of the two research roles, which pays less?": the guide's
   * research roles (those with "Research" in their title), named.
   */
  private withResearchRolesNamed(text: string): string {
    if (this.researchTitles.length < 2 || EVERY_ROLE.test(text)) return text;
    // "which pays best? ignore the research ones": the roles left once they are set aside.
    const setAside = RESEARCH_SET_ASIDE.exec(text);
    if (setAside && this.otherThanResearchTitles.length >= 2)
      return `${text.slice(0, setAside.index)} of ${this.otherThanResearchTitles.join(" or ")}${text.slice(setAside.index + setAside[0].length)}`;
    return text.replace(RESEARCH_ROLES, ` ${this.researchTitles.join(" or the ")}`);
  }

  /** The text with a role described by its work named instead: the role whose focus shares most of the words. */
  private withDescribedRole(text: string): string {
    const match = DESCRIBED_ROLE.exec(text);
    if (!match) return text;
    const work = match.groups?.work ?? "";
    const focus = WORK_WORDS.filter(([pattern]) => pattern.test(work)).map(([, name]) => name);
    if (focus.length === 0) return text;
    // "the research one": a research role first, on a tie.
    const wanted = match.groups?.kind?.trim() === "research" ? [...focus, "research"] : focus;
    const shared = (role: { focus: readonly string[] }) => wanted.filter((f) => role.focus.includes(f)).length;
    const best = [...this.focusOf].sort((a, b) => shared(b) - shared(a))[0];
    if (!best || shared(best) === 0) return text;
    return `${text.slice(0, match.index)}the ${best.title} ${text.slice(match.index + match[0].length)}`;
  }

  /** A narrow question: the salary line or market figure asked for, first and briefly. */
  private narrow(u: Understanding, asked: string): Understanding {
    // "what do normal ML engineers make in the US vs at the top companies": the family against itself, not a role.
    const familyCompared = u.intent === "compare" && u.roleIds.length === 1 && ASKS_PAY.test(asked);
    if (u.intent === "salary" || (u.intent === "market" && u.roleIds.length > 0) || familyCompared) {
      const family = this.familyPay(familyCompared ? { ...u, intent: "salary" } : u, asked);
      if (family) return family;
    }
    if (u.intent === "salary" && u.roleIds.length > 0) {
      const first = firstCue(SALARY_FACETS, asked)?.facet;
      // "what do the top 10% and top 1% make?": the tier asked first leads.
      const facet = first === "top1" || first === "top10" ? earliestCue(TOP_TIERS, asked)?.facet : first;
      return withSumAsked(facet ? { ...u, facet } : u, asked);
    }
    if (u.intent === "salary" && u.roleIds.length === 0 && /\b(top 1|top 10|bonus|additional pay)/.test(asked)) {
      return u;
    }
    const outsideUs = SALARY_FACETS.find((f) => f.facet === "outside_us")?.pattern.test(asked);
    // "which industries hire NLP scientists, and what's that AI market size number?": the whole market's figure,
    // not the outlook of the role the message named before.
    const wholeMarket =
      u.intent === "market" &&
      u.roleIds.length > 0 &&
      WHOLE_MARKET.test(asked) &&
      this.classifier.rolesIn(asked).length === 0;
    if (wholeMarket) return { ...u, roleIds: [], narrowMarket: true, facet: outsideUs ? "outside_us" : undefined };
    if (u.intent === "market" && u.roleIds.length === 0 && (NARROW_MARKET.test(asked) || outsideUs))
      return { ...u, narrowMarket: true, facet: outsideUs ? "outside_us" : undefined };
    return u;
  }

  /**
   * "How much do ML engineers make?" names the family, not the lead role that shares the words; set against that
   * role, the family's pay is asked beside the role's.
   */
  private familyPay(u: Understanding, asked: string): Understanding | undefined {
    for (const { role, pattern, test } of this.familyAliases) {
      if (!u.roleIds.includes(role.id) || u.roleIds.length > 1) continue;
      const rest = asked.replace(pattern, " ");
      if (rest === asked) continue;
      if (this.classifier.rolesIn(rest).includes(role.id)) {
        // "what do regular ML engineers make vs a lead ML architect's base?": the family's figures beside the role's.
        if (u.intent === "salary" && COMPARISON_WORDS.test(asked))
          return {
            ...u,
            familyPay: true,
            familyFirst: !this.classifier.rolesIn(asked.slice(0, asked.search(test))).includes(role.id),
          };
        continue;
      }
      return u.intent === "salary" ? { ...u, roleIds: [], familyPay: true } : { ...u, roleIds: [] };
    }
    return undefined;
  }
}

/**
 * A pay question about one role that names a sum, weighed against the guide's figures: "is $150k realistic for entry
 * level?", and "nlp research scientist offer of 70k, is that low?" (the sum in the words before "that"), weighed against
 * every figure, not only the lowest.
 */
export function withSumAsked(u: Understanding, words: string): Understanding {
  if (u.intent !== "salary" || u.roleIds.length !== 1 || u.sum !== undefined) return u;
  if (u.facet && !WEIGHS_SUM.has(u.facet)) return u;
  const sum = sumAsked(words.toLowerCase());
  return sum === undefined ? u : { ...u, sum, facet: undefined };
}

/** The facets a sum asked about stands in for: "is 70k low?", "is 250k about average?" weigh it against them all. */
const WEIGHS_SUM: ReadonlySet<SalaryFacet> = new Set(["min", "max", "average", "base", "common"]);
const TOP_TIERS = SALARY_FACETS.filter((f) => f.facet === "top1" || f.facet === "top10");

/** "the research one that does language stuff", "the role that works with images and video": a role described. */
// ("the research one about images, audio and video": the work may be a list.)
const DESCRIBED_ROLE =
  /\bthe (?<kind>research |science |scientist |engineering )?(one|role|job|position)( that| which| who)? (does|do|works? (with|on)|deals? with|handles?|is about|is all about|focuses on|is into|about|on|for|with) (?<work>[^?.!;]{0,50})/;
/** Words describing a role's work, as the focus its fit data names ("vision", "language"). */
const WORK_WORDS: readonly [RegExp, string][] = [
  [/\b(images?|vision|visual|pictures?)\b/, "vision"],
  [/\b(audio|speech|sound)\b/, "audio"],
  [/\bvideos?\b/, "video"],
  [/\bmulti-?modal\b/, "multimodal"],
  [/\b(language|languages|text|nlp|chatbots?|linguistics)\b/, "language"],
  [/\bllms?\b/, "llm"],
];

/** A question of its own after a gap, told without "?" ("and what does it pay, I'm in Berlin", "und was verdient man"). */
const ASKS_SOMETHING_ELSE =
  /\b(what|how|which|who|why|wie viel|wieviel)\b|\bwas (verdient|verdienen|zahlt|bringt|kostet)\b/;
/** "the AI market size", "how big is the ML market", "the CAGR": the whole market, whatever role came before. */
const WHOLE_MARKET = /\b(ai|ml|machine learning) market\b|\bmarket size\b|\bcagr\b/;
/** A question word anywhere, or "wondering if": something asked, with or without its "?". */
const ASKS_IN_ITS_WORDS =
  /^(is|are|do|does)\b|(?:^|[.!?]\s+)am i\b|\b(which|what|whats|how|hows|should|could|would|can|is it|are there|do i|does|worth it|wondering|wonder|curious|any (tips|advice|ideas?))\b/;
const ASKS_FOR_SOMETHING =
  /\b(can|could|would|will) (you|u|someone|anyone)\b|\b(pls|plz|please|write|convert|give me|make me|show me|tell me|explain)\b/;

/** A value computed on first use: most questions never need it. */
function lazy<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    value ??= { v: compute() };
    return value.v;
  };
}

/** The text with what `match` found ("the other research one") replaced by the role it means, by its title. */
function namedInstead(text: string, match: RegExpExecArray, title: string): string {
  return `${text.slice(0, match.index)}the ${title}${text.slice(match.index + match[0].length)}`;
}

/** The text from the end of the last statement before `index` ("." or "!", not "..." nor a question's "?"). */
function fromLastStatement(text: string, index: number): string {
  const ends = [...text.slice(0, index).matchAll(/(?<!\.)[.!]\s/g)];
  const start = ends.at(-1)?.index;
  return start === undefined ? text : text.slice(start + 2);
}

function firstMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | undefined {
  // Most questions match none of a list: one scan of them all says so.
  if (!anyPattern(patterns)(text)) return undefined;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match;
  }
  return undefined;
}

/** "rank them from highest paid to lowest paid", "from the lowest pay to the highest": a ranking by pay, its start. */
const PAY_DIRECTION =
  /\bfrom (?:the )?(highest|best|top|most)[- ]?(?:paid|paying|pay|salary|earning)\b.*?\bto (?:the )?(?:lowest|least|worst)\b|\bfrom (?:the )?(?:lowest|least|worst)[- ]?(?:paid|paying|pay|salary|earning)\b.*?\bto (?:the )?(?:highest|best|top|most)\b/;

/** What a "which role ..." question asks for: an ordering, a degree, remote work, a kind of work, a tool. */
/** "which one wants pubs at top conferences?" asks of the roles; "published at ACL" tells of the asker. */
const PUBLICATION_WORDS =
  /\b(wants?|needs?|requires?|asks? for|expects?|look for)\b.{0,25}\b(pubs|publications?|papers)\b|\b(pubs|publications?|papers) (are |is )?(needed|required|expected|a must)\b/;

/** "hate research", "not into on-call", "tired of dashboards": a kind of work turned down. */
const TURNED_DOWN = new RegExp(
  String.raw`\b(?:${DISLIKE_WORDS}|(?:don'?t|do not|doesn'?t|does not) (?:like|want|enjoy)|not into|not interested in|tired of|sick of|bored (?:of|with))\s+(?:doing\s+|any\s+|more\s+|pure\s+|academic\s+)?[\w-]+(?:\s+[\w-]+)?`,
  "g",
);

function readCriterion(question: string): Criterion {
  // ("I hate research and want to ship products. NLP research scientist or entry-level AI engineer?": research is
  // turned down, whatever the titles named after it say.)
  const turnedDown = execAll(TURNED_DOWN, question).map((m) => m[0]);
  const declined = Object.entries(FOCUS_WORDS)
    .filter(([, pattern]) => turnedDown.some((words) => pattern.test(words)))
    .map(([name]) => name) as Criterion["focus"];
  const asked = turnedDown.reduce((text, words) => text.replace(words, " "), question);
  // ("i lowkey hate school 😩 which should i go for, X or Y?": the least schooling, a bachelor's.)
  const degree =
    firstCue(DEGREE_CRITERIA, asked)?.degree ??
    (turnedDown.some((words) => /\b(?:school|studying|uni|university|college)\b/.test(words)) ? "bachelor" : undefined);
  const focus = Object.entries(FOCUS_WORDS)
    .filter(
      ([name, pattern]) =>
        pattern.test(asked) &&
        !(name === "research" && degree) &&
        !declined.includes(name as Criterion["focus"][number]),
    )
    .map(([name]) => name) as Criterion["focus"];
  return {
    ...(declined.length > 0 ? { declined } : {}),
    ...(turnedDown.some((words) => /\b(?:papers?|publications?|publishing|pubs)\b/.test(words))
      ? { declinesPublications: true }
      : {}),
    order: firstCue(ORDER_CUES, asked)?.order,
    seniority:
      /\b(most|least) senior\b|\bmost junior\b|\btop of the ladder\b|\b(mais|m[aá]s) s[eê]nior\b/.test(asked) ||
      undefined,
    degree,
    remote: REMOTE_WORDS.test(asked) || undefined,
    publications: PUBLICATION_WORDS.test(asked) || undefined,
    focus,
    tools: findSkillTerms(asked),
    industries: execAll(INDUSTRIES, asked).map((m) => m[0]),
  };
}
