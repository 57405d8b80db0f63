// Apart from tokenCipher.ts: settings are read at every start (`careerbot ask` too), and node:crypto, which the cipher
// needs, costs 4 ms to load; it loads only when Slack starts.

/** SLACK_TOKEN_KEY: 32 bytes, written as 64 hex characters or as base64. */
export function parseTokenKey(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, "hex");
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) {
    const key = Buffer.from(trimmed, "base64");
    if (key.length === 32) return key;
  }
  return undefined;
}
