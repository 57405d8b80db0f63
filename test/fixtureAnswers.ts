import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { vi } from "vitest";
import type { Answer } from "../src/answer/types";
import type { Reply } from "../src/bot";
import { FIXTURE_SETS_WRITTEN, type GradedCase, lastReply, parseGradedFile } from "../src/evaluation/grade";
import { type EvalCase, parseEvalFile } from "../src/evaluation/score";
import { bot } from "./helpers";

export { describeShard, isFirstShard, type Shard, setsIn, setsInShard } from "./fixtureSets";

/**
 * The fixture sets with each case answered once per test process, shared by every check over them (accuracy, the
 * truth of what answers say about the asker, figures). Answering the ~2,300 advice cases is the slow part of
 * `test:unit`; each of those files used to answer them all again. Nothing is cached between runs.
 */

/** test/fixtures: dev.jsonl and the holdout sets, scored as scripts/eval.ts scores them. */
export const EVAL_FIXTURES = fileURLToPath(new URL("fixtures/", import.meta.url));
/** test/fixtures/advice: advice, conversation and message sets, graded as scripts/grade.ts grades them. */
export const ADVICE_FIXTURES = fileURLToPath(new URL("fixtures/advice/", import.meta.url));

export interface AnsweredEvalCase {
  case: EvalCase;
  answer: Answer;
}

export interface AnsweredAdviceCase {
  case: GradedCase;
  /** The last reply of its conversation (`lastReply`): the one graded. */
  reply: Reply;
}

/** Answers as of the day the sets were written (`FIXTURE_SETS_WRITTEN`). */
function asWhenWritten<T>(answer: () => T): T {
  vi.useFakeTimers({ now: FIXTURE_SETS_WRITTEN, toFake: ["Date"] });
  try {
    return answer();
  } finally {
    vi.useRealTimers();
  }
}

const evalAnswers = new Map<string, AnsweredEvalCase[]>();
const adviceAnswers = new Map<string, AnsweredAdviceCase[]>();

/** A set of test/fixtures, each question answered (once). */
export function answeredEvalSet(set: string): AnsweredEvalCase[] {
  const path = join(EVAL_FIXTURES, set);
  let cases = evalAnswers.get(path);
  if (!cases) {
    const parsed = parseEvalFile(readFileSync(path, "utf8"));
    cases = asWhenWritten(() => parsed.map((c) => ({ case: c, answer: bot.answer(c.q) })));
    evalAnswers.set(path, cases);
  }
  return cases;
}

/** A set of test/fixtures/advice, each case answered (once). */
export function answeredAdviceSet(set: string): AnsweredAdviceCase[] {
  const path = join(ADVICE_FIXTURES, set);
  let cases = adviceAnswers.get(path);
  if (!cases) {
    const parsed = parseGradedFile(readFileSync(path, "utf8"));
    cases = asWhenWritten(() => parsed.map((c) => ({ case: c, reply: lastReply(bot, c) })));
    adviceAnswers.set(path, cases);
  }
  return cases;
}
