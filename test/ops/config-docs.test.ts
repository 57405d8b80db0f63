import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONFIGURATION_MD, configurationMarkdown, ENV_EXAMPLE, envExample, variables } from "../../scripts/config-docs";

describe("docs/configuration.md and .env.example are generated from the zod schemas", () => {
  it("every variable of the core and of each platform has a section and a description", () => {
    const names = variables().map((v) => v.name);
    expect(names).toContain("DATABASE_PATH");
    expect(names).toContain("SLACK_BOT_TOKEN");
    expect(names).toContain("DISCORD_TOKEN");
    expect(new Set(names).size).toBe(names.length);
    for (const v of variables()) expect(v.description.length, v.name).toBeGreaterThan(10);
  });

  it("docs/configuration.md is up to date (npm run config-docs rewrites it)", () => {
    expect(readFileSync(CONFIGURATION_MD, "utf8")).toBe(configurationMarkdown());
  });

  it(".env.example is up to date (npm run config-docs rewrites it)", () => {
    expect(readFileSync(ENV_EXAMPLE, "utf8")).toBe(envExample());
  });

  it("lists a variable added to a schema, so a new variable cannot go undocumented", () => {
    const extra = { name: "NEW_VARIABLE", section: "Process", description: "a variable added later" };
    expect(configurationMarkdown([...variables(), extra])).toContain("| `NEW_VARIABLE` |  | a variable added later |");
    expect(envExample([...variables(), extra])).toContain("# a variable added later\nNEW_VARIABLE=");
  });
});
