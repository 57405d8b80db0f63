// `npm run bench:start`: how long `careerbot ask` takes as a whole process, side by side with `node -e ""` (Node's own
// start-up, the floor). Runs alternate (bare node, then each command) so a busy machine slows all alike; prints each
// one's median and its ratio to bare node's. The goal is at most 2x.
//
//   node scripts/bench-start.mjs [--runs 15] [--question "..."]... [--also OTHER/bin/careerbot]
//
// `careerbot` is bin/careerbot, the installed command, which starts one question from the build's start-up snapshot;
// `node bin/careerbot.js` is the same question without it. Two questions by default: the one the snapshot answered
// while it was taken (src/startupSnapshot.ts) and one it did not (a story and a gap: more code to run cold).
// --also times another checkout's command in the same alternation (before/after a change, on a busy machine).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "15" },
    question: {
      type: "string",
      multiple: true,
      default: [
        "lead ml architect salary",
        "I have 4 yrs backend, no degree. what am I missing for lead ml architect?",
      ],
    },
    also: { type: "string" },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number above 0, not "${values.runs}"`);

const { ONE_QUESTION_V8_FLAGS } = createRequire(import.meta.url)("../bin/bundle.cjs");
const command = fileURLToPath(new URL("../bin/careerbot", import.meta.url));
const script = fileURLToPath(new URL("../bin/careerbot.js", import.meta.url));
const short = (q) => (q.length > 30 ? `${q.slice(0, 27)}...` : q);
const commands = [
  { name: 'node -e ""', file: process.execPath, args: ["-e", ""] },
  ...values.question.flatMap((q) => [
    { name: `careerbot ask "${short(q)}"`, file: command, args: ["ask", q] },
    // (With the V8 flags bin/careerbot gives a question, as its fallback without the snapshot runs it.)
    {
      name: `node bin/careerbot.js ask "${short(q)}"`,
      file: process.execPath,
      args: [...ONE_QUESTION_V8_FLAGS, script, "ask", q],
    },
    ...(values.also ? [{ name: `${values.also} ask "${short(q)}"`, file: values.also, args: ["ask", q] }] : []),
  ]),
];

/** One whole process, from spawn to exit, in milliseconds. */
function timeRun({ file, args }) {
  const start = process.hrtime.bigint();
  // From the temp folder: a developer's .env in the project must not change what is measured.
  const result = spawnSync(file, args, { cwd: tmpdir(), stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${file} ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

for (const c of commands) timeRun(c); // warm the file cache
const times = commands.map(() => []);
for (let i = 0; i < runs; i++) {
  for (const [j, c] of commands.entries()) times[j].push(timeRun(c));
}

const bare = median(times[0]);
for (const [j, c] of commands.entries()) {
  const t = times[j];
  const ratio = j === 0 ? "" : `  ${(median(t) / bare).toFixed(2)}x`;
  console.log(
    `${c.name.padEnd(58)} median ${median(t).toFixed(1).padStart(6)} ms${ratio}  (min ${Math.min(...t).toFixed(1)}, max ${Math.max(...t).toFixed(1)})`,
  );
}
console.log(`${runs} alternating runs each, node ${process.version}; goal: careerbot ask at most 2x node -e ""`);
