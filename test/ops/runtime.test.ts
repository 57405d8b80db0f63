import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as {
  engines: { node: string };
  dependencies: Record<string, string>;
};

/** Whether an engines range of the forms npm packages use here (`>=20`, `20.x || 22.x`, `^16 || >=20`) takes a major. */
function acceptsMajor(range: string, major: number): boolean {
  return range.split("||").some((part) => {
    const p = part.trim();
    const at = /^>=\s*(\d+)/.exec(p);
    if (at) return major >= Number(at[1]);
    const exact = /^\^?(\d+)(\.x|\.\d+\.\d+|\.\d+)?$/.exec(p);
    if (exact) return major === Number(exact[1]);
    throw new Error(`unreadable engines range part "${p}"`);
  });
}

/** Node lines with long-term support and their end of life (nodejs.org/en/about/previous-releases). */
const LTS_END_OF_LIFE: Record<number, string> = { 20: "2026-04-30", 22: "2027-04-30", 24: "2028-04-30" };

describe("the Node.js versions the project runs on", () => {
  const images = [...readFileSync(`${ROOT}Dockerfile`, "utf8").matchAll(/^FROM node:(\d+)-slim/gm)].map((m) =>
    Number(m[1]),
  );

  it("the image is built and run on one LTS line that is still supported (not Node 20, past its end of life)", () => {
    expect(images).toHaveLength(3);
    expect(new Set(images).size).toBe(1);
    const major = images[0] as number;
    expect(LTS_END_OF_LIFE[major]).toBeDefined();
    expect(major).toBeGreaterThanOrEqual(24);
  });

  it("engines takes the image's line and the one tests run on here, and no line a dependency refuses", () => {
    const here = Number(process.versions.node.split(".")[0]);
    expect(acceptsMajor(pkg.engines.node, images[0] as number)).toBe(true);
    expect(acceptsMajor(pkg.engines.node, here)).toBe(true);
    for (const major of [18, 19, 20, 21, 22, 23, 24, 25, 26, 27]) {
      if (!acceptsMajor(pkg.engines.node, major)) continue;
      for (const name of Object.keys(pkg.dependencies)) {
        const manifest = readFileSync(`${ROOT}node_modules/${name}/package.json`, "utf8");
        const range = (JSON.parse(manifest) as { engines?: { node?: string } }).engines?.node;
        if (range) expect(acceptsMajor(range, major), `${name} engines ${range} on Node ${major}`).toBe(true);
      }
    }
  });

  it("the deploy docs say how npm ci compiles better-sqlite3 where no prebuilt binary matches", () => {
    const deploy = readFileSync(`${ROOT}docs/deploy.md`, "utf8");
    for (const needed of ["python3", "make", "g++", "better-sqlite3", "apt-get install", `Node.js ${images[0]}`])
      expect(deploy).toContain(needed);
  });
});
