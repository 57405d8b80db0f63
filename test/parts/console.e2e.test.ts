import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { tempDir } from "../tempDir";
import { THREE_PART_MESSAGE, threePartTitles } from "./threePart";

const BIN = fileURLToPath(new URL("../../bin/careerbot.js", import.meta.url));

describe("the console answers a three-part message with three parts", () => {
  it("`careerbot start` with no tokens prints each part under its title, in the order asked", async () => {
    const titles = threePartTitles();
    // A fresh folder: no .env or store of whoever runs the tests is picked up.
    const child = promisify(execFile)(process.execPath, [BIN, "start"], {
      cwd: tempDir("careerbot-parts-"),
      env: { ...process.env, LOG_LEVEL: "silent", SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "" },
    });
    child.child.stdin?.end(`${THREE_PART_MESSAGE}\nexit\n`);
    const { stdout } = await child;
    const lines = stdout.split("\n");
    // Each title is a line of its own, once, and the three come in order.
    expect(lines.filter((l) => titles.includes(l))).toEqual(titles);
    // Each part's body follows its title: the salary figures sit between the second and third titles.
    const salary = lines.slice(lines.indexOf(titles[1] ?? ""), lines.indexOf(titles[2] ?? "")).join("\n");
    expect(salary).toMatch(/\$\d{2,3},\d{3}/);
  });
});
