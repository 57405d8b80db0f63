import type { Rewrite } from "../regex";
import { languageReader, rule } from "./shared";

/**
 * English dictated to a phone, or typed on one with autocorrect: the fillers speech leaves ("um so like", "uh") go,
 * and the field's words as speech-to-text hears them are read as meant ("pie torch" is PyTorch, "cooper netties"
 * Kubernetes, "lead em el architect" lead ML architect). Only words nobody types on purpose are read: "male
 * engineer" may be one.
 */
const VOICE_TYPED =
  /\b(?:u+m{2,}|u{2,}m+|um(?=[,.…]| (?:so|like|also|what|whats|what's|how|and|i|i'm|yeah|well|ok|the|is|are|do|does|which|can|could|should|would)\b)|u+h+|e+r+m+|h+m{2,}|pie torch|pi torch|cooper|kuber|em el|voice to (?:text|tax)|sally for|deg ree|self top|free lancing|up work|which roll)\b/i;

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
  // "what is the sally for entry level a i engineer", "self top developer with no deg ree", "python and sequel".
  rule(String.raw`(?<![\p{L}])sally (?=for|of)`, "salary "),
  rule(String.raw`(?<![\p{L}])which roll(?![\p{L}])`, "which role"),
  rule(String.raw`(?<![\p{L}])a i(?= engineer| research)`, "AI"),
  rule(String.raw`(?<![\p{L}])deg ree(?![\p{L}])`, "degree"),
  rule(String.raw`(?<![\p{L}])self top(?![\p{L}])`, "self-taught"),
  rule(String.raw`(?<![\p{L}])free lancing(?![\p{L}])`, "freelancing"),
  rule(String.raw`(?<![\p{L}])up work(?![\p{L}])`, "Upwork"),
  rule(String.raw`(?<![\p{L}])(python|java) and sequel(?![\p{L}])`, "$1 and SQL"),
];

/** The message as meant when it reads as dictated or autocorrected; any other message as it is. */
export const voiceTypedAsMeant = languageReader((message) => VOICE_TYPED.test(message), REWRITES);
