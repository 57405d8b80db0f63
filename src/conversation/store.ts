import { RANK_ORDERS, type RankOrder } from "../advice/criteria";
import type { PendingRecord } from "../feedback/feedback";
import { VERDICTS, type Verdict } from "../intent/lexicon";
import type { ConversationContext } from "../intent/understand";
import { ownerOf } from "./keys";

/**
 * What one conversation shares between everyone taking part in it (a Slack thread, a Discord reply chain): the
 * roles, intent, focus, facet and topics of the last answer. Never anyone's profile: that is the person's own.
 */
export type SharedContext = Omit<ConversationContext, "profile">;

/**
 * What a person told the bot about themselves, as the core returns it in a context's `profile`. Opaque here: the
 * store keeps it as JSON under the person's id (platform + user, and team for Slack), whatever its shape.
 */
export type PersonProfile = NonNullable<ConversationContext["profile"]>;

/** What "forget me" removed. */
export interface Forgotten {
  /** Conversations ended: the person's own, and shared ones they were the last participant of. */
  ended: number;
  /** Shared conversations the person left, which others still take part in (their context has no profile). */
  left: number;
  /** Whether a profile was deleted. */
  profile: boolean;
  /** Feedback rows changed, when any: kept question texts they asked and votes they gave (SQL stores). */
  feedback?: number;
}

/**
 * Where conversations and profiles are kept between questions: one row per conversation key (see README
 * "Conversations") with the shared context, the users who took part and when it was last used; and one row per
 * person with their profile. Async so a networked store (Postgres) fits the same interface.
 */
