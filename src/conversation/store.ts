import type { ConversationContext } from "../intent/understand";

/**
 * Where conversations are kept between questions: one row per conversation key (see README "Conversations"),
 * with the context the core asked to remember, the users who took part and when it was last used. Async so a
 * networked store (Postgres) fits the same interface.
 */
export interface ConversationStore {
  /** The context of a live conversation; an expired one is deleted and reads as undefined. */
  get(key: string): Promise<ConversationContext | undefined>;
  /**
   * Saves the context (capped, see capContext), adds the user to the conversation and marks it used now. With a
   * claim, the event is claimed in the same transaction; when another replica claimed it first, nothing is written
   * and it rejects with AlreadyHandledError.
   */
  set(key: string, userId: string, context: ConversationContext, claim?: EventClaim): Promise<void>;
  delete(key: string, claim?: EventClaim): Promise<void>;
  /** Deletes every conversation the user took part in, and their aliases, at once; returns how many. */
  forgetUser(userId: string, claim?: EventClaim): Promise<number>;
  /** Deletes every expired conversation; returns how many. */
  sweep(): Promise<number>;
  /** Makes `alias` (a bot message id, say) lead to the conversation `key` while that conversation lives. */
  alias(alias: string, key: string): Promise<void>;
  /** The live conversation an alias leads to. */
  resolveAlias(alias: string): Promise<string | undefined>;
}

/**
 * "This event is being answered": a retried event's id (RecentKeys), claimed in the store by the transaction that
 * saves the conversation, so an event costs one commit, not a claim's and then the conversation's.
 */
export interface EventClaim {
  key: string;
  ttlMs: number;
}

/** The event was claimed first by another process: its answer is theirs to send. */
export class AlreadyHandledError extends Error {
  override name = "AlreadyHandledError";
  constructor(readonly key: string) {
    super(`event ${key} is already being answered`);
  }
}

export interface ConversationStoreOptions {
  /** Idle time after which a conversation is gone (CONVERSATION_TTL). */
  ttlMs: number;
  /** Milliseconds since the epoch; tests inject a clock. */
  now?: () => number;
}

export const DEFAULT_CONVERSATION_TTL_MS = 30 * 60_000;
/** The most a conversation's context may take, as JSON. A real one takes a few hundred bytes. */
export const MAX_CONTEXT_BYTES = 4096;
/** The most aliases (bot messages) one conversation keeps; the oldest go first. */
export const MAX_ALIASES_PER_KEY = 20;
/** The most users one conversation records (a busy thread); past it the conversation starts afresh. */
export const MAX_USERS_PER_KEY = 50;
const LIMITS = { roles: 5, topics: 3, skills: 30, interests: 10, text: 120 };

const clipText = (v: unknown) => (typeof v === "string" ? v.slice(0, LIMITS.text) : undefined);

/**
 * The context as it may be stored: known fields only, lists and strings capped, and at most MAX_CONTEXT_BYTES of
 * JSON (topics, then the profile's lists, then the profile go first). Also checks the shape of a context that comes
 * back from storage or from a button: anything that is not a context becomes an empty one.
 */
