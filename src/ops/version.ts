import { readFileSync } from "node:fs";

/**
 * The package version. `../../package.json` resolves to the project root from src/ops/ and from the bundled chunks
 * in dist/src/ alike (the build keeps the sources' depth).
 */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}
