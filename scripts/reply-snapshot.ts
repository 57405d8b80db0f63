/**
 * Every question of the fixture sets (and of any folders named) through bot.reply, conversations turn by turn, one
 * JSON line per turn with the whole reply and its plain text: a byte-for-byte check that a change meant to be
 * invisible (a speed-up, a refactor) is. `--root DIR` answers with another checkout's code (a `git archive` of the
 * commit before, say), always on this checkout's questions, so the two outputs compare with `cmp`.
 * `npx tsx scripts/reply-snapshot.ts [--root DIR] [EXTRA_FOLDER...] > replies.jsonl`
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const rootAt = args.indexOf("--root");
const root = resolve(rootAt >= 0 ? (args[rootAt + 1] ?? ".") : fileURLToPath(new URL("..", import.meta.url)));
const extra = rootAt >= 0 ? args.filter((_, i) => i !== rootAt && i !== rootAt + 1) : args;
const load = (path: string) => import(pathToFileURL(join(root, path)).href);

const { createCareerBot } = await load("src/bot.ts");
const { loadCareerData } = await load("src/data/load.ts");
const { renderPlainText } = await load("src/answer/plainText.ts");
await load("adapters/index.ts");
const bot = createCareerBot(loadCareerData());

const here = fileURLToPath(new URL("..", import.meta.url));
const jsonl = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".jsonl"))
        .map((f) => join(dir, f))
    : [];
const files = [join(here, "test/fixtures"), join(here, "test/fixtures/advice"), ...extra].flatMap(jsonl).sort();

type Turn = string | { q?: string; text?: string; say?: string };
for (const file of files) {
  for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const c = JSON.parse(line) as { q?: string; turns?: Turn[] };
    const turns = c.turns?.map((t) => (typeof t === "string" ? t : (t.q ?? t.text ?? t.say ?? ""))) ?? [c.q ?? ""];
    let context: unknown;
    for (const q of turns) {
      const r = bot.reply(String(q), context);
      process.stdout.write(
        `${JSON.stringify({ file: file.replace(here, ""), q, r, text: renderPlainText(r.answer) })}\n`,
      );
      context = r.context;
    }
  }
}
