import { randomBytes } from "node:crypto";
import type { Answer } from "../answer/types";
import { DEFAULT_STORE_BUDGET_MS, withinBudget } from "../conversation/budget";
import type { Logger } from "../logger";
import {
  type AnswerCounts,
  type AnswerRow,
  type FeedbackStore,
  utcDay,
  type Vote,
  type VoteResult,
} from "../store/feedback";
import { stripChatMarkup } from "../text/normalize";

/** Where an answer was given and to whom: the user id as conversation keys spell it ("slack:T1:U1"). */
export interface AnswerOrigin {
  /** "slack", "discord", "console". */
  platform: string;
  /** Slack team, Discord guild; none for a Discord DM or the console. */
  workspace?: string;
  userId: string;
  /** What the person wrote; kept only with FEEDBACK_KEEP_TEXT. */
  question: string;
}

export interface FeedbackOptions {
  /** FEEDBACK_KEEP_TEXT: keep the question text of answers kept, for the report. */
  keepText?: boolean;
  /** FEEDBACK_TTL: how long a kept text lives. */
  textTtlMs?: number;
  /** FEEDBACK_RETENTION: how long answers, votes and counts are kept. */
  retentionMs?: number;
  /** The longest a vote waits for the store before the person is thanked anyway (STORE_BUDGET_MS). */
  budgetMs?: number;
  log?: Logger;
  /** Told of each vote stored (new or changed), for careerbot_feedback_total. */
  onVote?: (vote: Vote, intents: string[]) => void;
  now?: () => number;
}

export const DEFAULT_TEXT_TTL_MS = 30 * 86_400_000;
export const DEFAULT_RETENTION_MS = 90 * 86_400_000;
/** An answer's buttons count for this long; an unrated answer that was answered well is then deleted. */
export const VOTE_WINDOW_MS = 7 * 86_400_000;
/** Kept texts are cut to this many characters. */
export const MAX_KEPT_TEXT = 500;
/** Writes of answers in flight at most: past it (a frozen database) answers are not recorded, rather than queued. */
const MAX_PENDING_WRITES = 50;

/** The intents of answers that are not answered well: kept whether rated or not. */
const UNANSWERED = new Set(["not_covered", "unknown"]);

/**
 * An answer's id: 16 characters, its creation time (48 bits of milliseconds) then 48 random bits, in an alphabet
 * whose order is ASCII's, so ids sort by time. The store's index of ids then takes each new one at its end rather
 * than at a random place (one page written per commit of answers instead of one per answer); the random half keeps
 * an id unguessable (a vote needs it). Random bytes come from a pool refilled 256 ids at a time.
 */
const SORTABLE_ALPHABET = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
const RANDOM_BYTES = 6;
let idPool = Buffer.alloc(0);
let idOffset = 0;
export function answerId(now = Date.now()): string {
  if (idOffset + RANDOM_BYTES > idPool.length) {
    idPool = randomBytes(RANDOM_BYTES * 256);
    idOffset = 0;
  }
  const random = idPool.readUIntBE(idOffset, RANDOM_BYTES);
  idOffset += RANDOM_BYTES;
  return sortable48(now) + sortable48(random);
}

/** A number below 2^48 as 8 characters of SORTABLE_ALPHABET, most significant first. */
function sortable48(n: number): string {
  let out = "";
  for (let shift = 42; shift >= 0; shift -= 6) out += SORTABLE_ALPHABET[Math.floor(n / 2 ** shift) % 64];
  return out;
}

/** An answer's record, prepared and not yet written (Feedback.prepare). */
export interface PendingRecord {
  /** The id its rating buttons carry; undefined when it gets none. */
  id?: string;
  counts: AnswerCounts;
  row?: AnswerRow;
  /** Where it is to be written. */
  store: FeedbackStore;
}

/** How a vote went, as the person is told. */
export type VoteOutcome = VoteResult["stored"] | "unknown_answer" | "not_stored";

/** The short ephemeral line a vote is acknowledged with. */
export function thanksFor(vote: Vote, outcome: VoteOutcome): string {
  const emoji = vote === "up" ? "👍" : "👎";
  switch (outcome) {
    case "unknown_answer":
      return "Thanks, but this answer is too old to rate now: rate a newer one.";
    case "changed":
      return `Thanks: changed your rating to ${emoji}.`;
    case "same":
      return `Thanks: your ${emoji} is already counted.`;
    default:
      return vote === "up"
        ? "Thanks for the 👍!"
        : "Thanks for the 👎: it tells the people who run me which answers to improve.";
  }
}

