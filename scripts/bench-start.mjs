// `npm run bench:start`: how long `careerbot ask` takes as a whole process, side by side with `node -e ""` (Node's own
// start-up, the floor). Runs alternate (bare node, careerbot, bare node, ...) so a busy machine slows both alike;
// prints each one's median and the ratio of the medians. The goal is at most 2x.
//
//   node scripts/bench-start.mjs [--runs 15] [--question "lead ml architect salary"] [--also OTHER/bin/careerbot.js]
//
// --also times another checkout's careerbot in the same alternation (before/after a change, on a busy machine).
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "15" },
    question: { type: "string", default: "lead ml architect salary" },
    also: { type: "string" },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number above 0, not "${values.runs}"`);

const bin = fileURLToPath(new URL("../bin/careerbot.js", import.meta.url));
const commands = [
  { name: 'node -e ""', args: ["-e", ""] },
  { name: `careerbot ask "${values.question}"`, args: [bin, "ask", values.question] },
  ...(values.also ? [{ name: `${values.also} ask`, args: [values.also, "ask", values.question] }] : []),
];

/** One whole process, from spawn to exit, in milliseconds. */
function timeRun(args) {
  const start = process.hrtime.bigint();
  // From the temp folder: a developer's .env in the project must not change what is measured.
  const result = spawnSync(process.execPath, args, { cwd: tmpdir(), stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

for (const c of commands) timeRun(c.args); // warm the file cache
const times = commands.map(() => []);
for (let i = 0; i < runs; i++) {
  for (const [j, c] of commands.entries()) times[j].push(timeRun(c.args));
}

const [bare = 0, ask = 0, other] = times.map(median);
for (const [j, c] of commands.entries()) {
  const t = times[j];
  console.log(
    `${c.name.padEnd(42)} median ${median(t).toFixed(1).padStart(6)} ms  (min ${Math.min(...t).toFixed(1)}, max ${Math.max(...t).toFixed(1)}, ${runs} runs)`,
  );
}
console.log(`ratio of medians: ${(ask / bare).toFixed(2)}x (goal: at most 2x), node ${process.version}`);
if (other !== undefined) console.log(`the other checkout: ${(other / bare).toFixed(2)}x`);
