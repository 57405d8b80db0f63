import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataValidationError, DEFAULT_DATA_DIR, loadCareerData } from "../../src/data/load";
import { tempDir } from "../tempDir";

/** The source document every fact and figure comes from (the AiPathly careers guide), carried in the repo. */
const SEED = join(DEFAULT_DATA_DIR, "sources", "aipathly-lead-ml-architect.txt");

function copyOfData(): string {
  const dir = tempDir("careerbot-data-");
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  return dir;
}

function editJson(file: string, edit: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(readFileSync(file, "utf8"));
  edit(json);
  writeFileSync(file, JSON.stringify(json));
}

describe("career data", () => {
  it("loads the five roles with the ids the issue names", () => {
    const data = loadCareerData();
    expect(data.roles.map((r) => r.id).sort()).toEqual([
      "entry-level-ai-engineer",
      "lead-ml-architect",
      "multimodal-ai-research-scientist",
      "nlp-research-scientist",
      "senior-ai-application-engineer",
    ]);
    expect(data.bestPractices).toHaveLength(13);
    expect(data.challenges).toHaveLength(10);
  });

  it("holds no number that the source document does not", () => {
    const seed = readFileSync(SEED, "utf8").replace(/,/g, "");
    const missing: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (typeof value === "number") {
        if (!seed.includes(String(value))) missing.push(`${path}=${value}`);
      } else if (typeof value === "string") {
        for (const n of value.replace(/,/g, "").match(/\d+(\.\d+)?/g) ?? []) {
          if (!seed.includes(n)) missing.push(`${path}: ${n}`);
        }
      } else if (value && typeof value === "object") {
        // Matching phrases are words people type ("is a 12 week bootcamp"), never shown as a fact.
        for (const [k, v] of Object.entries(value)) if (k !== "phrases") visit(v, `${path}.${k}`);
      }
    };
    const files = [
      "market.json",
      ...readdirSync(join(DEFAULT_DATA_DIR, "roles")).map((f) => `roles/${f}`),
      ...readdirSync(join(DEFAULT_DATA_DIR, "topics")).map((f) => `topics/${f}`),
    ];
    for (const f of files) visit(JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, f), "utf8")), f);
    expect(missing).toEqual([]);
  });

  it("gives no salary for the senior AI application engineer, as the document gives none", () => {
    const role = loadCareerData().roles.find((r) => r.id === "senior-ai-application-engineer");
    expect(role?.salary).toBeUndefined();
  });

  it("rejects a malformed file naming the file and the field", () => {
    const dir = copyOfData();
    editJson(join(dir, "roles/nlp-research-scientist.json"), (j) => {
      (j.salary as { figures: unknown[] }).figures = [{ label: "Average", value: "lots" }];
    });
    expect(() => loadCareerData(dir)).toThrowError(DataValidationError);
    expect(() => loadCareerData(dir)).toThrowError(/nlp-research-scientist\.json at salary\.figures\.0\.value/);
  });

  it("rejects invalid JSON and a missing required field", () => {
    const dir = copyOfData();
    writeFileSync(join(dir, "topics/trends.json"), "[{ oops");
    editJson(join(dir, "roles/lead-ml-architect.json"), (j) => {
      delete j.title;
    });
    try {
      loadCareerData(dir);
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/trends\.json/);
      expect(message).toMatch(/lead-ml-architect\.json at title/);
    }
  });

  it("rejects references to roles or figures that do not exist", () => {
    const dir = copyOfData();
    editJson(join(dir, "roles/nlp-research-scientist.json"), (j) => {
      j.related = ["no-such-role"];
    });
    expect(() => loadCareerData(dir)).toThrowError(/related\.0: unknown role id "no-such-role"/);
  });

  it("rejects a not-covered job whose nearest role does not exist, naming the file and the topic", () => {
    const dir = copyOfData();
    const file = join(dir, "topics/not-covered.json");
    const topics = JSON.parse(readFileSync(file, "utf8")) as { nearestRole?: string }[];
    const index = topics.findIndex((t) => t.nearestRole !== undefined);
    (topics[index] as { nearestRole?: string }).nearestRole = "no-such-role";
    writeFileSync(file, JSON.stringify(topics));
    expect(() => loadCareerData(dir)).toThrowError(
      new RegExp(`topics/not-covered\\.json.*${index}\\.nearestRole: unknown role id "no-such-role"`),
    );
  });

  it("picks up a role added as a file, with no code change", () => {
    const dir = copyOfData();
    editJson(join(dir, "roles/nlp-research-scientist.json"), (j) => {
      j.id = "quantum-ml-researcher";
      j.title = "Quantum ML Researcher";
      j.aliases = ["quantum ml researcher", "quantum researcher"];
      j.related = [];
    });
    cpSync(join(dir, "roles/nlp-research-scientist.json"), join(dir, "roles/quantum-ml-researcher.json"));
    writeFileSync(
      join(dir, "roles/nlp-research-scientist.json"),
      readFileSync(join(DEFAULT_DATA_DIR, "roles/nlp-research-scientist.json")),
    );
    expect(loadCareerData(dir).roles.map((r) => r.id)).toContain("quantum-ml-researcher");
  });
});