/** Each part of an answer (one for a single question). */
export const partsOf = (answer: Answer): Answer[] =>
  answer.parts && answer.parts.length > 0 ? answer.parts : [answer];

/** What an answer counts as: each part's intent, the roles it is about (each once), its not_covered topics. */
export function countsOf(answer: Answer, day: string): AnswerCounts {
  const parts = partsOf(answer);
  return {
    day,
    intents: parts.map((p) => p.intent),
    roles: [...new Set(parts.flatMap((p) => p.roles))],
    topics: parts.flatMap((p) => (p.intent === "not_covered" ? [p.notCoveredTopic ?? "other"] : [])),
  };
}

/**
 * Ratings of answers (👍/👎 buttons, `+`/`-` in the console) and a record of what was asked that the guide could
 * not answer. Each answer is counted (intents, roles, topics per day: no person, no text); an answer that gets
 * buttons gets a row the buttons point to, with its intents, roles and topics, and its question text only when the
 * operator keeps texts. Recording never waits for the store; a vote waits at most the store budget.
 */
export class Feedback {
  private readonly keepText: boolean;
  private readonly textTtlMs: number;
  private readonly budgetMs: number;
  private readonly now: () => number;
  private pending = 0;
  /** Records written behind their answers, by answer id (see written). */
  private readonly inFlight = new Map<string, Promise<void>>();
  /** True while recording fails or backs up: logged once when it starts, once when it ends. */
  private degraded = false;

  constructor(
    readonly store: FeedbackStore,
    private readonly options: FeedbackOptions = {},
  ) {
    this.keepText = options.keepText ?? false;
    this.textTtlMs = options.textTtlMs ?? DEFAULT_TEXT_TTL_MS;
    this.budgetMs = options.budgetMs ?? DEFAULT_STORE_BUDGET_MS;
    this.now = options.now ?? Date.now;
  }

  /**
   * What recording an answer about to be sent writes, and the id its rating buttons carry (undefined when it gets
   * none: small talk, a greeting, "forget me" done). Pure: nothing is written. A conversation turn carries it into its
   * own commit (Conversations, TurnOptions.rating); `write` writes it on its own.
   */
  prepare(answer: Answer, origin: AnswerOrigin): PendingRecord {
    const now = this.now();
    const parts = partsOf(answer);
    const rated = answer.intent !== "smalltalk";
    const counts = countsOf(answer, utcDay(now));
    const id = rated ? answerId(now) : undefined;
    const question = this.keepText ? stripChatMarkup(origin.question).slice(0, MAX_KEPT_TEXT) : "";
    const row: AnswerRow | undefined = id
      ? {
          id,
          platform: origin.platform,
          workspace: origin.workspace ?? "",
          intent: answer.intent,
          intents: counts.intents,
          roles: counts.roles,
          topics: counts.topics,
          unanswered: parts.some((p) => UNANSWERED.has(p.intent)),
          createdAt: now,
          ...(question ? { text: { question, askerId: origin.userId, expiresAt: now + this.textTtlMs } } : {}),
        }
      : undefined;
    return { id, counts, row, store: this.store };
  }

  /**
   * Counts an answer about to be sent and returns the id its rating buttons carry; undefined when it gets none
   * (small talk: a greeting, "forget me" done) or the store refused the row. Waits for the row at most the store
   * budget, so a click (on any replica) finds it; a slow store's write goes on behind the answer. Never throws.
   */
  record(answer: Answer, origin: AnswerOrigin): Promise<string | undefined> {
    return this.write(this.prepare(answer, origin));
  }

