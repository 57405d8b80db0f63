import { DEGREE_LEVELS, type Degree, type Focus } from "../data/schema";
import { execAll } from "../text/execAll";
import { collapseSpaces } from "../text/normalize";
import { gated } from "../text/patternGate";
import { holdsAny } from "../text/regex";
import { readBackground } from "./background";
import { DISLIKE_WORDS } from "./dislike";
import {
  DEGREE_WORDS,
  EXPLAIN_SIMPLY,
  FOCUS_WORDS,
  LEAD_WORDS,
  LEADING_BACKGROUND,
  LEADS_NOW,
  MANAGES_NO_TEAM,
  ML_WORDS,
  NON_TECH_BACKGROUND,
  STARTER_WORDS,
  TRADES,
} from "./lexicon";
import { placeInUs, placeOutsideUs } from "./places";
import { findSkillTerms, type SkillTerm, withRNamed } from "./skills";
import { statementsInEnglish } from "./statementsInEnglish";

/** What a person has told the bot about themselves; every field is optional, nothing is guessed. */
export interface Profile {
  /** Their own job or situation, in their words ("data analyst", "student"). */
  background?: string;
  /** The message corrects a count told before ("correction, it's actually 2 years not 3"): it replaces, not adds. */
  correctsCounts?: boolean;
  /**
   * The message tells a span after (or before) those told in the turns before ("then I did a bootcamp and I've been a
   * junior ML engineer for 1 yr now"): its years add to theirs.
   */
  addsASpan?: boolean;
  /** The message says studies told of before have ended ("update: i actually dropped out last month"). */
  studiesEnded?: boolean;
  /** After a merge that added such a span: the years it was added to, so the same message is not added twice. */
  spanAddedTo?: number;
  /** One span told before, put right without a unit ("actually 3 at the startup, not 2"): from 2 years to 3. */
  spanCorrected?: { from: number; to: number };
  /** The message tells its years as a total ("7 yrs total"), not only as spans of one job or another. */
  totalTold?: boolean;
  /** The same job with the capitals the person wrote ("SRE"), for showing it back; `background` is for matching. */
  backgroundAsWritten?: string;
  /** Years of work they mention in total, in AI/ML, and leading people. */
  years?: number;
  mlYears?: number;
  leadYears?: number;
  /** The highest degree they hold; a degree still being earned is `studyingFor`, not this. */
  degree?: Degree;
  /** They are studying now. */
  studying?: boolean;
  /** The degree they are studying for ("PhD student"): not held yet. */
  studyingFor?: Degree;
  /** A degree they say they never finished ("actually I never finished the masters"): one told before is taken back. */
  unfinished?: Degree;
  field?: string;
  skills: SkillTerm[];
  /** Skills they say they do not have ("never touched kubernetes"): a gap lists these first. */
  lacks?: string[];
  /** What their work is about, or what they want it to be about. */
  interests: Focus[];
  /** What they say they want ("want to do research"): weighs more than what they happen to do now. */
  wants?: Focus[];
  /** The yearly pay in US dollars they aim for ("target: 200k/yr within 5 years"): weighed against the guide's figures. */
  payTarget?: number;
  /** They are just starting out: student, new grad, career changer, bootcamp. */
  starter?: boolean;
  /** Their years were outside tech (a nurse, an accountant): no tech role counts them. */
  yearsOutsideTech?: boolean;
  /** They lead people or technical direction now (a director, "I mentor the team"), for however long. */
  leads?: boolean;
  publications?: boolean;
  /** They said they have done no ML work ("zero ML so far"): their other years don't make them senior in it. */
  noMlWork?: boolean;
  /**
   * The words a count of years came from where they hold no such number ("the past yr", "the last decade",
   * "18 months"), keyed "leadYears:1": an answer quotes them instead of a number the asker never wrote.
   */
  said?: Record<string, string>;
}

type YearsKey = "years" | "mlYears" | "leadYears";

/** Records that `key` is `value` because the asker said `words`. */
function saidAs(profile: Profile, key: YearsKey, value: number, words: string): void {
  profile.said = { ...profile.said, [`${key}:${value}`]: words.trim() };
}

/** A count of years as the asker told it: their words where the number is not theirs ("the last decade"). */
export function toldYears(p: Profile, value: number): string {
  for (const key of ["leadYears", "mlYears", "years"] as const) {
    const words = p[key] === value ? p.said?.[`${key}:${value}`] : undefined;
    if (words) return `"${words}"`;
  }
  return String(value);
}

/** "5 years", or the asker's own words for it ("the last decade"). */
export function yearsTold(p: Profile, value: number): string {
  const told = toldYears(p, value);
  return told.startsWith('"') ? told : `${told} year${value === 1 ? "" : "s"}`;
}

