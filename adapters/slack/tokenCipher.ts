import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { InstallationQuery, InstallationStore } from "../../src/store/installations";
import { installIdOf } from "../../src/store/installations";

/** What an encrypted token looks like in the stored installation: a version tag, then iv, tag and ciphertext. */
const PREFIX = "enc:v1:";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class TokenKeyError extends Error {
  override name = "TokenKeyError";
}

/**
 * AES-256-GCM over one token, bound to its installation (`aad`: platform and install id), so a token copied into
 * another workspace's row does not decrypt there. A fresh random 96-bit IV per token.
 */
export function encryptToken(key: Buffer, token: string, aad: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return `${PREFIX}${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

export function isEncrypted(value: unknown): value is string {
  return typeof value === "string" && value.startsWith(PREFIX);
}

export function decryptToken(key: Buffer, value: string, aad: string): string {
  const raw = Buffer.from(value.slice(PREFIX.length), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new TokenKeyError(
      `a stored Slack token of installation ${aad} does not decrypt with SLACK_TOKEN_KEY: the key changed, or the row was altered`,
    );
  }
}

/** Where Slack's installation object keeps secrets: the bot's and the installing user's tokens and refresh tokens. */
const SECRET_FIELDS = [
  ["bot", "token"],
  ["bot", "refreshToken"],
  ["user", "token"],
  ["user", "refreshToken"],
] as const;

type Installation = Record<string, unknown>;

/** A copy of the installation with each secret field passed through `map` (objects are copied, never changed). */
function mapSecrets(installation: unknown, map: (value: string) => string): unknown {
  if (installation === null || typeof installation !== "object") return installation;
  const copy: Installation = { ...(installation as Installation) };
  for (const [part, field] of SECRET_FIELDS) {
    const holder = copy[part];
    if (holder === null || typeof holder !== "object") continue;
    const value = (holder as Installation)[field];
    if (typeof value !== "string") continue;
    copy[part] = { ...(holder as Installation), [field]: map(value) };
  }
  return copy;
}

function hasEncrypted(installation: unknown): boolean {
  let found = false;
  mapSecrets(installation, (value) => {
    found ||= isEncrypted(value);
    return value;
  });
  return found;
}

/**
 * The installation store with Slack's tokens encrypted at rest (SLACK_TOKEN_KEY): each token and refresh token is
 * encrypted before it is stored and decrypted when read; everything else (team, ids, scopes) stays readable. Rows
 * stored in plain text before the key was set are still read, and encrypted when next stored. Without a key, a row
 * holding encrypted tokens is an error naming SLACK_TOKEN_KEY, never a token of garbage sent to Slack.
 */
export function encryptedInstallations(store: InstallationStore, key: Buffer | undefined): InstallationStore {
  const aadOf = (platform: string, query: InstallationQuery) => `${platform}:${installIdOf(query) ?? ""}`;
  return {
    storeInstallation: (platform, query, installation) =>
      store.storeInstallation(
        platform,
        query,
        key
          ? mapSecrets(installation, (token) =>
              isEncrypted(token) ? token : encryptToken(key, token, aadOf(platform, query)),
            )
          : installation,
      ),
    async fetchInstallation(platform, query) {
      const found = await store.fetchInstallation(platform, query);
      if (!key) {
        if (hasEncrypted(found))
          throw new TokenKeyError(
            `the stored Slack tokens of installation ${aadOf(platform, query)} are encrypted: set SLACK_TOKEN_KEY to the key they were stored with`,
          );
        return found;
      }
      return mapSecrets(found, (value) =>
        isEncrypted(value) ? decryptToken(key, value, aadOf(platform, query)) : value,
      );
    },
    deleteInstallation: (platform, query) => store.deleteInstallation(platform, query),
    listInstallations: (platform) => store.listInstallations(platform),
  };
}
