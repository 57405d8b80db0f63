import { createHash } from "node:crypto";
import type { InstallURLOptions, StateStore } from "@slack/oauth";
// CommonJS: Node's ESM loader does not see these re-exports as named exports (esbuild's output and `node` alike).
import oauth from "@slack/oauth";

const { ClearStateStore, InvalidStateError } = oauth;

/** "First use?" of a key for a while: the shared store's seen_events across replicas, or memory in one process. */
export interface StateClaims {
  claim(key: string, ttlMs: number): Promise<boolean>;
}

/** How long an install link's state is accepted: Bolt's default, and the lifetime of its cookie. */
export const STATE_TTL_SECONDS = 600;

/**
 * Bolt's signed state (a JWT with its issue time, checked against the browser's cookie by the installer), made
 * single-use: once a redirect with it has passed the signature and age checks, its id (a hash: the state itself is
 * never stored) is claimed until the state would have expired anyway, so a replayed redirect, even with the right
 * cookie, is refused before `oauth.v2.access` runs again.
 */
export class SingleUseStateStore implements StateStore {
  readonly #signed: InstanceType<typeof ClearStateStore>;

  constructor(
    secret: string,
    private readonly claims: StateClaims,
    private readonly ttlSeconds = STATE_TTL_SECONDS,
  ) {
    this.#signed = new ClearStateStore(secret, ttlSeconds);
  }

  generateStateParam(options: InstallURLOptions, now: Date): Promise<string> {
    return this.#signed.generateStateParam(options, now);
  }

  async verifyStateParam(now: Date, state: string): Promise<InstallURLOptions> {
    const options = await this.#signed.verifyStateParam(now, state);
    const id = createHash("sha256").update(state).digest("hex").slice(0, 32);
    // A minute past the state's own age limit covers clocks a little apart between replicas.
    if (!(await this.claims.claim(`slack-oauth-state:${id}`, this.ttlSeconds * 1000 + 60_000)))
      throw new InvalidStateError("The state was already used");
    return options;
  }
}

/** Claims in this process only (a single process without the shared store, tests): expired keys are swept. */
export function memoryStateClaims(now: () => number = Date.now): StateClaims {
  const expiries = new Map<string, number>();
  return {
    async claim(key, ttlMs) {
      const time = now();
      for (const [k, expiry] of expiries) if (expiry <= time) expiries.delete(k);
      if (expiries.has(key)) return false;
      expiries.set(key, time + ttlMs);
      return true;
    },
  };
}
