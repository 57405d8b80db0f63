import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ZOOM } from "../../src/chart/render";
import { chartHeight } from "../../src/chart/svg";
import { tempDir } from "../tempDir";
import { decodePng } from "./png";

describe("careerbot chart salary", () => {
  const run = promisify(execFile);
  const BIN = fileURLToPath(new URL("../../bin/careerbot.js", import.meta.url));

  it("writes the PNG for the roles asked, and names an unknown role id", async () => {
    const out = join(tempDir("careerbot-chart-"), "salary.png");
    const { stdout } = await run(
      "node",
      [BIN, "chart", "salary", "--roles", "nlp-research-scientist,lead-ml-architect", "--out", out],
      {
        env: { ...process.env, LOG_LEVEL: "silent" },
      },
    );
    expect(stdout).toMatch(/960x\d+ PNG/);
    const image = decodePng(readFileSync(out));
    expect([image.width, image.height]).toEqual([960, chartHeight(2) * ZOOM]);
    // A wrong --roles value is a usage error, as for every command: exit 2, one line.
    await expect(run("node", [BIN, "chart", "salary", "--roles", "plumber", "--out", out])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("unknown role id: plumber"),
    });
  });
});
