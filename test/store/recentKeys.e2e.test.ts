import { afterAll, describe, expect, it } from "vitest";
import { RecentKeys, type SharedSeenKeys } from "../../src/recentKeys";
import { openStore, type Store } from "../../src/store";
import { freshPostgresDatabase } from "../pg";

const stores: Store[] = [];
afterAll(async () => {
  for (const store of stores.splice(0)) await store.close();
});

/** Wraps the store's seen events, counting the calls that reach it. */
function sharedOf(store: Store): SharedSeenKeys & { calls: number } {
  const shared = {
    calls: 0,
    claim: (key: string, ttlMs: number) => {
      shared.calls++;
      return store.seenEvents.claim(key, ttlMs);
    },
    forget: (key: string) => store.seenEvents.forget(key),
  };
  return shared;
}

describe("RecentKeys over the shared store", () => {
  it("a repeat in one process is refused in memory; a repeat on another replica is refused by PostgreSQL", async () => {
    const url = await freshPostgresDatabase("dedup");
    const [a, b] = [
      await openStore({ DATABASE_PATH: "", DATABASE_URL: url }),
      await openStore({ DATABASE_PATH: "", DATABASE_URL: url }),
    ];
    stores.push(a, b);
    const [sharedA, sharedB] = [sharedOf(a), sharedOf(b)];
    const replicaA = new RecentKeys({ shared: sharedA });
    const replicaB = new RecentKeys({ shared: sharedB });
    expect(await replicaA.claim("event:Ev1")).toBe(true);
    expect(await replicaA.claim("event:Ev1")).toBe(false);
    expect(sharedA.calls).toBe(1); // the fast path never asked the store
    expect(await replicaB.claim("event:Ev1")).toBe(false);
    // A failed share is forgotten everywhere: pressing again works on any replica.
    await replicaA.forget("event:Ev1");
    expect(await replicaB.claim("event:Ev1")).toBe(true);
  });

  it("a store that fails lets the event through (answering twice beats not answering) and says so", async () => {
    const errors: string[] = [];
    const keys = new RecentKeys({
      shared: {
        claim: async () => {
          throw new Error("connection refused");
        },
        forget: async () => {},
      },
      onSharedError: (error, key) => errors.push(`${key}: ${error.message}`),
    });
    expect(await keys.claim("event:Ev2")).toBe(true);
    expect(await keys.claim("event:Ev2")).toBe(false);
    expect(errors).toEqual(["event:Ev2: connection refused"]);
  });

  it("expires keys after their time to live", async () => {
    let now = 0;
    const keys = new RecentKeys({ ttlMs: 1000, now: () => now });
    expect(await keys.claim("k")).toBe(true);
    now = 999;
    expect(await keys.claim("k")).toBe(false);
    now = 1000;
    expect(await keys.claim("k")).toBe(true);
  });
});
