import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { answerText, createCareerBot } from "./bot";
import { loadConfig } from "./config";
import { DataValidationError, loadCareerData } from "./data/load";

const USAGE = `Usage: careerbot <command>
  ask [--json] "question"     answer one question (plain text, or one JSON object)
  ask --jsonl                 answer one question per stdin line, one JSON object per line
  validate-data [DIR]         check a data folder (default: DATA_DIR or ./data)
  help                        this text`;

type Command = (args: string[]) => Promise<number>;

function loadBot() {
  return createCareerBot(loadCareerData(loadConfig().DATA_DIR));
}

function toJson(bot: ReturnType<typeof loadBot>, question: string): string {
  const { answer, text } = answerText(bot, question);
  return JSON.stringify({ intent: answer.intent, roles: answer.roles, text, answer });
}

const ask: Command = async (args) => {
  const bot = loadBot();
  if (args.includes("--jsonl")) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) process.stdout.write(`${toJson(bot, line)}\n`);
    return 0;
  }
  const question = args.filter((a) => a !== "--json").join(" ");
  process.stdout.write(args.includes("--json") ? `${toJson(bot, question)}\n` : `${answerText(bot, question).text}\n`);
  return 0;
};

const validateData: Command = async (args) => {
  const dir = args[0] ?? loadConfig().DATA_DIR;
  const data = loadCareerData(dir);
  console.log(
    `${dir}: ok (${data.roles.length} roles, ${data.bestPractices.length} best practices, ${data.challenges.length} challenges, ${data.trends.length} trends)`,
  );
  return 0;
};

const COMMANDS: Record<string, Command> = {
  ask,
  "validate-data": validateData,
  help: async () => {
    console.log(USAGE);
    return 0;
  },
};

export async function runCli(argv: string[]): Promise<number> {
  const [name = "help", ...args] = argv;
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n${USAGE}`);
    return 2;
  }
  try {
    return await command(args);
  } catch (error) {
    // Known, user-fixable errors get their message alone; anything else keeps its stack.
    const known = error instanceof DataValidationError || (error as Error).name === "ConfigError";
    console.error(known ? (error as Error).message : error);
    return 1;
  }
}

// Run directly (`tsx src/cli.ts ...`); bin/careerbot.js imports runCli instead.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2));
}
