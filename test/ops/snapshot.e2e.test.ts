import { execFile, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { tempDir } from "../tempDir";

// `careerbot ask "..."` through bin/careerbot, the shell launcher that starts one question from the start-up snapshot
// the build takes (dist/src/cli.ask.snapshot, bin/snapshot.cjs); what it answers must be what bin/careerbot.js answers.
const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const require = (await import("node:module")).createRequire(import.meta.url);
const { ONE_QUESTION_V8_FLAGS, RUN_V8_FLAGS } = require("../../bin/bundle.cjs") as {
  ONE_QUESTION_V8_FLAGS: string[];
  RUN_V8_FLAGS: string[];
};

const QUESTIONS = [
  ["ask", "lead ml architect salary"],
  ["ask", "I have 4 yrs backend, no degree. what am I missing for lead ml architect?"],
  [
    "ask",
    "--json",
    "which pays more, nlp or multimodal? and do I need a phd for multimodal, also whats it like in berlin",
  ],
  ["ask", "lương Lead ML Architect bên Mỹ khoảng bao nhiêu vậy ạ?"],
  ["ask", "how do I negotiate my offer as an entry level ai engineer"],
];

/**
 * A `node` first on the PATH that notes its arguments, one call a line, in `log`, then runs the real Node: shows which
 * way the launcher started.
 */
function loggingNode(log: string): NodeJS.ProcessEnv {
  const dir = tempDir();
  const shim = join(dir, "node");
  writeFileSync(shim, `#!/bin/sh\nprintf '%s\\n' "$*" >> "${log}"\nexec "${process.execPath}" "$@"\n`);
  chmodSync(shim, 0o755);
  return { ...process.env, LOG_LEVEL: "silent", PATH: `${dir}:${process.env.PATH}` };
}

/** A copy of the installed package (its bin/, dist/, data/, package.json; node_modules linked) somewhere else. */
function packageCopy(): string {
  const copy = tempDir();
  for (const part of ["bin", "dist", "data", "package.json"])
    cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
  return copy;
}

describe("careerbot ask from the start-up snapshot (bin/careerbot)", () => {
  it("the build took the snapshot", () => {
    expect(existsSync(join(ROOT, "dist/src/cli.ask.snapshot"))).toBe(true);
  });

  it.each(QUESTIONS.map((args) => ({ args, line: args.join(" ") })))(
    "starts from it and answers as bin/careerbot.js does: $line",
    async ({ args }) => {
      const log = join(tempDir(), "node-calls");
      const env = loggingNode(log);
      const fromSnapshot = await run(join(ROOT, "bin/careerbot"), args, { env, cwd: tempDir() });
      const calls = readFileSync(log, "utf8").trim().split("\n");
      expect(calls).toEqual([
        `--snapshot-blob ${ROOT}bin/../dist/src/cli.ask.snapshot ${ONE_QUESTION_V8_FLAGS.join(" ")} ${ROOT}bin/.. ${args.join(" ")}`,
      ]);
      const plain = await run(process.execPath, [join(ROOT, "bin/careerbot.js"), ...args], { env, cwd: tempDir() });
      expect(fromSnapshot.stdout).toBe(plain.stdout);
      expect(fromSnapshot.stdout.length).toBeGreaterThan(100);
    },
  );

  it("runs everything else with bin/careerbot.js, its V8 flags on the command line", async () => {
    const log = join(tempDir(), "node-calls");
    const env = loggingNode(log);
    expect((await run(join(ROOT, "bin/careerbot"), ["--version"], { env })).stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect((await run(join(ROOT, "bin/careerbot"), ["ask", "--help"], { env })).stdout).toMatch(/careerbot ask/);
    const batch = spawnSync(join(ROOT, "bin/careerbot"), ["ask", "--jsonl"], {
      env,
      input: "lead ml architect salary\n",
      encoding: "utf8",
    });
    expect(JSON.parse(batch.stdout).intent).toBe("salary");
    // (V8 reads them as it starts: set later from JavaScript, --no-regexp-tier-up crashed `careerbot start` now and then.)
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual([
      `${RUN_V8_FLAGS.join(" ")} ${ROOT}bin/careerbot.js --version`,
      `${ONE_QUESTION_V8_FLAGS.join(" ")} ${ROOT}bin/careerbot.js ask --help`,
      `${RUN_V8_FLAGS.join(" ")} ${ROOT}bin/careerbot.js ask --jsonl`,
    ]);
  });

  it("answers from the data folder as it is now, not as the snapshot saw it", async () => {
    // A snapshot taken in a copy of the package, whose data is then edited: the bot is built again from the edit.
    const copy = packageCopy();
    const snapshot = join(copy, "dist/src/cli.ask.snapshot");
    await run(process.execPath, [
      ...ONE_QUESTION_V8_FLAGS,
      "--snapshot-blob",
      snapshot,
      "--build-snapshot",
      join(copy, "bin/snapshot.cjs"),
    ]);
    const ask = () =>
      run(join(copy, "bin/careerbot"), ["ask", "whats trending in ai"], { env: loggingNode(join(copy, "log")) });
    expect((await ask()).stdout).toContain("  - Cloud computing for ML: ");
    const trends = join(copy, "data/topics/trends.json");
    writeFileSync(
      trends,
      readFileSync(trends, "utf8").replace('"Cloud computing for ML"', '"Cloud computing for ML (edited)"'),
    );
    expect((await ask()).stdout).toContain("  - Cloud computing for ML (edited): ");
    // Both from the snapshot: it was not the fallback that read the edit.
    expect(
      readFileSync(join(copy, "log"), "utf8")
        .trim()
        .split("\n")
        .map((call) => call.split(" ")[0]),
    ).toEqual(["--snapshot-blob", "--snapshot-blob"]);
  });

  it("answers from another DATA_DIR", async () => {
    const data = tempDir();
    cpSync(join(ROOT, "data"), data, { recursive: true });
    const trends = join(data, "topics/trends.json");
    writeFileSync(
      trends,
      readFileSync(trends, "utf8").replace('"Cloud computing for ML"', '"Cloud in another folder"'),
    );
    const { stdout } = await run(join(ROOT, "bin/careerbot"), ["ask", "whats trending in ai"], {
      env: { ...process.env, LOG_LEVEL: "silent", DATA_DIR: data },
    });
    expect(stdout).toContain("  - Cloud in another folder: ");
  });

  it("answers without the snapshot when the package has moved since it was taken", async () => {
    const copy = packageCopy();
    const { stdout } = await run(join(copy, "bin/careerbot"), ["ask", "lead ml architect salary"], {
      env: { ...process.env, LOG_LEVEL: "silent" },
    });
    expect(stdout).toContain("$188,940 - $233,000 a year");
  });

  it("answers without the snapshot when run by a relative path, as `npm run ask` runs it", async () => {
    // The launcher passes "bin/.." as the package's folder; falling back to bin/careerbot.js must not need it absolute.
    const copy = packageCopy();
    const { stdout } = await run("bin/careerbot", ["ask", "lead ml architect salary"], {
      cwd: copy,
      env: { ...process.env, LOG_LEVEL: "silent" },
    });
    expect(stdout).toContain("$188,940 - $233,000 a year");
  });

  it("answers without the snapshot when this Node cannot load it", async () => {
    // A snapshot taken under other V8 flags: Node refuses it (exit 14) and the launcher runs bin/careerbot.js.
    const copy = packageCopy();
    const entry = join(tempDir(), "empty.cjs");
    writeFileSync(entry, 'require("node:v8").startupSnapshot.setDeserializeMainFunction(() => {});\n');
    await run(process.execPath, [
      "--snapshot-blob",
      join(copy, "dist/src/cli.ask.snapshot"),
      "--build-snapshot",
      entry,
    ]);
    const { stdout, stderr } = await run(join(copy, "bin/careerbot"), ["ask", "lead ml architect salary"], {
      env: { ...process.env, LOG_LEVEL: "silent" },
    });
    expect(stdout).toContain("$188,940 - $233,000 a year");
    expect(stderr).toMatch(/Failed to load the startup snapshot/);
  });
});
