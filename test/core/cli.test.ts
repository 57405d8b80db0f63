import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../../src/data/load";

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
    const dir = mkdtempSync(join(tmpdir(), "careerbot-cli-"));
    cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
    writeFileSync(join(dir, "market.json"), JSON.stringify({ summary: "x", figures: [] }));
    const failure = await careerbot(["validate-data", dir]).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/market\.json at figures/);
    expect(failure.stderr).toMatch(/market\.json at headlineFigureIds/);
    const ok = await careerbot(["validate-data", dir.replace(dir, DEFAULT_DATA_DIR)]);
    expect(ok.stdout).toMatch(/ok \(5 roles/);
  });

  it("a bad DATA_DIR stops the bot with a message naming the problem", async () => {
    const failure = await careerbot(["ask", "hi"], undefined, { DATA_DIR: "/nonexistent/careerbot" }).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/\/nonexistent\/careerbot\/roles.*folder not found/);
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
