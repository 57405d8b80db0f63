/**
 * Stage 1 of understanding a message: cut it into its parts, in order. A channel message is often a story about
 * the writer followed by two or three questions ("8 yrs backend, bachelor's. what does X pay? and do I need a
 * PhD?"); each question is answered on its own, the statements feed the asker's profile. Cuts happen at
 * sentence ends, list markers ("1)", "2."), subject separators ("X: ...", "X - ...", "X -> ...") and joins that
 * start a new question (", what ...", " and do I ...", " + ...").
 */

import { englishGloss } from "../text/englishGloss";
import { execAll } from "../text/execAll";
import { holdsAny } from "../text/regex";
import { DISLIKE_WORDS } from "./dislike";

/**
 * A `fragment` is neither clearly a question nor about the writer ("long time lurker", "for a lead ML architect"):
 * beside real questions it only sets the scene; alone, it is the question.
 */
export type SegmentKind = "question" | "statement" | "heading" | "fragment";

export interface Segment {
  text: string;
  kind: SegmentKind;
}

/** Words that open a question: English, chat shorthand, and the common openers of other languages. */
const QUESTION_WORDS =
  "am i|qui[eé]n|qui[eé]nes|quem|wetin|vad|hvad|vilken|vilka|vilket|hva|hvilken|hvilke|må man|kui palju|kui|mida|dem go|dem dey|una dey|e fit|what|whats|what's|wat|wats|wht|wth|wtf|how|hw|hows|how's|which|who|why|where|when|do|does|did (?:i|you|u|they|anyone|someone|we)|is|isn't|are|aren't|can|could|should|would|will|any|is there|are there|quel|quelle|quels|quelles|combien|cu[aá]nt[oa]s?|cu[aá]l(?:es)?|qu[eé]|como|c[oó]mo|wie|was (?:verdient|verdienen|kostet|braucht|macht|sind|ist)|welche[nrs]?|braucht|brauche|gibt es|quanto|quantos|quantas|qto|qtos|qnto|o que|o q|oq|quais|qual|precisa|preciso|necesito|necesita|hay|faut|il faut|est-ce|c'est quoi|kya|kitna|kitne|kitni|kaise|hoeveel|welke|czy|ile|jakie|jaki|jaka|jakich|jak|kt[óo]r[aey]|gdzie|skolko|skilky|yakyi|yaki|hangi|ne kadar|berapa|apa|com'[eè]|dove|quali|serve|какая|какой|какое|какие|сколько|что|как|где|нужно|нужен|нужна|anong|ano|magkano|paano|ilang|q(?= (?:hace|titulo|título|lenguajes|tipo|me falta|rol|industrias))";
// ("Kindly share the career path from entry level to lead": a request, in Indian English.)
// ("mi dici cosa fa un X", "dime qué hace", "dis-moi", "sag mir": "tell me" in other languages.)
const OPENERS = `${QUESTION_WORDS}|tell me|explain|list|rank|ordena|ordene|rankeia|ranqueia|compare|give me|show me|(?:pls|please|plz|kindly)(?!\\s+i\\s+(?:hold|have|am|work|was|studied|graduated|did|got|finished)\\b)|salary|pay|skills?|duties|degree|mi dici|mi dite|dimmi|ditemi|mi spieghi|spiegami|me dices|dime(?= (?:qu[eé]|c[oó]mo|cu[aá]nt|cu[aá]l|si)\\b)|me explicas|expl[ií]came|me diz|me fala|dis-moi|dites-moi|explique-moi|sag mir|erklär mir`;
// "does a lot of image modeling": a story about someone, not a question.
const QUESTION_OPENER = new RegExp(
  `^[¿¡]?(${OPENERS})(?![\\wÀ-ÿ])(?!['’]t\\b)(?!\\s+(?:a lot|lots|some|most|everything|nothing|stuff)\\b)`,
  "i",
);
// "can't really code": a "can" that says what the writer can't do opens no question.
const QUESTION_WORD_FIRST = new RegExp(`^[¿¡]?(?:${QUESTION_WORDS})(?![\\wÀ-ÿ])(?!['’]t\\b)`, "i");
/** "wat languages do i need", "hw much": a question by its first word, typos and other languages too. */
export function opensWithQuestionWord(text: string): boolean {
  // "also which languages i need ...": a filler word first opens nothing.
  return QUESTION_WORD_FIRST.test(text.trim().replace(LEADING_FILLER, ""));
}
/** A question word later in a fragment: "X vs Y, which one is more senior". */
const ANY_OPENER = /\b(which|what|whats|wat|wats|wht|how|hw|who)\b(?:\s+\S+){2,}/i;
/** An opener among the first words: "and separately, what's ...", "ok so how ...". */
// "kids are off to uni" opens no question: the words before an opener are filler, not a subject.
const EARLY_OPENER = new RegExp(
  `^(?:(?!(?:kids?|family|parents|i|we|they|it)\\s)[^\\s?]+\\s+){0,2}?(?:${OPENERS})\\b(?!['’]t\\b)`,
  "i",
);
/** Conjunctions and filler a part may start with ("and how many years", "also whats", "und braucht man"). */
const LEADING_FILLER =
  /^(?:(?:and|also|plus|so|oh and|btw|ok so|okay so|ok fair|fair enough|like|anyway|but|then|und|et|y|e|aur|bhai|yo|ngl|tbh|hey|hi|hola|oi|salut|hallo|hej|quick (?:q|qs|question)|real quick|real talk|¿?vos qu[eé] dec[ií]s|qu[eé] opinan|qu[eé] dicen|what do you (?:guys )?think|wdyt|srsly|seriously|lol|abeg|oya|eish|biko|lah|bro|bru|totally separately|separately|unrelated(?:ly)?|side note|roughly|approximately|realistically|honestly|just|finally|lastly|tsaka|saka|pati|tapos|e poi|poi|ultima cosa|qu[eé] onda(?: banda| gente| raza)?|e a[ií](?: galera| pessoal)?|(?=(?:care(?:er)?)?bot)(?<=(?:hey|hi|yo|ok|okay)[\s,]{1,3})(?:care(?:er)?)?bot)(?![\p{L}])[\s,]*)+/iu;
/**
 * Sentence ends: "?", "!", "or not," ("also need masters or not, i only got bachelor"), a full stop before a word
 * (not "3.5", "Ph.D. in", "e.g.", "B.Sc. Informatik", "Dipl.-Ing. Maschinenbau"), ellipses, ";", " / " (not in a list to rank: "rank nlp / entry level / multimodal by
 * pay"; nor after a percentage: "the top 10% / top 1%"; nor between two words asked of: "which MLOps / deployment tools"), a comma before someone's question passed on ("my gf has a phd in nlp, she wants to know what ..."), a closing
 * quote before a question ('"PhD, publications ..." which role is this?'), and an emoji before a question word, "I'm"
 * or a role ("do i need papers 😭 im a 2nd yr phd student", "for the warehouse project 🇲🇽 nlp research scientist
 * salary down there?"; not in a ranking's list of roles).
 */
