import { createInterface } from "node:readline";

/**
 * Standard input, line by line. A module of its own, imported only by `careerbot ask --jsonl`: the bundle starts a
 * module when first imported, so a one-question `ask` never loads node:readline.
 */
export function stdinLines(): AsyncIterable<string> {
  return createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
}
