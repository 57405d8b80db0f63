import { createInterface } from "node:readline";
import { answerText, type CareerBot } from "../../src/bot";

const EXIT_WORDS = new Set(["exit", "quit", ":q"]);

/**
 * The adapter for a terminal: an interactive prompt with history when stdin is a TTY; otherwise it answers
 * each line it reads, then returns.
 */
export async function runConsole(
  bot: CareerBot,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
  const rl = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    historySize: 200,
    prompt: "careerbot> ",
  });
  if (interactive) {
    output.write('careerbot: ask about AI/ML careers. Type "help" for ideas, "exit" to leave.\n');
    rl.prompt();
  }
  for await (const line of rl) {
    if (EXIT_WORDS.has(line.trim().toLowerCase())) break;
    output.write(`${answerText(bot, line).text}\n\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
}
