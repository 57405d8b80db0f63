import type { Rewrite } from "../regex";
import { languageReader, phrase } from "./shared";

/**
 * Hebrew: the phrases that carry the question, read in English words ("מה חסר לי כדי להיות lead ML architect?" is
 * "what am i missing to become lead ML architect?"); the writer's own facts are read by the profile
 * (statementsInEnglish.ts), and the rest stays in Hebrew, which the later stages pass over.
 */
const HEBREW = /[\u0590-\u05ff]/;

const WORDS: readonly Rewrite[] = [
  phrase("מה חסר לי", " what am i missing "),
  phrase("כדי להיות|בשביל להיות", " to become "),
  phrase("ויזת עבודה|ויזה", " work visa "),
  phrase("כמה מרוויח|כמה מרוויחה|כמה מרוויחים", " how much does it earn "),
  // "ומה צריך בשביל התפקיד?" (and what does the role take?).
  phrase("מה צריך בשביל התפקיד|מה צריך בשביל זה|מה צריך", " what is needed for the role "),
];

/** The message with its Hebrew question phrases in English words; any other message as it is. */
export const hebrewInEnglish = languageReader((message) => HEBREW.test(message), WORDS);
