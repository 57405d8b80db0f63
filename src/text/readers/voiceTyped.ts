import type { Rewrite } from "../regex";
import { languageReader, rule } from "./shared";

/**
 * English dictated to a phone, or typed on one with autocorrect: the fillers speech leaves ("um so like", "uh") go,
 * and the field's words as speech-to-text hears them are read as meant ("pie torch" is PyTorch, "cooper netties"
 * Kubernetes, "lead em el architect" lead ML architect). Only words nobody types on purpose are read: "male
 * engineer" may be one. Punctuation dictated as words ("question mark", "comma", "period new line") is the mark.
 */
const VOICE_TYPED =
  /\b(?:u+m{2,}|u{2,}m+|um(?=[,.…]| (?:so|like|also|what|whats|what's|how|and|i|i'm|yeah|well|ok|the|is|are|do|does|which|can|could|should|would)\b)|u+h+|e+r+m+|h+m{2,}|pie torch|pi torch|cooper|kuber|cuber|cubernetes|em el|m l|voice to (?:text|tax)|sally for|deg ree|self top|free lancing|up work|which roll|question mark|comma|new ?line|exclamation (?:point|mark)|machine leaning|dock her|c plus plus|sequel|master'?s agree|and lp|an lp|hey bought|career latter|get their from)\b/i;

const REWRITES: readonly Rewrite[] = [
  // (A bare "um" is a filler only before a pause or an English word such as "so", "also", "what": Portuguese "um" is
  // "a", as in "me passa um código".)
  rule(
    String.raw`(?<![\p{L}])(?:u+m{2,}|u{2,}m+|um(?=[,.…]| (?:so|like|also|what|whats|what's|how|and|i|i'm|yeah|well|ok|the|is|are|do|does|which|can|could|should|would)(?![\p{L}]))|u+h+|e+r+m+|h+m{2,})(?![\p{L}])[,.]?`,
    " ",
  ),
  rule(String.raw`(?<![\p{L}])(?:pie|pi) ?torch(?![\p{L}])`, "PyTorch"),
  rule(
    String.raw`(?<![\p{L}])(?:cooper|kuber|cuber|cube er) ?(?:netties|nettys|netis|nettis|netes|nets|neatest)(?![\p{L}])`,
    "Kubernetes",
  ),
  rule(String.raw`(?<![\p{L}])em el(?![\p{L}])`, "ML"),
  // "what does an and LP research scientist make", "hey bought" (hey bot), "career latter" (ladder).
  rule(String.raw`(?<![\p{L}])(?:an )?(?:and|an) lp(?= research| scientist)`, "an NLP"),
  rule(String.raw`(?<![\p{L}])hey bought(?![\p{L}])`, "hey bot"),
  rule(String.raw`(?<![\p{L}])career latter(?![\p{L}])`, "career ladder"),
  // "can I get their from here" (there).
  rule(String.raw`(?<![\p{L}])get their from(?![\p{L}])`, "get there from"),
  // "lead M L architect": the letters heard one by one.
  rule(
    String.raw`(?<![\p{L}])m l(?= (?:architect|engineer|eng|engineering|roles?|jobs?|research|researcher|stuff|thing|experience|exp)(?![\p{L}]))|(?<=lead )m l(?![\p{L}])`,
    "ML",
  ),
  rule(String.raw`(?<![\p{L}])machine leaning(?![\p{L}])`, "machine learning"),
  rule(String.raw`(?<![\p{L}])dock her(?![\p{L}])`, "Docker"),
  rule(String.raw`(?<![\p{L}])c plus plus(?![\p{L}])`, "C++"),
  rule(String.raw`(?<![\p{L}])master'?s agree(?![\p{L}])`, "master's degree"),
  // "question mark", "comma", "period new line": the marks said aloud. ("period" alone stays a word: "trial period".)
  rule(String.raw`\s*(?<![\p{L}])question mark(?![\p{L}])`, "?"),
  rule(String.raw`\s*(?<![\p{L}])exclamation (?:point|mark)(?![\p{L}])`, "!"),
  rule(String.raw`\s*(?<![\p{L}])(?:period|full stop) new ?line(?![\p{L}])|\s*(?<![\p{L}])new ?line(?![\p{L}])`, ".\n"),
  rule(String.raw`\s+comma(?= )`, ","),
  // "what is the sally for entry level a i engineer", "self top developer with no deg ree", "python and sequel".
  rule(String.raw`(?<![\p{L}])sally (?=for|of)`, "salary "),
  rule(String.raw`(?<![\p{L}])which roll(?![\p{L}])`, "which role"),
  rule(String.raw`(?<![\p{L}])a i(?= engineer| research)`, "AI"),
  rule(String.raw`(?<![\p{L}])deg ree(?![\p{L}])`, "degree"),
  rule(String.raw`(?<![\p{L}])self top(?![\p{L}])`, "self-taught"),
  rule(String.raw`(?<![\p{L}])free lancing(?![\p{L}])`, "freelancing"),
  rule(String.raw`(?<![\p{L}])up work(?![\p{L}])`, "Upwork"),
  rule(String.raw`(?<![\p{L}])(python|java) and sequel(?![\p{L}])`, "$1 and SQL"),
  rule(
    String.raw`(?<![\p{L}])sequel(?= and| skills| queries| query|,|$)|(?<=(?:with|know|knows|in|use|using|learn|learning) )sequel(?![\p{L}])`,
    "SQL",
  ),
];

/** The message as meant when it reads as dictated or autocorrected; any other message as it is. */
export const voiceTypedAsMeant = languageReader((message) => VOICE_TYPED.test(message), REWRITES);
