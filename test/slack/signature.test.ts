import { verifySlackRequest } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { verifySlackSignature } from "../../adapters/slack/signature";
import { slackSignature } from "../fakes/slack";

const SECRET = "test-signing-secret";
const NOW_MS = 1_700_000_000_000;
const TS = NOW_MS / 1000;
const BODY = "command=%2Fcareer&text=lead+ml+architect+salary&team_id=T1";
const GOOD = slackSignature(SECRET, TS, BODY);

/** What Bolt's own check says (undefined: accepted), and ours. */
function verdicts(c: { secret?: string; body?: string; timestamp?: number; signature?: string }) {
  const options = {
    signingSecret: c.secret ?? SECRET,
    body: c.body ?? BODY,
    timestamp: c.timestamp ?? TS,
    signature: c.signature ?? GOOD,
    nowMs: NOW_MS,
  };
  const outcome = (check: () => void) => {
    try {
      check();
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  };
  return {
    bolt: outcome(() =>
      verifySlackRequest({
        signingSecret: options.signingSecret,
        body: options.body,
        nowMilliseconds: NOW_MS,
        headers: { "x-slack-signature": options.signature, "x-slack-request-timestamp": options.timestamp },
      }),
    ),
    ours: outcome(() => verifySlackSignature(options)),
  };
}

describe("the Slack signature check accepts and refuses exactly what Bolt's does, with its messages", () => {
  it.each([
    ["a good signature", {}],
    ["a good signature 5 minutes old", { timestamp: TS - 300, signature: slackSignature(SECRET, TS - 300, BODY) }],
    ["another body", { body: `${BODY}&x=1` }],
    ["another secret", { secret: "other" }],
    ["no secret", { secret: "" }],
    ["the hex in upper case", { signature: GOOD.toUpperCase().replace("V0=", "v0=") }],
    ["a truncated signature", { signature: GOOD.slice(0, -1) }],
    ["a longer signature", { signature: `${GOOD}0` }],
    ["no hash", { signature: "v0=" }],
    ["no '='", { signature: "v0" }],
    ["another version", { signature: GOOD.replace("v0=", "v1=") }],
    ["extra '=' parts", { signature: `${GOOD}=x` }],
    ["a stale timestamp", { timestamp: TS - 301, signature: slackSignature(SECRET, TS - 301, BODY) }],
    ["a timestamp that is not a number", { timestamp: Number.NaN }],
    ["non-ASCII in the signature", { signature: `v0=${"é".repeat(64)}` }],
  ])("%s", (_name, c) => {
    const { bolt, ours } = verdicts(c);
    expect(ours).toBe(bolt);
  });

  it("accepts the good one and refuses a forged one (the cases above compare like with like)", () => {
    expect(verdicts({}).ours).toBeUndefined();
    expect(verdicts({ secret: "other" }).ours).toBe("Failed to verify authenticity: signature mismatch");
  });
});