export function capContext(input: unknown): ConversationContext {
  if (!input || typeof input !== "object") return { roles: [] };
  const c = input as Record<string, unknown>;
  const strings = (v: unknown, max: number) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === "string").slice(0, max) : [];
  const out: ConversationContext = { roles: strings(c.roles, LIMITS.roles) };
  if (typeof c.intent === "string") out.intent = c.intent as ConversationContext["intent"];
  if (typeof c.focus === "string") out.focus = c.focus as ConversationContext["focus"];
  if (typeof c.facet === "string") out.facet = c.facet as ConversationContext["facet"];
  if (Array.isArray(c.topics)) {
    out.topics = c.topics
      .filter((t) => t && typeof t === "object" && typeof t.id === "string" && typeof t.kind === "string")
      .slice(0, LIMITS.topics);
  }
  if (c.profile && typeof c.profile === "object") {
    const p = c.profile as Record<string, unknown>;
    const profile: NonNullable<ConversationContext["profile"]> = {
      ...(p as object),
      skills: (Array.isArray(p.skills) ? p.skills : [])
        .filter((s) => s && typeof s === "object" && typeof s.name === "string")
        .slice(0, LIMITS.skills),
      interests: strings(p.interests, LIMITS.interests) as NonNullable<ConversationContext["profile"]>["interests"],
    };
    for (const k of ["background", "field"] as const) if (k in profile) profile[k] = clipText(profile[k]);
    out.profile = profile;
  }
  if (bytes(out) <= MAX_CONTEXT_BYTES) return out;
  delete out.topics;
  if (out.profile) out.profile = { ...out.profile, skills: out.profile.skills.slice(0, 10) };
  if (bytes(out) <= MAX_CONTEXT_BYTES) return out;
  delete out.profile;
  return bytes(out) <= MAX_CONTEXT_BYTES ? out : { roles: [] };
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** A context with nothing in it: no need to store a row for it. */
export function isEmptyContext(c: ConversationContext | undefined): boolean {
  if (!c) return true;
  const profile = c.profile;
  const profileEmpty =
    !profile ||
    Object.entries(profile).every(([, v]) => v === undefined || v === false || (Array.isArray(v) && v.length === 0));
  return c.roles.length === 0 && !c.intent && !c.focus && !c.facet && !(c.topics?.length ?? 0) && profileEmpty;
}

interface MemoryRow {
  context: ConversationContext;
  users: Set<string>;
  updatedAt: number;
}

/**
 * Kept in the process: for the console and tests. Same rules as the SQLite store, except event claims (EventClaim),
 * which it ignores: nothing here is shared with another process.
 */
export class MemoryConversationStore implements ConversationStore {
  private readonly rows = new Map<string, MemoryRow>();
  private readonly aliases = new Map<string, string>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: Partial<ConversationStoreOptions> = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_CONVERSATION_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  async get(key: string) {
    const row = this.rows.get(key);
    if (!row) return undefined;
    if (this.now() - row.updatedAt >= this.ttlMs) {
      this.remove(key);
      return undefined;
    }
    return structuredClone(row.context);
  }

  async set(key: string, userId: string, context: ConversationContext) {
    const live = (await this.get(key)) !== undefined;
    const users = live ? (this.rows.get(key)?.users ?? new Set<string>()) : new Set<string>();
    users.add(userId);
    if (users.size > MAX_USERS_PER_KEY) {
      users.clear();
      users.add(userId);
    }
    this.rows.set(key, { context: capContext(structuredClone(context)), users, updatedAt: this.now() });
  }

  async delete(key: string) {
    this.remove(key);
  }

  async forgetUser(userId: string) {
    const keys = [...this.rows].filter(([, row]) => row.users.has(userId)).map(([key]) => key);
    for (const key of keys) this.remove(key);
    return keys.length;
  }

  async sweep() {
    const now = this.now();
    const keys = [...this.rows].filter(([, row]) => now - row.updatedAt >= this.ttlMs).map(([key]) => key);
    for (const key of keys) this.remove(key);
    return keys.length;
  }

  async alias(alias: string, key: string) {
    if (!this.rows.has(key)) return;
    this.aliases.set(alias, key);
    const mine = [...this.aliases].filter(([, k]) => k === key);
    for (const [a] of mine.slice(0, Math.max(0, mine.length - MAX_ALIASES_PER_KEY))) this.aliases.delete(a);
  }

  async resolveAlias(alias: string) {
    const key = this.aliases.get(alias);
    if (key === undefined) return undefined;
    if ((await this.get(key)) === undefined) return undefined;
    return key;
  }

  /** Number of live rows, for tests. */
  size(): number {
    return this.rows.size;
  }

  private remove(key: string) {
    this.rows.delete(key);
    for (const [a, k] of this.aliases) if (k === key) this.aliases.delete(a);
  }
}
