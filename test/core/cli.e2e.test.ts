import { execFile } from "node:child_process";
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli";
import { DEFAULT_DATA_DIR } from "../../src/data/load";
import { tempDir } from "../tempDir";

const run = promisify(execFile);
const BIN = fileURLToPath(new URL("../../bin/careerbot.js", import.meta.url));

function careerbot(args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const child = run("node", [BIN, ...args], { env: { ...process.env, LOG_LEVEL: "silent", ...env } });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child;
}

describe("careerbot CLI", () => {
  it("ask prints the plain-text answer", async () => {
    const { stdout } = await careerbot(["ask", "lead ml architect salary"]);
    expect(stdout).toContain("$188,940 - $233,000 a year");
  });

  it("ask --json prints one object with intent, roles and text", async () => {
    const { stdout } = await careerbot([
      "ask",
      "--json",
      "compare NLP research scientist and multimodal AI research scientist",
    ]);
    const json = JSON.parse(stdout);
    expect(json.intent).toBe("compare");
    expect(json.roles.sort()).toEqual(["multimodal-ai-research-scientist", "nlp-research-scientist"]);
    expect(typeof json.text).toBe("string");
  });

  it("ask --jsonl answers every stdin line, blank ones included, in order and nothing else", async () => {
    const { stdout } = await careerbot(
      ["ask", "--jsonl"],
      "lead ml architect salary\n\nwhat is log and wait\n<!channel> 🚀\nlast line without newline",
    );
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.map((p) => p.intent)).toEqual(["salary", "help", "challenges", "help", "unknown"]);
  });

  it("validate-data exits non-zero naming the file and field", async () => {
    const dir = tempDir("careerbot-cli-");
    cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
    writeFileSync(join(dir, "market.json"), JSON.stringify({ summary: "x", figures: [] }));
    const failure = await careerbot(["validate-data", dir]).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/market\.json at figures/);
    expect(failure.stderr).toMatch(/market\.json at headlineFigureIds/);
    const ok = await careerbot(["validate-data", dir.replace(dir, DEFAULT_DATA_DIR)]);
    expect(ok.stdout).toMatch(/ok \(5 roles/);
  });

  it("ask reports a data file made malformed after an ask that validated it (the built CLI keeps a copy)", async () => {
    const dir = tempDir("careerbot-cli-");
    cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
    const ok = await careerbot(["ask", "lead ml architect salary"], undefined, { DATA_DIR: dir });
    expect(ok.stdout).toContain("$188,940 - $233,000 a year");
    writeFileSync(join(dir, "market.json"), JSON.stringify({ summary: "x", figures: [] }));
    const failure = await careerbot(["ask", "lead ml architect salary"], undefined, { DATA_DIR: dir }).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/market\.json at headlineFigureIds/);
  });

  it("a bad DATA_DIR stops the bot with a message naming the problem", async () => {
    const failure = await careerbot(["ask", "hi"], undefined, { DATA_DIR: "/nonexistent/careerbot" }).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain("DATA_DIR=/nonexistent/careerbot: folder not found");
  });

  it("the console shell answers piped lines, then exits", async () => {
    const child = run("node", [BIN, "start"], {
      env: { ...process.env, LOG_LEVEL: "silent", SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "" },
    });
    child.child.stdin?.end("nlp research scientist salary\nexit\nnever answered\n");
    const { stdout } = await child;
    expect(stdout).toContain("$105,000 a year");
    expect(stdout).not.toContain("never answered");
  });
});

/** Runs the CLI in this process (no process start per case), capturing stdout and stderr. */
async function inProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const log = vi.spyOn(console, "log").mockImplementation((...a) => {
    stdout += `${a.join(" ")}\n`;
  });
  const err = vi.spyOn(console, "error").mockImplementation((...a) => {
    stderr += `${a.join(" ")}\n`;
  });
  try {
    return { code: await runCli(args), stdout, stderr };
  } finally {
    out.mockRestore();
    log.mockRestore();
    err.mockRestore();
  }
}