  /**
   * Writes a prepared record on its own (see record). With `wait: false` it resolves at once with the id, the
   * write going on behind (an answer sent as an acknowledgement); a vote on it in this process waits for it.
   */
  async write(pending: PendingRecord, { wait = true } = {}): Promise<string | undefined> {
    const { id, counts, row } = pending;
    if (this.pending >= MAX_PENDING_WRITES) {
      this.trouble({ pending: this.pending }, "feedback store backed up: answers not recorded until it catches up");
      return undefined;
    }
    this.pending++;
    const write = this.store.record(counts, row).finally(() => {
      this.pending--;
    });
    if (!wait) {
      this.written(id, write);
      write.then(
        () => this.recovered(),
        (error: unknown) => this.trouble({ err: errorText(error) }, "feedback store failed: answer not recorded"),
      );
      return id;
    }
    const written = await withinBudget(write, this.budgetMs);
    if (written.ok) {
      this.recovered();
      return id;
    }
    if ("timedOut" in written) {
      // Still going: the buttons go out, and the row most likely lands before anyone clicks.
      this.trouble({ timedOut: true, budgetMs: this.budgetMs }, "feedback store too slow: recording behind answers");
      this.written(id, write);
      write.then(
        () => this.recovered(),
        (error: unknown) => this.trouble({ err: errorText(error) }, "feedback store failed: answer not recorded"),
      );
      return id;
    }
    this.trouble({ err: errorText(written.error) }, "feedback store failed: answer not recorded");
    return undefined;
  }

  /**
   * A record whose write goes on behind its answer (a turn's commit, a slow store): until it settles, a vote on its
   * id in this process waits for it (within the budget) rather than finding no answer.
   */
  written(id: string | undefined, write: Promise<unknown>): void {
    if (id === undefined) return;
    const settled = write.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.set(id, settled);
    void settled.then(() => this.inFlight.delete(id));
  }

  /**
   * A person's 👍 or 👎 on an answer: stored once per person and answer (a second click changes it; a replayed or
   * repeated click changes nothing, on any replica). Waits at most the store budget; never throws.
   */
  async vote(answerId: string, userId: string, vote: Vote): Promise<VoteOutcome> {
    const result = await withinBudget(this.voteOnRecorded(answerId, userId, vote), this.budgetMs);
    if (!result.ok) {
      const reason = "timedOut" in result ? { timedOut: true } : { err: errorText(result.error) };
      this.options.log?.warn(reason, "feedback vote not stored in time (the store is slow or failing)");
      return "not_stored";
    }
    if (!result.value) {
      this.options.log?.debug("feedback vote on an unknown or expired answer");
      return "unknown_answer";
    }
    if (result.value.stored !== "same") this.options.onVote?.(vote, [...new Set(result.value.intents)]);
    this.options.log?.debug({ vote, stored: result.value.stored }, "feedback vote");
    return result.value.stored;
  }

  /**
   * The vote, once its answer's record is there. An answer's record is written behind it (in the turn's commit,
   * after a /career's acknowledgement): a click in this process waits for that write; a click that reaches another
   * replica before the commit finds no answer and looks again, a few times, until the store budget is spent.
   */
  private async voteOnRecorded(answerId: string, userId: string, vote: Vote): Promise<VoteResult | undefined> {
    await this.inFlight.get(answerId);
    const deadline = performance.now() + this.budgetMs;
    for (let pause = 10; ; pause *= 2) {
      const result = await this.store.vote(answerId, userId, vote, this.now());
      if (result || performance.now() + pause >= deadline) return result;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }

  /** Sweeps expired texts and old rows every `intervalMs`. */
  startSweeper(intervalMs = 60 * 60_000): { stop(): void } {
    const sweep = () =>
      this.store
        .sweep({
          voteWindowMs: VOTE_WINDOW_MS,
          retentionMs: this.options.retentionMs ?? DEFAULT_RETENTION_MS,
          textsKept: this.keepText,
        })
        .then(
          (n) => n > 0 && this.options.log?.debug({ rows: n }, "feedback swept"),
          (error: unknown) => this.options.log?.warn({ err: errorText(error) }, "feedback sweep failed"),
        );
    void sweep();
    const timer = setInterval(sweep, intervalMs);
    timer.unref();
    return { stop: () => clearInterval(timer) };
  }

  private trouble(fields: Record<string, unknown>, message: string): void {
    if (this.degraded) return;
    this.degraded = true;
    this.options.log?.warn(fields, message);
  }

  private recovered(): void {
    if (!this.degraded) return;
    this.degraded = false;
    this.options.log?.info("feedback store answering again");
  }
}

/** A store error as a short reason: its code and message, never a query's parameters. */
function errorText(error: unknown): string {
  const e = error as { message?: string; code?: string };
  return [e?.code, e?.message].filter(Boolean).join(": ") || String(error);
}