/** "no work experience yet", "zero professional experience", "never had a job": no years of work, told. */
const NO_WORK_YET =
  /\b(?:no|zero|without any|without|don'?t have any|do not have any) (?:real |actual |paid |full[- ]time )?(?:work|job|professional|industry) (?:experience|exp)\b|\bnever (?:had a (?:real |proper )?job|worked (?:a job|anywhere|professionally|yet|before))\b|\bnunca trabalhei\b|\bnunca he trabajado\b|\bsin experiencia (?:laboral|profesional)\b|\bsem experi[eê]ncia profissional\b|\bkeine berufserfahrung\b|\bpas (?:encore )?d'exp[ée]rience pro(?:fessionnelle)?\b/;

/**
 * "never touched kubernetes", "don't know docker", "zero python": what the asker says they lack. ("don't want to ask
 * it about data engineering" says nothing of what they have; an emoji ends the reach of a "no" as a comma does: "no job
 * yet 😭 python, tensorflow, sql"; a second "never" starts a reach of its own: "never deployed a model tho and never
 * touched kubernetes"; "actually scratch kubernetes, that was our devops guy": taken back; "i did use docker ..., just
 * never k8s": no verb after the "never".)
 */
const NEGATED = new RegExp(
  String.raw`\b((?<=\bi )skipped|(?=scratch )(?<!\bfrom )scratch(?! that\b)|(?=never )(?<=\b(?:just|but|and|though|tho) )never(?! (?:really|actually|even|ever)\b)|never (really |actually |even |ever )?(touched|touch|used|use|worked with|worked on|deployed|done|did|learned|tried|got|finished|completed|studied|had|shipped|written|wrote|took|taken)|nie (angefasst|benutzt|verwendet|gemacht|znam|umiem|ogarniam|używałem|używałam|uzywalem|uzywalam)|noch nie|nog nooit( met)?|geen|nunca (us[eé]|he usado|he tocado|he trabajado con|he programado en|he programado|trabaj[eé]|usei|trabalhei|mexi|toquei|toqu[eé]|utilic[eé]|programei|program[eé])|n[aã]o (uso|usei|tenho)|jamais|ni(?<=\bjamais\b[^.;!?]{0,40}ni)|di pa (?:ko |ako )?(?:nakagamit|nakahawak|nakatry|gumamit|naka-use) ng|hindi pa (?:ko |ako )?(?:nakagamit|nakahawak|nakatry) ng|nikoly ne|nikogda ne|noch nie|(?:gak|ga|nggak|gk|tidak|belum|belom|blm) (?:pernah )?(?:pake|pakai|make|nyentuh|menyentuh|nyoba|coba|pegang)(?: \w+)?|kein|keine|keinen|keinerlei|nie mam|nigdy nie (mia[łl]em|mia[łl]am) (styczno[śs]ci|do czynienia) z|bez|not|no|without|sem|sin|sans|ohne|zonder|senza|mai (?:toccato|usato|visto|lavorato con)|tanpa|w\/o|(don'?t|dont|do not) (really )?(know|have|use|want( to)?(?! (?:to )?(?:ask|bother|spam|sound|look|seem|get|be)\b)|wanna|like|enjoy)|${DISLIKE_WORDS}|weak (?:on|in|at|with)|bad at|struggl(?:e|ing) with|(?:can'?t|cannot|can not) (?:really |even )?(?:do|code in|use|write|program in|handle)|(?<=\bi )(?:don'?t|do not) do|haven'?t (used|touched|done|got|learned|tried)|havent (used|touched|done)|zero|z[ée]ro|cero|lack|nada de|nothing of|rather than|instead of)(?![\wÀ-ÿ])(?:(?!\b(?:never|but|ama|aber|pero|mais|besides|except|other than|apart from|aside from|beyond|outside of|just a|only a|and i(?:'ve|ve|'m|m|'d)?|and (?:want|wanna|would rather|prefer|love|like|enjoy))\b)[^,.;!?—–(\uD800-\uDBFF]){0,40}(?:\b|$|(?<=\+))`,
  "g",
);

/**
 * "never touched docker, kubernetes or any cloud": a list after "never", commas and all (NEGATED's scope ends at the
 * first comma, which left kubernetes held); not where the clause goes on to what the writer does know ("never touched
 * ML, docker and k8s I know well") or an item is used a little ("kubernetes, docker only locally").
 */
const NEGATED_LIST =
  /\b(?:never|haven'?t|havent) (?:really |actually |even |ever )?(?:touched|used|worked with|tried|done|deployed|learned)\s+(?![^.;!?]*\b(?:i know|i use|i've used|i have|i do)\b)[\w+#./-]+(?:\s*,\s*(?!(?:or|nor|and)\b)[\w+#./-]+(?![\w+#./-])(?!\s+(?:only|just|a bit|a little|some|locally)\b))+(?:,?\s+(?:or|nor|and)\s+(?:any\s+)?[\w+#./-]+)?/g;

/** The text without the lists said never to have been used. */
function negatesAList(text: string): string {
  return text.includes("never") || text.includes("haven") ? text.replace(NEGATED_LIST, " ") : text;
}

/** English with the object first, "Kubernetes and Docker I never used.": the words before "I never" to the clause's end. */
const NEVER_USED_AFTER =
  /(?=[^\s,.;!?:])(?<=(?:^|[,.;:!?(]|\b(?:but|yes|also)\b)\s*)(?:(?!(?:i|i'm|im|it|them|that|this|but)\s)[^\s,.;!?:]+\s+){1,4}(?:i|i'?ve)\s+(?:(?:(?:have|had)\s+)?(?:never|not yet|not)|haven'?t|hadn'?t)\s+(?:really\s+|even\s+|ever\s+)?(?:used|touched|tried|worked with|done|learned|learnt)(?=\s*(?:[,.;!?)]|$|(?:but|and|so|though|yet|as of now|so far|till now|until now|at all)\b))/g;

/** What NEVER_USED_AFTER and NEVER_USED_IT need: "never", or "not" ("Python I have not learnt as of now"). */
const NEVER_OR_NOT = /never|\bnot\b|n't\b/;

/** "ok and kubernetes, never touched it tbh", "docker? never used them": the tool named, then "never ... it". */
// ("docker? never used it", "kubernetes - never touched it": the parts of a message are read joined by ". ", so a
// question keeps both marks.)
const NEVER_USED_IT =
  /(?=[^\s,.;!?:])(?<=(?:^|[,.;:!?(/]|\b(?:and|but|also|ok)\b)\s*)(?:(?!(?:i|i'm|im|it|them|that|this|but|and)\s)[^\s,.;!?:]+\s+){0,2}[^\s,.;!?:]+\s*(?:[,.-]|\?\.?)?\s*(?:(?:i|i'?ve)\s+)?(?:have\s+|had\s+)?(?:never|not yet)\s+(?:really\s+|even\s+|ever\s+)?(?:used|touched|tried|worked with|done|learned|learnt)\s+(?:it|them|that|those)\b/g;

/**
 * A negation after what it negates, as Hindi-English, German and Polish put it: "kubernetes kabhi touch nahi kiya",
 * "NLP ka experience bilkul nahi hai" (no NLP experience at all),
 * "Kubernetes habe ich nie angefasst", "z Dockerem nigdy nie pracowałem": the words before it are not the person's.
 */
/** "python yes, java no", Czech "magistra ne": a skill or a degree, then "no". */
const SKILL_THEN_NO = /[^\s,.;!?:]+\s+(?:no|ne|nie|nein|zero)(?=[,.;])/g;
/** The cheap test before it: a "no" closing a clause somewhere. */
const SAYS_NO = / (?:n(?:o|e|ie|ein)|zero)[,.;]/;

const NEGATED_AFTER =
  /(?:[^\s,.;!?:]+\s+){1,3}(?:theriyave\s+|ellam\s+)?(?:theriyadhu|theriyathu|teriyadu|teliyadu|gottilla)(?![\wÀ-ÿ])|(?:[^\s,.;!?:]+\s+){1,2}(?:kadhi\s+)?vaparl[ae] nahi(?![\wÀ-ÿ])|(?:[^\s,.;!?:]+\s+){1,2}sijawahi\s+(?:ku)?(?:gusa|tumia|shika)(?![\wÀ-ÿ])|(?:(?!(?:but|lekin|magar|ale)\s)[^\s,.;!?:]+\s+){1,5}(?:kabhi\s+|kbhi\s+|bilkul\s+|noch\s+|nigdy\s+)?(?:touch\s+|use\s+|try\s+|seekha\s+)?(?:nahi|nahin|nhi|nie|nicht)\s+(?:kiya|kia|ki|kari|aata|aati|aati|angefasst|benutzt|verwendet|gemacht|gelernt|gearbeitet|używa(?:łem|łam)|pracowa(?:łem|łam)|zna(?:m)|rusza(?:łem|łam)|dotyka(?:łem|łam))(?![\wÀ-ÿ])|(?:[^\s,.;!?:]+\s+){1,2}(?:ka|ki|ke)\s+(?:experience|exp|knowledge|anubhav|gyan)\s+(?:bilkul\s+|koi\s+|zyada\s+|abhi\s+)?(?:nahi|nahin|nhi)(?![\wÀ-ÿ])|(?:[^\s,.;!?:]+\s+){1,2}(?:ni idea|nem ideia|keine ahnung|aucune id[ée]e)(?![\wÀ-ÿ])|(?:[^\s,.;!?:]+\s+){1,2}mai\s+(?:toccato|usato|fatto|visto|lavorato)(?![\wÀ-ÿ])|(?:(?!(?:mas|pero|but|e|y|and|por[eé]m|sin embargo)\s)[^\s,.;!?:]+\s+){1,2}(?:nunca|jam[aá]s)\s+(?:lo |la |o |a )?(?:us[eé]|toqu[eé]|usei|mexi|toquei|prob[eé]|trabaj[eé])(?![\wÀ-ÿ])|(?:[^\s,.;!?:]+\s+){1,4}(?:nog\s+)?nooit\s+(?:aangeraakt|gebruikt|gedaan)(?![\wÀ-ÿ])|(?=[^\s,.;!?:]+\s+(?:never|nope|not yet))(?<=(?:^|[,;:(]\s*|\byes,?\s+))[^\s,.;!?:]+\s+(?:never|nope|not yet)(?=\s*[,.;!?)]|\s*$)/g;

/** The words NEGATED_AFTER needs: its leading "any three words" scans every position, so most texts skip it. */
const NEGATED_AFTER_NEEDS = [
  // Tamil and Telugu "X theriyadhu", "teliyadu", Kannada "gottilla" (don't know X), Marathi "X kadhi vaparla nahi".
  "theriy",
  "teriy",
  "teliy",
  "gottilla",
  "nahi",
  "nhi",
  " nie ",
  "nicht",
  "idea",
  "ideia",
  "aucune id",
  "ahnung",
  "never",
  "nope",
  "not yet",
  "mai ",
  "nunca",
  "jamás",
  "jamas",
  "nooit",
  // Swahili "Kubernetes sijawahi gusa" (I have never touched Kubernetes).
  "sijawahi",
];

/**
 * The same, in Turkish and in Ukrainian written in Latin letters ("Docker'ı hiç kullanmadım", "Docker ne
 * vykorystovuvav"), German "Kubernetes kenne ich gar nicht", Dutch "SQL ken ik niet": its own pattern, tried only on
 * a text with one of its verbs.
 */
const NEGATED_AFTER_VERB_LAST =
  /(?:[^\s,.;!?:]+\s+){0,2}[^\s,.;!?:]+?(?:'?[ıiuüyea]|'?[yn][ıiuü])?\s+(?:hi[çc]\s+|daha\s+)?(?:wa (?:mada |zenzen )?(?:tsukatta|sawatta|yatta|benkyou shita) koto (?:ga )?nai|kullanmad[ıi]m|bilmiyorum|denemedim|[çc]al[ıi][şs]mad[ıi]m|yapmad[ıi]m|ne vykorystovuvav|ne pratsyuvav|ne znayu|ne torkavsya|(?:no|nunca) l[oa]s? he (?:tocado|usado|utilizado|probado|trabajado)|nunca l[oa]s? (?:toqu[ée]|us[ée]|utilic[ée]|prob[ée])|kenne ich (?:gar |überhaupt |ueberhaupt )?nicht|ken ik (?:helemaal )?niet|gebruik ik (?:nooit|niet)|eigentlich (?:doch )?nicht(?: wirklich)?|nicht(?=,\s*(?:nur|aber|sondern)\b))(?![\wÀ-ÿ])/g;
const VERB_LAST_NEEDS = [
  // Japanese in romaji: "kubernetes wa mada tsukatta koto nai desu" (I have never used Kubernetes yet).
  "tta koto",
  "shita koto",
  "kullanmad",
  "denemedim",
  "şmad",
  "smad",
  "yapmad",
  "bilmiyorum",
  "ne vyk",
  "ne prats",
  "ne znayu",
  "ne tork",
  " lo he ",
  " la he ",
  " los he ",
  "nunca l",
  "kenne ich",
  // Dutch "SQL ken ik niet" (I don't know SQL).
  "ken ik",
  "gebruik ik",
  // German "Kubernetes eigentlich nicht wirklich" (not really Kubernetes, actually).
  "eigentlich nicht",
  // (The German reader leaves "Kubernetes nicht, nur Docker".)
  "nicht, nur",
  "nicht, aber",
  "nicht, sondern",
];
function negatedAfter(text: string): boolean {
  return holdsAny(text, NEGATED_AFTER_NEEDS);
}

/**
 * Facts about someone else ("my son is 17", "my wife has a PhD", "he wants to...", "mom of a grade 12 student", "sou mãe
 * de um menino de 16 anos", "nanay ako ng grade 12 student"): never the asker's.
 */
const OTHER_PERSON = gated(
  /\b(?:mom|mum|mother|dad|father|parent|nanay|tatay|m[ãa]e|pai|madre|padre) (?:ako )?(?:of|ng|de|do|da) (?:an? |um |uma |un |una |my |two |three |\d+ )?(?:[\w-]+ ){0,3}?(?:students?|kids?|sons?|daughters?|teens?|teenagers?|boys?|girls?|menin[oa]s?|filh[oa]s?|ni[ñn][oa]s?|hij[oa]s?|anak|grade \d+)\b[^.!?;,]*?(?=[.!?;,]|$)|(?<![\u0400-\u04ff])(?:мой|моя|мій|мои|мої) (?:друг|подруга|жена|дружина|муж|чоловік|брат|сестра|коллега|колега|кум|кума|знакомый|знайомий|сын|син|дочь|донька)(?![\u0400-\u04ff])[^.!?;]*?(?=,?\s+а я(?![\u0400-\u04ff])|,?\s+(?:спрашивает|питає|интересуется|цікавиться)|[.!?;]|$)|(?:брат|сестра|син|ќерка|керка|дъщеря|щерка|жена|мъж|съпруга|съпруг|сопруга|сопруг|приятел|приятелка|пријател|пријателка|девојка|другар|другарка|колега|колежка|татко|мајка|майка)(?:от|ът|та)? ми(?![а-яѓќљњџѕјѐѝ])[^.!?;]*?(?=[.!?;]|$)|(?:ਮੇਰੀ|ਮੇਰਾ|ਮੇਰੇ|मेरी|मेरा|मेरे) (?:ਧੀ|ਪੁੱਤਰ|ਪੁੱਤ|ਭਰਾ|ਭੈਣ|ਦੋਸਤ|ਪਤਨੀ|ਪਤੀ|ਮੁੰਡਾ|ਕੁੜੀ|बेटी|बेटा|भाई|बहन|दोस्त|पत्नी|पति)[^.!?;।]*?(?=[.!?;।]|$)|(?:my|our) (?:後輩|先輩|후배|선배)[^.!?;]*?(?=[.!?;]|,\s*(?:but\s+|and\s+)?(?:i|i'm|im|me|my)\b|$)|(?=candidate)(?<!\b(?:ph\.? ?d|doctoral|master'?s?|msc|ms|mba|degree) )candidates?\b(?: (?:for|from|at) [\w' -]{1,30}?)?\s*\([^)]{0,80}\)|\b((?:friend|colleague|coworker|co-worker|classmate|cousin|buddy|mate|pal|teammate)s? of (?:mine|ours)|(?:my|our) [\w-]+ (?:interns?|mentees?|students?|juniors?|new hires?|teammates?|colleagues?|coworkers?)(?= (?:is|has|was|does|did|wants|keeps|got|just|already|also)\b)|(i have|i've got|ive got|i got|got) (a|an) (student|client|mentee|candidate|report|intern|advisee)s? (with|who|that)\b|(asking|asked|posting|question|q) (for|on behalf of) (a|an|my|our|the|one of (my|our)) (\w+ ){0,3}|one of (my|our) \w+|(?<=\bsince )(?:my|our) (?:wife|husband|partner|spouse|gf|bf|girlfriend|boyfriend|brother|sister|friend|bestie|dad|mom|mum|father|mother|cousin)(?= (?:already |also )?(?:has|is|holds|got|did|does|knows|works)\b)|(my|our|his|her|their)(?<!\b(?:before|after|since|raising|having|had|care of|carer for|caring for|cared for|care for|i'?m|i am|im) (?:my|our|his|her|their))(?<!\b(?:been|became|become|being) (?:his|her|their)) (little |big |younger |older |baby |elder |best |close |good |oldest |closest |old |former |battle |army |college |school |work |uni |actual |real |duo |gaming |raid |msc |ms |phd |ph\.?d\.? |master'?s |masters |grad |undergrad |doctoral |bsc |summer |research )?(buddy|pal|mate|homie|bro|sis|sambo|missus|misses|other half|better half|co-?founders?|founders?|analysts?|reports?|direct reports?|juniors?|seniors?|interns?|students?|postdocs?|advisees?|mentees?|team members?|employees?|candidates?|clients?|son|daughter|kids?|child|children|wife|husband|partner|spouse|friend|bff|brother|sister|sibling|mom|mum|mother|dad|father|parents|colleague|coworker|co-worker|boss|manager|cousin|niece|nephew|girlfriend|boyfriend|gf|bf|babe|bae|wifey|fianc[ée]e?|roommate|flatmate|flat mate|housemate|neighbou?r'?s?|neighbor'?s?|teammate|classmate|batchmate|coursemate|schoolmate|groupmate|labmate|mentor|cto|ceo|cfo|coo|cpo|vp|guy|guys|padi|paddy|senpai|sempai|kouhai|kohai|bestie|sunbae|sunbaenim|sensei|professor|prof|tl|tech lead|team lead|teamlead|teamleiter|teamleiterin|gruppenleiter|abteilungsleiter|schichtleiter|chef|chefin|vorgesetzter|kollege|kollegin|schwager|schwägerin|supervisor|advisor|adviser|branch chief|division chief|chief|commander|pi|uncle|aunt|abbu|ammi|abba|amma|appa|baba|papa|mama|annayya|anna|akka|thambi|tammudu|chelli|bhaiya|didi|nanna|mama|bava|vadina)|(?:parents|family|folks) (?:are|is|keep|keeps|want|wants|say|says|think|thinks|insist|insists)|(?:my|our) pikin\b|(?:advising|mentoring|coaching|helping) (?:a|an|my|one of my) (?:grad |graduate |phd |master'?s |undergrad |college |high school )?(?:student|mentee|friend|colleague|report|junior|intern)s?\b|\b(?:i )?(?:supervise|co-supervise|advise|mentor|teach|have) (?:\d+|two|three|four|five|six|several|a few|some|many) (?:[\w-]+ ){0,2}(?:students?|postdocs?|mentees?|interns?|advisees?|ph\.?d\.?s|grad students)\b|(?:a|one|some) (?:student|friend|colleague|coworker|co-worker|mentee|reader|client|candidate|junior|intern)s? (?:of mine )?(?:asked|asks|wants|wanted|is asking|was asking|said|says)|(?=\w)(?<=(?:^|[.!?;])\s*)(?:wife|husband|hubby|babe|bae|wifey|fianc[ée]e?|partner|son|daughter|gf|bf|girlfriend|boyfriend|bro|sis|brother|sister|mom|mum|dad|bestie|roommate)\b(?= (?:is|has|was|does|did|works|got)\b)|amar (?:dada|didi|bhai|bon|bondhu|baba|ma|boro bhai|chhoto bhai)\b|(?:mera|meri|mere|majha|majhi|maza|mazi|naa|nanna|en) (?:beta|beti|bhai|behen|bahen|mulga|mulgi|bhau|bahin|koduku|kuthuru|kooturu|tammudu|chelli|akka|anna|magan|magal|thambi|thangachi|maga|magalu|tamma|tangi)\b|(?:kakak|abang|adik|isteri|suami|kawan|teman|temen|ayah|ibu|bapa|anak(?: saudara| buah)?|sepupu|bawahan|pakcik|makcik)(?: sekantor| kantor| kerja| kuliah| kampus| sekelas)? (?:saya|aku|gue|gw)\b|(?:(?:yung|ang|si) )?(?:pamangkin|kapatid|asawa|anak|pinsan|kaibigan|tito|tita|kuya|ate|jowa) ko\b|(?:my|our) (?:older|younger|eldest|youngest|oldest|little|big|middle) one\b|(?:(?:můj|moje|môj|moja) )?(?:kamarád|kamarádka|kamarát|kamarátka|brácha|ségra|manželka|kolegyně|kolegyňa)(?![\wÀ-ɏ])|(?:mera|meri|mere) (?:ek |bade |chhote |badi |chhoti |bada |chhota |vadda |vaddi |vadde |nikka |nikki |nikke )?(?:student|shishya|bhra|bhen|bhain|veer|paaji|bhaji|dost|bhaiya|bhaiyya|bhaia|bhai|didi|behen|bahen|beta|beti|papa|mummy|pati|patni|saheli|friend|cousin|colleague|wife|husband|hubby|babe|bae|wifey|fianc[ée]e?|gf|bf|girlfriend|boyfriend|brother|sister|boss|manager)|(?:m[óo]j|moja|moj|moi|moje) (?:kolega|kole[żz]anka|brat|syn|c[óo]rka|siostra|[żz]ona|m[ąa][żz]|przyjaciel|przyjaci[óo][łl]ka)|(?:mio|mia|il mio|la mia) (?:cugin[oa]|fratello|sorella|amic[oa]|collega|moglie|marito|ragazz[oa]|figli[oa]|padre|madre|pap[aà]|mamma|capo|zi[oa])|(?:kuzenim|abim|ablam|karde[sş]im|arkada[sş][ıi]m|e[sş]im|karım|kocam|babam|annem)|(?:mein|meine|meinem|meiner) (?:freund|freundin|bruder|schwester|sohn|tochter|frau|mann|kollege|kollegin|kumpel|bekannter|bekannte|mitbewohner\w*|cousin|cousine|chef|chefin|nachbar\w*)|(?:min|mitt|mina) (?:lille|lilla|stora|store)?(?:bror|brorsa|syster|syrra|s[øo]ster|fru|kone|man|mann|sambo|flickv[äa]n|pojkv[äa]n|kompis|kollega|son|dotter|datter|pappa|mamma|chef)|(?:mon|ma) (?:ami|amie|fils|fille|fr[èe]re|s(?:œ|oe)ur|mari|femme|meuf|mec|cousin|cousine|coll[èe]gue|pote|oncle|tante|p[èe]re|m[èe]re|beau-fr[èe]re|belle-s(?:œ|oe)ur|chum|blonde|copain|copine|conjoint|conjointe|boss|patron|patronne)|(?:minha|meu|mi|mis) (?:pareja|parceir[oa]|companheir[oa]|compañer[oa]s?|colegas?|esposa|esposo|mulher|marido|filh[oa]s?|hij[oa]s?|amig[oa]s?|prim[oa]s?|t[ií][oa]s?|novia|novio|namorad[oa]|irm[aã]|irm[aã]o|herman[oa]|pai|m[aã]e|padre|madre|jefe|jefa|chefe|manager|m[aá]nager|gerente|l[ií]der|orientador[a]?|profe|profesor[a]?|professor[a]?|coordinador[a]?|coordenador[a]?|supervisor[a]?|tutor[a]?)|(he|she)(?: himself| herself| also| too| already| only)?(?:'s| is| has| was| wants| says| said| thinks| did| got| works| just| knows| knew| uses)|(?=(?:the other|one) )(?<=(?:^|[.!?;,]\s*))(?:the other|one)(?: one| of them)? (?:asks|asked|wants|wanted|says|said)\b|(?=(?:y |e |pero |mas )?a (?:ella|él|ele) )(?<=(?:^|[.!?;,¿]\s*))(?:y |e |pero |mas )?a (?:ella|él|ele) (?:le|lhe)\b|(?=they )(?<=(?:^|[,.;!?]\s*|\band\s+|\bbut\s+))they (?:all |both |each )?(?:know|have|use|did|studied|work with)\b|(?<=(?:^|[.!?;:]) ?)(?:er|sie) (?:ist|hat|war|will|arbeitet|macht|studiert)|(?:un|una|um|uma) (?:\w+ )?(?:alumn[oa]|alun[oa]|estudiante|estudante|menin[oa]|chic[oa]|muchach[oa]|garot[oa]|mo[çc]a|rapaz|mentorad[oa]) (?:\w+ ){0,2}(?:que|con|com)|(?:tengo |tenho |h[aá] |hay )?(?:en|no|na) (?:mi|meu|minha) (?:equipo|time|equipe)|mentora? de (?:un|una|um|uma)|(?<=(?:^|[\s.!?;,:]))(?:friend|bro|cousin|coworker|co-worker|colleague|brother|sister|roommate|classmate|teammate|wife|husband|partner)(?=\s*:))\b.*?(?=[!?;]|(?<![a-z]\.[a-z])\.(?!\w)|,\s*(?:but\s+|and\s+|so\s+|aber\s+|und\s+|whereas\s+|while\s+|whilst\s+)?(?:i|i'm|im|i've|me|my|ben|ich|yo|eu)\b|\s\(?(?:but\s+|and\s+|so\s+)?(?:me|i|i'm|im(?! (?:master|bachelor|studium|bereich|team|job|moment|ersten|zweiten|dritten|letzten)\b)|i've|myself)\s|\s(?:but\s+)?(?:this|it)(?:'s| is) (?:about|for) (?:me|myself)\b|\s(?:aur |par |lekin |pr )?(?:main|mai|mein) (?:khud|khudh|to|toh|sirf)\b|\s(?:y|e|pero|mas|mais) (?:yo|eu)\b|\s(?:est-ce que |mais |et )?moi\b|\s(?:me|myself|mine)\s*:|\s(?:tapi|tetapi) (?:saya|aku)\b|\s(?:aber\s+|und\s+)?ich\s|\s*[\uD83C-\uD83E][\uDC00-\uDFFF]|$)/g,
);
/** "asking for a student", "I have a client who ...": someone else is named, so OTHER_PERSON may apply. */
const OTHERS_NAMED = gated(
  /\b(mom of|mum of|mother of|dad of|father of|parent of|nanay ako|tatay ako|m[ãa]e de|pai de|madre de|padre de|candidates?|mera|meri|mere|majha|majhi|maza|mazi|nanna|naa|the other|one wants|one asks|ella|ele|kamarád|kamarádka|kamarát|kamarátka|brácha|ségra|manželka|pamangkin|kapatid|asawa|anak|pinsan|kaibigan|mio|mia|kuzenim|abim|ablam|karde[sş]im|arkada[sş][ıi]m|e[sş]im|karım|kocam|babam|annem|asking|asked|posting|on behalf|have a|got a|his|their|our (?:cto|ceo|cfo|coo|cpo|vp|co-?founder|founder)|my [\w-]+ interns?|they (?:all|both|each)|mentees?|teammates?|colleagues?|coworkers?|parents|family|wife|husband|hubby|babe|bae|wifey|fianc[ée]e?|partner|son|daughter|gf|bf|girlfriend|boyfriend|bestie|minha|meu|mi|mis|mera|meri|mere|amar|m[óo]j|moja|mein|meine|meinem|meiner|mon|ma|annayya|akka|bhaiya|didi|kakak|abang|adik|isteri|suami|kawan|sepupu|bawahan|pakcik|makcik|teman|temen|ayah|ibu|bapa|min|mitt|mina|sambo|missus|er|sie|una|uma|friend|supervise|co-supervise|advise|mentor|teach|students?|bhra|veer)\b|ਮੇਰ|मेर| ми(?![а-яѓќљњџѕјѐѝ])/,
);
/**
 * Ages and targets are not years of work: "I'm 45", "45 years old", "lead in 3 years", "within 2 yrs", "za 3 lata";
 * nor a break or a course: "been off 4 years", "out of the game 5 yrs", "a stats course on and off for 2 years"; nor a
 * pension's terms: "pension vests at 20 yrs".
 */
const NOT_WORK_YEARS = gated(
  /\b(?:pension|gratuity|vests?|vesting)\b[^.;!?]{0,30}?\b(?:at|after) \d+\s*(?:years?|yrs?)\b|\b(?:(?:been|was|stayed|staying) (?:at home|home|away)|(?:been |was )?(?:off|out of the game|out of tech|out of the industry)) (?:for )?(?:(?:about|around|almost|nearly|over) )?\d+\s*(?:years?|yrs?)\b|\b\d+\s*(?:years?|yrs?) out of the game\b|\bon and off for (?:(?:about|around|almost|nearly|over) )?\d+\s*(?:years?|yrs?)\b|\b\d+ ?(?:yr|year)s?[- ]olds\b|\bonce (?:you'?re|youre|ur|u r|you are|u'?re|people are|ppl are) (?:like |about |around |~)?\d+(?:\s*-\s*\d+)?\+?\s*(?:yrs?|years?)\b|\b\d+\s*(or|vs\.?|to)\s*\d+\+?\s*(yrs?|years?)\b(?=[^.!]*\?)|\b\d+\s*(years?|yrs?) into (a |my |the )?([\w-]+ ){0,3}(masters?|master's|ph\.? ?d|degree|program(me)?|bootcamp|bachelors?|bachelor's|ms|msc|mba)\b|\b(phd|ph\.d|doctoral|master'?s|grad) (student|candidate)\b[^,.;]{0,40}?\bfor (~\s?)?\d+\s*(years?|yrs?)\b|(?<![\wÀ-ÿ])me (?:falta|faltan|quedan|queda) (?:\d+|un|una|dos|tres) (?:años?|anos?|semestres?)(?![\wÀ-ÿ])|\b\d+\s*(years?|yrs?)\s+(left|to go|remaining|off|home w|at home|home with|raising|caring for|looking after|off work|out of work)\b|\b(took|take|taking|had|spent) (\d+|a|one|two|three|four|five|six) (years?|yrs?) (off|out)\b|\b\d+[- ](year|yr)s?[- ](career |employment |resume |cv )?(break|gap)\b|\b(left|dropped|quit)(?! (the |my )?(army|navy|military|air force|marines|job|company|firm|industry|teaching|nursing|force|police)\b)( \w+){0,4} after (?:\d+|an?|one|two|three)\s*(years?|yrs?)\b|\b(taught myself|teaching myself|self[- ]taught|as a hobby|learning)\b[^.;]{0,50}?\b(over |for )?(the )?(last|past) \d+\s*(years?|yrs?)\b|\b(out of (the )?(workforce|work|industry)|career break|a break|on a break|off work|unemployed|stay[- ]at[- ]home|parental leave|maternity leave|paternity leave|caring for|carer for|carer to|caregiver for|caregiving for|looking after|took care of|taking care of|take care of)\b(?:(?!before|after|then)[^,.;]){0,20}?\d+\s*(years?|yrs?)\b|\b\d+\s*(years?|yrs?)\s+(out of|off|away from) (the )?(work|workforce|industry)\b|\b(i'?m|i am|im|aged?|turning|turned)\s+\d{2}\b(?!\s*(months?|mos?)\b)(?!\s*(?:yrs?|years?)\s+(?:in(?:to)?\s+|as\s+|of\s+)?(?:swe|sde|dev|developer|backend|frontend|full[- ]?stack|software|data|ml|ai|qa|devops|sre|it|engineering|engineer|experience|exp|industry|tech|analytics|research)\b)|\b\d{2}\s*(years?|yrs?)[\s-]*old\b|\b\d{2}\s*y\/?o\b|\b(within|in|next|over the next|by)\s+(the next\s+)?(~\s?|about |around |approx\.? |like )?(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)(\s*-\s*\d+)?\s*(years?|yrs?)\b(?!\s+(of(?! (?:graduating|graduation|finishing|leaving|starting|joining|my graduation)\b)|as|in|at|doing|working|experience|exp)\b)|\b(\d+|a|one|two|three|four|five)\s*(years?|yrs?)\s+from now\b|\b(em|en|dans|entro|tra|fra|within)\s+(uns |umas |unos |unas |cerca de |environ |circa |about )?\d+\s*(anos|años|ans|anni)\b(?!\s+(de|d'|di)\b)|\b(\d+|two|three|four|five|six|seven|eight|nine|ten)(st|nd|rd|th)? year (of|in) (my |a |the )?(phd|ph\.d|master'?s|bachelor'?s|degree|uni|university|college|undergrad|studies|program)\b|\b(\d+(st|nd|rd|th)|first|second|third|fourth|final) year\b(?! (teaching|working|as|at|in (the|my) (job|role)))|\bza \d+ lat[a]?\b|\bza \d+ godin[aeu]?\b|\bmam \d{2} lat[a]?\b(?! (?:w|we|jako|do[śs]wiadczenia|pracy|sta[żz]u|za sob|w bran))/g,
);

/**
 * "in Berlin 1 year now", "living in Lisbon for 3 years": a place (checked against the place index) and a count,
 * opening a clause or after "living", and ending one; not "in Germany 2 years as a data engineer", "data analyst in
 * Nairobi for 3 years", "in Izmir for 6 years, I work as".
 */
const YEARS_IN_A_PLACE =
  /(?:\b(?:living|lived|live|based|settled|residing) |(?:^|[,.;!?(]) ?(?:(?:and|but|been|now) )?)in ((?:\p{L}+ )?\p{L}+) (?:for )?(?:(?:about|around|almost|nearly|over) )?\d+\s*(?:years?|yrs?)(?: now)?(?=\s*(?:[.;!?)]|,(?!\s*(?:i|i'm|im|i've|ive|as|working|doing)\b)|$))/gu;

/**
 * More ages and years that are no work: "Python for about 2 yrs" (a skill's years, inside the career's), "(17 ans)",
 * "everyone wants 3-5 yrs in AI/NLP", "los 5 años que piden" (what employers ask for),
 * "finish my degree?? 1 yr in and ..." (a year into the degree),
 * "5 or 10 yrs" (weighed), "learning ML from youtube for 2 years", "tenho 42 anos", ", 42 anos,", "home with the kids
 * for the last 8", "another 5 yrs of school", "bootcamp 6 months or master degree 2 years", "3rd year of a 5-year PhD" (how
 * long a course takes), "je code en java depuis 3 ans pour le fun" (a hobby), "and after like 5 yrs?" (a time ahead,
 * asked about), "tenho mestrado em física e 46 anos" (an age after what they have), "5 years is my GOAL" (a target),
 * "a gap between 5 and 7 years, where does 6 years go?" (the guide's ladder, asked about), "the guide says 'minimum 5+
 * years'" (a requirement), "my last 3 recruiters" (three of something else), "6 saal ka break", "4 years off",
 * "5 varsham job onnum illayirunnu" (no job for 5 years), "4 saal se ghar pe hoon", "after 8 years as a homemaker", "10
 * varusham munnadi" (10 years ago): a career break or a time ago; "WES ne 4 saal di bachelor de barabar mann li" (a
 * degree rated as a 4-year bachelor's), "a 1 yr postgrad cert": how long a course of study takes.
 */
const NOT_WORK_YEARS_MORE = gated(
  /\b\d+ (?:saal|sal|years?) (?:ki|di|da) (?:umar|umr|umer|age|education|padhai|parhai|taleem|degree|bachelor'?s?|masters?|b\.?tech|diploma)\b|\b\d+[- ]?(?:year|yr)s?[- ](?:post-?grad(?:uate)?|graduate|grad|online|part[- ]time|full[- ]time) (?:cert(?:ificate)?|dip(?:loma)?|program(?:me)?|course|degree)\b|\b\d+ (?:saal|sal) (?:wala|wali|wale)\b|\b\d+ (?:saal|sal) (?:ka )?gap\b|\bevery \d+(?:\s*-\s*\d+)?\s*(?:yrs?|years?)\b|\bwent to [\w .'&-]{2,30}\(\s*\d+\s*(?:yrs?|years?)\b|\b\d+\s*(?:yrs?|years?) in the irr\b|\bba3d\s+\d+(?:\s*-\s*\d+)?\s*(?:sneen|snin|sana|years?)\b|\b\d+\s*(?:sneen|snin|years?)\s+kaman\b|\b\d+\s*y[ıi]l\s+i[çc]inde\b|\b(?:ingenier[ií]a|licenciatura|carrera|grado|tecnicatura|degree|bachelor'?s?|bsc|bs|msc|ms|mcs|ba|ma)\b(?: (?:de|en|in))?[a-zà-ÿ ]{0,30}\((?:\d+) (?:años|anos|years?|yrs?)(?: lol| largos?)?\)|\b\d+\s*(?:years?|yrs?|yr|saal|varsham|varusham) (?:ka |of (?:a )?)?(?:career )?(?:gap|break)\b|\b\d+\s*(?:years?|yrs?|varsham|varusham) (?:off|job onnum illa\w*)\b|\bthen \d+ off\b|\b\d+\s*saal se ghar (?:pe|par|mein)\b|\b\d+\s*(?:varusham|varsham|years?) (?:munnadi|munpu)\b|\b\d+\s*(?:years?|yrs?) as an? (?:homemaker|housewife|stay[- ]at[- ]home (?:mom|mum|parent|dad)|full[- ]time (?:mom|mum|parent|homemaker))\b|\b(?:last|past) \d+ (?!(?:years?|yrs?|months?|weeks?|days?)\b)[a-z]{3,}s\b|\b(?:entry|mid|senior|junior)[- ]?level (?:is|are|=|:|means) \d+\s*[-–]\s*\d+\+?\s*(?:years?|yrs?)\b|\b\d+\s*(?:years?|yrs?) is (?:my|the) (?:goal|target|plan|aim|dream)\b|\bminimum (?:of )?\d+\+?\s*(?:years?|yrs?)\b|\b(?:guide|post|posting|ad|jd|listing|description|req|requirements?)s? (?:says?|said|asks? for|wants?|requires?|lists?) ['"‘“]?(?:a )?(?:min\.? |at least )?\d+\+?\s*(?:years?|yrs?)|\bbetween \d+ and \d+\s*(?:years?|yrs?)\b|\bwhere (?:does|do|would) \d+\s*(?:years?|yrs?) (?:go|fit|land|sit)\b|(?<![\wÀ-ÿ])(?:estive|fiquei|estuve|me qued[ée]|qued[ée]|pas[ée]|passei) (?:\d+|dos|dois|tres|três) (?:anos|años) (?:em casa|en casa|fora|sin trabajar|sem trabalhar)(?![\wÀ-ÿ])|\b\d+\s*-?\s*(?:yr|year)s?\s*(?:service )?bond\b|\bbond (?:of|for) \d+\s*(?:yrs?|years?)\b|\bcomo si (?:tuviera|tuviese|fuera) (?:de )?\d+ años\b|\bcomo se (?:eu )?(?:tivesse|fosse) \d+ anos\b|\bcomme si j'avais \d+ ans\b|\b\d+\s*(?:years?|yrs?) of (?:ranked|gaming|playing|league|modding|speedrunning)\b|\b(?:someone|somebody|a person|anyone|people|a candidate|a (?:friend|colleague|coworker|co-worker|buddy|mate|guy|senior|teammate)(?: of mine)?) with (?:like |about |around |~)?\d+\+?\s*(?:years?|yrs?|yoe)\b|\b\d+\s*(?:years?|yrs?)\s+out\b(?! of\b)|\b(?:start|starting|begin|beginning|about to (?:start|do|begin|enter)|before|enlist\w*(?: for| in)?) (?:my |a |the |mandatory )?\d+\s*-?\s*(?:yr|year)s?\s*(?:of )?(?:military|army|national|mandatory|compulsory) service\b|\b\d+\s*(?:y|yr|yrs|years?)[- ](?:vesting|vest|cliff)\b|\b(?:vesting|vests?) (?:over )?\d+\s*(?:y|yrs?|years?)\b|\bafter (?:like |about |around |~)?\d+\s*(?:yrs?|years?)(?=\s*\?)|\d+ ?(?:年以内|年後|年までに|年内|년 ?안에|년 ?내에|년 ?후)|\b(?:my |the |a )?\d+[- ]?(?:yrs?|years?)[- ]mark\b|\b(?:el |la |los |las )?(?:jd|jds|oferta|ofertas|vacante|vacantes|puesto|anuncio)s? (?:dice|dicen|pide|piden|requiere|requieren|exige|exigen|menciona|pone) (?:\d+\s*[-–]\s*)?\d+\+? ?(?:años|anos)\b|\b(?:los|las|os|the) \d+ (?:años|anos|years|yrs) (?:que (?:piden|pide|exigen|requieren|necesitan|pedem|exigem)|(?:they|the guide|it|the role|the job) (?:ask|asks|want|wants|require|requires|ask for|asks for))\b|\b(?:everyone|everybody|they all|employers|companies|recruiters|jobs|postings|job ads|jds|every jd|every job)\s+(?:wants?|asks? for|requires?|expects?|needs?|lists?)\s+(?:like\s+|at least\s+)?\d+(?:\s*[-–]\s*\d+)?\+?\s*(?:yrs?|years?)\b|\b\d+[- ](?:year|yr)s?[- ](?:ph\.? ?d|doctorate|master'?s?|masters|degree|program(?:me)?|bachelor'?s?|course|bootcamp|diploma|certificate|associate'?s?)\b|(?=\d+ (?:yrs?|years?|semesters?) in\b)(?<=\b(?:finish|finishing|doing|quit|quitting|drop|dropping|into|through) (?:my |the |a |this )?(?:degree|uni|university|college|program(?:me)?|course|major|ph\.? ?d|master'?s?|bachelor'?s?)\b[^.;!]{0,30})\d+ (?:yrs?|years?|semesters?) in\b(?= and\b|\s*[,.;!?]|\s*$)|\b(?<!seit |vor )in \d+ jahren\b|\bnoch \d+ (?:jahre?|monate?)\b|\b\d+ (?:anos|años) (?:cuidando|a cuidar|cuidado) (?:d[aeo]s?|del|a|de la|de mi|de meu|de minha)\b|\b(?:bootcamp|course|degree|master'?s?|ph\.? ?d|mba|msc|program(?:me)?) (?:is |takes |of )?\d+ ?(?:months?|years?|yrs?)\b|\b\d+ (?:yrs?|years?|semesters?) into (?:community college|cc|college|uni|university|school|my (?:degree|program|studies|bachelor'?s?|master'?s?))\b|\b(?:pcs\w*|moving|relocating|posted|stationed|deployed) (?:to|in|at) [\w ,.'-]{1,40}? for \d+ (?:years?|yrs?)\b|\b(?:master'?s?|degree|bootcamp|program(?:me)?|course|ph\.? ?d) (?:is|takes|lasts|would take) \d+ (?:years?|yrs?)\b|\b\d+ (?:years?|yrs?) (?:out|away|off) (?:with|raising|caring|looking after)\b|\bpaused (?:it |my [\w-]+ )?(?:for )?~?\d+(?:\.\d+)? ?(?:yrs?|years?)\b|\b(?:been )?out (?:for )?~?\d+(?:\.\d+)? ?(?:yrs?|years?)\b|\b\d+(?:\.\d+)? ?(?:yrs?|years?)(?: long)? (?:of )?(?:career )?(?:break|gap|hole|sabbatical|(?:maternity|paternity|parental|family|medical|sick|disability) leave)\b|\b\d+ ?(?:yrs?|years?) as an? stay[- ]at[- ]home\b|\b\d+ saal ka gap\b|\b\d+ ?(?:years?|yrs?|ans|años|anos)\b[^.;!?,]{0,12}?\b(?:pour le fun|for fun|just for fun|as a hobby|en hobby|por hobby|por diversi[oó]n)\b|\b\d+ años fuera\b|\b\d+ anos afastad[oa]\b|\b\d+ jahre in elternzeit\b|\b(master|shuushi|hakase|phd|daigaku|gakubu) \d-?nen\b|\bem \d+ anos\b(?! (de|como|na|no|em)\b)|\bmam \d+ lat(a)?\b(?! (do[sś]wiadczeni|pracy|stażu|stazu|jako|w ))|\bje mi \d+ let\b|\b(reqs?|jobs?|postings?|listings?|ads?|roles?|companies|recruiters?|they|it|the guide) (all )?(wants?|asks? for|requires?|demands?|expects?|lists?|says|said|mentions|states) (\w+ )?\d+\+? ?(years?|yrs?)\b|\bcounts? (?:towards?|for) (?:the |those |that )?\d+(?:\s*[-–]\s*\d+)?\+?\s*(?:yrs?|years?)\b|\b(?:the|those|that) \d+(?:\s*[-–]\s*\d+)?\+?\s*(?:yrs?|years?)(?: [\w-]+){1,5} (?:wants?|asks? for|requires?|needs?|expects?)\b|\b(python|sql|pytorch|tensorflow|spark|excel) for (about |around |~)?\d+ (years?|yrs?)\b|\b(ser|llegar a ser|llegar|ascender)\b[^.;!?]{0,40}?\ben \d+ (años|anos)\b|\b\d+[- ]?(years?|yrs?) (\w+ )?(gap|break)\b|\b\d+\s*(years?|yrs?) of (a |my |the )?([\w-]+ ){0,2}(degree|bachelor'?s?|masters?|bsc|msc|undergrad|uni|college)\b|\b(?:1[5-9]|[2-9]\d) saal (ka|ki|ke) (hoon|hun|hu|hai|h)\b|мне \d+ (лет|год)|\b\d+(?:[.,]\d+)? ?år (?:föräldraledig\w*|foreldrepermisjon|barsel\w*|pappaledig\w*|mammaledig\w*|hjemme med\b)|\b\d+ vuotta kotona\b|\d{2,4}\s*年\s*(?:本科|硕士|碩士|博士|大学|大學|研究生)?\s*(?:毕业|畢業|入学|入學)|과정\s*\d+\s*년차|\(\s*1\d\s*(ans|años|anos|jahre|years? old|yo|y\/o)\s*\)|\b\d+\s*(or|vs\.?)\s*\d+\+?\s*(yrs?|years?)\b|\bnag-?aaral\b[^.;!?]{0,40}?\b\d+\s*(?:months?|mos?|years?|yrs?|taon|buwan)\b|\b(learning|self[- ]?studying|self[- ]?learning|teaching myself)\b[^,.;!?]{0,40}?\bfor (~\s?|about |around |like |almost |nearly )?(?:\d+|an?|one|two|three|four|five)\s*(years?|yrs?)\b|\b\d+\s*(saal|years?|yrs?) se\b[^,.;!?]{0,50}\bseekh\w*|\b(ms|msc|master'?s?|degree|program(me)?|course|bootcamp|mba|phd)\b[^.;!?()]{0,40}\(\s*\d+\s*(years?|yrs?) (total|long|program(me)?|part[- ]time|of evenings)\b|\b(a|one|\d+) (years?|yrs?) of (\w+ )?(side projects?|hobby projects?|weekend projects?)\b|\b(?:been )?(?:modding|tinkering|gaming|speedrunning) (?:for )?(?:like |about |around |~)?\d+\s*(?:yrs?|years?)\b|\b(?:tengo|tenho|j'ai|tiene|tem|il a|elle a|ho)\s+(?:1[3-9]|[2-9]\d)\s*(?:anos|años|ans|anni)\b(?!\s+(?:de\b|d'|como|en\b|em\b|na\b|no\b|trabaj|trabalh|dans|comme|as\b|in\b))|\b(?:1[89]|[2-9]\d)\s*(?:ans|anos|años|anni|jahre|years?)\s*,?\s*(?:c'est|c est|es|é|è|ist|is)\s+(?:trop|demasiado|muito|troppo|zu|too)\b|(?<![\wÀ-ÿ])(?:à|a|at|con|com|mit)\s+(?:1[89]|[2-9]\d)\s*(?:ans|anos|años|anni|jahren)\b(?!\s+(?:de|d'|di|of|an) )|\bd'ici (?:\d+|un|deux|trois|cinq|dix) ans\b|\bde (?:1[89]|[2-9]\d) ans\b(?! (?:d'|de |en |dans |comme ))|\bdans (?:\d+) ans\b|\b(?:ik ben|ich bin|je suis)\s+\d{2}\b(?!\s*(?:jaar|jahre|ans)\s+(?:\w+\s+)?(?:ervaring|erfahrung|d'exp|als|as))|(?<=(?:^|[,(])\s?)[3-7]\d\s*(?:anos|años|ans|jahre|jaar|lat|let|ani|years?|yrs?)(?=\s*[,)]|\s*\.(?!\d)|\s*$)|\bhome with\b[^,.;]{0,30}?\b(?:for )?(?:the )?(?:last|past) \d+\b|(?=(?:at night|nights|evenings|in the evenings|on (?:the )?weekends|on the side|after work|after (?:my )?shifts?)\b)(?<!\b(?:ml|ai|machine learning|deep learning|models?)\b[^.;!?]{0,30})\b(?:at night|nights|evenings|in the evenings|on (?:the )?weekends|on the side|after work|after (?:my )?shifts?)\b[^.;!?]{0,15}?\bfor (?:about |around |almost |nearly |like )?(?:a|one|\d+) (?:years?|yrs?)\b|\b(?:at )?home with (?:the |my |our )?(?:kids?|children|baby|babies|family|son|daughter|twins)\b[^,.;]{0,10}?\bfor (?:about |around |almost |nearly )?\d+\b(?:\s*(?:years?|yrs?))?|(?:عندي|عمري|عمرى|عنده|عندو)\s*(?:1[0-9]|[2-9]\d)\s*(?:سنة|سنه|عام|سنين)(?!\s*(?:خبرة|خبره|من الخبرة|في |ف |كـ|ك ))|\b(?:3ndi|3andi|3omri|3ndo|3ando|3andou|3ndou)\s+(?:1[0-9]|[2-9]\d)\s*(?:ans|sana|snin|3am|years?)\b(?!\s*(?:d'|de |dyal|experience|exp|khibra|f |fi |comme|as |in ))|\b\d+\s*(?:años|anos) (?:haciendo|cursando|estudiando|fazendo) (?:el |la |un |una |o |a |um |uma )?(?:doctorado|doutorado|m[aá]ster|mestrado|maestr[ií]a|carrera|grado|faculdade)\b|\b\d+\+?\s*(?:more )?(?:years?|yrs?) of (?:school|schooling|study|studies|studying|uni|university|college|grad school)\b|\b(?:another|more) \d+\+?\s*(?:years?|yrs?)(?! (?:as|at|in|of (?:work|experience|exp)))\b|\b(?:waste|wasting|wasted|spend|spending|lose|losing|invest|investing|sink|sinking|commit|committing|devote|devoting) (?:another |\w+ )?\d+\s*(?:more )?(?:years?|yrs?)\b|(?:à|a los|aos|alle|mit|at|com|con) [2-9]\d (?:ans|años|anos|anni|jahren|years old)\b(?! ?(?:de|d'|of|di|experience|exp))|(?=[ey] (?:1[89]|[2-9]\d) (?:anos|años)\b)(?<=\b(?:tenho|tengo)\b[^.;!?]{0,40})[ey] (?:1[89]|[2-9]\d) (?:anos|años)(?=\s*[.,;!?]|\s*$)|\b(?:military|national|mandatory|compulsory) service\b(?:\s*\([^()]{0,20}\))?\s+(?:for\s+)?(?:(?:about|around|almost|nearly|over|like)\s+)?\d+(?:\.\d+)?\s*(?:years?|yrs?|months?)\b|\b\d+(?:\.\d+)?\s*(?:years?|yrs?|months?) (?:of )?(?:mandatory |compulsory )?(?:military|national) service\b|\b(?:needs?|requires?) (?:like |at least |about |around |~)?\d+\+?\s*(?:yrs?|years?)\b|(?<![\wÀ-ÿ])(?:moro|vivo|morando|viviendo|resido|moramos|vivimos)(?![\wÀ-ÿ])[^.;!?,]{0,30}?(?<![\wÀ-ÿ])(?:hace|h[aá]|faz|desde hace) \d+ (?:anos|años)(?![\wÀ-ÿ])(?!,?\s*(?:y |e )?(?:trabajo|trabalho|trabajando|trabalhando|como|de|as)(?![\wÀ-ÿ]))|\b\d+(?:\.\d+)?\s*(?:years?|yrs?|y[ıi]l|ay|months?)\s+askerlik\b|\b\d+\s*y[ıi]l [öo]nce (?:[a-zçğıöşü]+ ){0,3}mezun\b/g,
);

/** "2019-2023", "2023-now": a span of years told as a range. */
const YEAR_RANGE = /\b((?:19[6-9]|20[0-4])\d)\s*(?:-|–|—|to)\s*((?:19[6-9]|20[0-4])\d|now|present|today|current)\b/g;
/** Words before a range that make it years of study. */
const STUDY_BEFORE =
  /\b(msc|ms|master'?s?|bachelor'?s?|bsc|ba|ph\.? ?d|degree|university|uni|college|school|mba|studied|studying)\b[^,.;]*$/;
/** "since 2015", "sinds 2012", "desde 2015": the years up to now, told as a year. */
const SINCE_YEAR = /\b(?:since|sinds|seit|desde|depuis|dal)\s+((?:19[6-9]|20[0-4])\d)\b/g;
/** "for a decade", "two decades": ten years each. */
// ("for what feels like a decade": a feeling, not a count.)
const DECADES =
  /\b(?<!feels like |felt like |seems like )(?:(?:the )?(?:last|past) decade|(?:a|one) decade|(two|2) decades)\b/g;

/**
 * Counts told as a year or in decades, written as counts of years of the same length ("since 2015" reads "11 yrs"),
 * with the asker's own words for each, so an answer can quote them instead of a number they never wrote.
 */
/** "a year and a half", "two and a half years", "3 years and a half": a count with its half. */
const AND_A_HALF =
  /\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)( years?| yrs?)? and a half( years?| yrs?)?\b/g;
function countsAsYears(text: string, thisYear: number): { text: string; told: ToldCount[]; span: number | undefined } {
  const told: ToldCount[] = [];
  const asCount = (words: string, at: number, value: number, untilNow: boolean) => {
    const count = `${value} yrs`;
    if (value < 1 || count.length > words.length) return words;
    told.push({ value, words: words.trim(), at, untilNow });
    return count.padEnd(words.length, " ");
  };
  const ranges: [number, number][] = [];
  const rangeWords: string[] = [];
  const rewritten = text
    .replace(YEAR_RANGE, (m, from: string, to: string, at: number) => {
      // "MSc in data science 2021-2023": years of study, not of work.
      if (STUDY_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return m;
      // "took a career break for my two kids (2018-2024)": years away from work, not of it.
      if (BREAK_BEFORE.test(text.slice(Math.max(0, at - 60), at))) return " ".repeat(m.length);
      const end = /^\d/.test(to) ? Number(to) : thisYear;
      ranges.push([Number(from), end]);
      rangeWords.push(m.trim());
      return asCount(m, at, end - Number(from), !/^\d/.test(to));
    })
    // ("been playing league since 2013": a pastime, not work.)
    // ("in TCS since 2015 — 9 years now": the count told beside the year is the writer's own, not this year's sum.)
    .replace(SINCE_YEAR, (m, year: string, at: number) =>
      PASTIME_BEFORE.test(text.slice(Math.max(0, at - 40), at)) ||
      COUNT_BESIDE.test(text.slice(at + m.length, at + m.length + 40))
        ? m
        : asCount(m, at, thisYear - Number(year), true),
    )
    .replace(DECADES, (m, two: string | undefined, at: number) => asCount(m, at, two ? 20 : 10, false))
    .replace(
      AND_A_HALF,
      (m, count: string, unitBefore: string | undefined, unitAfter: string | undefined, at: number) =>
        unitBefore || unitAfter ? asCount(m, at, (NUMBER_WORDS[count] ?? Number(count)) + 0.5, false) : m,
    );
  // "2019-2023 data engineer, 2023-now ML engineer": the whole career runs from the first year to the last.
  const span =
    ranges.length >= 2 ? Math.max(...ranges.map((r) => r[1])) - Math.min(...ranges.map((r) => r[0])) : undefined;
  if (span !== undefined) told.push({ value: span, words: rangeWords.join(", "), at: -1, untilNow: false });
  return { text: rewritten, told, span };
}

/** A count of years right after "since 2015": "— 9 years now", "(9 yrs)", ", so 9 years". */
const COUNT_BESIDE =
  /^\s*[—–(,-]?\s*(?:so |that'?s |i\.e\.? )?(?:about |around |almost |nearly |~)?\d{1,2}\+? ?(?:years?|yrs?)\b/;

/** A pastime told just before "since 2013": "been playing league since 2013". */
const PASTIME_BEFORE = /\b(?:playing|gaming|modding|streaming|speedrunning|watching)\b[^,.;!?]{0,30}$/;

/** A career break told just before a range of years, in the same clause. */
const BREAK_BEFORE =
  /\b(?:career break|break|time off|time out|sabbatical|parental leave|maternity|paternity|stay[- ]at[- ]home|at home with|kids|children|caring for|carer|illness|ill|sick|diagnosis|ivf|pregnan\w*|unemployed|laid off)\b[^,.;!?]{0,40}$/;

interface ToldCount {
  value: number;
  words: string;
  /** Where the words start in the text. */
  at: number;
  /** "since 2015" runs up to now: a span told after it ("now 1 yr as ...") is inside it, not after it. */
  untilNow: boolean;
}

/** "1,5 Jahre", "2,5 anos": a count of years with a decimal comma, read as "1.5". */
const DECIMAL_COMMA = /(\d),(\d)(?=\s*(?:jahre|jahren|anos|años|ans|anni|jaar|lat|years?|yrs?)\b)/g;

/**
 * A quotation of some length: a job ad, a recruiter's words; in single quotes too ("every jd is like 'bs required, 5
 * yoe for an entry role'"), opened after a space or a colon and closed before one, so "it's" and "I'm" open none.
 */
const QUOTED = /["“][^"”]{25,}["”]|['‘](?<=[\s:(]['‘])[^'’\n]{25,}?['’](?=[\s.,;:!?)]|$)/g;

/** "my bio:", "here's my CV summary -": what follows is the writer's own words about themselves. */
const OWN_WORDS_BEFORE =
  /\bmy (?:bio|cv|resume|résumé|profile|linkedin|headline|tagline|summary|intro)(?: \w+)?\s*[:=-]?\s*$/i;

/** "seen a paper once", "read a few papers": papers read, not written. */
const PAPER_READ =
  /\b(?:seen|saw|read|reading|skimmed|skimming|reviewed|reviewing)\s+(?:a |one |some |\d+ |the |a few |a couple of |few )?(?:[\w-]+\s+)?papers?\b/g;

/** Papers of the writer's own: "published at ACL", "2 papers at NeurIPS", "my publications", "first-author paper". */
const HAS_PUBLISHED =
  /\b(?:published|(?:my|our|\d+|a|one|a few|several|some|two|three|four|five|few|many|couple|handful|bunch|lots|plenty|first[- ]author|co-?authored?)\s+(?:[\w-]+\s+){0,2}(?:papers?|publications?|pubs)|(?:have|had|got|with|hold)\s+(?:a |some |two |\d+ |several |a few )?(?:[\w-]+\s+)?(?:papers?|publications?|pubs)|papers?\s+(?:at|in|accepted)\b|publications?\s+(?:at|in|on)\b)\b/;

/** Words without which a message tells nothing about its writer (a pronoun, a degree, a number, "student"...). */
const PERSONAL_HINT =
  /^ ?(?:so |ok |hey |hi )?as an? |\b(never|nunca|jamás|estudi[ée]|me recib[ií]|me gradu[ée]|me titul[ée]|doctora|nigdy|pernah|gue|gw|final year|i|ya|jestem|mam|m[áa]m|jsem|mgr|sunt|tô no|tô na|tô em|tô fazendo|pracuj|niko|nimefanya|saya|aku|mera|meri|mere|mujhe|estudo|i'm|im|i've|ive|i'd|my|me|we|our|ana|3andi|soy|sou|estou|estoy|tengo|tenho|trabajo|trabalho|sono|sto|ho|lavoro|laurea|triennale|magistrale|dottorato|doutoramento|to no|ich|mir|hab|habe|han i|kann|man ir|turiu|esmu|ya|je|j'ai|jai|mi|mein|meine|faculdade|universidad|estudiante|estudante|licenciatura|maestr[ií]a|mestrado|someone|somebody|person|people|anyone|grad|graduate|graduated|graduating|student|undergrad|phd|ph\.d|doctorate|postdoc|master'?s?|bachelor'?s?|msc|bsc|ms|mba|mca|bca|btech|mtech|b\.tech|m\.tech|b\.sc|m\.sc|degree|here|been|decades?|ben|ik|self[- ]taught|bootcamp|career changer|junior|newbie|beginner|daily|ged|gcses?|a[- ]levels?|side projects?|aata hai|aati hai|aata h)\b|\d|w\/|\b(no|zero) (\w+ )?experience|(?:^|\s)(я|мне|мені|меня|знаю|маю|أنا|لدي|عندي)(?=\s|$)|我|私は|僕は|自分|저는|제가|(?:^|\s)저(?=\s)|석사|박사|학사|과정/;

/**
 * "team lead here 🇦🇷 7 yrs as data engineer": a count followed by another job is that job's years, whatever
 * leading came before it.
 */
const ANOTHER_JOB_AFTER =
  /^[^a-z]*(?:years?|yrs?|y)?\s*(?:as|como|en tant que|als)\s+(?:an?\s+)?(?!(?:tech |team |the )?(?:lead|manager|head)\b)[a-z]/;

/** "led a team for 2 yrs", "managing people for 3 years": the count that follows is years of leading. */
const LED_BEFORE = new RegExp(
  `\\bem for\\s*$|\\b(?:been|as|an) em\\s*$|(?<![a-zà-ÿ])(vedu|vedl[ae]?|prowadz[ęe]|kieruj[ęe]|conduc|leite|f[üu]hre)(?![a-zà-ÿ])|\\b(lead|leading|led|managing|managed|manged|manging|(?<!(?:${MANAGES_NO_TEAM}) )manager|mentoring|tech lead|team lead|teamlead|tl|running (a |the )?team|ran (the|a|my) ([\\w-]+ )?team|run (the|a|my) ([\\w-]+ )?team|(?:headed|heading|heads) (?:the|a|an|my|our) [\\w -]{1,30})\\b(?! (ml|ai|machine|architect))`,
);
/** Where a wish starts: "want to", "interested in", "i'd love to". */
const WISH =
  /\b(want|wanna|would like|i'?d like|i'?d love|hope|hoping|interested in|passionate about|dream|aim|goal|prefer|rather)\b/;

/** A question about one of the guide's roles, from its name on (captured) to the question mark. */
const ROLE_QUESTION = gated(
  /([^.!?\n]*?\b(?:architect|archtect|scientist|ai engineer|ai eng|application engineer|app engineer))\b(?:[^.!?\n]|\.(?=[\w?]))*\?/g,
);
/** A word by which the asker speaks of themselves, in the languages the sets brought. */
const ASKER_WORD =
  /(?<![\wÀ-ÿ])(i|i'm|im|i've|ive|i'd|my|me|mine|eu|meu|minha|tenho|sou|estou|yo|tengo|soy|estoy|mi|mis|ich|mein|meine|meinen|bin|hab|habe|je|j'ai|mon|ma|mes|suis|saya|aku|gue|gw|watashi|boku|ore|jeoneun|jeo|naneun|phom|pom|chan|ben|mam|jestem|mera|meri|mujhe|io|sono|ik|heb|mich|mir)(?![\wÀ-ÿ])/;

/**
 * A degree asked about, not held: "do I need a PhD", "is a master's required", "I have a master's, phd or not?",
 * Marathi "MCA karu ka?", Hindi "M.Tech karna padega?", Telugu "M.Tech cheyala?", Korean "박사 학위가 꼭 필요해요?", "would
 * my bachelors be enough once i graduate", "which one can i start right after undergrad", "will the MS be enough" (one
 * not held yet), "how many yrs is a phd tho??", "masters karne ka koi plan nahi" (no plan to do one), German "FH
 * oder Uni für den Master?" (which school for the master's).
 * (`(?:\b|...)` is a word's edge `\b` misses after a letter beyond ASCII: "wymagają"; see DEGREE_WORDS.)
 */
const ASKED_DEGREE =
  /\b(ma7tag|me7tag|mi7tag|m7tag|ma7tageen|vy[žz]aduj[eí]|zast[aą]pi|bez|kell|treba|třeba|potreban|potrebn[aoiý]|elég|staci|dovoljno|pot[řr]ebuj[eiu]|potrebujem|pot[řr]ebuju|pot[řr]ebuji|wymaga(?:j[aą])?|potrzebn[yae]|cere|necesit[aă]|brauch|brauchst|setzt|setzen|moet|moeten|kena|obligatori[oa]|obrigat[oó]ri[oa]|obligatoire|imprescindible|indispensable|ou|o(?= (?:la|il|lo|un|una|el) | laurea\b)|(?:de|que) ter|karu|karun|karoon|korbo|nuzhen|nuzhna|nuzhno|potriben|must (?:i )?have|gotta have|have to have|need to have|needs to have|(?:required|necessary|mandatory|compulsory|obligatory|essential) to have|skip|skipping|bezwen|should (?:i )?have|vs\.?|versus|or|ya|yaa|nevoie de|xuyao|insists? on|pay for|paying for|covers?|cần|need|needs|require[sd]?|requirement|necessary|mandatory|worth|get(?! (?:only|just)\b)|getting|go for|going for|pursue|pursuing|commit to|committing to|do(?! have)|with just|with only|is just|is only|enough|men gheir|mn gheir|men 8eir|min ghair|bother with|want|wants|ask for|besides|beyond|other than|apart from|aside from|wajib|harus|butuh|perlu|kailangan|lazem|lazim|trzeba|zaroori|zaruri|braucht|brauche|brauchen|zwingend|precisa|preciso|necesito|necesita|necesitan|basta|bastan|alcanza|suficiente|faut|serve|chahiye|requiere|exige|piden|pedem|asks for|expect|expects|fine w|fine with|ok with|okay with|reicht|reichen|genügt|genuegt|langt|volstaat|voldoet|h(?= (?:metaptyxiako|didaktoriko)))\b(?:(?!\b(?:i|my|have|tengo|tenho|hab|habe)\b)[^,.;!?()]){0,28}\b(a |an |the |un |una |um |uma |nen |einen |den |eine |ein |een |la |il |lo )?(ph\.? ?d\.?|doctorate|doctorat|doctorado|doutorado|doutoramento|licenciatura|bacharelado|promotion|doktorat\w*|doktora|doktor|metriz|magistr\w*|magister\w*|magistrale|triennale|dottorato|metaptyxiako|didaktoriko|master'?s?|m[aá]ster|maestr[ií]a|mestrado|bachelor'?s?|degree|undergrad(?:uate)?|s[123](?: atau s[123])?|m\.?tech|ms(?= (?:in|from|abroad)\b))(?![\wÀ-ÿ])|\b(ph\.? ?d\.?|master'?s?|bachelor'?s?|degree|doctorate|m\.?tech|mca|mba|msc|ms|doctorado|doutorado|doctorat|dottorato|m[aá]ster|maestr[ií]a|mestrado|y[üu]ksek lisans|lisans|doktora|doktorat|hakase|shuushi|magisterka|magisterki|magisterk[ęe])\)? (\(?[\w.'-]+\)? ){0,3}(wystarczy|wystarcz[aą]|konieczn[yae]|potrzebn[yae]|wymagan[yae]|ke liye|lagti|lagta|lagte|lagega|lagegi|lagbe|lagto|lagel|lagnar|illama|illaama|illamal|illaamal|pahije|karu|karun|karoon|karna|karni|cheyala|cheyyala|pannanuma|pannalama|maadbeka|korbo|hitsuyou|hitsuyō|şart|sart|yeterli|gerekli|gerekiyor|lazım|requirement|nice to have|bar|minimum|baseline|prerequisite|prereq|table stakes|required|needed|necessary|mandatory|compulsory|compulsary|essential|obligatory|preferred|must|a must|zaroori|zaruri|chahiye|wajib|obligatorio|obligatoria|obrigat[oó]rio|obrigat[oó]ria|obligatoire|obbligatorio|necesario|necesaria|necess[aá]rio|necess[aá]ria|pflicht|zwingend|maangta|maangti|maangte|mangta|mangti|mangte|ka time nahi|ke liye time nahi|ਜ਼ਰੂਰੀ|ਜਰੂਰੀ|ਚਾਹੀਦੀ|ਚਾਹੀਦਾ|ज़रूरी|जरूरी|चाहिए|ضروری|چاہیے|لازمی|দরকার|লাগবে|লাগে)(?:\b|(?<=[À-ɏЀ-ӿ\u0600-\u06ff\u0900-\u0a7f])(?![\wÀ-ɏЀ-ӿ\u0600-\u06ff\u0900-\u0a7f]))|\b(ph\.? ?d|master'?s?|mestrado|doutorado|maestr[ií]a|doctorado) (?:or not|or no|o no|ou n[aã]o)\b|,\s*(ph\.? ?d|master'?s?)\s*\?|cần bằng[^,.;!?]{0,20}\b(ph\.? ?d|master'?s?|degree)\b|(?:박사|석사|학사)(?: ?학위)?(?:가|는|이|도)?\s*(?:꼭\s*|반드시\s*)?필요|(?:박사|석사)(?:를|을|로)?\s*(?:갈지|할지|갈까|할까|가야|해야|가려고|하려고|진학)|(?:博士|修士|学士|硕士)(?:号|学位)?(?:は|が|是)?\s*(?:必要|必須|必须|必需)|(?:需要|必须)(?:有)?(?:博士|硕士|本科)|\b(?:mca|msc|m\.?tech|ms|mba|ph\.? ?d|master'?s?)\s*(?:பண்ணணுமா|பண்ணனுமா|பண்ணலாமா|வேணுமா|தேவையா)|\b(?:thinking|considering|planning)(?: about| of| on)?(?: doing| getting| taking| starting| an?| the)* (?:[\w-]+ )?(?:mba|ms|msc|master'?s?|masters|ph\.? ?d|doctorate|degree)\b|\b(?:would|will|does|do|can|could) (?:an? |the )?(?:mba|ms|msc|master'?s?|masters|ph\.? ?d|degree)\b[^,.;!?]{0,12}\bhelp\b|\bgo(?:ing)? back to (?:school|uni|university|college) (?:to (?:do|get|study)|for) (?:a |an |my |the )?(?:[\w-]+ )?(?:bsc|bs|ba|msc|ms|mba|master'?s?|masters|bachelor'?s?|ph\.? ?d|degree)\b|\b(?:i say|i said|i think|i reckon|i bet|imo|i argue)\s+(?:that\s+)?(?:a |an |the )?(?:master'?s?|masters|ph\.? ?d|bachelor'?s?|degree)\b(?=[^.;!?]{0,30}?\s(?:is|are|was|would|will|isn'?t|won'?t|makes?|helps?|matters?|seems?)\b)|\b(?:master'?s?|masters|ph\.? ?d|bachelor'?s?|degree)\b[^.;!?]{0,30}\b(?:once|after|when) i (?:graduate|finish)\b|\b(?:will|would|is|does) (?:the |a |an )(?:ms|msc|master'?s?|masters|ph\.? ?d|bachelor'?s?|degree)\b[^,.;!?]{0,12}\benough\b|\b(?:master'?s?|masters|ph\.? ?d|m\.?tech|mba|ms|msc|degree) karne\b|\b(?:f(?:ü|ue)r|for) (?:den|einen|ein) (?:master|bachelor|ph\.? ?d|doktor\w*|promotion)\b|\bwaste (?:\w+ ){0,2}(?:on|in|doing) (?:a |an |the )?(?:ph\.? ?d|master'?s?|masters|degree)\b|\bhow (?:many (?:yrs|years)|long) (?:is|does|would|will) (?:it take to (?:do|get) )?(?:a |an |the )?(?:ph\.? ?d|master'?s?|masters|bachelor'?s?|degree)\b|\b(?:start|begin|apply|get hired|work)\b[^.;!?]{0,20}\b(?:right |straight |directly )?after (?:my |the )?(?:undergrad|bachelor'?s?|degree|graduation)\b/g;

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
// (A number word is followed by a space or a hyphen: Malayalam "aano" is no "a ano", one year.)
const NUMBER = `(\\d+(?:\\.\\d+)?|(?:${Object.keys(NUMBER_WORDS).join("|")})(?=[ -]))`;
/**
 * "5 yrs", "a year", "3.5 years", "the last 4 (spent)" (Portuguese "nos últimos 2"), "2 of those", Swahili "miaka 8",
 * Kannada and Marathi "5 varsha", Turkish "2 yıllık", Romanian "1 an experiență", French "depuis 1 an": a count of years.
 */
const YEARS = new RegExp(
  `(?:~|about |around |over |almost |nearly )?(?<![a-z\\d.])${NUMBER}\\+? ?(?:-| )?(?:years?|godine|godina|godinu|rokov|évig|yrs?|y/?o?e|años|anos|añitos|anitos|år|vuotta|vuoden|aastat|metus|metų|gadus|año|ano|ans|an(?=\\s*(?:$|[,.;!?)(]|(?:de|d'|d’|comme|en|chez|dans|que|et|à|au|sur|pile|seulement)\\b))|jahren?|jaar|anni|anno|saal|sneen|snin|tahun|taun|thn|taon|tuig|ka tuig|năm|nam(?= kinh)|nian|ani|xronia|lane|yil|yildir|yıl|yıldır|let|lat|lata|bochor|bochhor|snin|sneen|goda|god|roky|rokiv|sal|sanawat|sanawaat|nen|varsha|varshe|varsham|yıllık|yillik|an(?= (?:de )?experien)|éve|évet|(?<=\\d)y|(?<=(?:^|\\s)0 ?)exp(?:erience)?|(?<=\\b(?:llevo|levo) \\d{1,2} )(?=como\\b|trabajando\\b|trabalhando\\b)|(?<=\\d )(?=de experi[eê]ncia|d'exp[ée]rience))\\b|(?:\\b(?:last|past|ultimos|ultimas|ultimi|derniers|letzten|ostatnie|ostatnich|laatste)|(?<![a-z])(?:últimos|últimas)) ${NUMBER}\\b(?! ?(?:months?|mos?|weeks?|days?|meses|mois|monate|mesi|miesi\\w*)\\b)|\\b${NUMBER} (?:of (?:those|them|which)|de (?:ellos|esos|esas|eles|esses|essas)|deles|delas)\\b(?!\\s+(?:\\d|[a-z]+ (?:bootcamps?|courses?|programs?|certs?|certifications?|jobs?|roles?)\\b))|(\\d+(?:\\.\\d+)?) ?(?:лет|года|год|років|роки|рік|سنوات|سنين|سنة|سنه|年間|年|년)(?![\\u0400-\\u04ff\\u0600-\\u06ff])|\\bmiaka (\\d{1,2})\\b`,
  "g",
);
const FIELD =
  /\b(?:degree|ph\.? ?d\.?|master'?s?|bachelor'?s?|msc|bsc|bs|ms|ba|postdoc|major(?:ing)?|studying|thesis)\s+(?:(?:is |was )?(?:in|on)\s+)(?!(?:the|a|an|my|our)\s)(?!(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|progress)\b)([a-z][a-z -]{2,40}?)(?=[,.;!?]|\s+(?:and|with|from|but|at|i|so|which|what|btw|lol|last|this|next|in|on|(?:19|20)\d\d|tbh|fyi|haha|though|tho|,)\b|$)/;

function toNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return NUMBER_WORDS[text] ?? Number.parseFloat(text);
}

/**
 * A message as facts are read from it: lower case, someone else's facts left out (`text`), and what follows a
 * negation left out too (`affirmed`). Undefined when it says nothing about its writer.
 */
/** "llevo 12 de administrativo": Spanish years of a job, the word "años" left out. */
const YEARS_UNSAID = /\b(llevo|levo|llevaba) (\d{1,2}) (de|como|en)\b/g;

function readable(message: string): { text: string; affirmed: string } | undefined {
  // "エンジニア歴6年、修士卒", "jobbat 4 år som": statements in other languages, in the English words read below.
  const rawText = statementsInEnglish(message);
  // "R is my native language", "SAS and R": a capital R on its own is the language, before case is dropped.
  // 'saw this JD: "3-5 yrs NLP, Python/PyTorch" -- ...': words quoted from someone else say nothing of the writer.
  // ("pasting my bio: 'ML eng @ fintech · 4y · ...'": the writer quoting themselves.)
  const unquoted = /["“'‘]/.test(rawText)
    ? rawText.replace(QUOTED, (quote, at: number) =>
        OWN_WORDS_BEFORE.test(rawText.slice(Math.max(0, at - 30), at)) ? quote : " ",
      )
    : rawText;
  // ("explain like im a wet lab biologist": how to say it, no fact about the writer.)
  const explained = /explain|eli5/i.test(unquoted) ? unquoted.replace(EXPLAIN_SIMPLY, " ") : unquoted;
  // "6 yrs as an army 12Y", "a 17A cyber officer", "USMC as a 0651": a military job code, not a count of years.
  const plain = MILITARY.test(explained)
    ? explained.replace(JOB_CODE, "")
    : explained.replace(JOB_CODE_BEFORE_A_WORD, "");
  const spaced = ` ${collapseSpaces(withRNamed(plain).toLowerCase())} `.replace(DECIMAL_COMMA, "$1.$2");
  // "llevo 12 de administrativo" (I've been 12 [years] an administrator): the years unsaid in Spanish.
  const whole = spaced.includes("lev") ? spaced.replace(YEARS_UNSAID, "$1 $2 años $3") : spaced;
  // Most questions say nothing about the asker: one cheap test spares them the dozens of patterns below.
  if (!PERSONAL_HINT.test(whole)) return undefined;
  // "can u write me a pytorch training loop?": what the writer asks the bot to make is not what they know.
  if (whole.includes(" me ")) {
    const unasked = whole.replace(MAKE_ME_A, " ");
    if (unasked !== whole) return readable(unasked);
  }
  // What the writer says of someone else is that person's, not the writer's; a hiring manager's candidate's too.
  // ("my mom keeps asking when im doing the master's": what someone else asks is theirs, to the end of their question.)
  const othersAsked = whole.includes(" ask") ? whole.replace(SOMEONE_ELSE_ASKS, " ") : whole;
  // ("asking as someone with only a master's": the writer, not someone else.)
  const asSomeone = othersAsked.includes("as someone") ? othersAsked.replace(AS_SOMEONE_WITH, " i have ") : othersAsked;
  const othersOut = mayNameSomeoneElse(asSomeone) ? asSomeone.replace(OTHER_PERSON, " ") : asSomeone;
  const text = HIRING_WORDS.test(othersOut) ? othersOut.replace(HIRING_SUBJECT, " ") : othersOut;
  // "never touched kubernetes", "research, not product work": what follows a negation is not the person's.
  // ("python yes, java no, never touched it": "java no" first, or "no, never ..." would take its "no".)
  const skillNoOut = SAYS_NO.test(text) ? text.replace(SKILL_THEN_NO, " ") : text;
  // ("docker I never used." goes before NEGATED reads "never used" and leaves docker behind.)
  const objectFirstOut = NEVER_OR_NOT.test(text)
    ? skillNoOut.replace(NEVER_USED_AFTER, " ").replace(NEVER_USED_IT, " ")
    : skillNoOut;
  const negatedBefore = negatesAList(objectFirstOut).replace(NEGATED, " ");
  const afterOut = negatedAfter(text) ? negatedBefore.replace(NEGATED_AFTER, " ") : negatedBefore;
  return {
    text,
    affirmed: holdsAny(text, VERB_LAST_NEEDS) ? afterOut.replace(NEGATED_AFTER_VERB_LAST, " ") : afterOut,
  };
}

/** Words of military service: only where they are can "12Y" or "0651" be a job code (and not twelve years). */
const MILITARY =
  /\b(?:army|marines?|usmc|navy|air force|space force|national guard|guard|mos|rating|afsc|officer|enlisted|active duty|veterans?|vets?|deployments?|military|soldier|sailor|airman|nco|ncoic|sergeant|sgt|e-?[1-9]|o-?[1-9]|w-?[1-5])\b/i;
/** "12Y", "17A", "35F", "0651": an Army or Marine Corps job code as written, in capitals. */
const JOB_CODE = /\b(?:\d{2}[A-Z]\d?|0\d{3})\b/g;
/** "(12Y geospatial)": a job code before the work it names, with no military word around it. */
const JOB_CODE_BEFORE_A_WORD =
  /\b\d{2}[A-Z]\d?(?=\s+(?!(?:exp|experience|of|as|in|at|yoe|total|years?|yrs?|ago|old|and|or|but)\b)[a-z])/g;

/** "asking as someone with only a master's", "as someone who has a PhD": the writer's own. */
const AS_SOMEONE_WITH = /\bas someone (?:with|who has|who's got|who has got)\b/g;
/** "my mom keeps asking when im doing the master's", "my boss asked if i know k8s": another's question, whole. */
const SOMEONE_ELSE_ASKS =
  /\b(?:my|our|his|her|their) [\w-]+(?: [\w-]+)? (?:(?:keeps?|kept|always|still|constantly|are always|is always) )?ask(?:s|ed|ing)?(?: me)?(?: about)? (?:when|if|whether|why)\b[^.;!?]*/g;

/** "can u write me a pytorch training loop", "give me a docker tutorial": a request, up to where it ends. */
const MAKE_ME_A =
  /\b(?:can|could|would|pls|please) (?:you|u|ya) (?:please |pls )?(?:write|give|make|code|build|show|send) me\b[^.?!]*/g;

/**
 * "my finalist for lead ML architect has 8 yrs", "our team lead has 4 yrs total exp", "Tengo una candidata con 2 años",
 * "Mi candidata tiene doctorado", "Notre candidate finit sa thèse": a candidate's, a report's or a hire's facts, up to
 * the end of the sentence or where the writer speaks of themselves again. (Not "i'm a finalist for ...".)
 */
const HIRING_SUBJECT =
  /(?=(?:[\wÀ-ÿ]+\s+){0,3}(?:finalist|candidat|postulante|applicant|team lead|tech lead|direct report|new hire|new grad|grad|mentee|intern|junior|report|hire)|(?:my|our|one|your|ur|ek)\s|[ab]\s+has\b)(?<!\b(?:i'?m|im|i am|as|was|be|being|been|become|became|now|not|promoted to|ph\.? ?d|doctoral|master'?s?|msc|ms|mba|degree)\s+(?:a|an|the)?\s*)(?<![\wÀ-ÿ])(?:(?:(?:my|our|the|this|that|a|an|mi|mis|nuestr[oa]s?|el|la|una|un|notre|nos|mon|ma|le|une)\s+)?(?:(?:top|final|strongest|best|internal|external|other)\s+)?(?:finalists?|candidat[oa]s?|candidates?|candidatas?|postulantes?|applicants?)|(?:my|our|this|that)\s+(?:new\s+)?(?:grads?|mentees?|interns?|juniors?|reports?|hires?)(?=\s*[(:,—–-]|\s+(?:is|has|had|was|just|who|wants|did|got|knows|can|only)\b)|(?<=\b(?:mentoring|coaching|advising|onboarding|hiring|hired|interviewing)\s+)(?:a|an|the)\s+(?:new\s+)?(?:grads?|mentees?|interns?|juniors?|hires?)|one of (?:mine|my (?:team|reports?|engineers?|devs?|juniors?|people|folks|guys))|(?:your|ur) (?:man|woman|lad|one)|(?<!\b(?:main|mai|hum)\s)ek (?:junior|intern|candidate|ladka|ladki)\b|(?:a|an)\s+(?:new\s+)?(?:grads?|hires?|interns?|juniors?|starters?)(?=\s+(?:starting|joining|coming|arriving)\b)|[ab](?=\s+has\b)|(?:my|our|the|this|that|mi|nuestr[oa]|notre|mon|ma|el|la|le)\s+(?:team leads?|tech leads?|direct reports?|new hires?)|(?:my|our)\s+(?:[\w-]+\s+){0,3}(?:scientists?|engineers?|architects?|analysts?|developers?|devs?)(?=\s*\(|\s+(?:has|had|is|was|just|who|wants)\b))(?![\wÀ-ÿ])[^.!?;]*?(?=[.!?;]|,\s*(?:but\s+|and\s+)?(?:i|i'm|i've|im|ive|me|my|yo|je)(?![\wÀ-ÿ])|\s+(?:but\s+|and\s+)?(?:i|i'm|i've|im|ive|yo|je)(?![\wÀ-ÿ])|$)/g;
const HIRING_WORDS =
  /finalist|candidat|postulante|applicant|new hire|new grad|\bgrad\b|mentee|intern\b|junior|report|\bhire|one of mine|your man|\bek |\b[ab] has\b|team lead|tech lead|direct report|(?:my|our) (?:[\w-]+ ){0,3}(?:scientist|engineer|architect|analyst|dev)/;

/** A cheap first test: only a text with one of these can tell of someone else (OTHER_PERSON). */
function mayNameSomeoneElse(paddedLower: string): boolean {
  return (
    paddedLower.includes(" my ") ||
    /[\s(](he|she)\b/.test(paddedLower) ||
    OTHERS_NAMED.test(paddedLower) ||
    // Russian and Ukrainian "мой друг", "моя жена": \b does not work around Cyrillic letters.
    /\s(?:мой|моя|мій|мои|мої)\s/.test(paddedLower)
  );
}

/** "asking on behalf of one of my reports", "asking for my daughter": every fact told after it is theirs. */
const ON_BEHALF =
  /^\W*(hola|oi|ol[aá]|salut|hallo)?\W*(pregunto|pergunto|consulto|je demande|ich frage) (por|para|pour|f[üu]r) (un |una |um |uma |mon |ma |meinen |meine |einen |eine )?(amig[oa]|colega|compa[ñn]er[oa]|hij[oa]|filh[oa]|ami|amie|coll[èe]gue|freund|freundin|kollegen|kollegin)\b|^\W*(hi|hey|hello)?\W*(i'?m |recruiter |hiring manager )?(asking|posting|question|q) (for|on behalf of) (a |my |one of my |our )(team|candidate|client|friend|mate|buddy|pal|report|colleague|coworker|co-worker|teammate|student|mentee|son|daughter|kid|child|brother|sister|wife|husband|partner|cousin|nephew|niece|direct report)s?\b/;

/** Whether the message speaks for someone else throughout ("asking on behalf of one of my reports"). */
export function speaksForSomeoneElse(message: string): boolean {
  const lower = message.toLowerCase();
  return (
    (ON_BEHALF.test(lower) || TOLD_OF_HIM_OR_HER.test(lower)) &&
    !FRIEND_IS_ME.test(lower) &&
    !THEN_OF_MYSELF.test(lower)
  );
}

/**
 * Kannada-English told of him or her: "namma team alli ondu junior idaane, 2 years experience, BTech maadidaane ...
 * naanu avana manager" (there's a junior on our team, 2 years, did a BTech ... I'm his manager).
 */
const TOLD_OF_HIM_OR_HER = /\b(?:idaane|idaale|maadidaane|maadidaale|avanu|avalu)\b/;

const FRIEND_IS_ME = /\b(it'?s|its) (actually |really |just )?me\b|\bthe friend is me\b|\bfriend (=|is) me\b/;
/** "asking for my daughter - she's 17. I'm a 20-yr public servant ...": a sentence of the writer's own, after. */
const THEN_OF_MYSELF =
  /[.!?;]\s*\(?\s*(?:fwiw,? |btw,? |for context,? )?(as for me|me myself|myself|about me|me:|me, i'?m |i'?m an? |i am an? |i'?m (?:just |only )an? |i'?m (?:her|his|their) |i have |i've )/;

/**
 * The message with what it says of someone else blanked out ("one of my students — MSc, strong python — is torn"),
 * as written otherwise; the message itself when it names nobody else.
 */
export function withoutOthersFacts(message: string): string {
  const lower = ` ${message.toLowerCase()} `;
  // "asking for a friend (ok fine it's me)": the friend is the writer.
  const others = mayNameSomeoneElse(lower) && !FRIEND_IS_ME.test(lower);
  // "asking for a mate — ... 15 yrs network eng, no degree. ... (I've got a BSc ...)": all of it is the other
  // person's up to the writer's own sentence.
  const ownFrom = others && ON_BEHALF.test(lower) ? THEN_OF_MYSELF.exec(lower) : null;
  if (ownFrom) return `${" ".repeat(ownFrom.index)}${message.slice(ownFrom.index)}`;
  const candidates = HIRING_WORDS.test(lower);
  if (!others && !candidates) return message;
  // OTHER_PERSON reads lower case; where lower-casing keeps every character's position (almost always), its spans
  // apply to the message as written.
  if (lower.length !== message.length + 2) return message;
  let out = message;
  let changed = false;
  for (const m of [
    ...(others && lower.includes(" ask") ? execAll(SOMEONE_ELSE_ASKS, lower) : []),
    ...(others ? execAll(OTHER_PERSON, lower) : []),
    ...(candidates ? execAll(HIRING_SUBJECT, lower) : []),
  ]) {
    const start = (m.index ?? 0) - 1;
    if (m[0].length === 0 || start < 0) continue;
    // The sentence's own full stop goes with it: what is left starts a sentence of its own.
    const end = start + m[0].length + (/^[.;!]/.test(message.slice(start + m[0].length)) ? 1 : 0);
    // Blank but for a comma, where a negation's reach ends: "not asking for a report this time, asking for me: PhD
    // in stats" negates nothing of the writer's.
    out = `${out.slice(0, start)}${" ".repeat(end - start - 1)},${out.slice(end)}`;
    changed = true;
  }
  return changed ? out : message;
}

/** "never led a team", "no management": no years of leading, and leading is no interest. */
const NEVER_LED =
  /\bnever (actually |really |ever |formally |officially )?(led|lead|managed|lead a team)|\bno (formal |real |official |actual )?(leadership|management|people management)\b|\bnone leading\b|\bno (lead|leading|team lead|leadership) (exp|experience)\b|\bnunca (he )?(liderado|lider[eé]|dirigido|gestionado)\b|\bnunca liderei\b|\bzero (lead|leadership|management) (exp|experience)\b|\bjamais (manag[ée]|dirig[ée]|encadr[ée])(?![\wÀ-ÿ])|\bnigdy nie (zarz[aą]dza[łl]\w*|kierowa[łl]\w*|prowadzi[łl]\w*)/;

/** The `interests` of `extractProfile(rawText)` alone, for a caller that needs nothing else of it. */
export function extractInterests(rawText: string): Focus[] {
  const read = readable(rawText);
  if (!read) return [];
  const interests = Object.entries(FOCUS_WORDS)
    .filter(([, pattern]) => pattern.test(read.affirmed))
    .map(([focus]) => focus as Focus);
  return NEVER_LED.test(read.text) ? interests.filter((i) => i !== "leading") : interests;
}

/** Reads a profile from one message. Empty when the message says nothing about the person. */
export function extractProfile(rawText: string): Profile {
  const read = readable(rawText);
  if (!read) return { skills: [], interests: [] };
  const { text, affirmed } = read;
  const profile: Profile = { skills: findSkillTerms(affirmed), interests: [] };
  const after = [
    ...(negatedAfter(text) ? execAll(NEGATED_AFTER, text) : []),
    ...(NEVER_OR_NOT.test(text) ? [...execAll(NEVER_USED_AFTER, text), ...execAll(NEVER_USED_IT, text)] : []),
    ...(holdsAny(text, VERB_LAST_NEEDS) ? execAll(NEGATED_AFTER_VERB_LAST, text) : []),
  ];
  const skillNo = SAYS_NO.test(text) ? execAll(SKILL_THEN_NO, text) : [];
  const listed = text.includes("never") || text.includes("haven") ? execAll(NEGATED_LIST, text) : [];
  const said = findSkillTerms([...execAll(NEGATED, text), ...listed, ...after, ...skillNo].map((m) => m[0]).join(" "));
  // ("i never touched sql... wait scratch that, i do know sql": a lack taken back later in the message.)
  const takenBack = said.length > 0 ? LACK_TAKEN_BACK.exec(text) : null;
  const backAgain = takenBack ? findSkillTerms(takenBack[1] ?? "").map((s) => s.name) : [];
  const lacks = said.filter((s) => !backAgain.includes(s.name));
  if (lacks.length > 0) profile.lacks = lacks.map((s) => s.name);
  // "Kubernetes und Docker hab ich noch nie benutzt": a skill said to be lacking is not also held, however else the
  // message reads.
  if (lacks.length > 0) profile.skills = profile.skills.filter((s) => !profile.lacks?.includes(s.name));
  // "I want to manage people" is a wish, not a fact: facts come from before the wish.
  const wish = WISH.exec(affirmed);
  // ("I want to ship products. NLP research scientist or entry-level AI engineer?": the wish ends with its sentence; the
  // roles asked about after it are not wished for.)
  const wished = wish ? (/^[^.!?;]*/.exec(affirmed.slice(wish.index))?.[0] ?? "") : "";
  const current = wish ? affirmed.slice(0, wish.index) : affirmed;

  readDegree(text, affirmed, profile);
  const target = PAY_TARGET.exec(text);
  const targetWords = target ? text.slice(target.index, target.index + target[0].length + 6) : "";
  if (target && !OTHER_CURRENCY_NEAR.test(targetWords)) profile.payTarget = Number(target[1]) * 1000;
  const field = FIELD.exec(text)?.[1]?.trim();
  if (field && (profile.degree || profile.studyingFor)) profile.field = field;

  const oneSpan = readYears(text, profile);
  // ("if I land remote work for a US company as an entry level AI engineer", "can i work remote ... as a senior AI app
  // engineer": a job hoped for, not held.)
  const job = readBackground(
    /\b(?:if|can|could|retrain|re-train|reskill|requalify)/.test(text) ? text.replace(HOPED_FOR_JOB, " ") : text,
    rawText,
  );
  profile.background = job?.job;
  // "20 years in audit. switched 2 years ago and now I'm a data scientist": the years since the switch follow the
  // span told before it, and they are the ones spent in the job held now.
  const switched = SWITCHED_AGO.exec(text);
  const sinceSwitch = switched ? toNumber(switched[1]) : undefined;
  // (Only when the span before it is all that was counted: "6 yrs as a backend SWE, then pivoted to MLE 2 yrs ago" is
  // added up already.)
  const spanBefore = switched
    ? [...text.slice(0, switched.index).matchAll(/(\d{1,2})\s*(?:years?|yrs?)\b/g)].at(-1)
    : undefined;
  if (
    sinceSwitch !== undefined &&
    profile.years !== undefined &&
    !profile.totalTold &&
    Number(spanBefore?.[1]) === profile.years
  ) {
    profile.years += sinceSwitch;
    // ("4 yrs in quant ML before moving into management 2 yrs ago": the years since are years of leading.)
    if (/management|leadership/.test(switched?.[0] ?? ""))
      profile.leadYears = Math.max(profile.leadYears ?? 0, sinceSwitch);
    else if (profile.background && isMlWork(profile.background)) profile.mlYears = sinceSwitch;
  }
  // "ML engineer, 4 years": the years of an ML job are ML years; not when spans were added up or a total was given.
  if (
    sinceSwitch === undefined &&
    oneSpan &&
    // ("20 years in audit, now I'm a data scientist": the years were spent elsewhere.)
    !NON_TECH_YEARS.test(text) &&
    profile.background &&
    isMlWork(profile.background) &&
    profile.years !== undefined &&
    profile.mlYears === undefined
  ) {
    profile.mlYears = Math.max(profile.mlYears ?? 0, profile.years);
  }
  if (STARTER_WORDS.test(text.includes("student") ? text.replace(STUDENT_DEBT, " ") : text) || profile.studying)
    profile.starter = true;
  if (profile.background && NON_TECH_BACKGROUND.test(profile.background)) profile.yearsOutsideTech = true;
  // "business analyst, 6 years ... no Python at all", "7 yrs in consulting, zero python": someone who says they don't
  // program spent their years outside the software, data or ML work the guide counts (SQL alone is no programming).
  if (
    profile.lacks?.includes("Python") &&
    !profile.skills.some((s) => s.family === "language" || PROGRAMMING_LANGUAGES.has(s.name)) &&
    !(profile.background && WRITES_CODE.test(profile.background))
  )
    profile.yearsOutsideTech = true;
  // "no ML at all", "zero ML so far": none of their years were ML work.
  if (profile.mlYears === undefined && NO_ML.test(text)) profile.noMlWork = true;
  // "no work experience yet", "never worked", "sin experiencia laboral": no years of work at all.
  if (profile.years === undefined && NO_WORK_YET.test(text)) profile.years = 0;
  // "i taught middle school math for 9 yrs", "15 yrs in logistics": years of a job outside tech, told without a title.
  if ((!profile.background || job?.kind === "field") && NON_TECH_YEARS.test(text)) profile.yearsOutsideTech = true;
  // "ex accountant (ACA, 8 yrs at PwC) ... junior data analyst for a year now": the most years were in a trade.
  const tradeYears = profile.years && /ex|former/.test(text) ? EX_TRADE_YEARS.exec(text) : null;
  if (tradeYears && Number(tradeYears[1]) === profile.years) profile.yearsOutsideTech = true;
  if ((profile.background && LEADING_BACKGROUND.test(profile.background)) || LEADS_NOW.test(current))
    profile.leads = true;
  // ("am i over the bar on paper?", "a paper cut": no paper of theirs; "i love reading papers": none either.)
  // ("don't say research scientist, I've seen a paper once": a paper read is no paper written.)
  const papersOwn = text.includes("paper") ? text.replace(PAPER_READ, " ") : text;
  if (HAS_PUBLISHED.test(papersOwn) && !/\bno (papers|publications)\b/.test(papersOwn)) profile.publications = true;
  for (const [focus, pattern] of Object.entries(FOCUS_WORDS)) {
    if (pattern.test(affirmed)) profile.interests.push(focus as Focus);
    if (wished && pattern.test(wished)) profile.wants = [...(profile.wants ?? []), focus as Focus];
  }
  if (NEVER_LED.test(text)) {
    profile.leadYears = 0;
    profile.interests = profile.interests.filter((i) => i !== "leading");
  }
  if (COUNT_CORRECTED_LATER.test(text)) profile.correctsCounts = true;
  else if (profile.years !== undefined && SPAN_ADDED_LATER.test(text)) profile.addsASpan = true;
  // "actually sorry, more like 2": the count told before, put right without its unit.
  const recount = profile.years === undefined ? BARE_RECOUNT.exec(text) : null;
  if (recount) {
    profile.years = Number(recount[1] ?? recount[2]);
    profile.correctsCounts = true;
  }
  const respan = profile.correctsCounts && profile.years === undefined ? SPAN_RECOUNT.exec(text) : null;
  if (respan) profile.spanCorrected = { from: Number(respan[2]), to: Number(respan[1]) };
  // Read and matched in lower case; told as written ("SRE", "QA automation engineer").
  if (job) profile.backgroundAsWritten = job.asWritten;
  return profile;
}

/** Languages no role asks for (no skill family) that still make their users programmers. */
const PROGRAMMING_LANGUAGES: ReadonlySet<string> = new Set([
  "JavaScript",
  "TypeScript",
  "C#",
  "Kotlin",
  "Go",
  "Rust",
  "PHP",
  "Ruby",
  "COBOL",
]);
/** Jobs that write code, whatever language they name: "SRE", "backend dev", "software engineer". */
/** "switched 2 years ago", "pivoted a year ago": a span until now, after the one told before it. */
const SWITCHED_AGO =
  /\b(?:switched|pivoted|transitioned|moved over|moved into tech|changed careers?|made the (?:switch|jump|move)|(?:moved|relocated) to [\w -]{2,25}?(?= \d| a | one | two | three)|(?:moved|moving|went|going|stepped|stepping) (?:up )?into (?:people )?(?:management|leadership))\b[^.;!?]{0,30}?\b(\d{1,2}|a|one|two|three|four|five) (?:years?|yrs?) ago\b/;
const WRITES_CODE = /\b(?:dev|devs|developer|programmer|engineer|sre|devops|coder|swe|sde)\b/;

const NO_ML =
  /\b(no|zero|without( any)?) (ml|ai|machine learning)( (work|experience|exp|background|at all|so far|yet))?\b|\b(ml|ai|machine learning) (experience|exp|background)\?? (basically |pretty much |literally |honestly )?(zero|none|nil|nada)\b|\bnever (trained|built|shipped|deployed) (an? |any )?(ml |machine learning )?models?\b|\b(zero|no) (programming|coding)\b|\b(can'?t|cannot|don'?t) (code|program)\b|\b(ml|ai|machine learning) (ka|ki|ke|er|e)? ?(zero|kuch nahi|kichu na|kichui na)\b|\bnever (done|did|touched|worked (on|with)|used) (any )?(ml|ai|machine learning|deep learning|neural net(work)?s?)\b|\bjamais (fait|touch[ée]|travaill[ée]) (de |du |à |a |avec |en |sur )?(la |le |l')?(ml|ia|machine learning)\b|\bnunca (hice|he hecho|trabaj[eé]|fiz|trabalhei|toqu[eé]|mexi)( con| com| em| en)? (ml|ia|machine learning)\b|\bnoch nie (mit )?(ml|ki|machine learning)\b|\bkeine? (ml|ki|machine[- ]learning)[- ]?erfahrung\b|\b(sin|sem|aucune|geen) (experiencia|experi[eê]ncia|exp[ée]rience|ervaring) (en|em|com|avec|in|met) (ml|ia|ai|ki|machine learning)\b/;

/** "ex accountant (ACA, 8 yrs at PwC)", "former nurse, 10 years": the years of a trade left behind. */
const EX_TRADE_YEARS = new RegExp(
  String.raw`\b(?:ex[- ]?|former )(?:(?:high school|middle school|elementary|primary|secondary|math|maths|science|physics|chemistry|chem|english|history|music|art|special ed|icu|er|hospital|retail|public|tax|staff|senior) )?(?:${[...TRADES].join("|")})s?\b[^.;!?]{0,25}?\b(\d{1,2})\s*(?:yrs?|years?)\b`,
);

/**
 * Years told of work outside tech without a job title: teaching, nursing, logistics, retail, finance, a statistics
 * office ("it's just me and excel in the district statistics office for 5 years").
 */
const NON_TECH_YEARS =
  /\b((?:bus|truck|lorry|taxi|cab|uber|lyft|delivery|forklift|van|hgv) driver|(?:doing|did|in|on|worked in|working in|worked on|working on) (?:the )?(?:customer support|customer service|call cent(?:er|re)s?|retail|sales|help ?desk|it support|tech support)|driving (?:a )?(?:bus|truck|lorry|taxi|cab)|(?:llevo|levo) \d{1,2} (?:años |anos )?como (?:contable|contador[a]?|contadora|maestr[oa]|profesor[a]?|enfermer[oa]|abogad[oa]|vendedor[a]?|camarer[oa]|cajer[oa])|(?:years?|yrs) (?:of )?(?:managing|running) (?:a |an |the )?(?:[\w-]+ ){0,3}(?:store|shop|restaurant|warehouse|branch|hotel|kitchen|bar|gym|cafe|salon|dealership)s?|(?:former |ex-?)?(?:retail|store|shop|restaurant|warehouse) manager|i taught|prof de|prof d'|professeure? de|enseignante? de|(?:años|anos|ans) (?:en|em|dans la|dans le|no|na) (?:log[íi]stica|logistique|ventas|vendas|banca|banco|contabilidad|contabilidade|docencia|ense[ñn]anza|enfermer[íi]a|enfermagem|seguros|retail|comercio|hosteler[íi]a|construcci[óo]n|constru[çc][ãa]o|recursos humanos|marketing|finanzas|finan[çc]as)|(como|as|en tant qu'?|comme) (profesora?|professora?|professeure?|maestra|docente|enseignante?)|(years?|yrs) (of )?(teaching|nursing|tutoring|bedside)|taught (\w+ )?(school|math|english|science|kids|students)|left teaching|(?:statistics|stats|census|survey|district|government|govt|municipal|post) office|in (\w+ )?(shop|shop floor|plant|factory|audit|auditing|public accounting|product|product management|medical billing|billing|medical coding|teaching|nursing|logistics|retail|hospitality|sales|marketing|accounting|banking|finance|insurance|real estate|operations|trucking|construction|healthcare|pharmacy|support|customer service|helpdesk|hr|law|education)|as an? (teacher|teaching assistant|tutor|nurse|pharmacist|accountant|driver|chef|cashier|ux researcher|risk analyst|financial analyst)|j'ai enseign[ée]|enseign[ée] (les |la |le |l')?\w+|ensinei|ense[ñn][ée]|unterrichtet|from hr|in hr|hrbp|human resources|actuary|army|military|navy|air force|marines?|active duty|signal corps|platoon|all[- ]source( intel\w*)?|warehouse|3pl|forklift|fulfillment center|supply chain|store manager|waffle house|intel(ligence)? (analyst|officer|sergeant)|35[a-z]|nco|(ui\/ux|ux|ui|graphic|product|fashion|interior|visual) designer|cnc (?:programmer|machinist|operator)|machinist|lawyer|attorney|paralegal|musician|plumber|electrician|mechanic|firefighter|social worker|therapist|dentist|nursing|registered nurse|(rn|lpn) (for|with) \d+)\b|(?<![\wÀ-ÿ])(sou|soy|je suis|ich bin|jestem|sono|trabajo como|trabalho como|travaille comme|arbeite als|pracuję jako) (an? |un |une |um |uma |ein |eine |una )?(m[uú]sic|baixista|bajista|enfermeir|enfermer|infirmi|krankenpfleg|pielęgniar|professor|profesor|lehrer|nauczyciel|contador|contable|comptable|buchhalter|księgow|abogad|advogad|avocat|anwalt|prawnik|m[ée]dic|arzt|[äa]rztin|lekarz|cocinero|cozinheir|vendedor|tradutor|traductor|traducteur|[üu]bersetzer|tłumacz|maestr[oa]|docente|insegnante|infermier)/;

/**
 * Whether a clause tells ML work: "4 yrs building NLP models", not "1 yr doing data labeling for an AI startup" or
 * "sales at an AI company" (an employer in the field, or labeling its data, is not ML work).
 */
function isMlWork(clause: string): boolean {
  return (
    !DATA_LABELING.test(clause) &&
    ML_WORDS.test(clause.replace(ML_EMPLOYER, " ").replace(ML_DENIED, " ").replace(ML_TARGET, " "))
  );
}
/** "data analysis for like 1 year ... can i be an entry level AI engineer", "my resume for AI roles": the AI of a role wished for. */
const ML_TARGET =
  /\b(?:to|i|can i|could i) (?:be|become) (?:an? |the )?(?:[\w-]+ ){0,3}?(?:ai|ml|machine learning)\b|\b(?:for|into|towards?) (?:an? )?(?:ai|ml|machine learning) (?:roles?|jobs?|positions?|careers?)\b/g;
/**
 * "depuis 7 ans (Java, Kotlin), zéro ML en prod", "9 yrs of non-ml work", "never touched pytorch or any ML": ML named to say there was none; "game ai
 * programmer, 5 yrs of behavior trees": the AI of games, scripted, is no machine learning.
 */
const ML_DENIED =
  /\b(?:zero|z[ée]ro|cero|no|without|sans|sin|never|nunca|jamais|any)\s+(?:real\s+|actual\s+|prior\s+)?(?:ml|ai|machine learning)\b|\bnon[- ]?(?:ml|ai|machine learning|tech)\b|\b(?:isn'?t|is not|wasn'?t|was not)\s+(?:exactly\s+|really\s+|quite\s+)?(?:ml|ai|machine learning)\b|\b(?:game|gameplay|npc|enemy|utility) ai\b|\b(?:never|not|haven'?t|didn'?t) (?:touched|used|tried|done|worked with|played with)\s+(?:any\s+)?(?:pytorch|tensorflow|keras|deep learning|models?)\b/g;
const ML_EMPLOYER =
  /\b(at|for|in|with) (an? |the |my |our )?(ai|ml|genai)[- ](startup|company|firm|shop|lab|team|consultancy|agency)\b/g;
const DATA_LABELING =
  /\b(data )?(label(l)?ing|annotat(ing|ion|or)|tagging) (data|images|text|jobs?|work|gig)?\b|\bdata (label(l)?ing|annotation)\b/;

/** What marks a degree as being earned now: "PhD student", "finishing my master's", "3rd year undergrad". */
const STUDYING_FOR = gated(
  /(?<![\wÀ-ÿ])(?:ik doe|ik volg|zit in|begonnen aan|tar|tager|läser|laeser|læser|studerer|studerar) (?:een |mijn |min |mitt |en |et |de |mijn laatste jaar |het laatste jaar |(?:laatste|eerste|tweede) jaar )?(?:deeltijd |deltid )?(?:master|masteren|ph\.? ?d\.?|doctoraat|kandidat)(?![\wÀ-ÿ])|\bis (?:literally |basically |actually )?my (?:dissertation|thesis)\b|\b(?:after|finish|finishing|during|done with|survive|surviving) this (?:ph\.? ?d|doctorate|masters?|master's|msc|degree)\b|\bmy (?:dissertation|thesis) is (?:on|about)\b|(?<!\b(?:after|since|upon|on|before|from|by) )\b(?:still )?(?:doing|finishing|working on|pursuing|(?:gonna|going to|will|about to) finish) (?:my|the|a|an) (?:online |part-time |part time )?(?:bsn|msn|mha|mph|msc|ms|ma|mba|master'?s|bachelor'?s|bsc|m\.?eng|mcs|mscs|m\.?tech|b\.?eng|b\.?tech)\b|\b(?:halfway|half way|partway|part way|part-way) (?:thru|through) (?:[\w'’-]+ ){0,4}?(?:masters?|master'?s|ph\.? ?d|msc|mscs|ms|omscs|degree|bachelor'?s?)\b|\b(?:\d+(?:\.\d)?|one|two|three) ?(?:yrs?|years?|sem(?:ester)?s?|months?) into (?:a |an |my |the )?(?:[\w'’-]+ ){0,3}?(?:masters?|master'?s|ph\.? ?d|msc|mscs|ms|omscs|mba|degree|bachelor'?s?)\b|(?<![\wÀ-ÿ])(?:finissante?|je finis|en train de finir) (?:au |à la |a la |en |mon |ma |le |la )?(?:bacc|baccalaur[ée]at|ma[iî]trise|master|doc|doctorat|th[èe]se)(?![\wÀ-ÿ])|\bdefending (?:in (?:\d+|a few|two|three) (?:months?|weeks?)|next (?:month|week|year|spring|summer|fall|semester)|this (?:month|spring|summer|fall|year)|soon)\b|\b(?:\d+|two|three|a few) more years? to finish (?:mine|my (?:ph\.? ?d|doctorate|master'?s?|masters|degree|thesis))\b|\bpromovier(?:e|en)?\b|\bph\.? ?d (?:scholar|candidate|researcher)\b|\b(?:deciding|writing|doing|working on|finishing|starting|defending) (?:my |the )?(?:master'?s?|masters|ph\.? ?d|msc|bachelor'?s?|undergrad|final[- ]year) (?:thesis|dissertation|project)\b|\bmy final[- ]year project\b|\b(?:my|our) fyp\b|\b(?:first|second|third|final|1st|2nd|3rd) year of (?:a |my |the )?(?:[\w-]+ ){0,3}(?:masters?|master's|ph\.? ?d|msc|ms|mba)\b|\b(?:ms|msc|ma|mba|master'?s?|ph\.? ?d|bachelor'?s?|bsc|bs|degree)\b[^.;!?]{0,40}?\b(?:(?:done|finishing|graduating|graduate|finish) (?:next|this) \w+|(?:graduating|finishing) in 20\d\d|(?:finishing|graduating|done) in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*)\b|\b(?:coming|came|went|going|am) back to do (?:my|a|an) (?:ms|msc|master'?s?|ph\.? ?d|mba)\b|\b(?:estic fent|sto facendo|sto frequentando) (?:el |la |il |un |una |lo )?(?:m[aà]ster|magistrale|doctorat|dottorato)\b|\b(?:f-?1|student visa) for (?:my |a |an )?(?:ms|msc|master'?s?|mba|ph\.? ?d)\b|\b(?:ms|msc|m\.?tech|mba|master'?s?|ph\.? ?d|bs|bsc|b\.?tech|bachelor'?s?)\b(?: [\w-]+){0,3} (?:(?:ke|ka|ki|da|di|de|of|in) )?(?:\d(?:st|nd|rd|th)|first|second|third|fourth|final) (?:sem|semester|yr|year)\b(?! (?:at|as|of work|working|teaching)\b)|\b(?:estoy llevando|llevando) (?:una |un |el |la )?(?:maestr[ií]a|m[aá]ster|doctorado)\b|\bkanw metaptyxiako\b|\bmetaptyxiako twra\b|\b(?:\d(?:e|[èe]me|eme)|premi[èe]re|deuxi[èe]me|troisi[èe]me) ann[ée]e de th[èe]se\b|\b(baksa|seoksa) ?gwajeong\b|\b(hakase|shuushi) ?(katei|kouki|zenki)\b|\b(master|shuushi|hakase) \d-?nen\b|\b(master|bachelor|msc|bsc|ph\.? ?d)\b(?: [\wäöü-]+){0,3} im \d+\.? ?(semester|jahr)\b|\bwriting (my|a) (master'?s?|ph\.? ?d|bachelor'?s?|msc|bsc) (thesis|dissertation)\b|\bla (?:maestr[ií]a|m[aá]ster|licenciatura|carrera|doctorado) (?:todav[ií]a |a[uú]n )?la estoy (?:terminando|haciendo|cursando|acabando)\b|\b(estoy|estou|sto|ando) (cursando|fazendo|a fazer|facendo|haciendo|a acabar|a terminar|acabando|terminando|finendo|con|a tirar|tirando) (la |el |una |un |um |uma |o |a |il |lo |mi |meu |minha )?(maestr[ií]a|m[aá]ster|mestrado|laurea magistrale|laurea triennale|magistrale|triennale|laurea|doctorado|doutorado|doutoramento|dottorato|licenciatura)\b|\b(primo|secondo|terzo|ultimo) anno (della |del |di )?(triennale|magistrale|laurea|dottorato)\b|\b(final|last|first|second|third|fourth|\d(st|nd|rd|th)) year (of (my |a |the )?)?(meng|msc|ms|bsc|beng|ba|bs|ph\.? ?d|masters?|master's|bachelor'?s?|undergrad)\b|\b(final|last|first|second|third|fourth|\d(st|nd|rd|th)) (year|yr) (of|in) (my |a |the )?((part|full)[- ]time |online |night )(meng|msc|ms|bsc|beng|ba|bs|ph\.? ?d|masters?|master's|bachelor'?s?)\b|(박사|석사)\s?과정|\bnag-?aaral\b[^.;!?]{0,30}?\bng (master'?s?|masters|phd|bachelor'?s?|degree)\b|\b(semestre|año|ano|cuatrimestre) de (la )?(ingenier[ií]a|licenciatura|carrera|grado|bacharelado|gradua[cç][aã]o)( en| em)?\b|\b(back to (uni|school|college)|going) for (a |an |my )?([\w-]+ )?(masters?|master's|msc|ph\.? ?d|mba)\b|(?<!\bfrom (?:the |my |an? )?)\b(ph\.? ?d\.?|doctoral|master'?s?|msc|ms|mba|mph|bachelor'?s?|bsc|bs|b\.?tech|b\.?e|m\.?tech|undergrad(uate)?|degree)(?:\s+|-)(\w+\s+){0,3}(student|studentin|candidate|kandidat|kandidatin|program(me)?|intern)\b|\binto (a |my |the )?([\w-]+ ){0,3}(masters?|master's|msc|ph\.? ?d|bsc|btech|b\.?tech|mtech|bachelors?)\b|\b(bsc|btech|msc|mtech|ph\.? ?d|masters?|bachelors?) kar (raha|rahi|rahe|reha|rehi)\b|\b(estudiante|estudante|[ée]tudiante?|studente|student|aluno|aluna|alumno|alumna) (de |em |en |di )?(m[aá]ster|maestr[ií]a|mestrado|doctorado|doutorado|doctorat|dottorato|licenciatura)(?![\wÀ-ÿ])|\b(?<!\b(?:after|since|not|never|without|avoid|avoiding|no longer) )(finishing|to finish|doing|dey do|pursuing|working on|busy with|in the middle of|halfway through|halfway thru|part way through|partway through|part-way through|in|studying(?: for)?|enrolled in|starting|taking)\s+(my\s+|a\s+|the\s+|an\s+)?(?:part[- ]time\s+)?([\w-]+\s+){0,2}(ph\.? ?d|master'?s?|msc|mscs|ms|mphil|mba|omscs|omsa|bachelor'?s?|bsc|bs|(?<=\ba )ba|b\.?tech|m\.?tech|mca|bca|degree|honours year|honors year|honours|associate'?s(?! (?:job|role|position|title)))\b|\b(final|last|\d(st|nd|rd|th)) (sem|semester) (of|in) (my |a |the )?(ms|msc|ma|mba|master'?s?|bachelor'?s?|bsc|bs|ba|ph\.? ?d|b\.?tech|m\.?tech)\b(?: \w+)?|(?=\bundergrad)(?<!\b(my|an?|with an?|have an?|during|back in|since|after|did (?:[\w-]+ ){0,2}in|covers?|pays? for|funds?|or|vs\.?|versus) )\bundergrad(uate)?\b(?! degree)|\b(?:i'?m|im|i am) (?:still )?an? undergrad(?:uate)?\b(?! degree)|\b(\d(st|nd|rd|th)|first|second|third|fourth|final) (year|yr)\b(?! of (work|experience)| (teaching|working|as|at|postdoc|post-doc|was|were)\b| (on|in) (a |the |my )?(grad(uate)? (scheme|programme|program)|apprenticeship)\b)(?: (?:(?:of|in) )?(?:my |a |the |an )?(?:[\w-]+ )?(?:ph\.? ?d|master'?s?|msc|ms|bachelor'?s?|bsc|bs|bscs|degree|b\.?tech|bca|mca|b\.?e\.?|b\.?com|bba))?|\b(?:b\.?sc|bsc|b\.?tech|bca|b\.?e|b\.?com|bba|msc|m\.?tech|mca)\b(?: [\w-]+)? (?:final|\d(?:st|nd|rd|th)|first|second|third) (?:year|yr|sem)\b|\b(ph\.? ?d|master'?s?|degree)[- ]in[- ]progress\b|\b(doctorat|th[èe]se|master|licence|doctorado|m[aá]ster|maestr[ií]a|mestrado|doutorado)(?: (?:en|de|d'|in) [\wÀ-ÿ]+)? en cours\b|\b(?:kan9ra|kanqra|kan9raw) (?:f |fi )?(?:l|el )?(?:master|doctorat|licence)\b|\b(master|bachelor|studium|promotion)\s+([\wäöü]+\s+)?(l[äa]uft noch|l[äa]uft gerade)\b|\b(ph\.? ?d|master'?s?|degree) (is )?worth finishing\b|\b(en|em) (master|m[aá]ster|licence|doctorat|maestr[ií]a|mestrado|ma[iî]trise)(?![\wÀ-ÿ])|\b(sophomore|freshman|rising senior|double major(ing)?|majoring in)\b|\ben th[èe]se\b|\b(?:junior|senior) (?:in|at) (?:cs|college|uni|university|computer science|comp sci)\b|\b(?:junior|senior|\w+ year) sa college\b|(?:năm (?:\d|nhất|hai|ba|tư|cuối) đại học|đang học đại học|sinh viên)|\b(cs|computer science|comp ?sci|math|maths|stats|statistics|physics|econ|economics|linguistics|bio|biology|chem|chemistry|psych|psychology|english|history|philosophy|business|finance|engineering|data science|ee|ece|ds) major\b|\b(junior|senior) (at|in) (a |my )?(state school|college|university|uni|community college)\b|\b(now|currently) at [a-z]+ for (cs|computer science|math|stats|data science|engineering)\b|\bgraduating (?:(?:in|this|next) \w+ )?(with|w|w\/) (a |an |my )?(bs|ba|bsc|ms|msc|bachelor'?s?|master'?s?|degree)\b|(?<![\wÀ-ÿ])(\d(st|nd|rd|th|o|º|ª|°|er|e)?|first|second|third|final|last|[úu]ltimo) (sem|semester|semestre)\b|\b(?:bachelor'?s?|bsc|master'?s?|msc|ph\.? ?d),? (?:\d(?:st|nd|rd|th)|first|second|third|fourth|final) (?:year|yr|sem|semester)\b(?! (?:at|as|of work|working|teaching)\b)|\byear \d of (my |a |the )?([\w-]+ ){0,2}(ms|msc|master'?s?|ph\.? ?d|degree|bachelor'?s?|bsc)\b|\b\d(er|do|o|º|ª) (año|ano)\b|\b(en|no|mi|meu|estoy en|estou no) \d (año|ano)\b|(?<![\wÀ-ÿ])(fazendo|cursando|estudando|a terminar|a acabar|terminando|acabando|haciendo|estudiando|estudio|estudo|a mitad de|en medio de|no meio d[eo]|je fais|je pr[ée]pare|en train de faire) (o |a |um |uma |el |la |un |una |une |mon |ma |mi |meu |minha )?(carrera|grado|mestrado|doutorado|m[aá]ster|maestr[ií]a|mag[ií]ster|doctorado|doctorat|master|th[èe]se|licenciatura)(?![\wÀ-ÿ])/g,
);
/**
 * More ways of saying a degree is under way ("graduating master next Feb"), in other languages ("doctorant", "ich bin im
 * Master", "im 5. Semester Informatik (Bachelor)", "me anoté en una maestría", "im 3. Jahr meiner Promotion", "estoy en
 * el tercer año del doctorado", "mahasiswa S1", "started a part time MSc in AI this september"): kept apart and run only where one of their words is, because every
 * alternative in STUDYING_FOR is tried at every position of every message.
 */
const STUDYING_FOR_ELSEWHERE =
  /(?<![\wÀ-ÿ])(?:en|in) \d\s*(?:º|ª|o|er|do)\s+(?:de |curso de )?(?:doctorado|m[aá]ster|grado|carrera|inform[aá]tica|ingenier[ií]a|teleco|matem[aá]ticas|f[ií]sica)(?![\wÀ-ÿ])|\b(?:el |la )?(?:m[aá]ster|maestr[ií]a|grado|doctorado|carrera) (?:todav[ií]a|a[uú]n) no (?:lo|la) he (?:terminado|acabado)\b|\bestudo (?:o |a )?(?:grao|enxe[ñn]ar[ií]a|carreira)\b|\b(?:just )?(?:started|starting|began|begun) (?:a |an |my |the )?(?:part[- ]time |full[- ]time |online |evening )?(?:msc|ms|master'?s?|masters|mba|ph\.? ?d|doctorate|bsc|bachelor'?s?)\b(?![^.;!?]{0,40}\b(?:dropped|quit|left|gave up|abandoned)\b|[^.;!?]{0,40}(?<!\b(?:not|never|haven'?t|hasn'?t|didn'?t|yet to)\s)\b(?:finished|graduated))|(?:(?:estoy|sigo|todav[ií]a) )?estudiando (?:la |el |una |un |mi )?(?:carrera de |licenciatura en )?(?:ingenier[ií]a|licenciatura|carrera|grado|maestr[ií]a|m[aá]ster|doctorado)(?: (?:en|de) [\wÀ-ÿ]+)?|\bstill (?:got|have|need to (?:write|finish|do)) (?:my |the |a )?(?:thesis|dissertation|final (?:project|exams?|semester|year))\b|(?<![\wÀ-ÿ])sono (?:una |uno |un )?student(?:essa|e)(?![\wÀ-ÿ])|\bnight classes for (?:a |an |my )?(?:[\w-]+ )?(?:master'?s?|masters|ms|msc|mba|degree|bachelor'?s?|bs)\b|\b(?:my )?(?:ph\.? ?d|thesis|dissertation) defen[cs]e (?:is )?(?:in|next|on|this|coming|scheduled)\b|\bgraduating na (?:ako|me)\b[^.;!?]{0,30}?\b(?:bs|ba|bsc|bscs|bsit|ms|msc)(?: [\w-]+)?|\b(?:writing|doing|finishing|schreibe|mache) (?:my|meine|a|an|die) (?:masterarbeit|bachelorarbeit|diplomarbeit|doktorarbeit)\b|\bnach meine[rn]? (?:promotion|masterarbeit|doktorarbeit|master)\b[^.;!?]{0,20}?\(?noch \d+ (?:jahre?|monate?)\b|(?=(?:i'?m |im |i am )?abd\b)(?<!\b(?:quit|left|dropped|dropped out of|abandoned|gave up)\b[^.;!?]{0,40})\b(?:i'?m |im |i am )?abd\b|\b(?:master'?s?|ms|msc|mba|ph\.? ?d|bachelor'?s?|degree)\b[^.;!?]{0,40}?\b(?:tak habis lagi|belum (?:habis|selesai|lulus)|not (?:done|finished) yet|final sem(?:ester)?(?: now)?)\b|\bdoktorant\w*|\b\d\.? kursa students?\b|\b(?:bscs|bsse|bsit|bsc|bsn|bs|ba|bba|b\.?tech|btech|msc|ms|mba|m\.?tech|mtech|mca|bca|ph\.? ?d|master'?s?|bachelor'?s?)(?: [\w-]+)? student\b|\b(?:final|last|first|second|third|\d(?:st|nd|rd|th)) (?:semester|sem) of (?:my |a |the )?(?:[\w-]+ )?(?:bscs|bsse|bsit|bsc|bs|ba|bba|b\.?tech|btech|msc|ms|mba|m\.?tech|mtech|mca|bca|ph\.? ?d|master'?s?|bachelor'?s?|degree)\b|\b\d\s*kurs[uy]? (?:bakalavr|mahistr|magistr)\w*|\d\s*курс\S* (?:бакалавр|магістр|магистр)\S*|\bph\.? ?d[- ]?hallgató(?![\wÀ-ÿ])|\bgraduating (?:from )?(?:my |the |a )?(?:master'?s?|masters|ph\.? ?d|msc|bachelor'?s?|degree)(?![\w'])(?! (?:in|from|back in) (?:19|20)\d\d)|\bim \d+\.? semester\b[^.;!?]{0,30}?\(?(?:bachelor|master|bsc|msc)\b|\bme (?:anot[eé]|inscrib[ií]) en (?:una |la |el |un )?(?:maestr[ií]a|m[aá]ster|doctorado|posgrado)\b|\b(?:master'?s?|masters|phd|ms|msc|mba) (?:ko |namin )?(?:on-?going|ongoing) pa\b|\b(?:tô|to|estou) no (?:doutorado|mestrado)\b|\b(?:m\.?tech|mtech|ms|msc|mba|mca|b\.?tech|btech|ph\.? ?d)\b (?:chal raha hai|chal rahi hai|chal rha h|kar raha hu|kar rahi hu|kar raha hoon|kar rahi hoon|kar rha hu)|(?:вчусь|вчуся|навчаюсь|навчаюся|учусь|учусь|учуся)\s+(?:ще\s+|еще\s+|ещё\s+|зараз\s+|сейчас\s+)?(?:на|в|у)\s+(?:магістр|магистр|бакалавр|аспірантур|аспирантур)[\u0400-\u04ff]*|\b(?:bin|studiere) (?:gerade |grad |grade |noch |jetzt |aktuell )?im (?:master|bachelor)\w*|\bstudier(?:e)? (?:[\wäöü-]+ ){0,2}(?:bachelor|master)\b|\bv (?:prvom|druhom|treťom|tretom|štvrtom|piatom|prvním|druhém|třetím|čtvrtém|1\.|2\.|3\.|4\.) ročníku (?:bakalára|bakaláře|magistra|inžiniera|inženýra|doktorandského|phd)|\b(?:fazendo|cursando) (?:uma |a |minha )?p[oó]s\b|\b(?:no meu|do meu) (?:doutorado|mestrado)\b|\b(?:i'?m |im |i am )?in my (?:\d(?:st|nd|rd|th)|first|second|third|fourth|final|last) (?:year|yr|semester) (?:at|of) (?:[\w&-]+ ){0,4}(?:college|university|uni|tech|community college|cc)\b|\b(?:i'?m|im|i am) (?:just |only |still )?in (?:my )?(?:first|second|third|fourth|final|1st|2nd|3rd|4th) (?:year|yr)\b(?! of (?:work|my job|teaching)| as\b)|\b(?:using|on) (?:the |my )?(?:post-9\/11 )?(?:gi bill|tuition assistance)\b[^.;!?]{0,15}\bfor (?:a |an |my )?(?:[\w-]+ )?(?:master'?s?|ms|msc|mba|ph\.? ?d|bachelor'?s?|bs|ba|degree)\b|\b(?:the |my )?(?:master'?s?|masters|ph\.? ?d|msc|mba|degree) (?:is )?(?:still )?(?:ongoing|on-going|in progress|underway)\b|\b(?:master'?s?|ms|msc|mba|ph\.? ?d|bachelor'?s?|degree)\b[^.;!?]{0,40}\(year \d of \d\)|đang học (?:thạc sĩ|tiến sĩ|cử nhân)|\b(?:lagi|sedang|baru|masih) (?:ambil|ngambil|kuliah) (?:s[123]|master|phd)\b|\bs[23]\b[^.;!?]{0,25}\b(?:tahun ke-?\s?\d|semester \d)|\b(?:y[üu]ksek lisans|doktora)(?:s[ıi]n?[ıi]?|[ıi]|a)? yap[ıi]yorum\b|\bmwaka wa (?:kwanza|pili|tatu|nne) wa (?:msc|ms|masters?|phd|bsc)\b|\bje fais une ma[iî]trise\b|\bma[iî]trise (?:en cours|à temps partiel|a temps partiel)\b|\bma[iî]trise\b[^.;!?]{0,40}\(?finie? dans \d+ ans\b|\bfa[cç]o (?:o |um |uma )?(?:mestrado|doutorado|master|mba)\b|\bkanw (?:to |ena )?(?:msc|ms|master|phd)\b|\bzai du (?:msc|ms|master|phd|boshi|shuoshi)\b|\b(?:estudio|estudo) (?:la |el |una |um |uma |a |o )?(?:carrera de |licenciatura en )?(?:ingenier[ií]a|licenciatura|carrera|grado|bacharelado)(?: en| em)?\b|μεταπτυχιακ\S* φοιτητ\S*|\b(m\.?tech|mca|msc|ms|mba|b\.?tech|bca|bsc|phd)\b[^.;!?]{0,25}\bkar (raha|rahi) (hoon|hu|hun|hai)\b|\b(comecei|empec[ée]|acabo de empezar|acabo de comenzar|acabo de iniciar|j'ai commenc[ée]|ho (?:appena )?iniziato|hab(e)? angefangen mit) (um |uma |una |un |une |il |den |einen |mon |mi |meu |el |la )?(mestrado|maestr[ií]a|master|magistrale|laurea magistrale|doutorado|doctorado|doctorat|dottorato|phd)\b(?![^.;!?]{0,40}\b(lo dej|dej[ée]|abandon|larguei|tranquei|quit|dropped|aufgeh[öo]rt|abgebrochen|lasciato))|\brobi[ęe] (magisterk(?=[ęe])|doktorat|licencjat)\b|\bzaocznie (robi[ęe]|studiuj[ęe])\b|[ée]tudiante? (au|en|à la) (doctorat|ma[iî]trise|master|bac)\b|\bje (finis|termine|fais) (ma|mon) ma[iî]trise\b|\b(?:ich )?(mach|mache|schreibe?) (grad|gerade|gerad|noch) (meinen|meine|den|die|einen|eine) (ph\.? ?d|promotion|doktor\w*|master\w*|bachelor\w*|dissertation|masterarbeit|bachelorarbeit)\b|\bstudiere (?:(?:noch|gerade|grad|jetzt|aktuell) )*(?:[\wäöü-]+ )?(im|meinen|den|einen) (master|bachelor)\b|\bna (?:\d+\.?|pierwszym|drugim|trzecim|czwartym|pi[ąa]tym|ostatnim) roku (in[żz]ynierki|doktoratu|studi[óo]w|magisterki|studi[óo]w magisterskich|licencjatu|informatyki|matematyki|fizyki|ekonomii|automatyki|elektroniki)\b|\bjestem student(?:em|ką|ka)|\bstudent(ka)? (mahistratur|mahistr|aspirantur|bakalavratu)\w*|\b(mca|mtech|m\.tech|msc|mba|btech|b\.tech|bca|bsc|be|ms) (?:[a-z]+ ){0,2}(final|1st|2nd|3rd|first|second|third) (year|yr|sem\w*)\b|(?<![\wÀ-ÿ])\d\. s[ıi]n[ıi]f(tay[ıi]m|ta)(?![\wÀ-ÿ])|(?<![\wÀ-ÿ])(y[üu]ksek lisans|doktora|lisans) (yap[ıi]yorum|okuyorum)(?![\wÀ-ÿ])|\bmahasiswa (s1|s2|s3)( \w+)?|\bje (finis|termine|fais|pr[ée]pare) (mon |ma |une? )?(master|licence|th[èe]se|doctorat|bachelor)\b|\ben \d(e|[èe]me|eme)? ann[ée]e de (licence|master|doctorat|th[èe]se|bachelor)\b|\b(estudiante|alumn[oa]|aluno|aluna) de ((el |o )?[úu]ltimo a[nñ]o de |(primer|segundo|tercer|cuarto|quinto) a[nñ]o de )?(la |a )?(ingenier[ií]a|licenciatura|grado|carrera|bacharelado|gradua[cç][aã]o)(?![\wÀ-ÿ])|\b(?<!post-?)(doctorante?|doktorand(in)?|doctorand[oa]|doutorand[oa]|dottorand[oa])\b|\bim \d+\.? (jahr|semester) (meiner|meines|der|des|vom) (promotion|doktorarbeit|ph\.? ?d|masters?|masterstudiums|bachelors?|bachelorstudiums|studiums)\b|\b(primer|segundo|tercer|cuarto|quinto|[úu]ltimo|primeiro|terceiro|quarto|\d+(?:er|do|o|º|ª)?) (año|ano) (del|de la|de mi|do|da|de) (doctorado|doutorado|m[aá]ster|maestr[ií]a|mestrado|grado|carrera|licenciatura)\b/g;
const STUDYING_ELSEWHERE_WORDS =
  /estudiando|º de|ª de|o de (?:doctorado|grado|carrera)|todav[ií]a no l|a[uú]n no l|estudo o|estudo a|started|starting|began|begun|still (?:got|have|need)|student(?:essa|e)\b|night classes|abd|arbeit|noch \d|defen[cs]e|graduating na|habis lagi|belum|yet|final sem|doktorant|kursa stud|kurs| students?\b|semester of|sem of|ongoing|on-going|in progress|underway|ročník|studier |курс|hallgató|graduating|anot[eé] en|inscrib[ií] en|im master|im bachelor|fazendo|cursando|(?:no|do) meu|in my \w+ (?:year|yr|semester)|gi bill|tuition assistance|in (?:my )?(?:first|second|third|fourth|final|1st|2nd|3rd|4th) (?:year|yr)|\(year \d of|đang học|empez|ambil|kuliah|tahun ke|\bs[23]\b[^.;!?]{0,25}semester|yap[ıi]yorum|mwaka wa|fa[cç]o |kanw |zai du|estud[io]o |μεταπτυχιακ|kar ra|comec|empec|commenc|iniziato|angefangen|robi|zaocznie|tudiant|ma[iî]trise|(mache?|schreibe?) (grad|gerade|noch)|studiere |roku|student(ka|em|ką| mah| asp| bak)|(final|1st|2nd|3rd|first|second|third) (year|yr|sem)|s[ıi]n[ıi]f|yorum|doctoran|doktorand|dottorand|doutorand|estudiante|alumn|aluno|aluna|mahasiswa|je (finis|termine|fais|pr)|ann[ée]e de|\bim \d|a[ñn]o d|вчус|навчаюс|учус|going pa|no doutorado|no mestrado|chal rah|chal rha|kar rah|kar rha/;
/** "volver a la uni por un master", "going back to school for a masters": a degree to come, not one held. */
// (Indonesian "kuliah S2 (master) lagi", "lanjut S2": a master's to take.)
const GOING_BACK_FOR =
  /\b(?:kuliah|ambil|lanjut) (?:s2|s3|master|magister)\b(?: \([^)]*\))?|\b(?:volver|regresar|voltar|go back|going back|went back|return|returning|head back)\b[^.;!?]{0,25}?\b(?:por|para|pra|for|to do|to get)\s+(?:un |una |el |la |o |um |uma |a |an |my )?(?:m[aá]ster|maestr[ií]a|mestrado|master'?s?|ms|msc|ph\.? ?d|doctorado|doutorado|degree)\b/g;

/** "dropped out", "no degree", "bootcamp grad": the person holds no degree. */
const NO_DEGREE = gated(
  /\b(?:only|just) (?:got|have|has|had) (?:my |a )?ged\b|\bnothing but (?:a |my )?ged\b|\bassociate'?s(?: degree)?(?: in [\w ]{1,30}?)?,? not an? (?:bachelor'?s?|degree)\b|\b(?:w|with|have|got) (?:a |my )ged\b|(?:^|[,;(]\s*)ged\b(?=\s*[,;).])|\bleft school (?:at 1[4-8]|after (?:my |the )?(?:gcses?|a[- ]?levels?|o[- ]?levels?|leaving cert|year 1[0-2]|matric))\b|\b(?:only|just) (?:my |the )?(?:gcses?|a[- ]levels?)\b|\b(?:gcses?|a[- ]levels?) only\b|\bjust (?:my |a )?ged\b|\bged only\b|\b(?:nunca|n[aã]o) terminei (?:a |minha )?faculdade\b|\bnunca fiz faculdade\b|\bnunca termin[eé] (?:la |mi )?(?:carrera|universidad|facultad)\b|고졸|대학은? 안 갔|\b(niente universit|nessuna laurea|senza laurea|niente laurea|laurea niente|ho mollato (?:l'universit[aà]|l'uni|gli studi|ingegneria|informatica|la triennale|la laurea)|non ho (?:la |una )?laurea|l'itis e poi basta|universiteyi b[ıi]rakt[ıi]m|[üu]niversiteyi b[ıi]rakt[ıi]m|lisans[ıi]m yok|no (university |college |uni |formal |real |4[- ]year |four[- ]year )?degree|(?:no|n[aã]o) (?:tengo|tenho) (?:un |una |um |uma |ning[uú]n |nenhum )?(?:degree|t[ií]tulo universitario|diploma)\b|i no get (?:any |a )?(?:university |college |uni )?degree|nothing (past|beyond|after) high school|zero (uni|university|college)\b|(degree|bachelor'?s?|uni) i dropped\b|never went to (college|uni|university)|no varsity|just (finished|completed|left|done with) (secondary|high) school|matric only|only (?:a |my )?matric|(?:some|a bit of|a year of) (?:community )?college but (?:never|didn'?t) finish(?:ed)?|kono degree nai|(only|just) (have )?an associate'?s|(only|just) (have |got )?a diploma\b(?! in (?:computer|software|data|ai|machine))|(just |only )?(a )?(hs|high school) (grad|graduate|diploma)|walang (college )?(degree|diploma)|wala (akong|pa akong) (degree|diploma)|(s[oó] tenho|solo tengo|s[oó]) (o )?(ensino m[eé]dio|secundaria)|(?<!\b(?:ainda|todav[ií]a|a[uú]n) )(no|n[aã]o) (la |a |o )?termin(é|e|ei)(?![\wÀ-ÿ])|quit (my |the )?(degree|college|uni|university)|no (university|uni|college)\b|sem (faculdade|diploma|gradua[cç][aã]o)|n[aã]o tenho (faculdade|diploma|gradua[cç][aã]o|curso superior)|no tengo (t[ií]tulo|carrera|universidad)|larguei (a |o )?(faculdade|curso|gradua[cç][aã]o)|tranquei (a |o )?(faculdade|curso)|dej[ée] (la )?(universidad|carrera|facultad|ingenier[ií]a)|abandon(é|e|ei|ou) (la |a |o )?(universidad|carrera|faculdade|curso)|(studium|uni) abgebrochen|abandonn[ée] (la |mes )?(fac|[ée]tudes|universit[ée])|pas de (bac|baccalaur[ée]at)\b|(?:juste|seulement) un bac ?\+ ?2\b|(?:juste|seulement) un (?:bts|dut)\b|carrera trunca|(?:solo|s[óo]lo|nom[aá]s) (?:tengo )?(?:la prepa|el bachillerato)\b|(?:faculdade|curso|gradua[cç][aã]o) trancad[ao]|(?:m[êe]me )?pas (?:le|mon) bac\b|sans (?:le )?bac\b|rzuci(łem|łam) studia|am renun[țt]at la facultate|am abandonat facultatea|hoppade av (universitetet|plugget|utbildningen|högskolan|studierna)|hoppet av (universitetet|studiene)|gestopt met (mijn )?(studie|opleiding)|ho lasciato (l'universit[aà]|gli studi)|studia rzuci(łem|łam)|brak dyplomu|dyplomu brak|bez dyplomu|sin (universidad|carrera|t[ií]tulo)|ohne (studium|abschluss)|studiert han i nie|studiert (?:hab|habe) ich nie|(?:hab|habe|han i|hab i) nie studiert|nie studiert|diploma net|diplom[a]? nety|brosil[a]? universitet|(?:nur|mit) (?:der |die )?(?:matura|abitur)(?: fertig)?|kei (?:studium|abschluss)|keine?n? (studium|abschluss|hochschulabschluss|uni ?abschluss|universit[äa]tsabschluss)|nur (eine )?(ausbildung|lehre)|geen (hbo|wo|universitaire|hbo- of universitaire) ?(opleiding|diploma)?|geen diploma|alleen (een )?mbo|pas (encore )?de dipl[oô]me|sans dipl[oô]me|never (did|got|finished|earned) a degree|no college|without a degree|w\/o (?:a |any )?degree|(?:na |only |just |i have an? |i got an? )hnd\b|dropped out(?! of (?:my |the |a |an )?(?:ms|msc|m\.s\.?|master'?s?|masters|ph\.? ?d|doctorate|doctoral|grad(?:uate)? (?:school|program)|mba)\b)|drop ?out|never finished (college|uni|university|my degree)|didn'?t finish (college|uni|university|my degree)|no formal (education|degree)|(don'?t|do not|dont) have (?:a|any) degree|never went to (college|uni|university)|(only|just) (a )?high school( diploma)?|high school diploma|(only|just) (have )?(a |my )?ged)\b|(?<![\wÀ-ÿ])(no|n[aã]o|nunca) (la |a |o )?(termin[ée]|conclu[ií])(?![\wÀ-ÿ])|\b(degree|bachelor'?s?|b\.?tech|graduation) (nahi|nahin) (hai|h)\b|(?<![\wÀ-ÿ])l[aâ]ch[ée] (l'|la |les )?(universit[ée]|univ|fac|[ée]tudes|cours)(?![\wÀ-ÿ])|бросил[а]? универ|диплома нет|中退|高卒|중퇴|学位は(?:ありません|ない|持っていません)/,
);

/**
 * "student", "estudiante de maestría", "no último ano da faculdade", "3B SYDE at Waterloo" (a term code), "doing a 1 yr
 * postgrad cert", "part-time CS padh reha haan": studying now, in any of the languages.
 */
const STUDENT = gated(
  /\b[1-4][ab] (?:cs|se|syde|ece|ce|ee|mech|me|math|stats|cfm|afm|bme|mte|tron|nano|che|civ|env|geo|arch|kin|econ|eng|sci)\b|\bco-?op (?:search|terms? so far)\b|\b(?:doing|taking|finishing|in) (?:a |my |the )?(?:\d+[- ]?(?:yr|year) )?(?:post-?grad(?:uate)?|graduate|grad) (?:cert(?:ificate)?|dip(?:loma)?)\b|\b(?:padh|parh) (?:reha|rahi|raha|rhi|rha) (?:haan|han|hoon|hun|hu|aa)\b|\b(?:on|doing|in) my (?:\d(?:st|nd|rd|th) |first |second |third |last |final )?co-?op (?:term|placement)\b|(?=(?:just )?started )(?<!\b(?:havent|haven't|not|never|before|until) )\b(?:just )?started (?:at )?community college\b|(?=(?:at|in) community college\b)(?<!\b(?:teach|teaches|teaching|taught|lecture|lecturing|instructor|professor|adjunct|work|working)\b[^.;!?]{0,40})\b(?:at|in) community college\b|(?<![\wÀ-ÿ])(?:s[óo]c|som) estudiant(?:a)?(?![\wÀ-ÿ])|\bviva'?s? (?:is )?(?:in|next|on|this|coming)\b|\b(?:before|awaiting|waiting for|prepping for|preparing for) (?:my |the )?viva\b|\bsubmitted my (?:ph\.? ?d |doctoral )?(?:thesis|dissertation)\b|\b(?:estoy en|en) (?:mi )?[uú]ltimo a[ñn]o\b|\b(?:jsuis|je suis|chui|chu|suis) en (?:m1|m2|l1|l2|l3)\b|(?<![\wÀ-ÿ])[ée]tudiante?(?![\wÀ-ÿ])|\bau c[ée]gep\b|\b\d+(?:vo|avo|mo|no|ro|do|to|er|°|º)? ciclo\b|\bgraduat(ing|e)(?: [\w-]+){0,2} (next|this|in) (\w+ )?(may|june|july|spring|summer|fall|autumn|winter|december|year|yr|semester|month|20\d\d)\b|\b(primer|segundo|tercer|cuarto|quinto|\d+(?:[º°o]|vo|avo|mo|no|ro|do|to|er)?) semestre\b|\bestoy estudiando\b(?! (?:python|sql|java|r|c\+\+|javascript|data science|data|ml|ai|machine learning|deep learning|coding|programming|excel|pytorch|tensorflow)\b)|\b(1º|2º|3º|primeiro|segundo|terceiro) ano\b|\bnag-?aaral\b(?: (?:ako|siya|kami))?(?! (?:ako |siya |kami )?ng (?:python|sql|java|r|c\+\+|javascript|data science|data|ml|ai|machine learning|deep learning|coding|programming|excel|pytorch|tensorflow)\b)|(?<!\b(?:be|stay|staying) )\b(while )?in school\b|(?<!\b(without|before|not|never|avoid|avoiding|interest in|desire to|plans? (?:of|for)|thought of|vs\.?|versus|or|than) )\b(going|went|gone|got) back to school\b|\bnight classes\b|\bsemester (at|of|in)\b|(?=(?:at|in|do|fa[cç]o) community college\b)(?<!\b(?:teach|teaches|teaching|taught|lecture|lecturing|instructor|professor|adjunct|work|working)\b[^.;!?]{0,40})\b(at|in|do|fa[cç]o) community college\b|\b((?<!\bworking )student|en terminale|lyc[ée]en(ne)?|(?<!self[- ])studying|estudiante|estudante|[ée]tudiante?|(?<!post-?)doctorante?|\b(en|em) (master|licence|doctorat|m[aá]ster|mestrado|maestr[ií]a)\b|\bestudio\b|\bestudo\b|\bstudiere\b|semester \d+|fazendo (mestrado|doutorado|faculdade)|haciendo (un |una |el |la )?(m[aá]ster|maestr[ií]a|doctorado)|studente|studentin|(?<!\b(?:meine[mnrs]?|mein|unsere[mnrs]?|unser|my|our) )werkstudent(?:in)?|haksaeng|gakusei|daigakuinsei|sinh vi[eê]n|pluggar|studerar|mahasiswa|xuesheng|estudando|estudiando|cursando)\b|\b(en|no|de|cursando|curso) (el |o )?[úu]ltimo (ano|año)\b|(?<![\wÀ-ÿ])[úu]ltimo (ano|año) (de|da|do|del) (la |a |o )?(carrera|facultad|faculdade|universidad|universidade|licenciatura|grado|curso|ingenier|gradua)|\b(just )?started (a |my )?(part[- ]time )?(master'?s?|bachelor'?s?|degree|msc|ph\.? ?d)\b(?![^.;!?]{0,40}\b(?:dropped|quit|left|gave up|abandoned)\b|[^.;!?]{0,40}(?<!\b(?:not|never|haven'?t|hasn'?t|didn'?t|yet to)\s)\b(?:finished|graduated))|(?=(?:in|at) (?:community college|cc)\b)(?<!\b(?:teach|teaches|teaching|taught|lecture|lecturing|instructor|professor|adjunct|work|working)\b[^.;!?]{0,40})\b(in|at) (community college|cc)\b|\bjunior (yr|year)\b|\btaking classes\b|\b(?:finishing|doing|studying) (?:a |my |the )?(?:part[- ]time )?(?:grad(?:uate)? dip(?:loma)?|graduate certificate|grad cert)\b|\b(?:at|in) (?:the )?adult (?:ed|education)(?: center| centre| classes| program)?\b|\b(?:working on|studying for|doing) (?:my |the |a )?ged\b|\balternante?\b|\ben alternance\b|(?=(?:at|into|attending|enrolled) )(?<!\b(?:teach|teaches|teaching|taught|lecture|lecturing|instructor|professor|adjunct|work|working)\b[^.;!?]{0,40})\b(?:at|into|attending|enrolled (?:at|in)) (?:the |a )?(?:cc|community college|(?:[a-z]+ ){1,3}(?:city |community |junior )?college)(?: now| rn| right now)?\b(?! (?:as|for) (?:an? )?(?:admin|staff|instructor|teacher|professor|advisor|counselor))|\b(?:finishing|finish|to finish) (?:my |an? )?(?:as|aa|associate'?s?)(?: degree)?\b|\bgi bill (?:is )?(?:paying|covering|pays|covers) (?:for )?(?:my |an? )|\b(?:on|doing|in) (?:my|a) placement year\b|학생|과정 중|재학|\d학년|\bstill in (school|college|uni)\b|\bin school for\b|\bnow at (state|uni|college)\b|\b(?:\d(?:st|nd|rd|th)|first|second|third|fourth|final|last) (?:year|yr) at [\w.&'-]+(?: [\w.&'-]+)?,? (?:doing|studying|reading|majoring in) (?:[\w-]+ )?(?:eng|engineering|cs|computer science|comp sci|maths?|physics|stats|statistics|economics|econ|biology|chemistry|it|ict|informatics|data science)\b|\b(?:\d(?:st|nd|rd|th)|first|second|third|fourth|final|last) (?:year|yr) at [\w.&'-]+, c?gpa\b|\bfa[çc]o (?:ci[êe]ncia|engenharia|computa[çc][ãa]o|sistemas de informa[çc][ãa]o|matem[áa]tica|estat[íi]stica|f[íi]sica|economia|faculdade)(?![\wÀ-ÿ])|\btermino la (?:facu|facultad|carrera|universidad|uni)\b|在读|在學/,
);

/** "haciendo el doctorado pero lo dejé", "fazendo mestrado mas larguei": studies begun, then given up. */
const STUDIES_GIVEN_UP =
  /\b(?:haciendo|cursando|estudiando|fazendo|empec[eé]|comenc[eé]|inici[eé]|comecei)\b[^.;!?/]{0,40}?\b(?:pero |y |mas |e )?(?:lo |la |o |a )?(?:dej[eé]|abandon[eé]|larguei|tranquei)(?![\wÀ-ÿ])|(?<![\wÀ-ÿ])(?:dej[eé]|abandon[eé]|larguei|tranquei)\b[^.;!?/)]{0,40}/g;

/** "i never finished the masters", "didn't complete my PhD": a degree begun and not held. */
// ("the master's was never finished, I only have the bachelor's": the degree first, then its "never".)
const NEVER_FINISHED =
  /\b(?:ph\.? ?d|doctorate|master'?s?|masters|msc|ms|mba) (?:isn'?t|is not|not) (?:done|finished|complete|completed)(?: yet)?\b|\b(?:ph\.? ?d|doktora|arshad)(?: ro| ra)? (?:vasatesh |nime kare )?vel kardam\b|\b(?:never|didn'?t|did not|haven'?t|have not) (?:actually |actualy |acutally |really |realy )?(?:finish|finished|complete|completed|get|got) (?:my |the |a |an |that )?(?:[\w-]+ )?(?:ph\.? ?d|doctorate|master'?s?|masters|msc|ms|mba|bachelor'?s?|bsc|bmus|llb|ba|bs|degree)\b|\b(?:ph\.? ?d|doctorate|master'?s?|masters|msc|mba|degree) (?:was|is) never (?:finished|completed|done)\b/;

/**
 * "i already defended", "the MSc is done", "i graduated in may", Hindi "degree complete ho gayi", "not a student
 * anymore", "I passed out in 2023": the writer's studies have ended.
 */
const STUDIES_OVER =
  /\b(?:i (?:already |just |finally |actually )?(?:defended|graduated)|(?:not|no longer) (?:a )?student(?: anymore| any more)?|(?:i )?passed out in (?:19|20)\d\d|\bi (?:already |actually )?passed out (?:last year|(?:\d+|a|one|two) (?:years?|yrs?) (?:ago|back))|(?:my |the )?(?:ms|msc|master'?s?|ph\.? ?d|degree|thesis) (?:is|was) (?:done|finished|over|complete)|(?:finished|completed) my (?:ms|msc|master'?s?|ph\.? ?d|degree)|(?:valid[ée]|eu|obtenu|fini|termin[ée]|soutenu) (?:mon |ma )?(?:master|doctorat|th[èe]se|dipl[ôo]me|licence)|ya me (?:titul[ée]|gradu[ée]|recib[ií])|(?:degree|ph\.? ?d|master'?s?|bachelor'?s?|graduation|b\.?tech|bs|bsc) (?:complete|completed|done|finish|khatam|poori|puri) (?:ho gayi|ho gaya|ho gai|hogayi|hogaya|ho chuki|ho chuka))(?![\wÀ-ÿ])/;

/**
 * "used my GI Bill to finish a bachelors in IT in 2022": studies dated to a year gone by are over (the degree is held,
 * read as any other); "finishing my masters in 2027" is still under way.
 */
function overBy(after: string): boolean {
  const year = /^[^.;!?]{0,30}?\bin ((?:19|20)\d\d)\b/.exec(after)?.[1];
  return year !== undefined && Number(year) < new Date().getUTCFullYear();
}

const STUDENT_DEBT = /\bstudent (?:loans?|debts?)\b/g;
/** "working as site engineer", "passed out last year": at work now, studies behind. */
const WORKING_NOW = /\b(?:working|work|worked) (?:as|at|for)\b|\bpassed out\b|\bgraduated\b/;
/** "basic C in 1st year": a year of study named after what was done in it, not where the writer is now. */
const YEAR_OF_STUDY_BEHIND =
  /(?=in )(?<!\b(?:i'?m|im|i am|am|currently|still|now|m)\s)in (?:my |the )?(?:\d(?:st|nd|rd|th)|first|second|third|fourth|final) (?:year|yr|sem(?:ester)?)\b/g;

/** "thinking of doing a master's", "planning to start a PhD": a degree ahead, neither held nor under way. */
const PLANNED_STUDY =
  /\b(?:should|shall) (?:i|we) (?:do|get|pursue|start|apply (?:for|to)|go for) (?:a |an |the |my )?(?:[\w-]+ ){0,2}\(?(?:[\w-]+ ){0,2}(?:ph\.? ?d|master'?s?|masters|msc|ms|mba|omscs|omsa|doctorate|degree)\b|\b(?:thinking of|thinking about|planning on|planning to|plan to|considering|want to|wanna|hoping to|would like to|might|may) (?:go|going|do|doing|start|starting|pursue|pursuing|get|getting|apply|applying)\b[^.;!?]{0,30}?\b(?:ph\.? ?d|master'?s?|masters|msc|ms|mba|doctorate|degree)\b|\b(?:got|been|was|were|am|i'?m) (?:into|accepted (?:into|to|for|by)|admitted (?:to|into)|offered a (?:place|spot) (?:in|on)) (?:a |an |two |three |both |the |\d )?(?:[\w+-]+ ){0,2}?(?:ph\.? ?d|master'?s?|masters|msc|doctoral|grad(?:uate)?) (?:programs?|programmes?|schools?)\b|\b(?:accepted (?:into|to|for)|admitted (?:to|into)) (?:a |an |the |two |both )?(?:[\w+-]+ ){0,2}?(?:ph\.? ?d|master'?s?|masters|msc|ms|mba)\b|\b(?:coordinate|coordinating|run|running|direct|directing|manage|managing|teach in|teaching in) (?:a|the|our) (?:ph\.? ?d|master'?s?|masters|msc|bachelor'?s?|degree) (?:programs?|programmes?)\b|\b(?:asks?|asking|ask me|wonders?|wondering|nags?|nagging|bugs?|bugging)\b[^.;!?]{0,20}?\bwhen (?:i'?m|im|i am|i'?ll|i will|i'?m going to|i'?m gonna) (?:doing|do|start|starting|get|getting)\b[^.;!?]{0,20}?\b(?:ph\.? ?d|master'?s?|masters|msc|ms|mba|doctorate|degree)\b/g;
const PLANNED_STUDY_NEEDS =
  /should|shall|thinking|plan|consider|want|wanna|hoping|would like|might|may|got|accepted|admitted|offered|coordinat|run|direct|manag|teach|ask|wonder|nag|bug/;

/** "which refresher course should I take - X or the online BSc?": a question among courses or degrees. */
const OPTIONS_WEIGHED = /\bwhich (?:[\w-]+ )?(?:course|program|programme|degree|option)s?\b[^?]*\?/g;

/**
 * "phd no tengo", "with 2 kids a phd is not happening", German "Einen Master habe ich nicht": a degree named, then said
 * not to be held.
 */
const DEGREE_NOT_HELD_AFTER =
  /\b(ph\.? ?d|doctorado|maestr[ií]a|m[aá]ster|doktorat|doktorata|master|laurea|dottorato)\s+(?:no\s+(?:tengo|tiene|tenemos)|nemam|nemamo|nimam|nemám|nincs|niente|zero)\b|\b(b\.?tech|b\.?e|m\.?tech|degree|ph\.? ?d|msc|bsc|mca|bca|bachelor'?s?|master'?s?)\s+(?:ledu|illa|illai|ille|nahi hai|nahin hai|nahi|nahin|nai|nei)\b|\b(ph\.? ?d|doctorate|master'?s?|masters|mba|msc|degree)\b(?: \w+){0,2}? (?:is|'s) (?:not happening|never happening|out of the question|not an option|off the table|not in the cards)\b|\b(?:einen |ein |den )?(master|bachelor|doktor|ph\.? ?d)\w* (?:habe|hab) ich (?:nicht|keinen|noch nicht)\b/g;

/**
 * The words of a story with every degree not held taken out: asked about, weighed, planned, begun, given up, or
 * someone else's.
 */
function withoutDegreesNotHeld(affirmed: string): string {
  // "do I need a PhD" names no degree the person has; "bootcamp grad" and "grad school" are no degree either.
  return (
    affirmed
      // "MBA vs MS in CS for breaking into AI?": two degrees weighed, neither held.
      .replace(
        /\b(?:an? )?(?:mba|ms|msc|master'?s?|masters|ph\.? ?d|degree|bootcamp)\b(?= (?:vs\.?|versus|or) (?:an? )?(?:mba|ms|msc|master'?s?|masters|ph\.? ?d)\b)/g,
        " ",
      )
      // "do they care if i only end up with a bachelor's?": a degree to come.
      .replace(
        /\b(?:(?:will|would|i'?ll|if i|when i) (?:only |just )?(?:end up|finish|graduate|come out) with|end up with|come out with) (?:only |just )?(?:an? |my )?(?:bachelor'?s?|master'?s?|masters|degree|bsc|msc|ph\.? ?d)\b/g,
        " ",
      )
      // "nothing but a half-finished MSc in neuroscience": a degree begun and not finished.
      .replace(
        /\b(?:half[- ]finished|half[- ]done|unfinished|incomplete|abandoned)\s+(?:an? )?(?:msc|ms|ma|mba|master'?s?|masters|ph\.? ?d|bsc|bs|ba|bachelor'?s?|degree)\b/g,
        " ",
      )
      // "(4th year, bachelor almost done)": a degree not finished yet.
      .replace(
        /\b(?:bachelor'?s?|master'?s?|masters|ph\.? ?d|degree|bsc|msc|ba|ms)\b (?:is )?(?:almost|nearly|half|not yet|not) (?:done|finished|over|complete)\b/g,
        " ",
      )
      // "BSc CSIT here in Nepal or undergrad in Australia - which is better?": a degree among the options weighed.
      .replace(
        /\b(?:bsc|bs|ba|b\.?tech|msc|ms|mba|master'?s?|bachelor'?s?|ph\.? ?d|degree)\b(?=[^.?!]{0,40}?\bor\b[^.?!]{0,60}?\bwhich (?:one )?(?:is|would be|'s) (?:better|best)\b)/g,
        " ",
      )
      .replace(ASKED_DEGREE, " ")
      // Italian "conviene fare un master in Italia o all'estero?", Spanish "vale la pena hacer una maestría?": a degree
      // weighed, not held.
      .replace(
        /(?<![\wÀ-ÿ])(?:conviene|vale la pena|vale a pena|dovrei|devo|debo|deber[ií]a|devia|deveria|meglio|mejor|melhor) (?:fare|hacer|fazer|sacar|prendere|tirar|estudiar|studiare) (?:un |una |il |la |el |o |a |um |uma )?(?:master|m[aá]ster|maestr[ií]a|mestrado|dottorato|doctorado|doutorado|ph\.? ?d|laurea|licenciatura)\b/g,
        " ",
      )
      // "deciding between a funded US PhD and a MEXT scholarship PhD in Japan": degrees weighed, none held.
      .replace(/\b(?:deciding|choosing|torn|debating) (?:between|whether)\b[^.?!]*/g, " ")
      // "should I blow it on an MSc in AI or one of those bootcamps?": what a payout might pay for.
      .replace(
        /\b(?:blow it on|spend it on|put it (?:toward|towards)) (?:an? |the )?(?:[\w-]+ )?(?:msc|mba|ms|master'?s?|degree|ph\.? ?d)\b/g,
        " ",
      )
      // Arabizi "mesh 3andy PhD" (I don't have a PhD); Finglish "PhD ro vasatesh vel kardam" (I quit the PhD midway):
      // degrees denied or given up.
      .replace(
        /\b(?:mesh|mish|ma) ?3and(?:y|i|ee)(?:sh)? (?:el )?(?:ph\.? ?d|master'?s?|doctora\w*)\b|\b(?:ph\.? ?d|doktora|arshad)(?: ro| ra)? (?:vasatesh |nime kare )?(?:vel|ول) ?kardam\b/g,
        " ",
      )
      // "does the PGCert count as the master's bit": a degree asked about, not held.
      .replace(/\bcount as (?:the |a |an )?master'?s?\b/g, " ")
      // "belum ada S2 apalagi S3" (no master's yet, let alone a doctorate): degrees denied, in Indonesian.
      .replace(
        /\b(?:belum (?:ada|punya|ambil)|tidak (?:ada|punya)|tdk punya|(?:g|ga|gak|nggak|ngga|enggak) punya|tanpa|apalagi)\s+(?:gelar\s+)?(?:s[23]|master|magister|ph\.? ?d|doktor)\b/g,
        " ",
      )
      // "na HND I get, not BSc" (Pidgin: it's an HND I have, not a BSc): a degree denied.
      .replace(/\bnot (?:a |an |the )?(?:bsc|bs|ba|msc|ms|ph\.? ?d|master'?s?|bachelor'?s?)\b/g, " ")
      // "PhD ABD in signal processing": all but the dissertation, a doctorate not held.
      .replace(/\b(?:ph\.? ?d\.?|doctoral|doctorate) (?:abd|all but dissertation)\b/g, " ")
      // "anyone have thoughts on PhD funding?": what others are asked to have, not what the writer holds.
      .replace(/\b(?:anyone|anybody|does anyone|do you guys|y'?all) (?:have|got|has)\b[^.?!]*/g, " ")
      // "4 years out after an MS diagnosis": multiple sclerosis, no master's.
      .replace(/\bms (?=diagnos|relapse|flare|symptom)/g, " ")
      // "dropped my PhD after 2 yrs (left w a masters)": the degree left unfinished is not held.
      .replace(
        /\b(dropped|quit|left|abandoned)( out of)? (my |the |a )?([\w-]+ )?(ph\.? ?d|doctorate|master'?s?|bachelor'?s?|degree|undergrad|bsc|bscs|bsit|bsse|bsee|bscpe|bs|ba|b\.?tech|m\.?tech|b\.?e|bca|mca|msc|ms)\b/g,
        " ",
      )
      .replace(/\b(ph\.? ?d|doctorate|master'?s?) (dropout|drop-out|drop out)\b/g, " ")
      // "I didn't finish the PhD. dropped out in 4th year": a degree said not finished is not held.
      .replace(
        /\b(?:didn'?t|did not|never|couldn'?t|could not) (?:finish|complete) (?:my |the |a |an )?([\w-]+ )?(?:ph\.? ?d|doctorate|master'?s?)\b/g,
        " ",
      )
      // "do i need to go back and finish the phd": a degree still to finish is not held ("used my GI Bill to finish a
      // bachelors in 2022" is).
      .replace(
        /\b(?:go back and|go back to|need to|have to|gotta|should i|want to|plan to|trying to) finish (?:off )?(?:my|the) (?:ph\.? ?d|doctorate|master'?s?|bachelor'?s?|degree)\b/g,
        " ",
      )
      // "¿o mejor termino mi licenciatura?", "should i finish my bachelor's?": a degree still to finish, weighed.
      .replace(
        /(?<![\wÀ-ÿ])(?:termino|terminar|acabo|acabar|termine|finish|finishing) (?:mi |la |el |my |the |a )?(?:licenciatura|carrera|ingenier[ií]a|gradua[cç][aã]o|faculdade|bachelor'?s?|degree)\b(?=[^.;!]*\?)/g,
        " ",
      )
      // "do i qualify for nlp research scientist after mtech?": a degree still to come, in a question.
      .replace(
        /\b(?:after|once i (?:finish|complete|get|do)|when i (?:finish|complete|get)) (?:my |the |an? )?(?:m\.?tech|ms|msc|master'?s?|masters|ph\.? ?d|doctorate|degree)\b(?=[^.;!]*\?)/g,
        " ",
      )
      // "dejé ingeniería en 3er año", "larguei a faculdade de engenharia": the studies left are not a degree held.
      .replace(
        /(?<![\wÀ-ÿ])(?:dej[ée]|abandon[ée]|larguei|abandonei|tranquei) (?:la |el |a |o )?(?:carrera de |faculdade de |curso de )?(?:ingenier[ií]a|engenharia|licenciatura|carrera|grado|faculdade|gradua[cç][aã]o)(?: (?:en|de|em) [\wÀ-ÿ]+)?(?![\wÀ-ÿ])/g,
        " ",
      )
      // "pas de doctorat", "une licence pas un master", "sin maestría", "kein Master": a degree said not to be held.
      .replace(
        /\b(pas de|pas un|pas une|sans|sin|sem|kein|keinen|keine|non teño|non ho|niente|nessuna|senza|ingen|uden|utan|uten|zonder|geen|no tengo|n-am (?:făcut|facut)|sina|bila|wala (?:pa )?akong|walang|ni)\s+(?:el |la |il |lo |o |a |un |una )?(doctorat|doctorado|doutorado|dottorato|ph\.? ?d|master'?s?|masters|m[aá]ster|maestr[ií]a|mestrado|magistrale|laurea)\b/g,
        " ",
      )
      // "did 3 yrs of a CS PhD (vision) and bailed": a doctorate or master's given up is not held ("started a PhD after
      // the MSc but dropped out": the MSc between them is held).
      .replace(
        /\b(a |my |the )?([\w-]+ )?(ph\.? ?d|doctorate|master'?s?)\b(?:(?!\b(?:msc|ms|master'?s?|bachelor'?s?|bsc|degree)\b)(?:\([^()]{0,20}\)|[^.;!?()])){0,25}?\b(then |and |but )?(dropped out|quit|bailed|gave up)\b/g,
        " ",
      )
      // "did 2 yrs of a CS degree then dropped out": the degree left before the end is not held. (Not across the end of
      // a bracket it is in: "(bachelors in elementary ed), quit last june" quit the job.)
      .replace(
        /\b(a |my |the )?([\w-]+ )?(degree|bachelor'?s?|bsc|undergrad)\b(?:\([^()]{0,20}\)|[^.;!?()]){0,25}?\b(then |and |but )?(dropped out|quit|left)\b/g,
        " ",
      )
      // "I have a masters — wait no sorry, I dropped out": a degree taken back at once is not held.
      .replace(
        /\b(i have|i've got|i got|i hold) (a |an )?([\w-]+ ){0,2}(ph\.? ?d|doctorate|master'?s?|bachelor'?s?|degree)(?: [\w-]+){0,3}\W+(wait|no|sorry|actually|oops)\b/g,
        " ",
      )
      // "would a foreign master's be enough?": a degree weighed (before "be enough" below is read as a B.E. "enough").
      .replace(
        /\b(?:would|will|is) (?:a |an |the |my )?(?:[\w-]+ )?(?:ph\.? ?d|master'?s?|doctorate|degree|msc|mba)(?: degree)? (?:be enough|be sufficient|suffice)\b/g,
        " ",
      )
      // "btech chalega ya MS must hai?", "is a bsc enough?": a degree weighed, not held.
      .replace(
        /\b(b\.?tech|m\.?tech|b\.?e|ms|msc|bsc|mca|bca|mba|master'?s?|bachelor'?s?|ph\.? ?d|degree|licence|licenciatura|laurea|bachelor|honours degree|honors degree|ma[iî]trise|maestr[ií]a|mestrado|doctorado|doutorado)\s+(chalega|chalegi|chalta|chalti|must|kaafi|kafi|kafia|kafya|ykfi|yekfi|suffisant|enough|sufficient|good enough|will do|suffit|suffira|reicht|basta|alcanza|vale|serve)\b/g,
        " ",
      )
      // "kuch JDs mein masters likha hai" (some job descriptions say master's): what postings ask for, not held.
      .replace(
        /\b(?:jds?|job descriptions?|job posts?|job postings?|postings?|listings?|job ads?)\b[^.;!?]{0,20}?\b(?:ph\.? ?d|master'?s?|masters|bachelor'?s?|degree|m\.?tech|b\.?tech)\b/g,
        " ",
      )
      // "博士号が必要ですか" (is a PhD needed?): a degree asked about in Japanese or Chinese.
      .replace(/(博士|修士|学士|硕士|学位)[^、。？?，,]{0,6}(必要|必須|要る|いる|需要|必须)/g, " ")
      // "박사 학위 꼭 있어야 하나요?" (must I have a PhD?), "석사로도 지원 가능한가요?" (can one apply with a master's?): a
      // degree asked about in Korean; "석사는요? 회사에서 석사 학비 지원해준대요" (and a master's? the company would pay its
      // tuition): one weighed.
      .replace(
        /(박사|석사|학사|ph\.? ?d|master'?s?)(?: 학위)?[^.?!]{0,8}(있어야|필요)|(박사|석사|학사)(?: 학위)?(?:로도|으로도)|(박사|석사|학사)(?:는요|은요)\s*\?|(박사|석사|학사) ?(?:학비|과정 지원)/g,
        " ",
      )
      // "PhD needs which?", "masters is ok?": a degree asked about, the question's words after it.
      .replace(
        /\b(ph\.? ?d|doctorate|master'?s?|masters|degree)\s+(?:(?:needs?|needed|required|a must)(?= (?:for )?which\b)|is (?:ok|okay|fine|enough)\s*\?)/g,
        " ",
      )
      // "PhD karne ka soch raha hoon" (thinking of doing a PhD): a degree weighed, not held.
      .replace(/\b(ph\.? ?d|master'?s?|mba|ms|msc|m\.?tech) (karne|krne|karna) (ka|ki|ke) (soch|plan|irada)\w*/g, " ")
      // "would a master's help?", "thinking about going back for a part-time PhD": a degree weighed, not held.
      .replace(
        /\b(would|will|does|do|could|can) (a |an |the |my )?(ph\.? ?d|master'?s?|masters|doctorate|degree|msc|mba)( degree)? (?:actually |really |even |still |honestly )?(help|matter|count|change|make a difference)\b|\b(going|go|went) back (to school |to uni |to university )?for (a |an |my )?([\w-]+ )?(ph\.? ?d|master'?s?|msc|mba|doctorate|degree)\b/g,
        " ",
      )
      // "and if i got a masters would that change anything?": a degree imagined, not held.
      .replace(
        /\bif i (got|get|had|did|do|finish|finished|completed?) (a |an |my |the )?([\w-]+ )?(ph\.? ?d|master'?s?|bachelor'?s?|degree)\b/g,
        " ",
      )
      // Arabizi "bfakker a3mel PhD" (thinking of doing a PhD), "bdi akhod master": a degree weighed, not held.
      .replace(
        /\b(?:(?:bfakker|bfakkir|afakker|bdi|biddi|nawi|nawye)?\s*(?:a3mel|a3mal|akhod|a5od|adrus|adros)|(?:bfakker|bfakkir|afakker|bdi|biddi) make)\s+(?:el\s+)?(?:ph\.? ?d|master'?s?|masters|doctora\w*)\b/g,
        " ",
      )
      // "make I know where to focus my masters" (so I know what to do my master's in): a degree to choose, not held.
      .replace(
        /\b(?:focus|plan|pick|choose|specialize|specialise) (?:my |a |the )?(?:ph\.? ?d|master'?s?|masters)\b/g,
        " ",
      )
      // "and say i finish my bachelors thru transfer", "once i get my masters": a degree to come, not held.
      .replace(
        /\b(?:say|once|when|after|until|till|til) i (?:get|finish|complete|do) (a |an |my |the )?([\w-]+ )?(ph\.? ?d|master'?s?|bachelor'?s?|degree)\b/g,
        " ",
      )
      // "empecé un doctorado en 2019 y lo dejé": begun, in Spanish or Portuguese, is not held.
      .replace(
        /\b(empec[eé]|comenc[eé]|comecei|iniciei|inici[eé]) (un |uma |o |el |a )?(doctorado|doutorado|m[aá]ster|maestr[ií]a|mestrado)\b/g,
        " ",
      )
      // "sollte ich einen Master machen?", "faire un master", "hacer una maestría": a degree to get, not held.
      .replace(
        /\b(einen |ein |den )?(master|bachelor|doktor|phd)\s+(machen|anfangen|beginnen|starten)\b|\b(faire|commencer|reprendre) (un |une |mon |ma )?(master|doctorat|th[èe]se|licence)\b|\b(hacer|empezar|estudiar|meterme en|meterse en) (un |una |el |la )?(m[aá]ster|maestr[ií]a|doctorado)\b|\b(fazer|come[cç]ar) (um |uma |o |a )?(mestrado|doutorado|master)\b/g,
        " ",
      )
      // "i might have to leave early with a masters": a degree that may come, not one held.
      .replace(
        /\b(?:might|may|could|would|will) (?:have to |end up )?(?:leave|leaving|exit|walk away|drop out|end up)(?: early)?(?: of the program| of the phd)? with (?:a |an |my |just a |only a )?(?:master'?s?|masters|msc|ms|mphil)\b/g,
        " ",
      )
      // "use the tuition reimbursement for a masters in analytics or just do a bootcamp?": one of two ways weighed.
      .replace(
        /\b(?:for|do|get|pursue|doing|getting) (?:a |an |the )?(?:[\w-]+ )?(?:ph\.? ?d|master'?s?|masters|msc|mba|degree)\b(?: in [\w-]+)?(?= or\b)/g,
        " ",
      )
      // "is a part-time online master worth it?": a degree weighed, not held.
      .replace(
        /\b(?:is|would|will) (?:a |an |the |doing a )?(?:[\w-]+ ){0,3}(?:ph\.? ?d|doctorate|master'?s?|masters|mba|msc|degree)\b (?:be )?(?:worth|a waste)\b/g,
        " ",
      )
      // "the master's is 2 yrs and I have a toddler": an option described, not a degree held.
      // ("the MSc is done since august": held.)
      .replace(
        /\bthe (master'?s?|ph\.? ?d|mba|msc|degree) (is|would be|takes|costs|means)\b(?! (?:done|finished|complete|completed|over)\b)/g,
        " ",
      )
      // "once I finish my masters", "pag natapos ko masters ko", "thinking of going US for masters": a degree ahead.
      .replace(
        /\b(?:(?:once|when|after|till|until) i (?:finish|complete|get|graduate from)|(?:pag|kapag) (?:natapos|matapos) ko) (?:my |a |an |the |ang )?([\w-]+ )?(?:ph\.? ?d|master'?s?|msc|mba|degree|bachelor'?s?)\b/g,
        " ",
      )
      .replace(PLANNED_STUDY, " ")
      // "ein Bootcamp statt Master", "a bootcamp instead of a masters": the degree not taken.
      .replace(
        /\b(?:statt|anstatt|instead of|rather than|en lugar de|en vez de|em vez de|au lieu d'un|au lieu d'une) (?:a |an |the |einem |einen |eines |ein |einer |un |una |um |uma )?(?:ph\.? ?d|doctorate|master'?s?|masters|msc|mba|degree|bachelor'?s?|studium|doktor|m[aá]ster|maestr[ií]a|mestrado|licence)\b/g,
        " ",
      )
      // "is 31 too old to start an ml phd?": a degree to begin, not held.
      .replace(
        /\bto (?:start|begin|do|pursue) (?:a |an |my |the )?(?:[\w-]+ ){0,2}(?:ph\.? ?d|doctorate|master'?s?|masters|msc|mba)\b/g,
        " ",
      )
      // "undergrad lang IT di natapos": a degree left unfinished, in Tagalog.
      .replace(
        /\b(?:undergrad(?:uate)?|degree|college|bachelor'?s?)\b(?: [\w-]+,?){0,3} (?:di|hindi) (?:ko )?(?:natapos|tapos)\b/g,
        " ",
      )
      // "bailed on my PhD in computational linguistics after 2 years (came away with an MPhil)": left, not held.
      .replace(
        /(?<!\b(?:should i|to|of|whether to|if i|about|considering|might|may)\s)\b(?:bailed on|bailed out of|walked away from|quit|abandoned) (?:my |the |a )?(?:[\w-]+ )?(?:ph\.? ?d|doctorate)\b/g,
        " ",
      )
      // Italian "non ho nessuna intenzione di fare il dottorato" (no intention of doing a PhD), "fare la magistrale":
      // a degree one would do, not one held.
      .replace(
        /\b(?:fare|farmi|prendere|iniziare|cominciare) (?:il |un |la |una )?(?:dottorato|phd|magistrale|master)\b/g,
        " ",
      )
      // "yüksek lisansa başladım ama yarıda bıraktım" (began a master's, left it halfway): begun is not held.
      .replace(/\b(y[üu]ksek lisans|doktora)(a|ya)? ba[şs]lad[ıi]m\b/g, " ")
      // "started a masters, dropped out after 1 semester": begun is not held ("started my masters in 2015 and
      // finished in 2017" is).
      .replace(
        /\b(started|began|begun) (a |my |the )?([\w-]+ )?(ph\.? ?d|doctorate|master'?s?|msc|ms|mba|m\.?tech|degree)\b(?![^.;!?]{0,40}(?<!\b(?:not|never|haven'?t|hasn'?t|didn'?t|yet to)\s)\b(?:finished|graduated|completed)\b)/g,
        " ",
      )
      // "bootcamp o volver a la uni por un master", "go back to uni for a masters": one that may come, not held.
      .replace(GOING_BACK_FOR, " ")
      .replace(STUDIES_GIVEN_UP, " ")
      // "mestrado incompleto (tranquei)", "maestría sin terminar": a degree left unfinished is not held.
      .replace(
        /\b(?:mestrado|doutorado|maestr[ií]a|doctorado|m[aá]ster|gradua[cç][aã]o|faculdade|licenciatura|carrera)\s+(?:incomplet[oa]|inconclus[oa]|trancad[oa]|sin terminar|sem terminar)(?![\wÀ-ÿ])/g,
        " ",
      )
      // "NIT mein M.Tech mil raha hai" (an M.Tech seat is on offer): a degree to come, not held.
      .replace(/\b(?:m\.?tech|mtech|ms|msc|mba|mca|ph\.? ?d)\b (?:mil raha|mil rahi|milega|mil gaya|admit)\w*/g, " ")
      // "no terminé la carrera (me quedé en 7mo semestre de ingeniería)": the degree left unfinished, in Spanish or
      // Portuguese, is not held.
      .replace(
        /(?<!\b(?:ainda|todav[ií]a|a[uú]n) )\b(?:no termin[eé]|no acab[eé]|n[aã]o terminei|larguei|tranquei|me qued[eé] en \d+\w* (?:semestre|año|ciclo|cuatrimestre))(?![\wÀ-ÿ])[^.;!?]{0,80}/g,
        " ",
      )
      .replace(
        // ("after grad", "once I grad": a degree still to come; "worked 2 years before masters" tells no master's held.)
        /\b(bootcamp|boot camp|course|hs|high school|future) grad(uate)?s?\b|\b(?:for|as) (?:a )?(?:new|recent|fresh) grad(?:uate)?s?\b|\bgrad school\b|\b(our|their|my|his|her|the) grad(uate)? students?\b|\bkaggle (?:(?:competitions?|notebooks?|datasets?|discussions?) )?(grand ?)?masters?\b|\bgrandmaster\b|\b(?:after|post|until|till|before|once i) grad\b|\bbefore (?:my |the |starting |doing )?(?:master'?s?|masters|ph\.? ?d|mba|msc)\b/g,
        " ",
      )
  );
}

/** The highest degree held; a degree still being earned counts as studying, not held. */
function readDegree(text: string, affirmed: string, profile: Profile): void {
  // The rewrites only take degrees out: over words that name none (most messages) they are skipped, and they were a
  // twelfth of a message's time (\`node --cpu-prof\`).
  let held = DEGREE_WORDS.some((d) => d.degree !== "none" && d.pattern.test(affirmed))
    ? withoutDegreesNotHeld(affirmed)
    : affirmed;
  // "o lead ML architect precisa de mestrado ou a licenciatura chega?": a question about a role, told without a word
  // of the asker's own, weighs the role's degrees; any degree named after the role is not the asker's.
  if (held.includes("?")) held = held.replace(ROLE_QUESTION, (q, role: string) => (ASKER_WORD.test(q) ? q : role));
  // "which refresher course should I take - Great Learning PGP or the IIT Madras online BSc?": options weighed.
  if (held.includes("which")) held = held.replace(OPTIONS_WEIGHED, " ");
  // "phd no tengo ni pienso hacerlo", Croatian "Doktorat nemam", Italian "Laurea niente": the "not" after the degree
  // (gone from `held`).
  for (const m of execAll(DEGREE_NOT_HELD_AFTER, text)) held = held.replace(m[1] ?? m[2] ?? m[3] ?? m[4] ?? "", " ");
  const dropped = NO_DEGREE.test(text);
  // ("dropped out of my masters after 1 sem (have a BEng in EE)": studies left, and the degree below them still held.)
  // ("got my GED back in 2016. now im doing my associates": a GED is no studies left, and studies may come after it.)
  const studiesLeft = (dropped && NO_DEGREE.test(text.replace(/\bged\b/g, " "))) || LEFT_GRAD_SCHOOL.test(text);
  if (studiesLeft && /\b(?:dropped out|quit (?:school|uni|college|my degree)|left (?:uni|school|college))\b/.test(text))
    profile.studiesEnded = true;
  // "no degree yet, 2nd semester at community college", "pas encore de diplôme", "halfway through an online bachelor's
  // ... no degree before this": none held, one under way.
  const notYet =
    /\bno (\w+ )?degree (?:yet|before (?:this|that|it|now))\b|\bno (?:prior|previous|earlier) degree\b|\bpas encore de dipl[oô]me\b/.test(
      text,
    );
  // "estuve 3 años haciendo el doctorado pero lo dejé": studies given up are not under way.
  // "I'm thinking of doing a master's in the UK next year", "i got into two phd programs": a degree planned is not
  // under way; "I coordinate a master program": one run for others.
  const givenUpOut = text.includes("dej") || text.includes("larguei") ? text.replace(STUDIES_GIVEN_UP, " ") : text;
  const plannedOut = PLANNED_STUDY_NEEDS.test(givenUpOut) ? givenUpOut.replace(PLANNED_STUDY, " ") : givenUpOut;
  // "B.Tech 2023 ... basic C in 1st year. working as site engineer": a year of study looked back on by someone at work.
  const pastYearOut = WORKING_NOW.test(plannedOut) ? plannedOut.replace(YEAR_OF_STUDY_BEHIND, " ") : plannedOut;
  // ("still have like $40k in student loans": debts from studies, long over.)
  const studyText = pastYearOut.includes("student") ? pastYearOut.replace(STUDENT_DEBT, " ") : pastYearOut;
  // "PhD ABD (left the program in 2016 to take a job here)": all but the dissertation, and no longer under way.
  const leftProgram = LEFT_PROGRAM.test(text);
  const studying =
    (studiesLeft && !notYet) || leftProgram
      ? []
      : [
          ...execAll(STUDYING_FOR, studyText),
          ...(STUDYING_ELSEWHERE_WORDS.test(studyText) ? execAll(STUDYING_FOR_ELSEWHERE, studyText) : []),
        ]
          .filter((m) => !overBy(studyText.slice((m.index ?? 0) + m[0].length)))
          .map((m) => m[0]);
  // ("international student, finished my MS last may, on OPT": a visa status, with the studies told over.)
  // ("I'm not final year, I passed out in 2023 ... so not a student anymore": the student words are denied.)
  const student = STUDIES_OVER.test(text)
    ? studyText.replace(/\binternational students?\b|\b(?:not|no longer) (?:a |in )?(?:student|final year)\b/g, " ")
    : studyText;
  // "PhD student in Warsaw, 2 CVPR papers / upd: defended yesterday 🎉": the studies told over after they were told.
  const overAt = DEFENDED_OR_GRADUATED.exec(text)?.index ?? -1;
  const lastStudied = Math.max(-1, ...studying.map((words) => text.lastIndexOf(words)));
  const overSince = lastStudied >= 0 && overAt > lastStudied;
  if (overSince) {
    const finished = DEGREE_WORDS.find((d) => d.degree !== "none" && d.pattern.test(studying.join(" ")))?.degree;
    profile.studying = false;
    if (finished) profile.degree = finished;
    return;
  }
  if (studying.length > 0 || ((!studiesLeft || notYet) && !leftProgram && STUDENT.test(student)))
    profile.studying = true;
  // "oh wait, i already defended, the MSc is done", "i graduated in may": studies told before are over.
  else if (STUDIES_OVER.test(text)) profile.studying = false;
  const studiedWords = studying.join(" ");
  const studied = DEGREE_WORDS.find((d) => d.degree !== "none" && d.pattern.test(studiedWords))?.degree;
  // "MSc student, undergrad in econ": the undergrad is behind them, the degree being earned is the higher one.
  if (studied) profile.studyingFor = studied;
  else if (/undergrad/.test(studiedWords)) profile.studyingFor = "bachelor";
  // "i'm ABD, defending next spring": all but the dissertation, a PhD under way ("je suis en thèse": a doctorate's).
  else if (/\b(?:abd|defending|dissertation|th[èe]se)\b/.test(studiedWords)) profile.studyingFor = "phd";
  // A degree held: named outside the words that say it is still being studied.
  const unfinished = NEVER_FINISHED.exec(text);
  if (unfinished)
    profile.unfinished = DEGREE_WORDS.find((d) => d.degree !== "none" && d.pattern.test(unfinished[0]))?.degree;
  let outsideStudy = held;
  for (const words of studying) {
    const at = outsideStudy.indexOf(words);
    if (at < 0) continue;
    // "halfway through OMSCS (the GT online master's)": the aside names the degree under way.
    // (Only when the words name no degree themselves: "for my MS (bachelor's in nursing)" tells the one held.)
    const namesDegree = DEGREE_WORDS.some((d) => d.degree !== "none" && d.pattern.test(words));
    const aside = namesDegree ? "" : (/^\s*\([^()]{0,60}\)/.exec(outsideStudy.slice(at + words.length))?.[0] ?? "");
    outsideStudy = `${outsideStudy.slice(0, at)} ${outsideStudy.slice(at + words.length + aside.length)}`;
    const asideDegree = DEGREE_WORDS.find((d) => d.degree !== "none" && d.pattern.test(aside))?.degree;
    if (asideDegree && !profile.studyingFor) profile.studyingFor = asideDegree;
  }
  for (const { degree, pattern } of DEGREE_WORDS) {
    // ("I have a master's in econ ... the master's was never finished, I only have the bachelor's": not the master's.)
    if (degree === "none" || degree === profile.studyingFor || degree === profile.unfinished) continue;
    if (pattern.test(outsideStudy)) {
      profile.degree = degree;
      break;
    }
  }
  if (!profile.degree && dropped) profile.degree = "none";
  if (!profile.degree && studied && studied !== "bachelor" && /undergrad/.test(studiedWords))
    profile.degree = "bachelor";
  // "PhD student" holds at least the degree below, but which one is not said: leave it unstated.
  if (
    profile.degree &&
    profile.studyingFor &&
    DEGREE_LEVELS.indexOf(profile.degree) >= DEGREE_LEVELS.indexOf(profile.studyingFor)
  )
    profile.degree = undefined;
}

/** "wait scratch that, i do know sql": the skills a correction says are held after all. */
const LACK_TAKEN_BACK =
  /\b(?:scratch that|actually|wait|correction)\b[,!]?\s*(?:i\s+)?(?:do|did|actually do|do actually)\s+(?:know|use|have|work with)\s+([^.;!?]{1,40})/;

/**
 * A yearly pay aimed for, in thousands: "target: 200k/yr within 5 years", "goal is 300k+ by 30", "want to be making
 * 200k in like 3 yrs", "hoping for like 200k in my first role".
 */
const PAY_TARGET =
  /\b(?:target|goal|aim(?:ing)?(?: for)?|hoping for|hope to (?:make|earn|hit)|want(?:ing)? to (?:be )?(?:make|making|earn|earning|hit|clear)|to be (?:making|earning))\b(?:(?! (?:not|never)\b)[^.?!\d$€£]){0,25}?\$?\s?(\d{2,3})\s?k\b/;
/** "target: 60k €", "100k GBP": a target in a currency the guide's US figures cannot be weighed against. */
const OTHER_CURRENCY_NEAR = /[€£₹]|\b(?:eur|gbp|inr|cad|aud|chf|lpa)\b/;

/**
 * A job in a condition: "if I land remote work ... as an entry level AI engineer", "if i got hired as a lead", "can i
 * work remote from montreal ... as a senior AI app engineer", "too old to retrain as an entry-level AI engineer".
 */
const HOPED_FOR_JOB =
  /\bif (?:i|we) (?:land|landed|get|got|find|found|join|joined|take|took|become|became|were|was|switch|move)\b[^.?!]*|\b(?:can|could) i (?:work|get hired|be hired|get a job)\b[^.?!]*|\b(?:retrain|re-train|reskill|requalify)(?:ing)? as\b[^.?!]*/g;

/** "update: i already defended", "i graduated in may": the studies told before are over (not "graduated from a BSc"). */
const DEFENDED_OR_GRADUATED =
  /(?=\bi (?:already |just |finally |actually )?(?:defended|graduated)\b)(?<!\b(?:once|when|after|if|until|before)\s+)\bi (?:already |just |finally |actually )?(?:defended|graduated)\b(?!\s+(?:from|with)\b)|\bpassed my (?:viva|defen[cs]e|thesis defen[cs]e)\b|\b(?:i'?m|im|i am) (?:now |officially )+(?:a )?dr\b/;

/** "dropped out of my MS after one semester": graduate studies left, which says nothing against a first degree. */
const LEFT_GRAD_SCHOOL =
  /\bdropped out of (?:my |the |a |an )?(?:ms|msc|m\.s\.?|master'?s?|masters|ph\.? ?d|doctorate|doctoral|grad(?:uate)? (?:school|program)|mba)\b/;

/** "left the program in 2016", "walked away from the doctoral program": studies given up. */
const LEFT_PROGRAM =
  /(?<!\b(?:should i|to|of|whether to|if i|about|considering|might|may)\s)\b(?:left|dropped out of|walked away from|quit|bailed on|bailed out of) (?:the|my) (?:[\w-]+ )?(?:ph\.? ?d |doctoral |grad |graduate )?(?:program|programme|ph\.? ?d|doctorate)\b/;

/**
 * "warehouse lead (5 yrs on the floor, 2 as lead)": the title before the brackets is what the count in them is not
 * when the brackets tell the leading apart.
 */
function leadToldApartInBrackets(text: string, start: number, end: number): boolean {
  if (!/\(\s*$/.test(text.slice(Math.max(0, start - 3), start))) return false;
  const close = text.indexOf(")", end);
  return close !== -1 && LEAD_WORDS.test(text.slice(end, close));
}

/**
 * "4 yrs - wait no, 5 now", "3 years, sorry 4": the count said last is the one meant. (A "no" straight before a number
 * negates it: Spanish "son 5 años no 3" is 5 years, not 3.)
 */
const COUNT_CORRECTED =
  /\b(\d{1,2})(\s*(?:years?|yrs?|ans|años|anos|jahre|anni))([^\d.;?!]{0,30}?)\s*[-–—,.(]*\s*(?:(?:wait|sorry|actually|oops|nope|pardon|perdón|perdon|desculpa|digo|well)[,!.]?\s+(?:(?:no|non|nein|não|nao)[,!.]?\s+)?|(?:no|non|nein|não|nao)[,!.]\s*)+(?:it'?s\s+|make that\s+|s[ãa]o\s+|son\s+|es\s+)?(\d{1,2})\b(?:(?: [a-z'"]+){0,2} ?\+ ?(\d{1,2})\b)?/g;
/**
 * "5 as tech lead", "1.5 of it as tech lead", German "davon 2 als Teamlead", Spanish "5 liderando equipos", "4 of them
 * running the eng team", "3 da tech lead", "head of applications for the last 8": years of leading without the word
 * "years"; "ran the risk dev team the last 3", "ran a ward of 30 staff for 6 years".
 */
const LEAD_COUNT =
  /\b(?:managing|managed|manage|leading|led|running|ran) (?:a team of )?(?:\d{1,2}|a few|several|two|three|four|five|six|seven|eight|nine|ten) (?:[\w+&-]+ ){0,3}(?:folks|people|engineers|devs|developers|analysts|reports|ppl) for (\d{1,2}) (?:years?|yrs?)\b|\b(?:\d{1,2}|a few|several|two|three|four|five|six|seven|eight|nine|ten) (?:[\w-]+ )?(?:labell?ers|annotators|people|engineers|devs|analysts|reports|agents|staff|ppl|folks) under me (?:for|since) (\d{1,2}) (?:years?|yrs?)\b|\b(?:ran|run|managed|led|supervised|headed) (?:a|the|my|our) (?:[\w&-]+ ){0,2}(?:ward|team|department|unit|branch|store|office|crew|shift|desk)(?: of (?:\d+|[a-z]+)(?: [a-z]+)?)? for (\d{1,2}) (?:years?|yrs?)\b|\bda (\d{1,2})(?: anni)? (?:faccio (?:il|la) |sono )(?:team lead|tech lead|lead|manager|responsabile)\b|(?<![\wÀ-ÿ])(?:manage|g[èe]re|dirige|encadre) (?:une |l'|mon )?[ée]quipe(?: de \d+(?: personnes| devs| ing[ée]s?)?)? depuis (\d{1,2}) ans\b|\b(?:tl|tech lead|team lead|eng manager|em|mgr) for (\d{1,2})\b(?! ?(?:months?|mos?|weeks?|people|ppl|reports|engineers|devs|direct)\b)|\b(\d{1,2}) (?:yrs? |years? )?as (?:a )?tl\b|\b(?:varav|heraf|herav|av dem|af dem|joista) (\d{1,2})(?: år| vuotta)? (?:som|as) (?:tech lead|teamleder|teamledare|team lead|lead|leder|chef)\b|\b(\d{1,2}) (?:år )?(?:av dem |af dem )?som (?:tech lead|teamleder|teamledare|team lead|lead|leder)\b|\bdont (\d{1,2})(?: ans)? (?:comme|à|a|en tant que) (?:tech lead|chef d'[ée]quipe|lead|manager|encadr\w*|diriger|g[ée]rer|responsable)|\b(\d{1,2}) jahre (?:f[üu]hrung|personalverantwortung|teamleitung|als (?:teamleiter\w*|teamlead|tech ?lead|f[üu]hrungskraft))\b|\bseit (\d{1,2}) jahren (?:als )?(?:teamleiter\w*|teamlead|tech ?lead|f[üu]hrungskraft)\b|\b(?:leite|f[üu]hre) seit (\d{1,2}) jahren\b|\bdavon (\d{1,2}) (?:jahre )?als (?:teamlead|team ?leiter\w*|tech ?lead|lead|f[üu]hrungskraft)\b|\b(\d{1,2})\s+(?:de ellos\s+|de esos\s+)?(?:liderando|como (?:tech lead|l[ií]der|manager|jefe))\b|\blidero\b[^.;!?]{0,40}?\bhace (\d{1,2})\b|\b(\d{1,2}(?:\.\d)?)\s+(?:of (?:it|them|those|which)\s+)?(?:as|da|como|en tant que|running|leading|managing)\s+(?:an?\s+|the\s+|my\s+)?(?:tech lead|team lead|lead|manager|eng manager|engineering manager|people manager|people mgr|people lead|mgr|head|eng team|engineering team|team|dev team|shop|section)\b|\b(?:head|director|manager|lead) of [\w ]{2,30}? for the (?:last|past) (\d{1,2})\b|\b(?:ran|run|running|led|leading|managed|managing) (?:the|a|my|our) [\w ]{2,30}? (?:team|desk|squad|group)(?: \([^()]{0,30}\))? (?:for )?the (?:last|past) (\d{1,2})\b/g;
/** "hace 4 que soy data analyst", "hace 3 años que trabajo". */
const SPANISH_SINCE = /\bhace (\d{1,2}) (?:años |anos )?que (?:soy|trabajo|estoy)\b/g;
/** "9th year teaching CS". */
const NTH_YEAR_OF_WORK = /\b(\d{1,2})(?:st|nd|rd|th) year (?:teaching|working|as|at)\b/g;
/** "then 6 as an ML engineer", German "davon 5 im Bereich ML" (5 of them in ML). */
const ML_COUNT =
  /\bthen (?:the (?:last|past) )?(\d{1,2}) (?:years? |yrs? )?(?:building|training|shipping|deploying|doing|working on) [^.;!?]{0,40}?\b(?:models?|ml|machine learning|nlp|computer vision)\b|\b(\d{1,2})\+? ?(?:yoe|years?|yrs?)\s*[,(]\s*(?:all (?:of it |of them )?(?:in |on )?(?:ml|ai|machine learning)|all ml)\b|\b(?:ml|ai|machine learning)(?: experience| exp)? (?:is|was) (?:actually |really |more like |like )?(\d{1,2}(?:\.\d)?) ?(?:years?|yrs?)\b|\bz czego (\d{1,2})(?: lat[a]?)? (?:w|przy|z) (?:ml|ai|machine learning|uczeniu maszynowym)\b|\b(?:varav|heraf|herav|joista) (\d{1,2})(?: år| vuotta)? (?:med |with |in )?(?:ml|machine learning|ai)\b|\b(\d{1,2})\s+as\s+(?:an?\s+)?(?:(?:jr|junior|sr|senior)\.?\s+)?(?:ml|machine learning|ai|data scientist|mle)\b|\b(\d{1,2}) of (?:it|them|those|that) (?:in|doing|on) (?:ml|machine learning|ai)\b|\b(\d{1,2})\s+(?:years?|yrs?)\s+(?:total|in total|overall)\s+as\s+(?:an?\s+)?(?:ml|machine learning|ai)\s+(?:engineer|scientist|researcher)\b|\bdavon (\d{1,2}) (?:jahre )?(?:im bereich |in |mit )(?:ml|machine learning|ki|ai)\b|\bdont (\d{1,2})(?: ans)? (?:en|dans le|dans la|sur du|sur le|de) (?:ml|machine learning|ia|ai|data science|deep learning)\b/g;
/** "no wait, 5 + 2": a total corrected as a sum, after what was told. */
const SUM_CORRECTED =
  /\b(?:wait|actually|sorry|correction|oops|scratch that)[,:!]?\s+(?:no[,!]?\s+)?(?:it'?s\s+|make that\s+)?(\d{1,2})\s?\+\s?(\d{1,2})\b(?!\s*(?:months?|mos?)\b)/;
/** What every match of COUNT_CORRECTED, NOT_WORK_YEARS and "not 4" holds. */
const COUNTS_NEED = /\d|year|yr/;
/** Spans of time told one after another ("manager 3 years, before that 5 years as ...") add up. */
const ONE_AFTER_ANOTHER =
  /\b(before that|prior to that|before this|before(?:,| [\w-]+(?: [\w-]+)?,?)? i (was|worked|did)|previously|after that|and then|then|turned|followed by|plus|now|currently|agora|depois|ahora|luego|despu[eé]s|danach|dann|davor|zuvor|vorher|phir|fir|uske baad|aur ab|daarna|daarvoor|nu|puis|ensuite|avant [cç]a|poi|wcze[sś]niej|przedtem|potem|potom|pak|apoi|antes)\b|->|→|=>|^[^()]{0,40}\s\+\s*$|(?:^|[\s,.;])(?:потім|потом|затем|до этого|до цього|перед этим|перед цим)/;
/** Words that put one span after another outright (not "now", "currently", which may overlap). */
const STRICTLY_AFTER = /\b(before that|prior to that|after that|and then|then|followed by)\b|->|→|=>/;
/** "8 years total", "10 yrs overall": the whole span, stated outright. */
const TOTAL_AFTER =
  /^\s*(total|in total|overall|all together|altogether|combined|au total|en tout|en total|in totale|no total|insgesamt|of (total |work |professional )?experience in total|(?:working|of work|of working|worked|of experience|experience|exp|xp) (?:total|in total|overall|combined)|(?:de |d')?(?:dev|travail|boulot|taf|xp|exp[ée]rience) (?:au total|en tout))\b/;

/** Each count of years goes to leading, ML or total work, by the words around it. True when one span was told. */
/** "including 4 years leading a team", "incl. 3 yrs as team lead": the leading inside a total told before. */
const LEAD_SPAN_INCLUDED =
  /\b(?:including|incl\.?)\s+(\d{1,2})\s*(?:years?|yrs?)\s+(?:of\s+)?(?:leading|managing|team leading|people management|as (?:a |the )?(?:team |tech )?lead)\b/;

/** "manage ppl again, did it for 2 yrs": "did it" is the leading just named (as long as written, "led it"). */
const LED_IT =
  /(\b(?:manag(?:e|ing|ed)|lead(?:ing)?|led) (?:ppl|people|a team|teams|others)\b[^.!?]{0,25}?[,;]\s*)did (it|that)(?= (?:for )?(?:~|about )?\d)/g;

/** A count of years before the spans told after it without their unit ("8 yrs C++ at Nokia, then 6 at a fund"). */
const YEARS_WITH_UNIT = /\b\d{1,2}\s*(?:yrs?|years?|y)\b/;
/**
 * "8 yrs C++ at Nokia, then 6 at a fund", "3y risk analyst at a bank then 2 at a crypto startup", "science for 5 yrs
 * then high school bio for 4": a span after a count with its unit, told without one. (Not after a count without its
 * unit: "5 yrs exp - 3 in support, then 2 as data engineer" splits the 5.)
 */
const THEN_UNIT_UNSAID =
  /(\b\d{1,2}\s*(?:yrs?|years?|y)\b[^\d.;!?]{0,60}?\b(?:then|and then|after that|followed by|before that|prior to that)\s+)(\d{1,2})\s+(?=(?:at|in|as|doing|on|with|leading|building|running|managing)\b)|(\b\d{1,2}\s*(?:yrs?|years?|y)\b[^\d.;!?]{0,20}?\bthen\s+[a-z][a-z ]{0,40}?\s+for)\s+(\d{1,2})(?=\s*[.,;!?)]|\s*$)/g;
/** "docteur depuis 2008", "PhD since 2015": when a degree was earned, not years of work since. */
const DEGREE_SINCE =
  /\b(docteure?|doctor|ph\.?\s?d\.?|doctorate|doctorat)\s+(?:depuis|since|desde)\s+((?:19|20)\d\d)\b/g;

function readYears(toldAsWritten: string, profile: Profile): boolean {
  // Italian "da un anno" (for a year): the count in digits (as long as written).
  const told = toldAsWritten.includes("un anno")
    ? toldAsWritten.replace(/\bda un anno\b/g, "da 1  anno")
    : toldAsWritten;
  const unitsSaid = YEARS_WITH_UNIT.test(told)
    ? told.replace(THEN_UNIT_UNSAID, (_m, then?: string, n?: string, thenFor?: string, m?: string) =>
        then ? `${then}${n} yrs ` : `${thenFor} ${m} yrs`,
      )
    : told;
  const rawText =
    unitsSaid.includes("depuis") || unitsSaid.includes("since") || unitsSaid.includes("desde")
      ? unitsSaid.replace(DEGREE_SINCE, "$1 in $2")
      : unitsSaid;
  const counted = countsAsYears(rawText, new Date().getUTCFullYear());
  // Ages, targets and years of study are no years of work; nor is "not 4" in "6 years, not 4".
  // All of them need a digit or "year"/"yr": most messages without one are spared their scans.
  const text = !COUNTS_NEED.test(counted.text)
    ? counted.text
    : counted.text
        // ("6 yrs SRE. well, 4 SRE + 2 as a DevOps engineer": the corrected count is the sum.)
        .replace(COUNT_CORRECTED, (m, _first: string, unit: string, between: string, second: string, plus?: string) =>
          `${Number(second) + Number(plus ?? 0)}${unit ?? ""}${between}`.padEnd(m.length, " "),
        )
        .replace(NOT_WORK_YEARS, (m) => " ".repeat(m.length))
        .replace(NOT_WORK_YEARS_MORE, (m) => " ".repeat(m.length))
        .replace(/\bnot (\d+)\b/g, (m) => " ".repeat(m.length))
        // "originally from Kyiv, in Berlin 1 year now": years lived in a place are no years of work.
        .replace(YEARS_IN_A_PLACE, (m, place: string) =>
          placeOutsideUs(place) || placeInUs(place) ? " ".repeat(m.length) : m,
        )
        // "soy team lead hace 3 años, 10 en total": a total, the unit said once (as long as written).
        .replace(/\b(\d{1,2}) (?:en total|in total|au total|no total)\b/g, (m, n: string) =>
          `${n}y total`.padEnd(m.length, " "),
        )
        // "been an EM for 6 yrs, 9 before that as an IC": years, the unit said once (as long as written).
        .replace(/\b(\d{1,2}) before that\b/g, "$1 yrs before ")
        // ("managing 2 yrs, 5 in data eng before that": a few words of what they were between; as long as written.)
        .replace(/\b(\d{1,2}) ((?:in|as|at|doing) [\w -]{1,25}?) before that\b/g, (m, n: string, what: string) =>
          `${n}y ${what.replace(/^\w+ /, "")} before that`.padEnd(m.length, " "),
        )
        // "led the serving team for 3 of those 5 years": the 3 are the count, the 5 were told before.
        .replace(
          /\b(\d{1,2}) of (?:those|these|the|them|my|which) \d{1,2}(?: ?(years?|yrs?))?\b/g,
          (m, n: string, unit?: string) => `${n} ${unit ?? "yrs"}`.padEnd(m.length, " "),
        )
        // "i do NOT want to manage ppl again, did it for 2 yrs": the years of what "it" stands for, leading.
        .replace(LED_IT, "$1led $2")
        // "3 yrs as analyst, the other 2 were retail management": a second span, after the first.
        .replace(/\bthe other (\d{1,2})\b(?= (?:were|was|in|as|at|doing|on)\b)/g, (m, n: string) =>
          `then ${n} yrs`.padEnd(m.length, " "),
        );
  let statedTotal: number | undefined;
  let severalSpans = false;
  let chain = 0;
  let previousEnd = -1;
  let previousUntilNow = false;
  let previousInside = false;
  let previousAfterThen = false;
  const thenBefore = (at: number) => /\bthen\s+(?:the\s+)?$/.test(text.slice(Math.max(0, at - 12), at));
  for (const match of execAll(PAST_YEAR, text)) {
    const clause = text.slice(match.index ?? 0, (match.index ?? 0) + 80).split(/[,.;!?]/)[0] ?? "";
    if (LEAD_WORDS.test(clause) && (profile.leadYears ?? 0) <= 1) {
      profile.leadYears = 1;
      saidAs(profile, "leadYears", 1, match[0]);
    } else if (isMlWork(clause) && (profile.mlYears ?? 0) <= 1) {
      profile.mlYears = 1;
      saidAs(profile, "mlYears", 1, match[0]);
    }
  }
  for (const match of execAll(YEARS, text)) {
    const value = toNumber(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5]);
    if (value === undefined || Number.isNaN(value) || value > 50) continue;
    // ("I need one of them": "of them" counts part of a span told before; with none before, a number word counts
    // nothing.)
    if (match[3] !== undefined && previousEnd < 0 && !/^\d/.test(match[3])) continue;
    const start = match.index ?? 0;
    // The clause a count sits in says what the years were ("3 years in manufacturing, want to move into AI").
    // "6 anni come sviluppatore e da 2 anni lavoro su modelli ML": "and since" starts another span, in any language.
    const clauseEnd = text
      .slice(start)
      .search(
        /[,;!?(•·\p{Extended_Pictographic}]|\.(?!\d)| and | but | want| now | then | bago | incl\b| including | (?:e|y|et|und) (?=(?:da|desde|h[aá]|hace|depuis|seit) )| (?:e|y|et|und|ve|dan|og|och) | (?:i|na|aur|en) (?=\d+ )| w (?=ba2ali|ba2a |men |mn )| \+ (?=\d)| plus (?=\d)| \/ |(?<!\b(?:last|past|first|final|latest|los|as|os|las)) (?=\d{1,2} (?:of (?:those|them|which|it)|de (?:ellos|esos|eles|esses))\b)| (?=منهم|منها|menhom|mnhom|z toho|з них|из них|din care|dont \d)| (?=(?:the|los|las|os|as|les|die|gli|i) (?:last|past|últimos|últimas|ultimos|ultimas|derniers|dernières|letzten|ultimi|ultime) \d)/u,
      );
    const after = text.slice(start, clauseEnd === -1 ? undefined : start + Math.max(clauseEnd, match[0].length));
    // What precedes the count in its own clause: "led a team for 2 yrs", not "managing 4 years, 11 yrs total".
    // "tech lead already (4 yrs)": a count in brackets belongs to the words before them.
    const before =
      text
        .slice(Math.max(0, start - 60), start)
        .replace(/\(\s*$/, " ")
        .split(/[,.;!?(•·\p{Extended_Pictographic}]/u)
        .at(-1) ?? "";
    // "been doing ML at a startup for 4 years": the clause before the count says what the years were, too.
    // ("gap check for lead ML architect 😤 4 yrs as a data engineer": an emoji ends the clause too.)
    const clauseBefore =
      text
        .slice(Math.max(0, start - 50), start)
        .split(/[,.;!?(•·\p{Extended_Pictographic}]| and | but /u)
        .at(-1) ?? "";
    const around = `${text.slice(Math.max(0, start - 30), start)}${after}`;
    const end = start + match[0].length;
    // "led 2 teams for 3 yrs total" totals the leading, not the career.
    const ownClause =
      text
        .slice(Math.max(0, start - 45), start)
        // (A bullet starts a new clause: "TL for the last 3 yrs • 11 YoE total"; lines were joined before.)
        .split(/[,.;!?(•·]| (?:and|et|und|y|e|og|och) /)
        .at(-1) ?? "";
    if (TOTAL_AFTER.test(text.slice(end, end + 40)) && !LED_BEFORE.test(ownClause)) statedTotal = value;
    // ("7 yrs (GTBank ops then credit risk)": words in brackets tell what a span held, not what came after it.)
    const between = previousEnd >= 0 ? text.slice(previousEnd, start).replace(/\([^()]*\)/g, " ") : "";
    // "for the last 3 years", "2 of those": a span inside one already told, not after it.
    const inside: boolean =
      // ("then 3 yrs as a network admin, then the last 2 yrs as an ML engineer": the last ones, after the others.)
      // (Only in a chain of spans each told after a "then": "6 yrs, firmware first and then the last 3 on ML", "4 yrs:
      // 3 doing django, then the last 1 ..." are inside.)
      (match[2] !== undefined && !(thenBefore(start) && previousAfterThen)) ||
      match[3] !== undefined ||
      // Swedish "varav 3 år", Danish "heraf 4", Finnish "joista 5": of those.
      /\b(?:varav|heraf|herav|joista)\s*$/.test(text.slice(Math.max(0, start - 10), start)) ||
      // "6 yrs IC (backend, then 2 yrs on our ML platform team)": a count in the brackets right after a count is part
      // of it ("4 Jahre ML Engineer (davor 2 Jahre Backend)": unless they say it came before).
      (previousEnd >= 0 && PART_OF_THE_SPAN_BEFORE.test(text.slice(previousEnd, start))) ||
      // "RN for 11 yrs, mostly med-surg then 4 on nights in the ICU": what the span was mostly, then the rest of it.
      (previousEnd >= 0 &&
        /^[\s,;:-]*(?:mostly|mainly|primarily|largely)\b[^.;!?]{0,40}\bthen\b/.test(text.slice(previousEnd, start)));
    // "a PM (5 yrs), was a SWE for 3 yrs before that": the later count's own "before that" adds it too.
    // ("4 yrs managing, 6 yrs backend IC before that": a few words of what the span was, then "before that".)
    // ("4 yrs active duty, been on help desk 2 yrs since i got out": the later span's own "since I got out" too.)
    const followedBy =
      /^(?:\s*(before)|(?:\s+[\w-]+){0,3}?\s*(before that|prior to that|before this|since i (?:got out|left|separated|retired)))\b/.test(
        text.slice(end, end + 40),
      );
    const afterUntilNow = previousUntilNow && !/\b(before|prior)\b/.test(between);
    // "currently L5 ... tech lead on our oncall redesign for ~2 yrs": leading is usually part of the years told, added
    // only when said to come after them ("then 2 as tech lead").
    const leadSpan = LEAD_WORDS.test(after) || LED_BEFORE.test(before);
    const sequenced = (leadSpan ? STRICTLY_AFTER : ONE_AFTER_ANOTHER).test(between) || followedBy;
    // "14 yrs in industry, the last 5 as staff eng. before that I managed a team for 3 years": what came before a span
    // inside the whole is inside it too.
    const beforeTheLast: boolean =
      previousInside && (followedBy || /\b(?:before that|prior to that|before this|before then)\b/.test(between));
    if (!inside && !beforeTheLast) chain = previousEnd >= 0 && !afterUntilNow && sequenced ? chain + value : value;
    previousInside = inside || beforeTheLast;
    previousAfterThen = thenBefore(start);
    previousEnd = end;
    // ("backend dev - 4 years now. so ~1 year of real ML": a span told up to now holds what is told after it.)
    previousUntilNow =
      counted.told.some((t) => t.at === start && t.untilNow) ||
      /^\s*(?:now|so far|till now|until now|to date)\b/.test(text.slice(end, end + 14));
    if (chain > value) {
      profile.years = Math.max(profile.years ?? 0, chain);
      severalSpans = true;
    }
    if (TOTAL_AFTER.test(text.slice(end, end + 40))) {
      // "11 yrs total": the whole span, never the leading or ML part of it; "3 yrs total, all ML" is both.
      if (/^\s*(total|in total|overall)\W+(?:all )?(in )?(ml|ai|machine learning)\b/.test(text.slice(end, end + 40)))
        profile.mlYears = Math.max(profile.mlYears ?? 0, value);
    } else if (
      LEAD_WORDS.test(after) ||
      (LED_BEFORE.test(before) && !ANOTHER_JOB_AFTER.test(after) && !leadToldApartInBrackets(text, start, end))
    ) {
      profile.leadYears = Math.max(profile.leadYears ?? 0, value);
    } else if (
      isMlWork(after) ||
      (match[2] !== undefined && isMlWork(around)) ||
      // ("ML mache ich seit 2 Jahren", "hago ML desde hace 3 años": the same, in other languages.)
      (/\b(doing|working on|building|in|on|for|with|com|con|mache|seit|desde|depuis|faccio|hago|fa[cç]o)\b/.test(
        clauseBefore,
      ) &&
        isMlWork(clauseBefore)) ||
      // "ML eng 5y", "been an ML engineer 6 yrs": the count right after an ML job title is years of it.
      ML_TITLE_BEFORE.test(clauseBefore) ||
      // "ok ML eng here, 4 yrs, recsys": the title said, then its count.
      ML_TITLE_HERE.test(text.slice(Math.max(0, start - 40), start))
    ) {
      profile.mlYears = Math.max(profile.mlYears ?? 0, value);
    } else {
      profile.years = Math.max(profile.years ?? 0, value);
    }
  }
  // "a QA lead ... with 11 years of experience, including 4 years leading a team": the leading is the span inside the
  // whole, not the whole a lead's title stands before.
  const leadInside = LEAD_SPAN_INCLUDED.exec(text);
  if (leadInside && Number(leadInside[1]) < (profile.leadYears ?? 0)) {
    profile.years = Math.max(profile.years ?? 0, profile.leadYears ?? 0);
    profile.leadYears = Number(leadInside[1]);
    saidAs(profile, "leadYears", profile.leadYears, leadInside[0]);
  }
  if (profile.mlYears !== undefined) profile.years = Math.max(profile.years ?? 0, profile.mlYears);
  if (profile.leadYears !== undefined && profile.leadYears > 0)
    profile.years = Math.max(profile.years ?? 0, profile.leadYears);
  // "(8 yrs managing, 15 total)", "14 in retail total": a bare count followed by "total".
  const bareTotal =
    /\b(\d{1,2})\s+(?:(?:in|at|doing) (?:[\w-]+ ){1,2}?)?(?:total|in total|overall)\b|\btotal(?: of|:|=)? (\d{1,2})\b(?!\s*(?:people|ppl|reports|engineers|devs|members|projects|papers))/.exec(
      text,
    );
  if (bareTotal && statedTotal === undefined) statedTotal = Number(bareTotal[1] ?? bareTotal[2]);
  // "... no wait, 5 + 2, forgot the year at the bank": a sum told last, as a correction, is the whole.
  const summedAgain = SUM_CORRECTED.exec(text);
  if (summedAgain) statedTotal = Number(summedAgain[1]) + Number(summedAgain[2]);
  // "5 as tech lead", "3 as a manager": years of leading without the word "years".
  // Each way of saying it has its own group: the count is whichever matched.
  for (const m of execAll(LEAD_COUNT, text))
    profile.leadYears = Math.max(profile.leadYears ?? 0, Number(m.slice(1).find((g) => g !== undefined)));
  readSpansWithin(text, profile);
  // "hace 4 que soy data analyst": Spanish for "for 4 years I have been".
  for (const m of execAll(SPANISH_SINCE, text)) profile.years = Math.max(profile.years ?? 0, Number(m[1]));
  // "9th year teaching CS": that many years of the job.
  for (const m of execAll(NTH_YEAR_OF_WORK, text)) profile.years = Math.max(profile.years ?? 0, Number(m[1]));
  // "18 months into my first job": a year and a half of work, when no count of years says more.
  // ("after 7 months out of work": months without it.)
  const months =
    /\b(\d{1,2}) ?(months?|mos?)\b(?! (ago|from now|off|left|semestre|ciclo|año|ano|grado|cuatrimestre|semester|sem|year|yr|of (parental|maternity|paternity|medical) leave|leave|break|out of work|unemployed|without (a )?(job|work)|of (job ?hunting|job search|searching|unemployment|applying|applications|interviewing)|(?:[\w-]+ )?(?:bootcamp|course|program|programme|certificate|cert)s?\b|job ?hunting|jobless|on the bench))/.exec(
      text,
    );
  const noOtherCount = profile.years === undefined && profile.mlYears === undefined && profile.leadYears === undefined;
  // "a bootcamp (6 months, ...)": months of study, not of work.
  const studied =
    months &&
    (/\b(bootcamp|boot camp|course|program(me)?|master'?s?|degree|certificate|diploma)\W*$/.test(
      text.slice(0, months.index),
    ) ||
      // "been doing python tutorials for 8 months": months of learning.
      /\b(tutorials?|courses?|learning|studying|self[- ]study\w*|youtube|udemy|coursera)\b[^,.;!?]{0,20}$/.test(
        text.slice(0, months.index),
      ) ||
      // "6 month bootcamp ki 2 lakhs fee": the course named after its length.
      /^\W*(?:bootcamp|boot camp|course|program(?:me)?|certificate|diploma)\b/.test(
        text.slice(months.index + months[0].length),
      ));
  // "making 200k within 18 months of leaving academia": a time ahead, not months of work.
  const ahead = months && /\b(?:within|in|next|by|over the next)\s+(?:the next\s+)?$/.test(text.slice(0, months.index));
  if (months && !studied && !ahead && noOtherCount && Number(months[1]) >= 6) {
    profile.years = Number(months[1]) / 12;
    saidAs(profile, "years", profile.years, months[0]);
  }
  // "im 16, junior in hs, been doing python for 2 yrs": a teenager's years are not years of work.
  if (TEENAGER.test(rawText)) {
    profile.years = undefined;
    profile.mlYears = undefined;
    profile.said = undefined;
  }
  // "3 years as a UX researcher then 2 as a product manager": a span after another, without the word "years".
  const then = THEN_N_AS.exec(text) ?? THEN_JOB_THE_LAST.exec(text) ?? PLUS_N_AT.exec(text);
  if (then && statedTotal === undefined)
    // ("then the last year as a data analyst": one year.)
    profile.years = Math.max(profile.years ?? 0, Number(then[1]) + (/^y/.test(then[2] ?? "") ? 1 : Number(then[2])));
  // ("taught high school chem for 10 years, then the last year as a data analyst": the ten were not tech work.)
  if (then && NON_TECH_YEARS.test(text.slice(0, then.index + then[0].length - (then[2]?.length ?? 0))))
    profile.yearsOutsideTech = true;
  // "then 6 as an ML engineer": years of ML work without the word "years".
  for (const m of execAll(ML_COUNT, text))
    profile.mlYears = Math.max(profile.mlYears ?? 0, Number(m.slice(1).find((g) => g !== undefined)));
  if (statedTotal !== undefined) {
    profile.years = Math.max(statedTotal, profile.mlYears ?? 0, profile.leadYears ?? 0);
    profile.totalTold = true;
  }
  if (counted.span !== undefined) profile.years = Math.max(profile.years ?? 0, counted.span);
  for (const { value, words } of counted.told)
    for (const key of ["years", "mlYears", "leadYears"] as const)
      if (profile[key] === value) saidAs(profile, key, value, words);
  return statedTotal === undefined && !severalSpans;
}

// ("10 yrs bedside then the last 2 as a clinical informatics analyst": "the last" 2 of a career, after the 10; "8 yrs
// active duty, then the last 2 years as a DevOps engineer", "chem for 10 years, then the last year as a data analyst".)
const THEN_N_AS =
  /\b(\d{1,2})\s*(?:years?|yrs?)(?! ago)(?:\s+(?:as|at|in|doing|bedside|on)\b|(?=(?:,? [\w-]+){0,3},? (?:then|and then)\b))[^.;!?()]{0,60}?\b(?:then|and then|followed by|after that)\s+(?:the (?:last|past) )?(\d{1,2}|(?<=(?:last|past) )(?:year|yr))(?:\s*(?:years?|yrs?))?\s+as\b/;
/** "3 yrs at corporate + 2 at an MSP before that": a second span added, without the word "years". */
const PLUS_N_AT =
  /\b(\d{1,2})\s*(?:years?|yrs?)\s+(?:as|at|in|doing|on)\b[^.;!?()+]{0,40}?(?:\+|\bplus|\band another)\s+(\d{1,2})\s+(?:as|at|in|with|doing)\b/;
/** "sysadmin 15 years then devops the last 3": a second job for the last years, after the first. */
const THEN_JOB_THE_LAST =
  /\b(\d{1,2})\s*(?:years?|yrs?)\s+then\s+(?:[\w-]+ ){1,3}?(?:for )?the (?:last|past) (\d{1,2})\b(?!\s*(?:months?|mos?|weeks?))/;
/** "5", "~1.5 yrs", "two years" (a number word only with "years": "for a while" is no count): group 1 or 2. */
const COUNT_OF_YEARS = `(?:(?<![\\w.])(?:~\\s?)?(\\d+(?:\\.\\d+)?)(?: (?:years?|yrs?))?|(?<![\\w.])${NUMBER} (?:years?|yrs?))`;
/** "leading for 4", "led a team of 3 for the last year", "led 2 teams for 3 yrs total": years of leading. */
const LED_FOR = new RegExp(
  `\\b(?:led|leading|lead|managing|managed|manage|(?:running|ran) (?:an? |the |my |our )?(?:[\\w-]+ ){0,3}(?:team|crew|squad|group|department|unit|shop)|supervis\\w*|mentor\\w*)\\b[^,.;]{0,60}?\\b(?:for|over) (?:the (?:last|past) )?(?:(?:about |around |~)?${COUNT_OF_YEARS}(?! (?:months?|mos?|weeks?|people|ppl|devs|engineers|juniors|interns|(?!years\\b|yrs\\b)[a-z]+s\\b))\\b|(?:the (?:last|past) )?(?:year|yr)\\b)`,
  "g",
);
/** "the past yr" after leading: one year. */
// ("4 yrs ML eng at a series B, last year as tech lead": the last of them.)
const LED_PAST_YEAR =
  /\b(?:led|leading|managing|managed|mentor\w*)\b[^,.;]{0,40}?\b((?:the|this) (?:past|last) (?:year|yr))\b|\b((?:the )?(?:past|last) (?:year|yr)) as (?:an? |the )?(?:tech lead|team lead|lead|manager|engineering manager|em|tl)\b/;
const TEENAGER =
  /\b(?:i'?m|i am|im) 1[3-7]\b|\b(?:junior|senior|sophomore|freshman) in (?:hs|high school)\b|\bin (?:high school|hs)\b|\bteen\b/;
const LED_DECADE = /\b(?:led|leading|managing|managed)\b[^,.;]{0,40}?\b((?:the )?(?:last|past) decade)\b/;
const LED_MONTHS =
  /\b(?:led|leading|lead|managing|managed|manager|head)\b[^,.;]{0,40}?\bfor (?:the (?:last|past) )?(\d{1,2}) (?:months?|mos?)\b/;
/** "depuis 1 an je fais des projets ML", "seit einem Jahr mach ich ML": ML work since a time, in other languages. */
const ML_SINCE =
  /\b(\d+) (?:yrs?|years?)(?: total)?,? (?:and )?all of (?:it|them|those) (?:in |doing |on )?(?:ml|ai|machine learning)\b|\bdont (\d+) (?:ans? )?(?:en|dans l[ae']? ?) ?(?:ml|ia|machine learning|vision|nlp|deep learning|apprentissage)|\b(?:ostatni rok|(?:the )?(?:last|past) year) (?:robi[eę]|doing|in|on) (?:ml|ai)\b|\b(?:depuis|seit|desde(?: hace)?|h[aá]) (\d+|un|einem|uno?|um) (?:an|ans|jahr|jahren|año|años|ano|anos)\b[^.;]{0,30}?(?<!\b(?:z[ée]ro|zero|no|sans|sin|cero|kein|keine|null) )\b(?:ml|machine learning|ia|ki)\b/;
/** "5 in ML", "~1.5 yrs touching ML": years of ML work inside a longer career. */
const ML_SPAN = new RegExp(
  `${COUNT_OF_YEARS} (?:in|doing|touching|on|with|of|en|em|com|con|mit) (?:(?:our|the|my|an?) )?(?:ml|ai|machine learning|deep learning)\\b|\\b(?:doing|in) (?:ml|ai|machine learning) for (?:(\\d+(?:\\.\\d+)?)|${NUMBER} (?:years?|yrs?))\\b`,
  "g",
);
/**
 * Leading since a time, in other languages: "Tech-Lead bin ich seit 1 Jahr", "od roku prowadzę zespół" (for a year I
 * lead a team), "hab letztes jahr die lead-rolle übernommen" (took the lead role last year), "liderei um time por 1 ano".
 */
const LED_SINCE =
  /\b(?:tech[- ]?lead|teamlead|teamleiter\w*|lead)\b[^.;]{0,20}\bseit (\d+|einem) jahr(?:en)?\b|\bod (?:(\d+) lat|roku) prowadz[eę]|\bletztes jahr\b[^.;]{0,50}\blead[- ]?(?:rolle|position)\b|\b(?:liderei|lider[eé]|gerenciei|gestion[eé]|dirig[ií])\b[^.;]{0,30}\bpor (\d+|um|un|uno) (?:anos?|años?)\b/;
/** "got bumped to leading a small team like 6 months ago": leading for that many months. */
const LED_MONTHS_AGO = /\b(?:leading|lead|managing|running)\b[^,.;]{0,40}?\b(\d{1,2}) months ago\b/;
/** "1.5 of those as team lead": years of leading inside a span already told. */
const LED_OF_THOSE = new RegExp(
  `(?<![\\w.])${NUMBER} of (?:those|them|which) (?:as |in )?[^,.;]{0,20}?\\b(?:lead|manag|supervis)`,
  "g",
);

/**
 * A span told in words of its own ("seit einem Jahr mach ich ML", "od roku prowadzę zespół"): the count its pattern
 * captures, one year where it names none; the writer's words kept, as the answer quotes them.
 */
function readWordedSpan(pattern: RegExp, key: YearsKey, text: string, profile: Profile): void {
  const m = pattern.exec(text);
  if (!m) return;
  const count = m.slice(1).find((g) => g !== undefined) ?? "";
  const value = /^\d+$/.test(count) ? Number(count) : 1;
  if (value > 40 || (profile[key] ?? 0) > value) return;
  profile[key] = value;
  saidAs(profile, key, value, m[0]);
}

/** Spans inside a career already told: years of leading and of ML work without their own "years". */
function readSpansWithin(text: string, profile: Profile): void {
  if (holdsAny(text, LEADING_NEEDS)) readLeadingSpans(text, profile);
  if (!holdsAny(text, ML_SPAN_NEEDS)) return;
  readWordedSpan(ML_SINCE, "mlYears", text, profile);
  for (const m of execAll(ML_SPAN, text)) {
    const value = toNumber(m[1] ?? m[2] ?? m[3] ?? m[4]);
    if (value !== undefined && !Number.isNaN(value) && value <= 40)
      profile.mlYears = Math.max(profile.mlYears ?? 0, value);
  }
}

/** One of these is in every match of the LED_ patterns. */
const LEADING_NEEDS = [
  "led",
  "lead",
  "manag",
  "supervis",
  "mentor",
  "running",
  "ran ",
  "prowadz",
  "lider",
  "gerenciei",
  "gestion",
  "dirig",
];
/** One of these is in every match of ML_SPAN and ML_SINCE. */
const ML_SPAN_NEEDS = ["ml", "ai", "machine learning", "deep learning", "vision", "nlp"];

/** Years of leading inside a career already told. */
function readLeadingSpans(text: string, profile: Profile): void {
  for (const m of execAll(LED_FOR, text)) {
    const count = m[1] ?? m[2];
    const value = count === undefined ? 1 : toNumber(count);
    if (value !== undefined && !Number.isNaN(value) && value <= 40)
      profile.leadYears = Math.max(profile.leadYears ?? 0, value);
  }
  const pastYear = LED_PAST_YEAR.exec(text);
  if (pastYear && (profile.leadYears ?? 0) <= 1) {
    profile.leadYears = 1;
    saidAs(profile, "leadYears", 1, pastYear[1] ?? pastYear[0]);
  }
  // "led a pricing team of 8 for the last decade", "led the perception team for 18 months".
  const decade = LED_DECADE.exec(text);
  if (decade && (profile.leadYears ?? 0) <= 10) {
    profile.leadYears = 10;
    saidAs(profile, "leadYears", 10, decade[1] ?? decade[0]);
  }
  const months = LED_MONTHS.exec(text);
  if (months && (profile.leadYears ?? 0) <= Number(months[1]) / 12) {
    profile.leadYears = Number(months[1]) / 12;
    saidAs(profile, "leadYears", profile.leadYears, `${months[1]} months`);
  }
  readWordedSpan(LED_SINCE, "leadYears", text, profile);
  const monthsAgo = LED_MONTHS_AGO.exec(text);
  if (monthsAgo && profile.leadYears === undefined) {
    profile.leadYears = Number(monthsAgo[1]) / 12;
    saidAs(profile, "leadYears", profile.leadYears, `${monthsAgo[1]} months ago`);
  }
  for (const m of execAll(LED_OF_THOSE, text)) {
    const value = toNumber(m[1]);
    if (value !== undefined && !Number.isNaN(value) && value <= 40)
      profile.leadYears = Math.max(profile.leadYears ?? 0, value);
  }
}

// ("ML engineer depuis 4 ans", "ML engineer seit 3 Jahren", "ML engineer desde hace 2 años": the same, in French,
// German and Spanish.)
/** "ML eng here, " right before a count: the writer's job, whose years the count is. */
const ML_TITLE_HERE =
  /\b(?:ml|ai|machine learning) (?:eng|engg|engineer|dev|developer)s? here\s*[,:-]\s*$|\bmle here\s*[,:-]\s*$/;
const ML_TITLE_BEFORE =
  /\b((ml|ai|machine learning) (eng|engineer|dev|developer)|mle|data scientist)s?\s*(for|depuis|seit|desde( hace)?|da|h[aá])?\s*$/;

/** The words between a count and the next when the next opens a bracket just after the first: "IC (backend, then". */
const PART_OF_THE_SPAN_BEFORE =
  /^[^()]{0,25}\((?![^()]*\b(?:before|prior|previously|earlier|davor|vorher|zuvor|antes|avant|prima|daarvoor|wcze[sś]niej)\b)[^()]*$/;
/** "for the past year I've been leading two juniors": one year, when the clause says of what. */
const PAST_YEAR = /\b(the|this) (past|last) year\b|\bfor a year\b|\bsince last year\b/g;

/** "wait correction, it's actually 2 years leading not 3", "sorry i meant 4 yrs": a count told again, corrected. */
/** "actually sorry, more like 2": a count put right without its unit (group 1), read as the years told before. */
const BARE_RECOUNT =
  /\b(?:sorry|actually|wait|oops|hmm|correction)\b[, ]*(?:it'?s |its )?(?:more like|closer to|really|only|just) (\d{1,2})\b(?!\s*(?:%|k\b|months?|mos?|people|ppl|weeks?))|\bi said \d{1,2}\b[^.!?\d]{0,12}?\bbut (?:it'?s|its|it is|it was) (?:really |actually |only )?(\d{1,2})\b(?!\s*(?:%|k\b|months?|mos?|people|ppl|weeks?))/;
/** "oops actually 3 at the startup, not 2": one span's count put right, with no unit said. */
const SPAN_RECOUNT =
  /\b(?:actually|sorry|oops|wait)\b[, ]*(\d{1,2}) (?:at|in|as|with|doing|on) [^.!?\d]{1,40}?,? not (\d{1,2})\b/;
const COUNT_CORRECTED_LATER =
  /\b(correction|i meant|i mean|typo|scratch that|\d+ was wrong)\b.{0,60}\d|\b\d+ nahi,? \d+\b|\b\d+(\.\d+)? ?(years?|yrs?|años|anos|ans)?[^.!?]{0,20}\b(?:not|no|não|pas) \d+\b|\b(?:sorry|actually|wait|oops)\b[, ]*not \d+[, ]+(?:it'?s |its )?\d+|\bactually,? i'?(?:ve| have)? (?:only|just) been (?:a |an |the )?[\w -]{1,30}? for (?:\d+|one|two|three|a) (?:years?|yrs?)\b|\b(?:wait|sorry|actually|oops)\b[, ]*(?:sorry,? )?(?:only|just) (?:\d+|one|two|three|a) (?:years?|yrs?) as\b/;

/** True when a message tells something about the person. */
export function hasProfileFacts(p: Profile): boolean {
  return (
    p.background !== undefined ||
    p.years !== undefined ||
    p.leadYears !== undefined ||
    p.degree !== undefined ||
    p.skills.length > 0 ||
    // ("forgot to mention: I've never done any cloud stuff, zero AWS or Azure": what they lack is theirs too.)
    (p.lacks?.length ?? 0) > 0 ||
    p.starter === true ||
    p.leads === true ||
    p.publications === true
  );
}

/** Later facts win; skills and interests add up. */
/** "then I did a bootcamp ...", "oh and i forgot, before UPS i did 1 year at a call center": a span added. */
const SPAN_ADDED_LATER =
  /^\W*(?:(?:and|so|oh and|oh|also)\s+)?(?:then|after that|afterwards|phir|poi|depois|luego|despu[eé]s|ensuite|danach|dann),?\s+(?:i\b|i'|\d|did|got|worked|joined|moved|spent|went|mein|main|ho|eu|yo|j'ai|ich)|\bforgot\b[^.;!?]{0,40}\bbefore\b/;

export function mergeProfiles(older: Profile | undefined, newer: Profile): Profile {
  if (!older) return newer;
  const merged: Profile = { ...older };
  for (const [key, value] of Object.entries(newer) as [keyof Profile, unknown][]) {
    if (value !== undefined && key !== "skills" && key !== "interests")
      (merged as unknown as Record<string, unknown>)[key] = value;
  }
  // ("2nd year CS student ... / update: i actually dropped out last month": no longer studying.)
  if (newer.studiesEnded && !newer.studying) {
    merged.studying = undefined;
    merged.studyingFor = undefined;
    if (!newer.background && /student/.test(merged.background ?? "")) {
      merged.background = undefined;
      merged.backgroundAsWritten = undefined;
    }
  }
  // Counts of years add up across messages as the longest span mentioned, not the last one; a count corrected
  // ("wait correction, it's actually 2 years leading not 3") replaces the one before.
  for (const key of ["years", "mlYears", "leadYears"] as const) {
    const values = [older[key], newer[key]].filter((v): v is number => v !== undefined);
    // (A total only counts as corrected when it is not just the corrected leading or ML years, which it takes on.)
    // ("I've only been the lead for 1 year, the 2 yrs before that I was a senior dev" after "9 yrs total": the leading
    // corrected, its spans adding up to less than the total told before, which stands.)
    // ("5 sal data scientist ... / 3 sale data scientist hastam na 5": the whole count was the ML span, corrected.)
    const derived =
      key === "years" &&
      (newer.years === newer.leadYears ||
        (newer.years === newer.mlYears && older.years !== older.mlYears) ||
        (newer.leadYears !== undefined && !newer.totalTold && (newer.years ?? 0) < (older.years ?? 0)));
    if (newer.correctsCounts && newer[key] !== undefined && !derived) merged[key] = newer[key];
    else if (
      key === "years" &&
      newer.addsASpan &&
      older.years !== undefined &&
      newer.years !== undefined &&
      // (The context already holding this message's span: the pipeline and the understanding both merge it.)
      older !== newer &&
      !(older.spanAddedTo !== undefined && older.years === older.spanAddedTo + newer.years)
    ) {
      merged.years = older.years + newer.years;
      merged.spanAddedTo = older.years;
    } else if (values.length > 0) merged[key] = key === "leadYears" && newer.leadYears === 0 ? 0 : Math.max(...values);
  }
  // "3y risk analyst at a bank then 2 at a crypto startup doing ML / oops actually 3 at the startup, not 2": the span
  // told as 2 is 3, and the total that held it grows by as much.
  const fix = newer.spanCorrected;
  const spanKey = fix && (["mlYears", "leadYears"] as const).find((key) => older[key] === fix.from);
  if (fix && spanKey && older.years !== undefined && older.years > fix.from) {
    merged[spanKey] = fix.to;
    merged.years = older.years + fix.to - fix.from;
  }
  // "4 yrs as an ML engineer ... / sorry i meant 5 years": the count corrected was the ML years as well.
  if (
    newer.correctsCounts &&
    newer.years !== undefined &&
    newer.mlYears === undefined &&
    newer.years !== newer.leadYears &&
    older.mlYears !== undefined &&
    older.mlYears === older.years
  )
    merged.mlYears = newer.years;
  // "i have a masters ... / actually wait, i never finished the masters": the degree told before is not held.
  if (newer.unfinished && !newer.degree && merged.degree === newer.unfinished) merged.degree = undefined;
  // "i have a phd ... / sorry misspoke - i'm ABD": the degree told before is the one still being earned.
  // ("masters in maths ... / I'm doing a part-time MSc in data science now": another degree, in another field.)
  if (
    newer.studyingFor &&
    !newer.degree &&
    merged.degree &&
    DEGREE_LEVELS.indexOf(merged.degree) >= DEGREE_LEVELS.indexOf(newer.studyingFor) &&
    !(older.field && newer.field && !newer.field.startsWith(older.field) && !older.field.startsWith(newer.field)) &&
    // (Merged again with what it already holds: the degree kept beside that study stays.)
    older.studyingFor !== newer.studyingFor
  )
    merged.degree = undefined;
  // "PhD student ... / oh wait i actually defended last month": the degree studied for is held now.
  if (newer.studying === false && !newer.degree && !newer.unfinished && older.studyingFor) {
    if (DEGREE_LEVELS.indexOf(older.studyingFor) > DEGREE_LEVELS.indexOf(merged.degree ?? "none"))
      merged.degree = older.studyingFor;
    merged.studyingFor = undefined;
  }
  // "actually I defended last month, I have the PhD now": a degree held ends the studying for it.
  if (
    newer.degree &&
    older.studyingFor &&
    DEGREE_LEVELS.indexOf(newer.degree) >= DEGREE_LEVELS.indexOf(older.studyingFor)
  ) {
    merged.studyingFor = undefined;
    merged.studying = newer.studying;
  }
  // What the newer message says of a skill stands: "docker and kubernetes ... / actually scratch kubernetes" lacks it,
  // "never touched docker ... / ok I did use docker at my last job" has it.
  const newerLacks = newer.lacks ?? [];
  const olderSkills = older.skills.filter((o) => !newerLacks.includes(o.name));
  merged.skills = [...olderSkills, ...newer.skills.filter((s) => !olderSkills.some((o) => o.name === s.name))];
  merged.interests = [...new Set([...older.interests, ...newer.interests])];
  const olderLacks = (older.lacks ?? []).filter((name) => !newer.skills.some((s) => s.name === name));
  const lacks = [...new Set([...olderLacks, ...newerLacks])].filter(
    (name) => !merged.skills.some((s) => s.name === name),
  );
  if (lacks.length > 0) merged.lacks = lacks;
  else delete merged.lacks;
  const wants = [...new Set([...(older.wants ?? []), ...(newer.wants ?? [])])];
  if (wants.length > 0) merged.wants = wants;
  if (older.said || newer.said) merged.said = { ...older.said, ...newer.said };
  return merged;
}

/** What was understood about the asker, as `ask --json` reports it: the facts they stated, nothing inferred. */
export interface StatedProfile {
  degree?: Degree;
  studying?: boolean;
  years?: number;
  mlYears?: number;
  leadYears?: number;
  skills?: string[];
  lacks?: string[];
  background?: string;
}

export function statedProfile(p: Profile): StatedProfile {
  const out: StatedProfile = {
    degree: p.degree,
    studying: p.studying,
    years: p.years,
    // "no ML at all", "zero ML project exp": none of their years were ML work, which they said.
    mlYears: p.mlYears ?? (p.noMlWork ? 0 : undefined),
    leadYears: p.leadYears,
    skills: p.skills.length > 0 ? p.skills.map((s) => s.name) : undefined,
    lacks: p.lacks,
    background: p.backgroundAsWritten ?? p.background,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as StatedProfile;
}