describe("careerbot argument parsing", () => {
  it("--help and help <command> print usage on stdout, exit 0", async () => {
    expect((await inProcess(["--help"])).stdout).toMatch(/Usage: careerbot <command>[\s\S]*trends run-due/);
    expect((await inProcess([])).stdout).toMatch(/Usage: careerbot <command>/);
    for (const args of [
      ["ask", "--help"],
      ["ask", "-h"],
      ["help", "ask"],
      ["start", "--help"],
      ["validate-data", "--help"],
      ["trends", "--help"],
      ["trends", "preview", "--help"],
      ["trends", "run-due", "--help"],
      ["subscriptions", "--help"],
      ["chart", "--help"],
      ["chart", "salary", "--help"],
      ["help", "chart", "salary"],
      ["healthcheck", "--help"],
      ["discord-register", "--help"],
    ]) {
      const { code, stdout, stderr } = await inProcess(args);
      expect(code, args.join(" ")).toBe(0);
      expect(stdout, args.join(" ")).toMatch(/^Usage: careerbot /);
      expect(stderr).toBe("");
    }
  });

  it("--version prints the package version, in a real process", async () => {
    const { stdout } = await careerbot(["--version"]);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("rejects an unknown flag with exit 2 and one line, in a real process", async () => {
    const failure = await careerbot(["ask", "--jsno", "lead ml architect salary"]).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stdout).toBe("");
    expect(failure.stderr.trim()).toBe("careerbot ask: unknown option --jsno (careerbot ask --help)");
  });

  it("rejects unknown flags, commands and extra arguments with exit 2 and one line", async () => {
    for (const args of [
      ["ask", "--jsno", "lead ml architect salary"],
      ["ask", "--json=yes", "salary"],
      ["trends", "preview", "--wek", "2026-W49"],
      ["trends", "run-due", "--now"],
      ["bogus"],
      ["trends"],
      ["trends", "bogus"],
      ["--bogus"],
      ["validate-data", "a", "b"],
      ["subscriptions", "add", "slack"],
      ["ask", "--conversation", "salary"],
      ["ask", "--json", "--jsonl"],
      ["chart"],
      ["chart", "pie"],
      ["chart", "salary", "--rols", "lead-ml-architect"],
      ["chart", "salary", "extra.png"],
      ["chart", "salary", "--repeat", "0"],
    ]) {
      const failure = await inProcess(args);
      expect(failure.code, args.join(" ")).toBe(2);
      expect(failure.stdout, args.join(" ")).toBe("");
      expect(failure.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
    }
  });

  it("takes the question from positionals only; -- lets a question start with a dash", async () => {
    const { stdout } = await inProcess(["ask", "lead", "ml", "architect", "--json", "salary"]);
    expect(JSON.parse(stdout)).toMatchObject({ intent: "salary", roles: ["lead-ml-architect"] });
    const dashed = await inProcess(["ask", "--json", "--", "-- lead ml architect salary"]);
    expect(JSON.parse(dashed.stdout).intent).toBe("salary");
  });

  it("ask --jsonl --conversation is accepted and keeps one JSON object per line", async () => {
    const { stdout } = await careerbot(["ask", "--jsonl", "--conversation"], "lead ml architect salary\nroles\n");
    expect(
      stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l).intent),
    ).toEqual(["salary", "list_roles"]);
  });

  it("ask --jsonl --conversation answers each line in the context of the ones before; plain --jsonl does not", async () => {
    const turns = "tell me about the nlp research scientist role\nwhat about the salary?\n";
    const parse = (stdout: string) =>
      stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l) as { intent: string; roles: string[]; answer: { title: string } });
    const chained = parse((await careerbot(["ask", "--jsonl", "--conversation"], turns)).stdout);
    expect(chained[1]).toMatchObject({ intent: "salary", roles: ["nlp-research-scientist"] });
    expect(chained[1]?.answer.title).toBe("Salary: NLP Research Scientist");
    const alone = parse((await careerbot(["ask", "--jsonl"], turns)).stdout);
    expect(alone[1]?.roles).not.toEqual(["nlp-research-scientist"]);
  });

  it("trends preview takes --week=W and --week W alike; a missing or invalid week is an error, not this week", async () => {
    const spaced = await inProcess(["trends", "preview", "--week", "2026-W49"]);
    const joined = await inProcess(["trends", "preview", "--week=2026-W49"]);
    expect(spaced.stdout).toContain("week 2026-W49");
    expect(joined.stdout).toBe(spaced.stdout);
    expect((await inProcess(["trends", "preview", "--week=2026-W50"])).stdout).toContain("week 2026-W50");
    for (const args of [
      ["trends", "preview", "--week"],
      ["trends", "preview", "--week=2025-W53"],
      ["trends", "preview", "--week", "next"],
    ]) {
      const failure = await inProcess(args);
      expect(failure.code, args.join(" ")).toBe(2);
      expect(failure.stdout).toBe("");
      expect(failure.stderr).toMatch(/week/);
    }
  });
});
