import { afterAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store";
import { MIGRATIONS } from "../../src/store/database";
import { createWeekly } from "../../src/weekly";
import { bot } from "../helpers";
import { freshPostgresDatabase } from "../pg";
import { recordingPoster, silent, tempDatabase } from "../weekly/helpers";

/**
 * The store's contract, run against SQLite and a real PostgreSQL alike. "Two replicas" are two stores opened on
 * the same database: two SQLite connections to one file, or two PostgreSQL pools.
 */
const opened: Store[] = [];
afterAll(async () => {
  for (const store of opened.splice(0)) await store.close();
});

interface Backend {
  /** A new, empty database; returns how to open it. */
  fresh(): Promise<{ DATABASE_PATH: string; DATABASE_URL?: string }>;
}
const backends: [string, Backend][] = [
  ["sqlite", { fresh: async () => ({ DATABASE_PATH: tempDatabase() }) }],
  [
    "postgres",
    { fresh: async () => ({ DATABASE_PATH: "unused.db", DATABASE_URL: await freshPostgresDatabase("contract") }) },
  ],
];

async function open(config: { DATABASE_PATH: string; DATABASE_URL?: string }): Promise<Store> {
  const store = await openStore(config);
  opened.push(store);
  return store;
}

const T = new Date("2026-11-30T09:00:00Z");
const minutes = (n: number) => new Date(T.getTime() + n * 60_000);
const LEASE = 10 * 60_000;

describe.each(backends)("store contract (%s)", (dialect, backend) => {
  it("creates the schema at the latest version; reopening and opening twice at once migrate nothing more", async () => {
    const config = await backend.fresh();
    const [a, b] = await Promise.all([open(config), open(config)]);
    expect(a.sql.dialect).toBe(dialect);
    const version =
      dialect === "postgres"
        ? (await a.sql.get<{ version: number }>("SELECT version FROM careerbot_schema"))?.version
        : (await a.sql.get<{ user_version: number }>("PRAGMA user_version"))?.user_version;
    expect(version).toBe(MIGRATIONS.length);
    await b.close();
    const again = await open(config);
    expect(await again.subscriptions.list()).toEqual([]);
  });

  it("subscriptions: add once, list (by platform), has, remove", async () => {
    const store = await open(await backend.fresh());
    expect(await store.subscriptions.add("slack", "C1", "U1", minutes(0))).toBe(true);
    expect(await store.subscriptions.add("slack", "C1", "U2", minutes(1))).toBe(false);
    expect(await store.subscriptions.add("discord", "D1", null, minutes(2))).toBe(true);
    expect(await store.subscriptions.add("slack", "C0", "U1", minutes(3))).toBe(true);
    expect(await store.subscriptions.list()).toEqual([
      { platform: "discord", channelId: "D1", createdAt: minutes(2).toISOString(), createdBy: null },
      { platform: "slack", channelId: "C1", createdAt: minutes(0).toISOString(), createdBy: "U1" },
      { platform: "slack", channelId: "C0", createdAt: minutes(3).toISOString(), createdBy: "U1" },
    ]);
    expect((await store.subscriptions.list("slack")).map((s) => s.channelId)).toEqual(["C1", "C0"]);
    expect(await store.subscriptions.has("slack", "C1")).toBe(true);
    expect(await store.subscriptions.has("discord", "C1")).toBe(false);
    expect(await store.subscriptions.remove("slack", "C1")).toBe(true);
    expect(await store.subscriptions.remove("slack", "C1")).toBe(false);
    expect(await store.subscriptions.has("slack", "C1")).toBe(false);
  });

  it("subscriptions: any registered platform's name is accepted (no platform CHECK after migration 5)", async () => {
    const store = await open(await backend.fresh());
    expect(await store.subscriptions.add("matrix", "!room:example.org", null, minutes(0))).toBe(true);
    expect(await store.subscriptions.add("matrix", "!room:example.org", null, minutes(1))).toBe(false);
    expect((await store.subscriptions.list("matrix")).map((s) => s.channelId)).toEqual(["!room:example.org"]);
    // The table keeps its key after the rebuild (SQLite) or the dropped constraint (PostgreSQL).
    await expect(
      store.sql.run("INSERT INTO subscriptions (platform, channel_id, created_at) VALUES (?, ?, ?)", [
        "matrix",
        "!room:example.org",
        minutes(2).toISOString(),
      ]),
    ).rejects.toThrow(/UNIQUE|duplicate key/);
  });

  it("installations: stored per team or enterprise, replaced on reinstall, fetched, listed without tokens, deleted", async () => {
    const [a, b] = await (async () => {
      const config = await backend.fresh();
      return [await open(config), await open(config)];
    })();
    const t1 = { teamId: "T1", isEnterpriseInstall: false };
    const e1 = { teamId: "T9", enterpriseId: "E1", isEnterpriseInstall: true };
    await a.installations.storeInstallation("slack", t1, { team: { id: "T1" }, bot: { token: "xoxb-1" } });
    await a.installations.storeInstallation("slack", e1, { enterprise: { id: "E1" }, bot: { token: "xoxb-e" } });
    await a.installations.storeInstallation("slack", t1, { team: { id: "T1" }, bot: { token: "xoxb-2" } });
    // Another replica (pool or connection) sees them.
    expect(await b.installations.fetchInstallation("slack", t1)).toEqual({
      team: { id: "T1" },
      bot: { token: "xoxb-2" },
    });
    expect(await b.installations.fetchInstallation("slack", { enterpriseId: "E1", isEnterpriseInstall: true })).toEqual(
      {
        enterprise: { id: "E1" },
        bot: { token: "xoxb-e" },
      },
    );
    expect(await b.installations.fetchInstallation("discord", t1)).toBeUndefined();
    expect(await b.installations.fetchInstallation("slack", { isEnterpriseInstall: false })).toBeUndefined();
    const listed = await b.installations.listInstallations("slack");
    expect(
      listed.map(({ installedAt: _, ...rest }) => rest).sort((x, y) => x.installId.localeCompare(y.installId)),
    ).toEqual([
      { installId: "E1", teamId: "T9", enterpriseId: "E1" },
      { installId: "T1", teamId: "T1", enterpriseId: undefined },
    ]);
    expect(JSON.stringify(listed)).not.toContain("xoxb");
    await expect(a.installations.storeInstallation("slack", { isEnterpriseInstall: true }, {})).rejects.toThrow(
      /enterprise id/,
    );
    expect(await a.installations.deleteInstallation("slack", t1)).toBe(true);
    expect(await a.installations.deleteInstallation("slack", t1)).toBe(false);
    expect(await b.installations.fetchInstallation("slack", t1)).toBeUndefined();
    expect((await b.installations.listInstallations("slack")).map((i) => i.installId)).toEqual(["E1"]);
  });

  it("deliveries: one claim; sent and gone stay; failed is retaken at once; a claim only past its lease", async () => {
    const log = (await open(await backend.fresh())).deliveries;
    expect(await log.acquire("slack", "C1", "2026-W49", minutes(0), LEASE)).toEqual({ retaken: false });
    expect(await log.acquire("slack", "C1", "2026-W49", minutes(1), LEASE)).toBeUndefined();
    expect(await log.acquire("slack", "C1", "2026-W49", minutes(9), LEASE)).toBeUndefined();
    expect(await log.acquire("slack", "C1", "2026-W49", minutes(10), LEASE)).toEqual({
      retaken: true,
      previousStatus: "claimed",
    });
    // The new holder's lease runs from its own claim.
    expect(await log.acquire("slack", "C1", "2026-W49", minutes(15), LEASE)).toBeUndefined();
    await log.mark("slack", "C1", "2026-W49", "failed", minutes(16), "HTTP 500");
    expect(await log.status("slack", "C1", "2026-W49")).toBe("failed");
    expect(await log.acquire("slack", "C1", "2026-W49", minutes(17), LEASE)).toEqual({
      retaken: true,
      previousStatus: "failed",
    });
    await log.mark("slack", "C1", "2026-W49", "sent", minutes(18));
    expect(await log.acquire("slack", "C1", "2026-W49", minutes(600), LEASE)).toBeUndefined();
    expect(await log.claim("slack", "C2", "2026-W49", minutes(0), LEASE)).toBe(true);
    await log.mark("slack", "C2", "2026-W49", "gone", minutes(1), "channel_not_found");
    expect(await log.claim("slack", "C2", "2026-W49", minutes(600), LEASE)).toBe(false);
    // Another week, another platform: separate deliveries.
    expect(await log.claim("slack", "C1", "2026-W50", minutes(0), LEASE)).toBe(true);
    expect(await log.claim("discord", "C1", "2026-W49", minutes(0), LEASE)).toBe(true);
    expect((await log.ofWeek("2026-W49")).map((r) => `${r.platform}:${r.channelId}:${r.status}`)).toEqual([
      "discord:C1:claimed",
      "slack:C1:sent",
      "slack:C2:gone",
    ]);
  });

  it("deliveries: a week that ended unsent is taken as missed once", async () => {
    const log = (await open(await backend.fresh())).deliveries;
    await log.claim("slack", "C1", "2026-W48", minutes(0));
    await log.claim("slack", "C2", "2026-W48", minutes(0));
    await log.mark("slack", "C2", "2026-W48", "failed", minutes(1), "HTTP 500");
    await log.claim("slack", "C3", "2026-W48", minutes(0));
    await log.mark("slack", "C3", "2026-W48", "sent", minutes(1));
    const missed = await log.takeMissed("2026-W49");
    expect(missed.map((m) => [m.channelId, m.error]).sort()).toEqual([
      ["C1", "missed: claimed"],
      ["C2", "missed: HTTP 500"],
    ]);
    expect(await log.takeMissed("2026-W49")).toEqual([]);
  });

  it("deliveries: two replicas claiming the same channels at once get each one exactly once", async () => {
    const config = await backend.fresh();
    const [a, b] = [await open(config), await open(config)];
    const channels = Array.from({ length: 25 }, (_, i) => `C${i}`);
    const attempts = [a, b, a, b].flatMap((store) =>
      channels.map(async (c) => ((await store.deliveries.claim("slack", c, "2026-W49", T, LEASE)) ? c : undefined)),
    );
    const won = (await Promise.all(attempts)).filter(Boolean);
    expect(won.sort()).toEqual([...channels].sort());
  });

  it("deliveries: two replicas taking over expired leases at once get each one exactly once", async () => {
    const config = await backend.fresh();
    const [a, b] = [await open(config), await open(config)];
    const channels = Array.from({ length: 25 }, (_, i) => `C${i}`);
    for (const c of channels) await a.deliveries.claim("slack", c, "2026-W49", T, LEASE);
    const later = minutes(11);
    const attempts = [a, b, a, b].flatMap((store) =>
      channels.map(async (c) => {
        const claim = await store.deliveries.acquire("slack", c, "2026-W49", later, LEASE);
        return claim ? `${c}:${claim.previousStatus}` : undefined;
      }),
    );
    const won = (await Promise.all(attempts)).filter(Boolean);
    expect(won.sort()).toEqual(channels.map((c) => `${c}:claimed`).sort());
  });

  it("seen events: first claim wins on any replica, within the time to live; forget and expiry free the key", async () => {
    const config = await backend.fresh();
    const [a, b] = [await open(config), await open(config)];
    const now = 1_000_000;
    expect(await a.seenEvents.claim("event:Ev1", 60_000, now)).toBe(true);
    expect(await a.seenEvents.claim("event:Ev1", 60_000, now + 1)).toBe(false);
    expect(await b.seenEvents.claim("event:Ev1", 60_000, now + 59_999)).toBe(false);
    expect(await b.seenEvents.claim("event:Ev1", 60_000, now + 60_000)).toBe(true); // expired: taken over
    expect(await a.seenEvents.claim("event:Ev1", 60_000, now + 60_001)).toBe(false);
    await a.seenEvents.forget("event:Ev1");
    expect(await b.seenEvents.claim("event:Ev1", 60_000, now + 60_002)).toBe(true);
    await a.seenEvents.claim("event:Ev2", 1_000, now);
    expect(await b.seenEvents.sweep(now + 1_000)).toBe(1);
    expect(await b.seenEvents.sweep(now + 1_000)).toBe(0);
  });

  it("seen events: one key claimed by two replicas at once 40 times is won once", async () => {
    const config = await backend.fresh();
    const [a, b] = [await open(config), await open(config)];
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).seenEvents.claim("event:EvRace", 60_000)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("conversations: kept across replicas; the owner's forget me deletes them everywhere", async () => {
    const config = await backend.fresh();
    const [a, b] = [(await open(config)).conversations(), (await open(config)).conversations()];
    await a.set("slack:T1:C1:U1", "slack:T1:U1", { roles: ["nlp-research-scientist"], intent: "salary" });
    await b.set("slack:T1:C1:U1", "slack:T1:U2", { roles: ["lead-ml-architect"] });
    expect(await a.get("slack:T1:C1:U1")).toEqual({ roles: ["lead-ml-architect"] });
    await a.alias("discord:msg:1", "slack:T1:C1:U1");
    expect(await b.resolveAlias("discord:msg:1")).toBe("slack:T1:C1:U1");
    // The key was made for U1 (their /career in C1): their forget me ends it, though U2 joined.
    expect(await b.forgetUser("slack:T1:U1")).toEqual({ ended: 1, left: 0, profile: false });
    expect(await a.get("slack:T1:C1:U1")).toBeUndefined();
    expect(await a.resolveAlias("discord:msg:1")).toBeUndefined();
  });

  it("conversations: many changes to one key at once from two replicas all commit", async () => {
    const config = await backend.fresh();
    const [a, b] = [(await open(config)).conversations(), (await open(config)).conversations()];
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).set("busy", `user-${i}`, { roles: [`r${i}`] })),
    );
    expect((await a.get("busy"))?.roles).toHaveLength(1);
    // One of 30 participants leaves: the others keep the conversation.
    expect(await a.forgetUser("user-7")).toEqual({ ended: 0, left: 1, profile: false });
    expect((await b.get("busy"))?.roles).toHaveLength(1);
  });

  it("a weekly tick on two replicas and four ticks at once posts once per channel", async () => {
    const config = await backend.fresh();
    const cron = { TREND_CRON: "0 9 * * 1", TREND_TZ: "UTC" };
    const replicas = [
      await createWeekly({ ...config, ...cron }, bot.data, silent, await open(config)),
      await createWeekly({ ...config, ...cron }, bot.data, silent, await open(config)),
    ];
    for (let i = 0; i < 30; i++) await replicas[0]?.subscriptions.add("slack", `C${i}`, "U1", minutes(-60 * 24));
    const slack = recordingPoster("slack");
    await Promise.all([0, 1, 0, 1].map((i) => replicas[i]?.poster([slack]).runDue(minutes(1))));
    expect(slack.posts).toHaveLength(30);
    expect(new Set(slack.posts.map((p) => p.channelId)).size).toBe(30);
  });
});

describe("PostgreSQL errors", () => {
  it("name DATABASE_URL without its password", async () => {
    const error = await openStore({
      DATABASE_PATH: "unused.db",
      DATABASE_URL: "postgres://careerbot:hunter2secret@127.0.0.1:1/careerbot",
    }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("DatabaseError");
    expect((error as Error).message).toContain("DATABASE_URL=postgres://careerbot:***@127.0.0.1:1/careerbot");
    expect((error as Error).message).not.toContain("hunter2secret");
  });
});
