import { DEFAULT_STORE_BUDGET_MS, withinBudget } from "./conversation/budget";
import type { EventClaim } from "./conversation/store";
import type { Logger } from "./logger";
import type { Store } from "./store";

/** The shared half of de-duplication: "seen before?" in the store, across replicas (see src/store/seenEvents.ts). */
export interface SharedSeenKeys {
  claim(key: string, ttlMs: number): Promise<boolean>;
  forget(key: string): Promise<void>;
}

export interface RecentKeysOptions {
  /** How long a key counts as seen. */
  ttlMs?: number;
  /** The most keys kept in memory; the oldest go first. */
  maxKeys?: number;
  now?: () => number;
  /** The store shared by replicas; without it, keys are remembered in this process only. */
  shared?: SharedSeenKeys;
  /** Told when the shared store fails; the key is then handled (answering twice beats not answering). */
  onSharedError?: (error: Error, key: string) => void;
  /**
   * The longest a claim waits for the shared store (STORE_BUDGET_MS): past it the key counts as new, and
   * onSharedError hears of it. A frozen database must not hold an answer.
   */
  budgetMs?: number;
}

/** What a claim that waited past its budget is told as: no error from the store, just no answer in time. */
export class StoreTooSlowError extends Error {
  override name = "StoreTooSlowError";
  constructor(ms: number) {
    super(`no answer from the store within ${ms} ms`);
  }
}

/**
 * Remembers keys for a while so a redelivered event (a Slack retry, a repeated gateway dispatch) is handled once.
 * A repeat seen by this process is refused in memory at once (the cheap fast path); a key new to this process is
 * then claimed in the shared store, so a retry that lands on another replica is refused there too.
 */
export class RecentKeys {
  private readonly seen = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(private readonly options: RecentKeysOptions = {}) {
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    this.maxKeys = options.maxKeys ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** True the first time a key is seen within the TTL (by any replica sharing the store); false for a repeat. */
  async claim(key: string): Promise<boolean> {
    return this.claimLocally(key) && this.claimShared(key);
  }

  /**
   * True the first time this process sees a key within the TTL; the shared store is not asked. For what the platform
   * itself never redelivers (a Slack slash command): a repeat can only come from within, and a store write would
   * cost every request a commit.
   */
  claimInProcess(key: string): boolean {
    return this.claimLocally(key);
  }

  /**
   * For a key claimed in this process (claimInProcess) whose answer saves a conversation: the claim for the store to
   * make in that same transaction (Conversations.turn), so the event costs one commit. Undefined without a shared
   * store.
   */
  sharedClaim(key: string): EventClaim | undefined {
    return this.options.shared ? { key, ttlMs: this.ttlMs } : undefined;
  }

  /** The shared half of claim(), for a key already claimed in this process whose answer stores nothing. */
  async claimShared(key: string): Promise<boolean> {
    const shared = this.options.shared;
    if (!shared) return true;
    const budgetMs = this.options.budgetMs ?? DEFAULT_STORE_BUDGET_MS;
    const claimed = await withinBudget(
      Promise.resolve().then(() => shared.claim(key, this.ttlMs)),
      budgetMs,
    );
    if (claimed.ok) {
      // Claimed by another replica: not remembered here, so that replica's forget() frees the key for everyone.
      if (!claimed.value) this.seen.delete(key);
      return claimed.value;
    }
    this.options.onSharedError?.(
      "timedOut" in claimed ? new StoreTooSlowError(budgetMs) : (claimed.error as Error),
      key,
    );
    return true;
  }

  /** Forgets a key, here and in the shared store, so a retry of something that failed is handled again. */
  async forget(key: string): Promise<void> {
    this.seen.delete(key);
    try {
      await this.options.shared?.forget(key);
    } catch (error) {
      this.options.onSharedError?.(error as Error, key);
    }
  }

  private claimLocally(key: string): boolean {
    const time = this.now();
    const previous = this.seen.get(key);
    if (previous !== undefined && time - previous < this.ttlMs) return false;
    this.seen.delete(key);
    this.seen.set(key, time);
    if (this.seen.size > this.maxKeys) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }
}

/** How long a handled event id counts as seen: past Slack's last retry (about 5 minutes after the first try). */
export const SEEN_EVENT_TTL_MS = 60 * 60_000;

/**
 * De-duplication of events over the store (shared by replicas and shard processes): in memory first, then in the
 * store's seen_events. A failing store is logged and the event handled.
 */
export function storeRecentKeys(store: Store, log: Logger, budgetMs = DEFAULT_STORE_BUDGET_MS): RecentKeys {
  // Logged once per outage, not once per event: a frozen database must not flood the logs as well.
  let failing = false;
  const recent = new RecentKeys({
    ttlMs: SEEN_EVENT_TTL_MS,
    budgetMs,
    shared: {
      claim: async (key, ttlMs) => {
        const first = await store.seenEvents.claim(key, ttlMs);
        if (failing) log.info("event de-duplication store answering again");
        failing = false;
        return first;
      },
      forget: (key) => store.seenEvents.forget(key),
    },
    onSharedError: (error) => {
      if (failing) return;
      failing = true;
      log.warn({ err: error.message }, "event de-duplication store failed or too slow: handling events anyway");
    },
  });
  return recent;
}
