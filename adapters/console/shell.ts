import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { renderPlainText } from "../../src/answer/plainText";
import type { Answer } from "../../src/answer/types";
import type { CareerBot } from "../../src/bot";
import { Conversations } from "../../src/conversation/conversations";
import { MemoryConversationStore } from "../../src/conversation/store";
import { type Feedback, thanksFor } from "../../src/feedback/feedback";
import type { Vote } from "../../src/store/feedback";

const EXIT_WORDS = new Set(["exit", "quit", ":q"]);
/** A rating of the last answer: `+` or `-` alone on a line (👍 and 👎 too). */
const RATINGS: Record<string, Vote> = { "+": "up", "-": "down", "👍": "up", "👎": "down" };

/** The answer as the console shows it: plain text with the follow-ups numbered, so typing "2" asks the second. */
export function renderConsoleAnswer(answer: Answer): string {
  const text = renderPlainText({ ...answer, followUps: [] });
  if (answer.followUps.length === 0) return text;
  return `${text}\n\nTry:\n${answer.followUps.map((q, i) => `  ${i + 1}) ${q}`).join("\n")}`;
}

/**
 * The adapter for a terminal: an interactive prompt with history when stdin is a TTY; otherwise it answers
 * each line it reads, then returns. The session is one conversation, kept in memory only.
 */
export async function runConsole(
  bot: CareerBot,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
  conversations = new Conversations(bot, new MemoryConversationStore()),
  /** A line after the greeting (how to connect Slack or Discord), shown in a terminal only. */
  hint?: string,
  /** Ratings: `+` or `-` after an answer rates it. */
  feedback?: Feedback,
): Promise<{ linesRead: number }> {
  const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
  const rl = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    historySize: 200,
    prompt: "careerbot> ",
  });
  const key = `console:${randomUUID()}`;
  const user = "console:local";
  let suggestions: string[] = [];
  /** The id the last answer's rating goes to, if it can be rated. */
  let rateable: string | undefined;
  let linesRead = 0;
  if (interactive) {
    output.write(
      `careerbot: ask about AI/ML careers. Type "help" for ideas, a number to ask a suggestion,${feedback ? " + or - to rate an answer," : ""} "exit" to leave.\n`,
    );
    if (hint) output.write(`${hint}\n`);
    rl.prompt();
  }
  for await (const line of rl) {
    linesRead++;
    if (EXIT_WORDS.has(line.trim().toLowerCase())) break;
    const rating = feedback ? RATINGS[line.trim()] : undefined;
    if (feedback && rating) {
      const outcome = rateable ? await feedback.vote(rateable, user, rating) : undefined;
      output.write(
        `${outcome ? thanksFor(rating, outcome) : "Only answers can be rated: ask something, then type + or - after its answer."}\n\n`,
      );
      if (interactive) rl.prompt();
      continue;
    }
    const picked = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(line);
    const question = picked ? (suggestions[Number(picked[1]) - 1] ?? line) : line;
    if (picked && question !== line) output.write(`> ${question}\n`);
    const answer = await conversations.ask(key, user, question);
    rateable = await feedback?.record(answer, { platform: "console", userId: user, question });
    suggestions = answer.followUps;
    output.write(`${renderConsoleAnswer(answer)}\n\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
  return { linesRead };
}
