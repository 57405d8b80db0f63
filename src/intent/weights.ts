/**
 * Every score threshold of the understanding step in one place, beside the word tables of lexicon.ts. Cue weights
 * there: 3 names an intent outright, 2 is a clear hint, 1 tips a close call.
 */

/** A cue this strong names the intent outright ("best practice", "challenge", "trend"). */
export const EXPLICIT = 4;
/** What a matched topic adds to its intent, on top of its match score: a one-word match stays below a cue that names an intent. */
export const TOPIC_VOTE = 1.5;
/** A cue this strong is a clear hint ("salaries" in "compare salaries of ..."). */
export const CLEAR_HINT = 2;
/** A facet named this clearly ("how much does X make": the pay verbs count 3) is asked of each role named. */
export const CLEAR_FACET = 3;
/** Below this, cue words ("about", "make") only tip a close call; they do not make a question of their own. */
export const WEAK_CUE = 1.5;
/** Below this, a question with no role and no topic is out of scope. */
export const MIN_CONFIDENCE = 1.5;

/** A word a question shares with a topic counts for this fraction of its rarity (inverse document frequency). */
export const TOPIC_WORD_WEIGHT = 0.25;
/** Below this, scattered shared words are noise, not a topic. */
export const MIN_TOPIC_WORD_SCORE = 0.8;
/** A topic this strong ("test a new model before rolling it out") is the question, even after a role was named. */
export const CLEAR_TOPIC = 1.6;
/** A topic matched this strongly (a key phrase of it: "the old model") is asked about, over a bare "compare". */
export const TOPIC_NAMED = 2;
/** A topic matched below this (one shared word, "training") is only brushed against. */
export const WEAK_TOPIC = 1;
/** With only brushed topics, this many words from outside ML make the question one outside ML. */
export const OUTSIDE_WORDS_OVER_WEAK_TOPIC = 3;
/** Topics within this much of the best one are shown beside it. */
export const TOPIC_RUNNER_UP_MARGIN = 0.5;

/** Follow-ups this short ("what degree?") carry the conversation's role over even without a pronoun. */
export const SHORT_FOLLOW_UP_WORDS = 10;

/** Thanks anywhere in a remark of at most this many words that asks nothing ("lol ok that's a lot. cheers mate"). */
export const THANKS_REMARK_WORDS = 10;
/** Thanks opening a remark of at most this many words that asks nothing ("ty bot, that just saved me a ... call"). */
export const THANKS_OPENING_WORDS = 20;
/** Small talk ("hi", "bye", "reset") stands alone or with one filler word in a message this short. */
export const SMALLTALK_SHORT_WORDS = 4;
/** After thanks, a question of more than this many words is asked for itself ("thx. ... is the VPN down?"). */
export const QUESTION_AFTER_THANKS_WORDS = 6;