const SENTENCE_END =
  /(?<=[?!])\s*|(?<=\bor not),\s*|,\s*(?=(?:she|he|they|(?:my|our) \w+) (?:wants|wanted|would like|'d like) to know\b)|\s+(?=[¿¡])|(?=\s)(?<=[\p{Extended_Pictographic}\p{Regional_Indicator}]\uFE0F?)\s+(?=(?:what|what's|whats|wat|wats|how|hw|which|where|who|why|can|could|would|will|do|does|is|are|should|i'm|im|i am|i've|ive|tô|estou|estoy|everyone|everybody|my|our|we|kitna|kitni|kitne|kya|kaise|kaunsa|cu[aá]nt[oa]s?|qu[eé]|c[oó]mo|quanto|qual|quais|combien|wie|was|welche|best practices|common challenges|salary|trends|vale (?:a|la) pena|ser[aá] que|alguém|alguien|d[aá] pra)(?![\p{L}]))|(?=\s)(?<=[\p{Extended_Pictographic}\p{Regional_Indicator}]\uFE0F?)(?<!\b(?:rank|sort|order|compare)\b[^.?!;]{0,60})\s+(?=(?:for (?:an? |the )?)?(?:nlp research|multimodal|lead ml|lead machine|senior ai|entry[- ]level)(?![\p{L}]))|\.{2,}\s*|…\s*|(?<=[\p{Extended_Pictographic}]\uFE0F?)\.\s+(?=(?:what|how|which|who|why|where|do|does|is|are|should)(?![\p{L}]))|(?=\.)(?<=[\p{L}\p{M}\p{N})\]"'+])(?<!(?:^|(?<!\b(?:last|past|first|about|over|than|around|nearly|almost|roughly|year|yr|semester|sem|grade|level))\s)\d)\.(?=\s+[\p{L}\p{N}¿¡])(?<!\b(?:e\.g|i\.e|vs|ph\.d|etc|approx|mr|ms|dr|st|no|b\.sc|m\.sc|b\.s|m\.s|b\.a|m\.a|b\.eng|m\.eng|b\.tech|m\.tech|dipl|ing|phil|prof|ca|bzw|z\.b|inkl)\.)\s+|\s*;\s*|(?=\s+\/\s)(?<!\b(?:rank|sort|order|compare)\b[^.?!;]{0,120})(?<!\d%)(?<!\b(?:no|zero|nor|not|never (?:used|touched))\s+[\w+#.-]{1,20})(?!(?<=\b(?:which|what)\s+[\w-]+)\s+\/\s+[\w-]+(?:\s+[\w-]+){0,2}\s+(?:should|do|does|would|will|are|is|can|to|i|you|we|they)\b)\s+\/\s+|(?=\s)(?<=["”)])(?<!\(\s?\d{1,3}\s?\))\s+(?=(?:which|what|whats|what's|is|does|how|where|can|could|should)\b)|(?=\s)(?<=\b(?:hai kya|h kya|hain kya|chahiye|chahie))\s+(?=(?:aur|and|also|plus)\s)/iu;
/** "1) ...", "2. ...", "(3) ...": list markers, each item a question. */
const LIST_MARKER = new RegExp(
  `(?:^|\\s+)\\(?[1-9](?:[.)/]\\s*(?=[\\p{L}$€£])|\\s+(?=(?:${QUESTION_WORDS})\\b))|(?:^|\\s+)q[1-9][.):]?\\s+(?=(?:${QUESTION_WORDS})\\b)`,
  "giu",
);
/** "X: ...", "X - ...", "X -- ...", "X -> ...", "X — ...": what comes before names the subject or sets the scene. */
const SUBJECT_SEPARATOR = /\s*(?::|\s[-–—]{1,2}>?|\s=>|\s->)\s+/;
const SEPARATOR_SIGNS = [":", "-", "–", "—", "=>"];
/**
 * Question words of languages whose words are also English or other words ("ce", "care", "co", "na"): they open a
 * question only at the start of a part or after that language's "and", never inside an English sentence.
 */
const OTHER_QUESTION_WORDS =
  "(?:quant[oiae]|qual[ei]|cosa|che cosa|perch[eé]|come(?=\\s+(?:si|faccio|posso|diventare|funziona|negozio|inizio|entro)\\b)|vilka|vilken|vilket|hur|hvilke|hvordan|welche[mnrs]?|c[aâ]t|câți|cati|ce|care|cum|unde|kolik|jak[éýá]|co|kde|proč|poso|poio|poia|pws|pou|ti|πόσο|πόσα|τι|ποι\\p{L}*|πώς|πού|скільки|як\\p{L}*|що|чи|כמה|מה|איזה|איך|האם|ngapi|nini|gani|bagaimana|mana|boleh|watter|hoeveel|wetin|wer|wie|wann|warum|wieso|weshalb|was(?=\\s+(?:genau|eigentlich|ist|sind|macht|machen|verdient|verdienen|braucht|brauchen|muss|kann|kostet|bringt|fehlt|zahlt|bruucht|mocht|hat|haben|wird|ein|eine|der|die|das)\\b))";
/**
 * In a clause with a letter only Vietnamese has, a Vietnamese question word ending it, or followed by a word or two ("gì hằng ngày"; not "gì hết", "not
 * anything at all"), then only particles ("ạ", "vậy", "mn", "mọi người") or an emoji.
 */
const VIETNAMESE_ASKS =
  /^(?=.*[ơưđƠƯĐ\u1EA0-\u1EF9]).*?(?<![\p{L}])(?:(?:gì|nào)(?!\s+(?:hết|cả)(?![\p{L}]))(?:\s+\p{L}+){0,2}|bao nhiêu|nhiêu|không|sao|chưa|được không)(?:\s+(?:ạ|vậy|nhỉ|nha|hả|ha|ta|thế|mn|mọi người|ae|anh chị|chị|anh|em|bạn))*(?:[\s.!\p{Extended_Pictographic}]|\uFE0F)*$/u;
const JAPANESE_TOLD = /(?:ました|ています|てます|でした|あります|います)[\s。.!！]*$/u;
const REQUEST_AT_THE_END =
  /(?:教えて(?:ください|下さい|ほしい|欲しい)?|知りたい(?:です)?|お願いします|알려\s*주세요|알려줘요?|궁금해요|궁금합니다|궁금하네요|부탁드려요|부탁드립니다)[\s.!。！~ㅎㅋ]*$/u;
const OPENS_IN_OTHER_LANGUAGE = new RegExp(
  `^(?:(?:în|cu|la|pe|με|σε|για|από)\\s+)?${OTHER_QUESTION_WORDS}(?![\\p{L}-])`,
  "iu",
);

/** A clause that starts a new question inside a sentence: ", what's the pay", " and do I need a PhD". */
const NEW_QUESTION_JOIN = new RegExp(
  // ("of the roles that have salary numbers, which one pays the least?": the phrase before the comma narrows the question.)
  `(?:(?=,)(?<!^\\s*(?:(?:of|among|out of|from|between) (?:the|these|those|all)|(?:dos|das|de los|de las|entre (?:os|as|los|las)) (?:cargos|roles|puestos|pap[ée]is|fun[çc][õo]es|vagas))\\b[^,.?!]*)[,]\\s*(?:and\\s+(?:(?:then|also|roughly|just|maybe|like)\\s+)?|also\\s+|plus\\s+|but\\s+|then\\s+|so\\s+)?(?:separately,?\\s+|secondly,?\\s+|second,?\\s+|btw,?\\s+|honestly,?\\s+|realistically,?\\s+|finally,?\\s+|lastly,?\\s+)?|\\s+(?:and|also|plus|&|und|et|pis|aur|y|e|oraz|og|och|ja(?=\\s+(?:kui|kuinka|paljonko|mit[aä]|mik[aä])\\b)|en|ve|dan|и)\\s+(?:also\\s+|then\\s+|like\\s+|realistically\\s+|honestly\\s+|(?:totally |completely |unrelated(?:ly)?,? )?separately,?\\s+)?)(?!which (?:sounds|seems|means|makes|looks|feels)\\b)(?!is (?:on|at|now|currently|still|paid|making|earning|working|doing|based|getting) )(?!do (?:maior|menor|mais|menos|guia)\\b)(?=¿?(?:(?:dans|en|in|para|por|em|for|at|on|with)\\s+|(?:on|in|for|at) (?:the|an?|my|our|that) (?:[\\w-]+ ){1,3}(?=(?:what|which|how)\\b)|(?:out of|of|among|from) (?:those|these|them|the roles|all of them),?\\s+(?=(?:which|who|what)\\b))?(?:${QUESTION_WORDS}|r|was|am i)(?![\\wÀ-ÿ])(?!\\s+(?:i|you)\\s+(?:think|mean|guess)\\b)(?<!\\bdo(?=\\s+(?:an?\\s+(?:fair|little|bit|lot|ton|few|decent|good|bunch|lil)|some|lots|most|everything|stuff)\\b)))|,\\s*(?:and\\s+)?(?:also\\s+)?(?=(?:tell|show|give|write) me\\b)|,\\s*and\\s+(?=(?:minimum |min |the |their |avg |average |typical |required |how many )?(?:years? of experience|yrs of experience|(?:years?|yrs|yoe) (?:exp|experience|needed|required)|yrs exp|degree|salary|pay|skills|education|certifications?|tools)\\b)|\\s+i\\s+(?=(?:czy|ile|jakie|jakich|jaki|jaka|jak|co|gdzie|kt[óo]r\\w*|kakaya|kakie|kakoy|skolko|skilky|yakyi|yaki|yaka|yake|yakyy|chy|choho|shcho)\\b)|\\s+aur\\s+(?=(?:\\S+\\s+){0,4}(?:kitna|kitni|kitne|kya|kaise|kaunsi|kaunsa|kaunse)\\b)|(?<!\\b(?:frontend|backend|front-end|back-end|fullstack|full-stack|ios|android|web|mobile|qa|data))\\s+\\+\\s+(?!(?:some |a bit of |basic |light )?(?:python|sql|java|javascript|typescript|c#|rust|r|matlab|scala|bash|docker|kubernetes|k8s|aws|azure|gcp|pytorch|tensorflow|excel|tableau|houdini|blender|unity|unreal)\\b(?! (?:salary|pay|skills?|jobs?|roles?)\\b))(?=(?:${OPENERS})\\b|[^,.?]{0,25}\\b(?:salary|salery|salry|sal|pay|comp|compensation|bonus|tc|package|skills?|degree|remote|demand|outlook|market|experience|exp|yrs|years|tools?|languages?|langs?|certs?|duties|phd|masters?|challenges|best practices|trends|progression|career path|kitna|kitne|kitni|kamat\\w*|earn\\w*)\\b|top \\d+%)` +
    // ("my flatmate has a PhD and is on 90k at a startup": "is" with no subject goes on telling of that person.)
    // "asking for a team ppt 😂 also lead arch base salary": "also" and a facet start a request of their own.
    `|(?=\\s+also\\s)(?<!\\b(?:i|we|you|they|he|she|it|and|but|is|are|was|am|can|could|would|should)\\s)\\s+also\\s+(?=[^,.?]{0,25}\\b(?:salary|pay|skills?|degree|remote|outlook|tools?|languages?|duties|yrs|years|exp|experience)\\b)` +
    // Czech "a jaké", Romanian "si ce", Greek "kai ti" / "και τι", Ukrainian "і скільки", Malay "dan berapa",
    // Swahili "na ngapi": "and", then a question word of that language.
    // ... with a preposition before the question word: Romanian "și în ce industrii", Greek "και με ποιον τίτλο".
    // (French "en ce moment" is "right now": its "en" and "ce" join no questions.)
    `|,?\\s+(?:a|si|și|kai|και|і|и|dan|na|pia|en(?!\\s+ce\\s)|ati|och|og|und)\\s+(?=(?:(?:în|in|cu|la|pe|με|σε|για|από|w|z|do|v|ve|mit|med|ab|bis|seit|von)\\s+)?${OTHER_QUESTION_WORDS}(?![\\p{L}-]))` +
    // French "..., et ça gagne combien ?", Dutch "..., en welk diploma heb je nodig?": after a comma, that language's
    // "and" starts a question when its clause holds a question word, wherever in the clause.
    `|,\\s*(?:et|y|e|en|und|i|ve|dan|aur)\\s+(?=[^,.?!;]{0,30}?(?<![\\p{L}])(?:combien|quel(?:le)?s?|cu[aá]nt[oa]s?|cu[aá]l(?:es)?|quant[oia]s?|qual|quais|hoeveel|welke?|wieviel|wie viel|ile|jakie|jaki|kitn[aie]|berapa|hangi|quanti|quale)(?![\\p{L}])|(?:reicht|muss|brauche?|alcanza|basta|suffit|faut-il|vale)(?![\\p{L}]))` +
    // Italian dictated in one breath: "quali sono le soft skill ... e poi se la comunicazione conta ... e poi ultima
    // cosa quali sono le best practice": "e poi" (and then) starts the next question.
    `|\\s+e poi\\s+(?!(?:ti|vi|mi)\\b)` +
    // Italian "quanto prende un X e che laurea serve?": "e" (and) then an Italian question word or "serve" (is it
    // needed) starts the next question ("che", "cosa", "serve" are no Portuguese or Spanish question words).
    `|\\s+e\\s+(?=(?:che|quale|quali|quanto|quanta|quanti|quante|cosa|serve|servono|bisogna)\\s)` +
    // Vietnamese "lương khởi điểm bao nhiêu, và cần bằng cấp gì?": ", và" (and), ", rồi" (then), ", với lại" (and
    // also) start the next question.
    `|,\\s*(?:và|rồi|với lại)\\s+` +
    // "what do they do day to day vs what do they need on paper?": two questions set side by side.
    // French "X combien ça paie et faut quelles skills ?": "et" then a question word, without a comma before it.
    `|\\s+et\\s+(?=(?:il\\s+)?(?:faut|faudrait)\\s+(?:quel(?:le)?s?|combien)(?![\\p{L}]))` +
    // "what does X earn in US, and I need a PhD for it or master is enough??": a question without its "do".
    `|,\\s*and\\s+(?=i\\s+(?:need|have to have|must have)\\s+(?:an?\\s+)?(?:ph\\.?\\s?d|doctorate|masters?|master's|degree|bachelor'?s?)\\b[^.!]*\\?)` +
    // ("the pay for X vs what I'd get as Y" sets two figures against each other: one question.)
    `|\\s+(?:vs\\.?|versus)\\s+(?=(?:what|how|which|where|who)(?:\\s+[\\w-]+)?\\s+(?:do|does|did|is|are|was|were|would|should|can|could|will)\\s+(?:they|he|she|it|you|we|the|an?|one)\\s)` +
    // "which frameworks does X use, and for entry level AI engineer what kind of math ...": ", and for <a role>" then
    // a question word starts a question about that role.
    `|,\\s*and\\s+(?=for\\s+(?:an?\\s+|the\\s+)?[\\w -]{3,40}?\\s+(?:what|which|how|do|does|is|are)\\b)` +
    // "compare X and Y on experience, then tell me what the entry one pays": a request after ", then".
    `|,\\s*then\\s+(?=tell me\\b)` +
    // "can u list the roles you know about and tell me which one's the most senior?": a second request.
    `|\\s+and\\s+(?=tell me\\s+(?:which|what|how|who|whether|if)\\b)` +
    // Tagalog "magkano po ang average salary, at anong degree po ang kailangan?": "at" (and) then a question word.
    `|,?\\s+at\\s+(?=(?:anong|ano|magkano|paano|ilang|pwede|puwede|alin|sino)\\b)` +
    // "magkano sweldo ng X? tsaka anong cloud platforms ..." and "X ba kailangan PhD? tsaka magkano ...": "tsaka"
    // (and also) starts the next question.
    `|,?\\s+(?:tsaka|saka|at saka)\\s+` +
    // Cebuano and Hiligaynon "pila ang sweldo? ug unsa nga languages ...": "ug", "kag" (and), "tapos" (then).
    `|,?\\s+(?:ug|kag|tapos)\\s+(?=(?:unsa|pila|asa|ilang|ano|anong|magkano|what|how|which)\\b)` +
    // "what are the common challenges and then the best practices?": "and (then)" before another of the guide's topics.
    `|\\s+and\\s+(?:then\\s+|also\\s+)?(?=(?:the |its |their )?(?:common )?(?:challenges|best practices|trends)\\b)` +
    // "what's the pay can you do it remote" (lines run together): a facet asked, then a yes-or-no question.
    `|(?<=\\b(?:the|their|its|avg|average|base) (?:pay|salary|salaries|skills|degree|languages|langs|duties|outlook|comp)\\??)\\s+(?=(?:can|could|do|does|is|are)\\s+(?:you|i|they|one|we|it)\\b)` +
    // Dictated without a mark: "... i only finished senior high i want to know what skills do i need ...": the story
    // ends where the writer says what they want to know.
    `|(?<=[\\p{L}\\d])\\s+(?=(?:and\\s+|so\\s+)?i\\s+(?:want|wanna|would like|'d like)\\s+(?:to\\s+)?know\\s+(?:what|how|which|if|whether|where)\\b)` +
    // "what does the guide say about explainability, and separately about rolling out ...": a second subject.
    `|,?\\s+and\\s+separately\\s+(?=about\\b)` +
    // "lead ml architect ka US base salary kya hai, and degree kaunsi chahiye": ", and" then a facet asked for.
    `|,\\s*(?:and|aur|also|plus)\\s+(?=(?:the |its |their |is |a |got |any |is it |is there |can be )?(?:degree|salary|pay|skills|tools|languages|experience|exp|duties|certs?|certifications?|outlook|phd|masters?|master's|remote|top (?:earners|end|\\d+%))\\b)`,
  "giu",
);
/** "toronto here 🇨🇦 what do ...", "data analyst here, which ...": a self-introduction, then the question. */
// "singapore here 🇸🇬 entry lvl ai eng vs lead architect base pay": an emoji or flag after "here" ends the intro too.
// ("my notice period here is 90 days": "here is" goes on telling; only after a comma or an emoji does "is" ask.)
const AFTER_HERE =
  /(?=\s)(?<=\bhere\b[^\p{L}\p{N}]*)\s+(?=(?:what|whats|wat|how|which|do|does|can|should)\b)|(?=\s)(?<=\bhere\b[^\p{L}\p{N}\s]+)\s+(?=(?:is|are)\b)|(?=\s)(?<=\bhere\s*[\p{Extended_Pictographic}\p{Regional_Indicator}](?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\uFE0F|\u200d)*)\s+/iu;
/** Chat filler that carries no question: "go", "thx", "lol", "pls help". */
const FILLER =
  /^((hi|hey|hello|hallo|hola|oi|olá|ola|salut|bonjour|ciao|moin|namaste|selam|halo|merhaba|yo)( (all|everyone|guys|folks|team|zusammen|a todos|a todas|gente|galera|tutti|à tous|a tous|semua|arkadaşlar|log|bhai log))?|go|thx|thanks|ty|lol|lmao|pls|please|plz|help|idk|haha|ok|okay|ok fair|fair enough|fair|anyway|cheers|tia|thanks in advance|thx in advance|be honest|asking for a friend|just curious|(?:tier list|story|quiz|poll|rant|question|debate|hot take) time)[.!]*$/i;
/** "pls keep it short, I'm in back to back meetings": how to answer, not a question (answer/brief.ts acts on it). */
const BREVITY_REQUEST =
  /^(?:(?:pls|please|plz|but|and|oh and|so)\s+)?(?:keep it (?:short|brief)|short answers?\b|(?:one|1|two|2|three|3) (?:lines?|sentences?)\b|like (?:one|1|two|2|three|3) sentences?\b)/i;

function asksOnlyForBrevity(text: string): boolean {
  return BREVITY_REQUEST.test(text) && !text.includes("?") && !FACET_WORD.test(text);
}

/** Thanks closing a part that asks something else: "salary range ty 🙏", "what do they earn thx". */
const TRAILING_THANKS =
  /(?=\s)(?<=\p{L}[^\p{L}\n\r\u2028\u2029]*)\s+(ty|thx|thanks|thank you|tia|cheers|gracias|muchas gracias|obrigad[oa]|valeu|merci|danke|grazie|dzięki|salamat)( in advance| all| so much| a lot| de antemano| mil)?(?:[\s!.]|\p{Extended_Pictographic}|\uFE0F)*$/iu;

/**
 * "duties, skills, salary": a list of things to know about one role, each a question of its own. Two to six items
 * between commas, each 3-30 letters, apostrophes and spaces ("and" may open an item). Tested item by item: as one
 * pattern, spaces that either an item or the gap around a comma could take made a long text that fails take 100 ms.
 */
function isFacetList(list: string): boolean {
  const items = list.split(",");
  if (items.length < 2 || items.length > 6) return false;
  return items.every((item, i) => {
    const words = item.trim();
    return FACET_LIST_ITEM.test(words) || (i > 0 && FACET_LIST_ITEM.test(words.replace(/^(?:and|e|et|y|und)\s+/i, "")));
  });
}
const FACET_LIST_ITEM = /^[a-z' ]{3,30}$/i;
// ("is remote ok?" asks a facet; "full remote depuis Abidjan" tells where the asker would work from.)
const FACET_WORD =
  /\b(overview|summary|rundown|duties|responsibilit(y|ies)|tasks?|skills?|tools?|salary|salaries|pay|compensation|(?<!kaggle )comp|sal|degree|education|qualifications?|requirements?|experience|outlook|demand|market|career path|path|progression|challenges?|trends?|best practices|certs?|certifications?|bonus(es)?|langs?|languages?|avg pay|average pay|day to day|day-to-day|math|yoe|publications?|remote(?= ok| okay| possible| work| friendly|\?|$)|stipendio|ral|linguaggi|titolo di studio|salaire|sueldo|salario|sal[áa]rio)\b/i;
/**
 * What a statement about oneself looks like without a pronoun: a count, a degree, a job "here", a skill list; Hindi's
 * "mera", "nahi hai" ("koi leadership experience nahi hai": I have none); French "je n'ai jamais touché à Docker".
 */
const PERSONAL_HINT =
  /\b(i|i'm|im|i've|ive|i'd|my|me|mine|we're|we are|we've|our|haven'?t|hasn'?t|didn'?t|mera|meri|mere|mujhe|maine|nahi|nahin|nhi|here|been|did|dropped out|self[- ]taught|grad|graduate|graduated|student|undergrad|phd|ph\.d|postdoc|master'?s?|bachelor'?s?|msc|bsc|bs|ba|btech|mtech|mba|bcom|bca|mca|beng|meng|diploma|degree|bootcamp|no|never|not|yrs?|years?|daily|goal|aiming|want|currently|now|zero|dream|thinking(?! (?:of|about))|considering|je suis|j'ai|je n'ai|jamais)\b|(?<![a-z]-?)\d|\+/i;

interface Piece {
  text: string;
  /** An item of a numbered list: a question, whatever its words. */
  listed?: boolean;
  /** Text before a subject separator ("lead ml architect: ..."). */
  beforeSeparator?: boolean;
}

/**
 * The piece with another text, its marks kept. One object shape for every piece: copying pieces of several shapes
 * by spread ({ ...piece, text }) took V8's slow path and most of the time segmenting took.
 */
function withText(piece: Piece, text: string, listed = piece.listed): Piece {
  return { text, listed, beforeSeparator: piece.beforeSeparator };
}

/**
 * Chinese, Japanese, Arabic and Hindi sentence ends ("工资是多少？需要博士吗？", "मैं BSc final year में हूँ।"), read as
 * ASCII ones.
 */
const FULL_WIDTH: Record<string, string> = { "？": "?", "！": "!", "。": ".", "؟": "?", "।": ".", "\u037e": "?" };
const FULL_WIDTH_STOP = /[？！。؟।\u037e]/g;
const NON_ASCII_STOP = /[？！。؟।\u037e]/;
/** Greek asks with ";" ("Πόσο πληρώνεται; Και έχει ζήτηση;"): in a message with Greek letters, a ";" ends a question. */
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;
const GREEK_QUESTION_MARK = /;(?=\s|$)/g;

/** Letters and spaces only: no stop, comma, list marker, number, emoji or line break that could cut a message. */
const PLAIN_WORDS = /^[\p{L}' ]*$/u;
/** Words that may start a second question inside a sentence, or mark a self-introduction, in any language read. */
const JOINING_WORD = /(?<![\p{L}])(and|also|plus|und|et|pis|aur|y|e|oraz|en|ve|dan|here|but|then|so|AND)(?![\p{L}])/iu;

/** Cuts a message into its parts: questions, statements about the writer, headings and fragments. */
export function segmentMessage(message: string): Segment[] {
  // "lead ml architect salary": words and spaces only, none that joins two questions, is one part. Most questions
  // are; they skip compiling the cutting patterns below, a good part of a `careerbot ask`.
  if (PLAIN_WORDS.test(message) && !JOINING_WORD.test(message)) {
    const text = message.trim();
    return text && !FILLER.test(text) ? [segmentOf(text, { text })] : [];
  }
  const segments: Segment[] = [];
  // "(docker? k8s? mlflow?)": question marks inside brackets list things, they end no question.
  const asked = GREEK.test(message) ? message.replace(GREEK_QUESTION_MARK, "?") : message;
  // ("NLPやってます（Python, PyTorch）。senior ...": the sentence ends after the bracket.)
  const stops = NON_ASCII_STOP.test(asked)
    ? asked.replace(/）。/g, ")。").replace(FULL_WIDTH_STOP, (m) => `${FULL_WIDTH[m]} `)
    : asked;
  // "responsibilities AND the soft skills AND the top 1%": a shouted "AND" joins questions.
  const unbracketed = (stops.includes(" AND ") ? stops.replace(/ AND /g, ", and ") : stops)
    // "TL;DR pay / degree / cloud?": the abbreviation's ";" ends no sentence. "can someone tl;dr the X role" asks
    // for a summary (an overview cue).
    .replace(/(?<!\b(?:someone|you|u|pls|please|plz|to|can) )\btl;?\s?dr\b:?/gi, " ")
    .replace(/\btl;\s?dr\b/gi, "tldr")
    .replace(/\(([^()]*)\)/g, (_, inner: string) => `(${inner.replace(/\?+/g, ",")})`);
  // A numbered list is found in the whole line first: its items may end in "?" ("1. masters enough?? 2. which ...").
  const items = unbracketed.split(/\s*[\n\r]+\s*/).flatMap((line) => {
    // A list written one item a line ("1) what degree\n2) avg salary?\n3) is demand growing"): each item a question.
    const inline = splitListItems(line);
    const marker = LINE_MARKER.exec(line);
    // A dash or bullet item that tells about someone ("- MSc statistics" under "context:") is no question.
    const item = line.slice(marker?.[0].length ?? 0);
    const listed = /^\(?[1-9a-e]/.test(marker?.[0] ?? "") || !PERSONAL_HINT.test(item);
    return marker && inline.length === 1 ? [{ text: item, listed }] : inline;
  });
  for (const item of items) {
    const pieces = item.text
      .split(SENTENCE_END)
      .filter((text) => text?.trim())
      // Only an item's first sentence is surely a question; what follows may be a story again.
      .map((text, i) => withText(item, text, item.listed && i === 0))
      .flatMap((p) => (/\bhere\b/i.test(p.text) ? p.text.split(AFTER_HERE).map((text) => withText(p, text)) : [p]))
      .flatMap(splitSubject)
      .flatMap(splitClauses)
      .flatMap(splitFacetList);
    for (const piece of pieces) {
      const edged = piece.text.replace(/^[\s,;:&+/-]+|[\s,;&/]+$/g, "");
      // A trailing "+" joins nothing, but "c++" keeps its own.
      const unplussed = (edged.endsWith("+") ? edged.replace(/(?<![cC+])\s*\++$/, "") : edged).trim();
      // "3. salary range ty 🙏" (a list flattened into one line): the thanks closes the message, it asks nothing.
      const text = TRAILING_THANKS.test(unplussed) ? unplussed.replace(TRAILING_THANKS, "").trim() : unplussed;
      if (!/[\p{L}\p{N}$€£]/u.test(text) || FILLER.test(text) || asksOnlyForBrevity(text)) continue;
      // "how many engineers should they lead? 5? 10?": guesses at the answer to the question before ask nothing new.
      if (segments.length > 0 && A_GUESS.test(text)) continue;
      segments.push(segmentOf(text, piece));
    }
  }
  return withSubjectJoined(withOptionsJoined(withoutLeadIns(segments)));
}

/** "5?", "10?", "like 150k?", "5 or 10?": a number guessed, alone. */
const A_GUESS =
  /^(?:like |maybe |or |~)?[$€£]?\d+(?:[.,]\d+)?\s*[k%+]?(?:\s*(?:or|-)\s*[$€£]?\d+(?:[.,]\d+)?\s*[k%+]?)?\s*\?*$/i;

/** "what about me, what am I missing for X?", "me? I'm a social media manager, ... what degree would I need?": a turn to
 * the writer; the question after it says what is asked. */
// ("and me? im a php dev ... what could i aim for": "and me?" asks the question before again, of the writer.)
const LEAD_IN = /^(?:(?:but |and |so |ok |okay )?(?:what|how) about me|me)\s*[?!.,:;-]*$/i;

/** "what about me tho — 2 yrs as a data analyst, ...": the same turn, opening the writer's story. */
const LEAD_IN_BEFORE_STORY =
  /^(?:(?:but |and |so |ok |okay )?(?:what|how) about me)(?: tho| though)?\s*[?!.,:;—–-]+\s*(?=\S)/i;

function withoutLeadIns(segments: Segment[]): Segment[] {
  return segments.flatMap((segment, i) => {
    if (!segments.slice(i + 1).some((n) => n.kind === "question")) return [segment];
    if (LEAD_IN.test(segment.text)) return [];
    const story = segment.text.replace(LEAD_IN_BEFORE_STORY, "");
    return story === segment.text ? [segment] : [segmentOf(story, { text: story })];
  });
}

/** "bootcamp o volver a la uni por un master": two things set side by side, the question about them to follow. */
const OPTIONS = /\s(?:or|o|ou|oder|albo|veya|atau)\s/i;
/** "— qué es mejor ...?", "which is better?": a question about the options just named. */
const WHICH_IS_BETTER =
  /^(?:and\s+|y\s+|e\s+)?(?:which|what|qu[eé]|cu[aá]l|qual|o que|lequel|laquelle|welche?s?|was)\s+(?:one\s+)?(?:is|'s|es|é|est|ist|would be|ser[ií]a)\s+(?:better|best|smarter|wiser|mejor|melhor|mieux|besser)\b/i;

/** The options and the question about them, one question: "bootcamp o ... master — qué es mejor para ...?". */
function withOptionsJoined(segments: Segment[]): Segment[] {
  if (segments.length < 2) return segments;
  const joined: Segment[] = [];
  for (const segment of segments) {
    const before = joined.at(-1);
    if (
      before &&
      before.kind !== "question" &&
      OPTIONS.test(before.text) &&
      WHICH_IS_BETTER.test(segment.text) &&
      segment.kind === "question"
    )
      joined[joined.length - 1] = { text: `${before.text} — ${segment.text}`, kind: "question" };
    else joined.push(segment);
  }
  return joined;
}

/** "is it good?", "are they any good?" (French "c'est-tu bon?" read so): a question about the words just before. */
const IS_IT_GOOD =
  /^(?:and\s+)?(?:is|are)\s+(?:it|they|that|those|these)\s+(?:any\s+|still\s+|really\s+)?(?:good|bad|ok|okay|decent|bright|solid|strong|promising|bon|bonnes?)\s*[?!.]*$/i;

/** "i lowkey hate school 😩": a short dislike, told before a choice it decides. */
const DISLIKE_TOLD = new RegExp(
  `^(?:i\\s+)?(?:(?:lowkey|really|honestly|kinda|just)\\s+)?(?:${DISLIKE_WORDS})\\s+\\S+(?:\\s+\\S+){0,3}$`,
  "iu",
);
/** "which should i go for, X or Y?": a choice. */
const WHICH_CHOICE = /^(?:so\s+|and\s+)?which\b/i;

/** "btw unrelated,", "off topic:": what the question after it is said to be. */
const SAID_UNRELATED_FIRST =
  /^(?:(?:btw|but|ok|so|also|and|lol)[\s,]+)*(?:totally |completely )?(?:unrelated|off[- ]topic|random (?:q|question))\W*$/i;

/**
 * "and the job prospects, is it good?": a subject named first and the question about it after a comma, one
 * question (cut in two, the subject was a fragment nobody answered and "is it good?" an unknown). "btw unrelated,
 * does anyone know a good crimping tool?": the question keeps the words that say it follows nothing before. "i lowkey
 * hate school 😩 which should i go for, X or Y?": the choice keeps the dislike that decides it.
 */
function withSubjectJoined(segments: Segment[]): Segment[] {
  if (segments.length < 2) return segments;
  const joined: Segment[] = [];
  for (const segment of segments) {
    const before = joined.at(-1);
    const joins =
      (before?.kind === "fragment" &&
        (IS_IT_GOOD.test(segment.text) || (SAID_UNRELATED_FIRST.test(before.text) && segment.kind === "question"))) ||
      (before?.kind === "statement" &&
        segment.kind === "question" &&
        DISLIKE_TOLD.test(before.text) &&
        WHICH_CHOICE.test(segment.text));
    if (before && joins) joined[joined.length - 1] = { text: `${before.text}, ${segment.text}`, kind: "question" };
    else joined.push(segment);
  }
  return joined;
}

/**
 * A segment whose kind is worked out when first read: a message of one part rarely needs it, and its patterns are
 * a few milliseconds of a `careerbot ask` to compile.
 */
function segmentOf(text: string, piece: Piece): Segment {
  let kind: SegmentKind | undefined;
  return {
    text,
    get kind() {
      kind ??= kindOf(text, piece);
      return kind;
    },
  };
}

/** "1) ", "2. ", "(a) ", "- ", "• " opening a line of its own. */
// ("q1 what does ...", "Q2: which ...": a question numbered as a question.)
const LINE_MARKER = /^\(?[1-9][.)]\s+|^\(?[a-e]\)\s+(?=\p{L})|^[-*•]\s+(?=\p{L})|^q[1-9][.):]?\s+(?=\p{L})/iu;

/** "3 things: - the pay - the degree - the cloud": dashes that start items of a list written on one line. */
const BULLET = /(?:^|(?<!\d)\s)-\s+(?=[\p{L}\p{N}'"(])/gu;

const LETTER_MARKER = /(?:^|\s+)\(?[a-e]\)\s+(?=\p{L})/giu;

function splitListItems(sentence: string): Piece[] {
  // "1) entry level AI eng - what does ... 2) multimodal research scientist - what ...": a numbered list whose items
  // name their subject with a dash is numbered, not bulleted (also after a heading, its line breaks flattened:
  // "rapid fire: 1. senior ai app eng - which clouds 2. multimodal RS - which langs").
  const numberedList = numberedItems(sentence);
  if (numberedList) return numberedList;
  const bullets = execAll(BULLET, sentence);
  if (bullets.length >= 2) {
    const cuts = bullets.map((m) => m.index ?? 0);
    // An item after a bullet that asks ("- avg base", "- what do the top 10% pull") is a question, whatever its words;
    // one that tells about the writer ("- SQL daily", "- MSc statistics") is not.
    return [0, ...cuts].map((from, i) => {
      const text = sentence.slice(from, cuts[i] ?? sentence.length);
      const asks = QUESTION_OPENER.test(text.trim()) || FACET_ASKED.test(text.trim()) || /\bbase\b/i.test(text);
      return i > 0 && asks && !PERSONAL_HINT.test(text) ? { text, listed: true } : { text };
    });
  }
  return [{ text: sentence }];
}

/** A list numbered from 1 ("1) ... 2) ...") or lettered from a ("(a) ... (b) ..."), as pieces; undefined if none. */
function numberedItems(sentence: string): Piece[] | undefined {
  const numbered = execAll(LIST_MARKER, sentence);
  // "(a) the path (b) the outlook": a list lettered from a, each letter in brackets.
  const marked = numbered.length >= 2 ? numbered : execAll(LETTER_MARKER, sentence);
  // A list counts from 1 ("1) ... 2) ..."); a lone "not 4. and ..." is a sentence end, not a list.
  const markNumbers = marked.map((m) => {
    const mark = /[1-9a-e]/i.exec(m[0])?.[0] ?? "";
    return /\d/.test(mark) ? Number(mark) : mark.toLowerCase().charCodeAt(0) - 96;
  });
  // ("managing people for the last 6. Questions: 1) ... 2) ...": a count before the list is no item of it.)
  const one = Math.max(0, markNumbers.indexOf(1));
  const starts = marked.slice(one);
  const numbers = markNumbers.slice(one);
  if (starts.length < 2 || !numbers.every((n, i) => n === i + 1)) return undefined;
  const pieces: Piece[] = [];
  const first = starts[0]?.index ?? 0;
  if (first > 0) pieces.push({ text: sentence.slice(0, first) });
  starts.forEach((match, i) => {
    const from = (match.index ?? 0) + match[0].length;
    const to = starts[i + 1]?.index ?? sentence.length;
    pieces.push({ text: sentence.slice(from, to), listed: true });
  });
  return pieces;
}

/** "lead ml architect: salary + skills", "X -> what do they do": the subject, then the rest. */
function splitSubject(piece: Piece): Piece[] {
  // Every separator holds one of these signs: most pieces have none, and the pattern need not run.
  if (!holdsAny(piece.text, SEPARATOR_SIGNS)) return [piece];
  const match = SUBJECT_SEPARATOR.exec(piece.text);
  if (!match || match.index === 0) return [piece];
  const before = piece.text.slice(0, match.index);
  // "goal: lead ML architect", "me: self-taught": a one-word label belongs to what follows.
  if (before.trim().split(/\s+/).length < 2 && /:/.test(match[0])) return [piece];
  // "which one needs a PhD - X or Y?", "rank these by pay: X, Y, Z": a question names its choices after it;
  // "lead ml architect bonus - how much?": a subject with its facet is one question.
  if (QUESTION_OPENER.test(before.trim().replace(LEADING_FILLER, "")) || FACET_WORD.test(before)) return [piece];
  // "better job growth: X or Y?", "was bringt mehr Kohle: X oder Y?": a verdict asked first, its choices after.
  if (
    /\b(better|more|higher|less|lower|faster|best|most|least)\b/.test(englishGloss(before.toLowerCase())) &&
    // (Polish "czy" is "or" between two choices, "whether" opening a question: only the first matters here.)
    /\b(or|vs\.?|versus|czy)\b/.test(englishGloss(piece.text.toLowerCase()))
  )
    return [piece];
  const after = piece.text.slice(match.index + match[0].length);
  // "X or Y -- which one needs more years?", French "X ou Y : lequel exige ...": the alternatives belong to the question.
  if (
    /\b(or|ou|o|oder|vs\.?|versus)\b/i.test(before) &&
    /^(which|who|¿?cu[aá]l|qual|lequel|laquelle|welche[rs]?)\b/i.test(after)
  )
    return [piece];
  return [{ text: before, beforeSeparator: true }, ...splitSubject(withText(piece, after))];
}

/** A sentence's clauses, cut where a new question starts; a clause too short to stand alone stays joined. */
function splitClauses(piece: Piece): Piece[] {
  const sentence = piece.text;
  const pieces: Piece[] = [];
  let start = 0;
  for (const match of execAll(NEW_QUESTION_JOIN, sentence)) {
    const at = match.index ?? 0;
    const before = sentence.slice(start, at);
    const plus = match[0].trim() === "+";
    // "rank those 2 + nlp research sci by pay": the "+" adds to what is ranked.
    if (plus && /\b(rank|sort|order|compare)\w*\b/i.test(before)) continue;
    // "X vs Y on degree + experience?": the facets a comparison is on, joined by "+", are one question.
    if (
      plus &&
      /\b(vs\.?|versus|compare\w*)\s/i.test(before) &&
      FACET_WORD.test(before.trim().split(/\s+/).at(-1) ?? "")
    )
      continue;
    // "how and why", "what and how much": too short to be a question of its own.
    if (!plus && before.trim().split(/\s+/).length < 2 && !FILLER.test(before.trim())) continue;
    // "ML architect or NLP scientist, which pays more?": the alternatives belong to the question that follows.
    const next = sentence.slice(at + match[0].length, at + match[0].length + 6);
    // ("do they build POCs or is that a PM thing, and which clouds ...": an "or" that opens a question of its own
    // offers no alternatives to choose from.)
    // ("X or Y — which one is more senior, and which one needs the PhD?": the alternatives have their question already.)
    // ("pay for X vs Y, and which of the two needs the PhD?": the comparison has its facet, and "and" adds a question.)
    // ("which roles need a master's or more, and which can i get with my bachelor's?": "or more" offers no choice.)
    if (
      /\b(or|vs\.?|versus)\b/i.test(before.replace(/\bor (?:more|higher|above|better|so|less)\b/gi, " ")) &&
      /^(which|who|¿?cu[aá]l|qual)\b/i.test(next) &&
      !ASKS_AFTER_OR.test(before) &&
      !(/\band\b/i.test(match[0]) && FACET_WORD.test(before)) &&
      !(match[0].trimStart().startsWith(",") && /\b(or|vs\.?|versus)\b.*\b(which|who)\b/i.test(before))
    )
      continue;
    pieces.push(withText(piece, before));
    start = at + match[0].length;
  }
  pieces.push(withText(piece, sentence.slice(start)));
  return pieces;
}

/** "... or is that a PM thing": the last "or" of a clause opens a question of its own. */
const ASKS_AFTER_OR = /\bor\s+(is|are|do|does|did|can|could|should|would|will|am|was|were)\b(?!.*\bor\b)/i;

/** "duties, skills, salary": each listed facet becomes its own question about the subject. */
/** In a list of facets, "reqs" is one too ("reqs, sal, and ..."); as a subject's facet it is not split off. */
const LISTED_FACET = new RegExp(`${FACET_WORD.source}|\\breqs?\\b`, FACET_WORD.flags);

const SHARED_HEAD = new RegExp(
  `${FACET_WORD.source}\\s+(?:and|&)\\s+${FACET_WORD.source}\\s+(?:requirements?|reqs?|needed|required|expectations?)\\b`,
  "i",
);

function splitFacetList(piece: Piece): Piece[] {
  const list = piece.text.trim().replace(/[?.!]+$/, "");
  // Most pieces list nothing: without a comma or an "and" there is one item, and no pattern need run.
  if (!list.includes(",") && !list.includes("and")) return [piece];
  // "what are the degree and experience requirements for X": two facets of one head noun, one question.
  if (SHARED_HEAD.test(list)) return [piece];
  // ("titolo di studio richiesto, linguaggi, e RAL": "and" in the writer's language after the last comma.)
  const items = list.split(/\s*,\s*(?:(?:and|e|et|y|und)\s+)?|\s+and\s+/);
  if (items.length < 2) return [piece];
  // "what langs, what degree, avg pay": each item a facet, with or without a question word.
  const facets = items.every((i) => LISTED_FACET.test(i) && i.split(/\s+/).length <= 8);
  if (!(isFacetList(list) || facets) || !items.every((i) => LISTED_FACET.test(i))) return [piece];
  // "no cs degree, my bachelors is in education": facts about the writer, not facets asked for.
  if (items.some((i) => /^(my|no|not|never|i|i'm|im|i've|zero|only)\b/i.test(i.trim()))) return [piece];
  return items.map((item) => ({ text: `${item}?`, listed: true }));
}

/** "for the multimodal role what languages", "min yrs of experience": a facet asked for, story words or not. */
const FACET_ASKED = new RegExp(
  `\\b(?:what|which|wat|whats|how much|how many)\\s+(?:\\S+\\s+){0,2}?${FACET_WORD.source}|^(?:min(?:imum)?|max(?:imum)?|avg|average|typical|usual|starting|required|needed|req'?d)\\s+(?:yrs|years|exp\\b|${FACET_WORD.source})|\\b(?:bachelor'?s?|masters?|master's|ph\\.?d|degree)\\b.{0,20}\\b(?:needed|required|enough|ok|fine|a must)\\b|\\b(?:degree|education|experience|exp|yoe|skills?|certs?|math) (?:reqs?|requirements?)\\b|\\bhow many (?:yrs|years|yoe)\\b(?!\\s+(?:i|i've|ive|have i|did i|of mine)\\b)(?!.{0,30}\\b(?:i|i've|ive)\\s+(?:have|had|worked|spent|did)\\b)`,
  "i",
);

const SOMEONE_ELSE_TOLD =
  /^(one of (my|our) \w+|my (son|daughter|kid|wife|husband|partner|friend|brother|sister|report|direct report|colleague|coworker|student|mentee|intern|cousin)s?)\b.{0,80}\b(wants?|asked|is|has|was|just)\b|^(she|he)('s| is| has| was| wants| knows| does| did| got| works| loves| likes)\b/i;
/** "for an entry level ai engineer what should i require degree-wise": a question word and its verb mid-sentence. */
/** "if i jump to NLP research scientist whats realistic": what to expect, asked at the end of a told clause. */
const ASKS_WHAT_TO_EXPECT =
  /\b(?:what'?s|whats|what is|what would be) (?:realistic|doable|possible|reasonable|normal|typical|expected|fair|the pay|the salary)\b/i;

const ASKS_MIDWAY =
  /\b(what'?s|whats|what is|what are) (the|their|a|an)\b|\b(what|which|how|wat)\s+((\w+\s+)?(title|role|job|level|salary|pay|degree|skills?)\s+)?(should|do|does|would|could|can|is|are|am)\s+(i|we|they|you|u|one)\b|\b(what|which)\s+(?:[\w-]+\s+){1,2}(should|do|would|could|can)\s+(i|we|they|you|u|one)\b|\bhow (big|much|many|long|hard|bad|far) (of )?(a |an )?(?:[\w-]+ ){1,2}(am|are|is|would|will|do|does) (i|we|you)\b/i;

/**
 * Question words that need not open a question: "top earners make how much", Hindi's "... kya hai?", Turkish "maas
 * ne kadar", "... gecerli mi yoksa ...", French "le salaire moyen c'est combien", "out of the 5 roles which one fits me".
 */
const ASKS_ANYWHERE =
  /\bne kadar\b|\bhow (?:much|many) (?:does|do|would|will) (?:an? |the )?[\w-]+ (?:[\w-]+ ){0,3}(?:earn|make|get paid|need|require)\b|\b(?:out of|of|among) the (?:\d+ |five )?roles,? which (?:one|role)\b|\bc'?est combien\b|\bcombien\s*(?:svp|stp)?\s*[?!.]*$|\bchahiye kya\b|\bkya\s*[?!.]*$|\bkaafi (hai|h)\b|bao nhiêu|\sm[iıuü]\s+(yoksa|ya da)\b|\bhow (much|many|long)\s*[?!.]*$|\b(kya hai|kya hota|kitna|kitni|kitne|kaise|kaisa|kaisi|kaunsa|kaunsi|kaunse|batao|bataiye|bata do|berapa|bagaimana|gimana|apakah)\b|\bkya\b(?=(?:\s+\S+){1,6}\s+(?:hai|hain|hote|hota|hoti|padte|padta|padti|karte|karta|karti)\b)/i;

/** "trends q + challenges q: whats the deal w AutoML": a heading, then a question. */
// ("X vs Y — which one actually asks for years of experience": a dash does the colon's work.)
const ASKS_AFTER_COLON = new RegExp(`(?::|\\s[-–—]{1,2})\\s+(?:${QUESTION_WORDS})(?![\\wÀ-ÿ])`, "i");

/** A message part that opens with a topic or a pay question: "best practices for ...", "salary + skills for ...". */
const TOPIC_ASKED =
  /^(the )?(base |avg |average |typical |total )?(best practices|(common )?challenges|trends|salary|salaries|pay|comp|duties|responsibilities|outlook|top \d+ ?%)(?![\p{L}])/iu;
/** "3 quick ones on the lead ML architect", "two qs re NLP": what follows is asked about that subject. */
const QUESTIONS_ANNOUNCED =
  /^(\d|two|three|four|a few|few|some|a couple( of)?|couple( of)?)\s+(quick\s+|small\s+|dumb\s+)?(ones|qs|q's|questions|things)\b/i;
/**
 * "my mom wants to know if it pays well": someone else's question, passed on; "I'd like to know which", French
 * "j'aimerais savoir quel diplôme", "j'me demande c'est quoi la demande": the writer's own, asked as a wish.
 */
const WANTS_TO_KNOW =
  /\b(wants|wanted|i'?d like|i would like) to know (if|whether|how|what|which|why|where)\b|\basks (?:me |us )?(?:how|what|which)\b|\bi wonder (if|whether|how|what)\b|\bwondering (how|what|where|which)\b|(?:je me|j'me|jme) demande (?:si|c'est quoi|what|how|which|ce qu|comment|combien|quel|pourquoi)|\b(?:j'aimerais|je voudrais|je veux|voudrais|aimerais) savoir\b|\b(?:me gustar[ií]a|quisiera|quiero|gostaria de|queria) saber\b|\b(?:ich m[öo]chte|ich w[üu]rde gern(?:e)?) wissen\b|\b(?:vorrei|volevo) sapere\b/i;

const TOLD_OFFER = /^(i )?(just )?(got|received|have|landed|accepted) (an? |the |my )?(job |new |first )?offers?\b/i;
const ASKS_ABOUT_OFFER = /\b(is (it|that|this)|should i|what|how|which|fair|good enough|worth)\b/i;

/** "should prob mention ...", "i should add that ...", "worth mentioning ...": the writer adds to their story. */
const SHOULD_MENTION =
  /^(?:i )?(?:should|shud|shld|gotta|have to|must) (?:prob(?:ably)? |also |maybe |prolly )?(?:mention|add|say|note|point out)\b|^(?:worth|forgot to) (?:mentioning|mention|adding|add|say)\b/i;

/** "can do SQL", "can code in python", "could handle the data side": a skill told, its "I" dropped. */
const CAN_DO_TOLD =
  /^(?:can|could) (?:do|code|write|use|handle|read|speak|program|build|train)\b(?! (?:i|you|u|we|they|one)\b)|^(?:does|do) (?:a lot|lots|a bit|a little|some|most|all) of\b/i;

const GOING_ON_TOLD =
  /^(?!.*\bor (?:not|no)\b)(?:[\p{L}-]+\s+){1,2}(?:is|are)\s+(?:(?:so|too|really|pretty|kinda|very|just|now|still)\s+)?[\p{L}]+ing\b/iu;
const REMARK_VERB = /\b(is|are|was|were|sucks|feels|seems|looks|kills|scares)\b/i;
const WILL_TOLD =
  /^will (?!(i|you|u|we|they|he|she|it|there|this|that|anyone|someone|one|a|an|the|my|not|be)\b)(?![^.]*\bbe (?:similar|the same|comparable|higher|lower|more|less|different|enough|worth)\b)[a-z]+/i;
const CALL_FOR_HELP =
  /^(who|anyone|any1|someone|somebody|can (anyone|someone|somebody)) (fit |can |could |able to |pls |please )?(answer|help)\b|^(please|pls|plz|kindly),? (i )?(need|want|would like|could use|seek|am seeking) (some |your )?(advice|help|guidance|input)\s*[.!]*$/i;
const GOAL_TOLD =
  /^(my |the )?(next step|goal|plan|target|aim|dream|end goal|long[- ]term goal)s? (is|would be|=)\b|^(thinking|thinkin|planning|considering|hoping|looking) (of|about|on|to|at) (relocat|mov|mudar|switch|transition|going|applying|apply)\w*\b|^(i'?m |im )?(tryna|trynna|trying to|tryin to) (get|break|move|switch|pivot|transition) (in|into|to)\b/i;

/** "which role ... do i fit best", "which one would suit me": which role fits the writer, asked without "?". */
const ASKS_WHICH_FITS = /\bwhich (?:[\w']+ ){0,5}?(?:do|would|does|will) (?:i|me) (?:\w+ )?(?:fit|suit)s?\b/i;
/**
 * Question tags ending a clause: French "ou bien", Spanish "o qué", Portuguese "ou não", English "or not", Indonesian
 * "gak sih".
 */
const TAG_QUESTION =
  /\s(?:ou bien|ou quoi|ou pas|n'est-ce pas|o qu[eé]|o no|ou n[aã]o|or not|gak sih|ga sih|nggak sih|gak|nggak|atau (?:gak|ga|nggak|tidak))(?:\s*[!.]*$|,)/i;
// (Bengali too: "ar ki degree lagbe", and what degree is needed.)
const HINDI_NEED_LAST = /\b(?:chahiye|chahie|zaroori|zaruri|lagbe|laagbe|dorkar)(?: (?:hai|h|hain|ki))?(?: kya)?\s*$/i;
const HINDI_TOLD =
  /\b(aata|aati|aate) (hai|h|hain)\b|\b(kiya|kia|ki|kari) (hai|h)\b|\b(karta|karti) (hoon|hun|hu)\b|\b(?:raha|rahi) (?:hoon|hun|hu)\b/i;

/** "my ML exposure is basically one course": a sentence that says what something is; not "is a bootcamp worth it". */
const TOLD_FACT =
  /^(?!(is|are|was|were)\b)[\w' -]{2,40}\s(is|was|are|were) (basically|just|only|mostly|mainly|pretty much)\b/i;

/** "same question for the NLP one", "and for multimodal, same q": the question before, asked of something else. */
const SAME_QUESTION_AGAIN = /\bsame (question|q|qs|thing|for)\b|\b(the )?same (2|two|questions?) (for|about)\b/i;

/** "day to day it's Python and SQL", "day-to-day I mostly do dashboards": the writer's work, not a question about a role's. */
const OWN_DAY_TO_DAY = /^(?:my |our )?day[- ]to[- ]day,? (?:it'?s|it is|i|i'm|im|we|we're|is|my|our|mostly)\b/i;

/** A heading of the writer's tools and what follows it, naming no role. */
const SKILLS_LISTED =
  /^(?:my |current |main )?(?:skills?|skill ?set|stack|tech ?stack|tools?|languages?)\s*:\s*(?![^.;]*\b(?:architect|engineer|eng|scientist|roles?)\b)[\w+#.]/i;

/** "PMP and CSM certified", "AWS certified since 2019", "certified scrum master": a certificate the writer holds. */
const CERTIFIED_TOLD = /^[\w\s&+,/.-]{0,40}\bcertified\b(?! (?:for|in) (?:which|what)\b)/i;

/** "just the cost stuff", "only the monitoring part": one part of an answer, asked for without a question word. */
const ONLY_THAT_PART =
  /^\W*(?:(?:ok(?:ay)?|so|yeah|right|hmm)\W+)?(?:just|only) (?:the )?[\w -]{2,30}? (?:stuff|part|parts|bit|bits|one|ones|section|side)\b/i;

/** "if I land an offer ... does the company have to ...": a condition, then a question in its inverted words. */
const ASKS_AFTER_CONDITION =
  /^\W*if (?:i|we)\b[^,;]{3,80}?\b(?:does|do|will|would|can|could|is|are) (?:the |my |an? |they|it|that|this|i)\b[^,;]{0,60}$/i;

function kindOf(text: string, piece: Piece): SegmentKind {
  const bare = text.replace(LEADING_FILLER, "");
  // "ok just the cost stuff, we're getting murdered on GPU spend": one part of the last answer, asked for.
  if (ONLY_THAT_PART.test(bare)) return "question";
  // "a question for my wife, who does not use Slack 🙂. She is a senior data scientist ...": a relative clause, told.
  if (!text.includes("?") && /^\W*who (?:does|doesn'?t|is|isn'?t|has|hasn'?t|was|works|lives|studies)\b/i.test(bare))
    return "statement";
  // "Please I'm an HR manager in Port Harcourt (10 years, MSc HRM)": a polite opening, then the writer's story.
  if (!text.includes("?") && /^\W*(?:please|pls|plz),?\s+(?:i'?m|i am|i have|i've|my)\b/i.test(bare))
    return "statement";
  // "skill: python, pytorch, docker, aws", "stack: java + spring": the writer's own tools, listed ("skills: lead ml
  // architect" names a role: a question).
  if (!text.includes("?") && SKILLS_LISTED.test(bare)) return "statement";
  // "PMP and CSM certified, also AWS Solutions Architect Associate", "ISTQB certified": certificates held, told.
  if (!text.includes("?") && CERTIFIED_TOLD.test(bare)) return "statement";
  // "one of my reports ... asked me what the path looks like": a story about someone else, told.
  // ("she wants to know what nlp research scientists earn": their question, passed on, below.)
  if (!text.includes("?") && SOMEONE_ELSE_TOLD.test(bare) && !WANTS_TO_KNOW.test(bare)) return "statement";
  // "got an offer for lead ML architect at 170k and it feels low??": what happened, before the question.
  if (TOLD_OFFER.test(bare) && !ASKS_ABOUT_OFFER.test(bare)) return "statement";
  // "can do SQL + some python but never put any ML in prod", "does a lot of SQL": what someone does, told without
  // "I" or "he".
  if (!text.includes("?") && CAN_DO_TOLD.test(bare)) return "statement";
  // "should prob mention i've never touched any cloud stuff": more of the story, announced.
  if (!text.includes("?") && SHOULD_MENTION.test(bare)) return "statement";
  // "day to day it's Python, R, Azure and Docker": the writer's own work, told.
  if (!text.includes("?") && OWN_DAY_TO_DAY.test(bare)) return "statement";
  // "abeg who fit answer this one", "can anyone help": a call for help, not the question itself.
  if (!text.includes("?") && CALL_FOR_HELP.test(bare)) return "fragment";
  // "... and will post a Senior AI Application Engineer role.": what will happen, told ("will I ..." asks).
  if (!text.includes("?") && WILL_TOLD.test(bare)) return "statement";
  // "SQL aur Python aata hai, ML thoda bahut Kaggle pe kiya hai bas": what the writer knows and did, told in Hindi.
  if (
    !text.includes("?") &&
    HINDI_TOLD.test(bare) &&
    !/\b(kya|kaise|kitna|kitni|kitne|kaunsa|kaunsi|kaunse|konsa|konsi|kyun|batao|bataiye|bata do)\b/i.test(bare)
  )
    return "statement";
  // "next step is lead ML architect", "goal is NLP research", "thinking of relocating to munich", "tryna get into ai
  // before its too late": where the writer is heading, told.
  if (!text.includes("?") && GOAL_TOLD.test(bare)) return "statement";
  // "ML exposure is basically one coursera course": what something of the writer's is, told.
  if (!text.includes("?") && TOLD_FACT.test(bare) && !QUESTION_OPENER.test(bare) && !ASKS_WHAT_TO_EXPECT.test(bare))
    return "statement";
  if (text.includes("?") || piece.listed || QUESTION_OPENER.test(bare) || FACET_ASKED.test(bare)) return "question";
  // "if i get walked which role in ur guide do i actually fit best": the question after a condition.
  if (ASKS_WHICH_FITS.test(bare)) return "question";
  // "If I land an entry-level AI engineer offer in Germany does the company have to sponsor a Blue Card": a condition,
  // then the question, its mark at the end of the message.
  if (ASKS_AFTER_CONDITION.test(bare)) return "question";
  // "et le salaire il est en dollars US ou bien": a question by the tag at its end, with no question mark.
  if (TAG_QUESTION.test(bare)) return "question";
  // "poso pairnei o entry level AI engineer", "kolik let praxe": a question word of another language opens it.
  if (OPENS_IN_OTHER_LANGUAGE.test(bare)) return "question";
  // "lương khởi điểm khoảng nhiêu vậy mn", "làm những việc gì hằng ngày": Vietnamese asks at the end of the clause.
  if (VIETNAMESE_ASKS.test(bare)) return "question";
  // "キャリアパスを教えてください" (please tell me the career path), "知りたいです" (I'd like to know), "알려주세요",
  // "궁금해요": Japanese and Korean ask with a request at the end.
  if (REQUEST_AT_THE_END.test(bare)) return "question";
  // "画像と言語の両方を扱う研究をしてきました" (I have done research on images and language): Japanese tells with a
  // polite verb ending the clause.
  if (JAPANESE_TOLD.test(bare)) return "statement";
  // "and for NLP research scientist same question", "same q for multimodal": the question before, asked again.
  if (SAME_QUESTION_AGAIN.test(bare)) return "question";
  if (
    ASKS_MIDWAY.test(bare) ||
    ASKS_ANYWHERE.test(bare) ||
    ASKS_AFTER_COLON.test(bare) ||
    ASKS_WHAT_TO_EXPECT.test(bare)
  )
    return "question";
  // "aur publications bhi chahiye" (and are publications needed too): Hindi asks with the word of need last.
  if (HINDI_NEED_LAST.test(bare)) return "question";
  // "also my mom wants to know if it pays well": a question asked for someone, in reported speech.
  if (WANTS_TO_KNOW.test(bare)) return "question";
  // "two things what industries hire NLP scientists": the announcement, then the first question at once.
  if (QUESTIONS_ANNOUNCED.test(bare) && !text.includes("?"))
    return opensWithQuestionWord(bare.replace(QUESTIONS_ANNOUNCED, "")) ? "question" : "heading";
  // "best practices for lead ml architects + the common challenges they face": topics asked for, "+" or not.
  if (TOPIC_ASKED.test(bare)) return "question";
  // "3 yrs as a data analyst", "master's in statistics", "no internships yet": facts, not questions.
  if (PERSONAL_HINT.test(bare)) return "statement";
  // "day rates are drying up", "the market is getting brutal": something going on, told ("are" is not asking).
  if (!text.includes("?") && GOING_ON_TOLD.test(bare)) return "statement";
  if (EARLY_OPENER.test(bare) || ANY_OPENER.test(bare)) return "question";
  // "NLP research scientist salary", "multimodal: salary": a subject and a facet ask, without a question word.
  // "multimodal research sci pay, one after the other pls": the clause before a comma counts.
  const firstClause = bare.split(",")[0] ?? bare;
  // ("Tenure track market is a nightmare": a facet word in a sentence that says something about it is a remark.)
  if (
    !piece.beforeSeparator &&
    FACET_WORD.test(firstClause) &&
    firstClause.split(/\s+/).length <= 8 &&
    !REMARK_VERB.test(firstClause)
  )
    return "question";
  // "entry lvl ai eng vs lead architect base pay": two things set against each other on a facet.
  if (/\b(vs\.?|versus)\s/i.test(bare) && FACET_WORD.test(bare)) return "question";
  return piece.beforeSeparator || /[:\-–—>]$/.test(text) ? "heading" : "fragment";
}
