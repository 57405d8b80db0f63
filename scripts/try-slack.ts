// `npm run try:slack [-- "a question"]`: careerbot in Slack HTTP mode against the local fake Slack (test/fakes), with
// no Slack account. Starts the fake on 127.0.0.1, starts `careerbot start` against it, sends one signed /career
// slash command as Slack would, prints the answer and /readyz (on HEALTH_PORT), then stops both. Nothing leaves the machine.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { postSigned, slashCommandBody, startFakeSlack } from "../test/fakes/slack";

const question = process.argv.slice(2).join(" ") || "what does a lead ml architect earn?";
const secret = "try-slack-signing-secret";
const dir = mkdtempSync(join(tmpdir(), "careerbot-try-slack-"));
const fake = await startFakeSlack();
const bot = spawn(process.execPath, [fileURLToPath(new URL("../bin/careerbot.js", import.meta.url)), "start"], {
  stdio: ["ignore", "inherit", "pipe"],
  env: {
    ...process.env,
    SLACK_BOT_TOKEN: "xoxb-try-slack",
    SLACK_SIGNING_SECRET: secret,
    SLACK_API_URL: fake.apiUrl,
    SLACK_APP_TOKEN: "",
    SLACK_CLIENT_ID: "",
    DISCORD_TOKEN: "",
    PORT: "0",
    HEALTH_PORT: "0",
    HOST: "127.0.0.1",
    LOG_FORMAT: "json",
    LOG_LEVEL: "info",
    DATABASE_PATH: join(dir, "careerbot.db"),
  },
});

let exitCode = 1;
try {
  let healthPort: number | undefined;
  const port = await new Promise<number>((resolve, reject) => {
    let pending = "";
    bot.stderr.on("data", (chunk: Buffer) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const log = JSON.parse(line) as { msg?: string; port?: number; level?: number };
        if ((log.level ?? 0) >= 40) console.error(`careerbot: ${log.msg}`);
        if (log.msg === "health endpoint listening") healthPort = log.port;
        if (log.msg === "slack adapter listening (HTTP mode)" && log.port) resolve(log.port);
      }
    });
    bot.once("exit", (code) => reject(new Error(`careerbot exited with code ${code} before listening`)));
  });
  const base = `http://127.0.0.1:${port}`;
  console.log(`careerbot listens on ${base}/slack/events (Slack HTTP mode, Web API: the fake at ${fake.apiUrl})`);
  console.log(`/career ${question}\n`);
  const res = await postSigned(
    `${base}/slack/events`,
    slashCommandBody({ text: question, triggerId: "try-1", responseUrl: fake.responseUrl("try-1") }),
    { secret },
  );
  type Block = { text?: { text?: string }; fields?: { text?: string }[] };
  const answer = JSON.parse(res.body) as { text?: string; blocks?: Block[] };
  // The Block Kit answer, as text: each block's text and fields, in order.
  const blocks = (answer.blocks ?? []).flatMap((b) => [b.text?.text, ...(b.fields ?? []).map((f) => f.text)]);
  console.log(blocks.some(Boolean) ? blocks.filter(Boolean).join("\n") : answer.text);
  // /readyz is on HEALTH_PORT (loopback only), never on Slack's public port.
  const ready = await fetch(`http://127.0.0.1:${healthPort}/readyz`);
  console.log(`\nGET /readyz: ${ready.status} ${await ready.text()}`);
  exitCode = res.status === 200 && ready.status === 200 ? 0 : 1;
} catch (error) {
  console.error((error as Error).message);
} finally {
  bot.kill("SIGTERM");
  await new Promise((resolve) => (bot.exitCode === null ? bot.once("exit", resolve) : resolve(undefined)));
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
