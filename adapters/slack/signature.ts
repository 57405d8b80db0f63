import { createHmac, timingSafeEqual } from "node:crypto";

const PREFIX = "Failed to verify authenticity";

/**
 * Slack's request signature check, as Bolt's verifySlackRequest makes it (the same rules, the same messages): `v0=`
 * and the hex HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret, and a timestamp not older than five
 * minutes. The two hex strings are compared with crypto.timingSafeEqual: Bolt's tsscmp compares them through two
 * more HMACs under 32 fresh random bytes, three hash computations and a random draw for every request where one
 * constant-time comparison of equal-length strings does.
 */
export function verifySlackSignature(options: {
  signingSecret: string;
  /** The raw body, as text. */
  body: string;
  /** x-slack-request-timestamp, in seconds. */
  timestamp: number;
  /** x-slack-signature. */
  signature: string;
  nowMs?: number;
}): void {
  const { signingSecret, body, timestamp, signature } = options;
  if (!signingSecret) throw new Error(`${PREFIX}: signingSecret is empty or undefined`);
  if (Number.isNaN(timestamp))
    throw new Error(`${PREFIX}: header x-slack-request-timestamp did not have the expected type (${timestamp})`);
  if (timestamp < Math.floor((options.nowMs ?? Date.now()) / 1000) - 5 * 60)
    throw new Error(
      `${PREFIX}: x-slack-request-timestamp must differ from system time by no more than 5 minutes or request is stale`,
    );
  const [version, hash] = signature.split("=");
  if (version !== "v0") throw new Error(`${PREFIX}: unknown signature version`);
  const ours = createHmac("sha256", signingSecret).update(`v0:${timestamp}:${body}`).digest("hex");
  if (!hash || !sameText(hash, ours)) throw new Error(`${PREFIX}: signature mismatch`);
}

/** `a === b` in time that depends on the lengths only (the signature's length is public: 64 hex digits). */
function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right) && a === b;
}
