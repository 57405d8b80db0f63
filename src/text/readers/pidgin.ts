import type { Rewrite } from "../regex";
import { distinctWords, languageReader } from "./shared";

/**
 * Nigerian Pidgin, read in English words: "wetin dem dey do?" (what do they do?), "how much e dey pay?", "I get PhD"
 * (I have a PhD), "which industries dey hire them pass?" (hire them the most). Many of its words are English words
 * used otherwise ("fit" is can, "get" is have, "pass" is more than), so they are read so only in a message with a
 * word only Pidgin has.
 */
const PIDGIN_WORDS =
  /(?<![\p{L}])(?:wetin|abeg|wahala|sabi|oga|abi|jare|dey|wey|e don|na wa|how far|sef|pikin|wan|dem dey|no be|i don (?:lead|reach|finish|work|do|get))(?![\p{L}])/giu;
/** Words strong enough alone; the others count two to a message. */
const STRONG = /(?<![\p{L}])(?:wetin|abeg|wahala|sabi|oga|wey get)(?![\p{L}])/iu;

function isPidgin(text: string): boolean {
  if (STRONG.test(text)) return true;
  return distinctWords(text, PIDGIN_WORDS) >= 2;
}

const REWRITES: readonly Rewrite[] = [
  // What is asked
  [/\bwetin (?:you|una) (?:fit|sabi|dey|can) do\b/gi, "what can you do"],
  // "wetin i fit do?" after a story (what can I do?): which of the roles suits the writer.
  [/\bwetin (?:i|me) (?:fit|go|fit go|suppose|for) do\b/gi, "which role fits me"],
  [/\bwetin dem (?:dey )?do\b/gi, "what do they do"],
  [/\bwetin (?:remain|still remain|dey remain) for me\b/gi, "what am i missing"],
  // "wetin e need wey I never get?" (what does it need that I don't have?), "I fit apply for X?" (can I apply for X?):
  // the gap asked. ("e possible?" is a gap cue itself, in SKILL_GAP: a short Pidgin turn may not wake this reader.)
  [/\bwetin (?:e|dem) (?:need|want) wey i never (?:get|have|sabi)\b/gi, "what am i missing"],
  [/\b(?:abeg )?i fit apply (for|to)\b/gi, "can i apply $1"],
  [/\bwetin (?:I|me) (?:go )?need\b/gi, "what do i need"],
  // "e need PhD abi BSc go do?" (does it need a PhD, or will a BSc do?).
  [/\b(?:and )?e need\b/gi, "does it need"],
  [/\s+go do\s*\?/gi, " enough?"],
  [/\bwetin (?:e|it) (?:dey )?take\b/gi, "what does it take"],
  [/\bwetin be\b/gi, "what is"],
  // "no be the architect one o, i mean ..." (not the architect one, I mean ...): a correction.
  [/^(\W*)no be\b/gi, "$1not"],
  [/\bwetin\b/gi, "what"],
  // "which one pay pass?" (pays the most), "e pay pass entry level?" (more than).
  [/\b(pay|earn|collect|hire \w+|senior|high|big|better|well) pass\b(?=\s*(?:[?.!,]|$))/gi, "$1 the most"],
  [/\b(pay|earn|collect|senior|high|big|better) pass\b/gi, "$1 more than"],
  [/\b(?:dey|go) collect\b/gi, "earn"],
  [/\bmain wahala\b/gi, "main challenges"],
  [/\bwahala\b/gi, "problems"],
  // Who has what
  [/\b(i|me|you|we|dem|una) fit\b/gi, "$1 can"],
  [/\be fit\b/gi, "can it"],
  [/\b(i|me) (?:don |still )?get\b/gi, "i have"],
  [/\bme i\b/gi, "i"],
  [/\b(i|me) be\b/gi, "i am"],
  [/\bi wan\b/gi, "i want to"],
  // ("make I know before I start to ask": let me know, a request, not "should I".)
  [/\bmake i know\b/gi, "let me know"],
  // "Una well done o 🙌 this bot don help my pikin" (well done, all of you: thanks); "I don reach?" (am I there yet?).
  [/^\W*una well done(?: o)?\b/gi, "thank you"],
  [/\bi don reach\b/gi, "am i ready"],
  [/\bmake i\b/gi, "should i"],
  [/\bi no go\b/gi, "i will not"],
  [/\bno be\b/gi, "is not"],
  [/\bi no (?:get|have)\b/gi, "i do not have"],
  [/\bi never\b(?= (?:touch|use|do|lead|work))/gi, "i have never"],
  [/\bjust finish\b/gi, "just finished"],
  // "I finish UNN last month" (I graduated from UNN last month): a degree held.
  [
    /\bi (?:don )?finish ((?:from )?(?:uni|school|[a-z]{2,8})) (last|this) (month|year|week|semester)\b/gi,
    "i graduated from $1 $2 $3",
  ],
  // "which one fit person wey get only bachelor's" (suits someone who has only a bachelor's).
  [/\b(?:person|pesin|someone|somebody) wey get\b/gi, "someone with"],
  // "is kubernetes a must? cos i no sabi am at all" (I don't know it at all): the thing asked about, never used.
  [
    /\b(?:is|are|does|do) ([a-z][\w+#.-]*)\b([^.!?]{0,45}?\?)\s*(?:cos|cuz|because|bcos|bc|as)?\s*i no (?:sabi|know) am\b(?: at all)?/gi,
    "is $1$2 i have never used $1",
  ],
  [/\bsabi\b/gi, "know"],
  [/\bi dey (?:do|study|read|run)\b/gi, "i am studying"],
  [/\b(?:e|it) (?:dey|go) (pay|need|take|require)\b/gi, "does it $1"],
  [/\bdem (?:dey|go) (need|want|require|use|pay|ask for)\b/gi, "do they $1"],
  [/\bfit do am\b/gi, "do"],
  [/\b(?:e|it) dey\b/gi, "it is"],
  [/\bdey\b(?= (?:okay|ok|fine|good|small|strong|there|sharp))/gi, "is"],
  [/\bdey\b/gi, ""],
  [/\bwey\b/gi, "that"],
  [/\bdem\b/gi, "they"],
  [/\buna\b/gi, "you all"],
  [/\b(?:abeg|oga|sha|sef|jare|o)\b(?=[\s,.!?]|$)/gi, ""],
  [/\babi\b(?=\s*(?:[?.!,]|$))/gi, "right"],
  [/\babi\b/gi, "or"],
  [/\bhow far\b/gi, "hi"],
];

/** The message in English words when it is written in Pidgin; any other message as it is. */
export const pidginInEnglish = languageReader(isPidgin, REWRITES);