export interface ConversationStore {
  /** The shared context of a live conversation; an expired one is deleted and reads as undefined. */
  get(key: string): Promise<SharedContext | undefined>;
  /**
   * What a turn reads before it answers: `get(key)` and `getProfile(userId)` together (the SQL store reads both in
   * one statement: a turn's reads cost one statement, not two).
   */
  getTurn(key: string, userId: string): Promise<TurnRead>;
  /**
   * Saves the shared context (capped, see sharedContext; any profile in it is dropped), adds the user to the
   * conversation and marks it used now.
   */
  set(key: string, userId: string, context: SharedContext): Promise<void>;
  delete(key: string): Promise<void>;
  /** The person's live profile; an expired one is deleted and reads as undefined. */
  getProfile(userId: string): Promise<PersonProfile | undefined>;
  /** Saves the person's profile (at most MAX_PROFILE_BYTES of JSON, else not saved) and marks it used now. */
  setProfile(userId: string, profile: PersonProfile): Promise<void>;
  deleteProfile(userId: string): Promise<void>;
  /**
   * What one turn changes (see TurnWrite), in one transaction: the event's claim first, then the conversation and
   * the asker's profile, so a turn costs one commit. When another replica claimed the event first, nothing is
   * written and it rejects with AlreadyHandledError.
   */
  saveTurn(key: string, userId: string, write: TurnWrite): Promise<void>;
  /**
   * "forget me", at once: deletes the person's profile and their participation; ends the conversations made for
   * them (see ownerOf) and the shared ones they were the last participant of, with their aliases. With a claim, the
   * event is claimed in the same transaction (see saveTurn).
   */
  forgetUser(userId: string, claim?: EventClaim): Promise<Forgotten>;
  /**
   * Deletes every conversation whose key, and every profile whose user id, starts with `prefix` (a Slack
   * workspace that uninstalled the bot: conversationKeys.slackTeam); returns how many rows.
   */
  forgetPrefix(prefix: string): Promise<number>;
  /** Deletes every expired conversation and profile; returns how many. */
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

/** What a turn reads (ConversationStore.getTurn): the conversation's shared context and the asker's profile. */
export interface TurnRead {
  shared?: SharedContext;
  profile?: PersonProfile;
}

/** What one question changes in the store (ConversationStore.saveTurn); a field left out is left as it is. */
export interface TurnWrite {
  /** The conversation's shared context to save (as set does); null ends the conversation (as delete does). */
  context?: SharedContext | null;
  /** The asker's profile to save (as setProfile does); null deletes it, durably (the SQL store commits it FULL). */
  profile?: PersonProfile | null;
  /** The event's claim, made first (see EventClaim). */
  claim?: EventClaim;
  /**
   * The answer's feedback record (Feedback.prepare), written after the claim: in the turn's own transaction when the
   * feedback store shares the database (one commit for the answer), else on its own right after.
   */
  rating?: PendingRecord;
}

/** The event was claimed first by another process: its answer is theirs to send. */
export class AlreadyHandledError extends Error {
  override name = "AlreadyHandledError";
  constructor(readonly key: string) {
    super(`event ${key} is already being answered`);
  }
}

export interface ConversationStoreOptions {
  /** Idle time after which a conversation, or a profile, is gone (CONVERSATION_TTL). */
  ttlMs: number;
  /** Milliseconds since the epoch; tests inject a clock. */
  now?: () => number;
}

export const DEFAULT_CONVERSATION_TTL_MS = 30 * 60_000;
/** The most a conversation's context may take, as JSON. A real one takes a few hundred bytes. */
export const MAX_CONTEXT_BYTES = 4096;
/** The most a person's profile may take, as JSON: a real one takes a few hundred bytes; a bigger one is not kept. */
export const MAX_PROFILE_BYTES = 8192;
/** The most aliases (bot messages) one conversation keeps; the oldest go first. */
export const MAX_ALIASES_PER_KEY = 20;
/**
 * The most users one conversation records (a busy thread); past it the list of participants starts afresh. The
 * shared context holds nobody's profile, so nothing personal outlives a participant dropped from the list.
 */
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
  const earlier = strings(c.earlier, LIMITS.roles);
  if (earlier.length > 0) out.earlier = earlier;
  if (VERDICTS.includes(c.verdict as Verdict)) out.verdict = c.verdict as Verdict;
  if (RANK_ORDERS.includes(c.order as RankOrder)) out.order = c.order as RankOrder;
  if (typeof c.notCovered === "string" && c.notCovered.length <= LIMITS.text) out.notCovered = c.notCovered;
  if (typeof c.place === "string" && c.place.length <= LIMITS.text) out.place = c.place;
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

/** The shared part of a context, capped as capContext does: everything but the profile. */
export function sharedContext(input: unknown): SharedContext {
  const { profile: _profile, ...shared } = capContext(
    input && typeof input === "object" ? { ...(input as object), profile: undefined } : input,
  );
  return shared;
}

/** A profile as it may be stored: an object of at most MAX_PROFILE_BYTES as JSON, else undefined (not kept). */
export function capProfile(input: unknown): PersonProfile | undefined {
  return profileJson(input) === undefined ? undefined : (input as PersonProfile);
}

/** A profile's JSON as stored, serialized once; undefined when capProfile would not keep it. */
export function profileJson(input: unknown): string | undefined {
  if (!input || typeof input !== "object" || Array.isArray(input)) return undefined;
  const json = JSON.stringify(input);
  return Buffer.byteLength(json) <= MAX_PROFILE_BYTES ? json : undefined;
}

/** A profile with nothing in it (every field unset, false or an empty list): no row is kept for it. */
export function isEmptyProfile(profile: unknown): boolean {
  if (!profile || typeof profile !== "object") return true;
  return Object.values(profile).every((v) => v === undefined || v === false || (Array.isArray(v) && v.length === 0));
}

/** A context with nothing in it: no need to store a row for it. */
export function isEmptyContext(c: ConversationContext | undefined): boolean {
  if (!c) return true;
  return isEmptySharedContext(c) && isEmptyProfile(c.profile);
}

/** A shared context with nothing in it (no roles, intent, focus, facet or topics). */
export function isEmptySharedContext(c: SharedContext | undefined): boolean {
  return !c || (c.roles.length === 0 && !c.intent && !c.focus && !c.facet && !(c.topics?.length ?? 0));
}

interface MemoryRow {
  context: SharedContext;
  users: Set<string>;
  owner?: string;
  updatedAt: number;
}

/**
 * Kept in the process: for the console and tests. Same rules as the SQL store, except event claims (EventClaim),
 * which it ignores: nothing here is shared with another process.
 */
export class MemoryConversationStore implements ConversationStore {
  private readonly rows = new Map<string, MemoryRow>();
  private readonly profiles = new Map<string, { profile: PersonProfile; updatedAt: number }>();
  private readonly aliases = new Map<string, string>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: Partial<ConversationStoreOptions> = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_CONVERSATION_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  private expired(updatedAt: number): boolean {
    return this.now() - updatedAt >= this.ttlMs;
  }

  async get(key: string) {
    const row = this.rows.get(key);
    if (!row) return undefined;
    if (this.expired(row.updatedAt)) {
      this.remove(key);
      return undefined;
    }
    return structuredClone(row.context);
  }

  async set(key: string, userId: string, context: SharedContext) {
    const live = (await this.get(key)) !== undefined;
    const row = live ? this.rows.get(key) : undefined;
    const users = row?.users ?? new Set<string>();
    users.add(userId);
    if (users.size > MAX_USERS_PER_KEY) {
      users.clear();
      users.add(userId);
    }
    this.rows.set(key, {
      context: sharedContext(structuredClone(context)),
      users,
      owner: row ? row.owner : ownerOf(key),
      updatedAt: this.now(),
    });
  }

  async delete(key: string) {
    this.remove(key);
  }

  async saveTurn(key: string, userId: string, { context, profile, rating }: TurnWrite) {
    if (context === null) this.remove(key);
    else if (context) await this.set(key, userId, context);
    if (profile === null) this.profiles.delete(userId);
    else if (profile) await this.setProfile(userId, profile);
    if (rating) await rating.store.record(rating.counts, rating.row);
  }

  async getTurn(key: string, userId: string): Promise<TurnRead> {
    const [shared, profile] = await Promise.all([this.get(key), this.getProfile(userId)]);
    return { shared, profile };
  }

  async getProfile(userId: string) {
    const row = this.profiles.get(userId);
    if (!row) return undefined;
    if (this.expired(row.updatedAt)) {
      this.profiles.delete(userId);
      return undefined;
    }
    return structuredClone(row.profile);
  }

  async setProfile(userId: string, profile: PersonProfile) {
    const capped = capProfile(profile);
    if (capped) this.profiles.set(userId, { profile: structuredClone(capped), updatedAt: this.now() });
  }

  async deleteProfile(userId: string) {
    this.profiles.delete(userId);
  }

  async forgetUser(userId: string): Promise<Forgotten> {
    const forgotten: Forgotten = { ended: 0, left: 0, profile: this.profiles.delete(userId) };
    for (const [key, row] of [...this.rows]) {
      const took = row.users.delete(userId);
      if (row.owner === userId || (took && row.users.size === 0)) {
        this.remove(key);
        forgotten.ended++;
      } else if (took) forgotten.left++;
    }
    return forgotten;
  }

  async forgetPrefix(prefix: string) {
    const keys = [...this.rows.keys()].filter((k) => k.startsWith(prefix));
    for (const key of keys) this.remove(key);
    const users = [...this.profiles.keys()].filter((u) => u.startsWith(prefix));
    for (const user of users) this.profiles.delete(user);
    for (const row of this.rows.values()) for (const u of [...row.users]) if (u.startsWith(prefix)) row.users.delete(u);
    return keys.length + users.length;
  }

  async sweep() {
    const keys = [...this.rows].filter(([, row]) => this.expired(row.updatedAt)).map(([key]) => key);
    for (const key of keys) this.remove(key);
    const users = [...this.profiles].filter(([, row]) => this.expired(row.updatedAt)).map(([user]) => user);
    for (const user of users) this.profiles.delete(user);
    return keys.length + users.length;
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

  /** Number of live conversation rows, for tests. */
  size(): number {
    return this.rows.size;
  }

  /** Number of profile rows, for tests. */
  profileCount(): number {
    return this.profiles.size;
  }

  private remove(key: string) {
    this.rows.delete(key);
    for (const [a, k] of this.aliases) if (k === key) this.aliases.delete(a);
  }
}
