import type { Answer } from "../answer/types";
import type { CareerBot, Reply } from "../bot";
import type { AnswerOrigin, Feedback } from "../feedback/feedback";
import type { ConversationContext, Understanding } from "../intent/understand";
import type { Logger } from "../logger";
import { type Bounded, DEFAULT_STORE_BUDGET_MS, withinBudget } from "./budget";
import {
  AlreadyHandledError,
  type ConversationStore,
  type EventClaim,
  isEmptyProfile,
  isEmptySharedContext,
  type PersonProfile,
  type SharedContext,
  type TurnRead,
  type TurnWrite,
} from "./store";

/** One question in a conversation: the answer, and the context it was answered in (for a Share button). */
export interface Turn {
  answer: Answer;
  understanding: Understanding;
  /** The context the question was answered in (the conversation's, with the asker's profile); undefined if none. */
  asked?: ConversationContext;
  /** The event's claim (see turn) was lost to another replica: it answers, this one must not. Nothing was stored. */
  alreadyHandled?: true;
  /** With TurnOptions.rating: the id the answer's rating buttons carry; undefined when it gets none. */
  feedbackId?: string;
}

export interface TurnOptions {
  /**
   * A redelivered event's claim (RecentKeys.sharedClaim): made in the store in the same commit that saves the
   * conversation. A replica that loses it stores nothing and gets `alreadyHandled`.
   */
  claim?: EventClaim;
  /**
   * Resolve with the answer before the context is saved (the next question of this conversation or person still
   * waits for that save, up to the store budget): for an answer sent as an acknowledgement (Slack's /career), which
   * then does not wait for the store. Ignored with a claim and for "forget me", whose answers depend on what the
   * store did.
   */
  beforeSaved?: boolean;
  /**
   * Record the answer for feedback (counts, and the row its rating buttons point to) in the turn's own commit, after
   * its claim: one commit for the answer, and nothing recorded for an event another replica answers.
   */
  rating?: { feedback: Feedback; origin: AnswerOrigin };
}

/** Said when "forget me" could not delete (the store failed): never claim a deletion that did not happen. */
export const FORGET_FAILED_TEXT =
  'Sorry: I could not delete what I stored about you just now. Please say "forget me" again in a minute.';

export interface ConversationsOptions {
  /**
   * The longest an answer waits for the store (STORE_BUDGET_MS), reading the context and saving it: past it the
   * question is answered without context and the write goes on behind it.
   */
  budgetMs?: number;
  /** The longest "forget me" waits for its deletion before saying it did not happen. */
  forgetBudgetMs?: number;
}

/**
 * Conversations, platform-neutral: loads a conversation's shared context by key and the asker's own profile by
 * their user id, asks the bot, and saves what it says to remember: the profile back to the person, the rest to the
 * conversation. Keys and user ids come from the adapters (README "Conversations"); user ids carry their platform
 * ("slack:T1:U1", "discord:123"), so a profile belongs to one person on one platform, and "forget me" touches only
 * that identity. The store never holds an answer longer than the budget. Nothing of a conversation is logged above
 * debug.
 */
export class Conversations {
  /** Turns of one key, and of one person, run one after another, so quick messages never overwrite each other. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly budgetMs: number;
  private readonly forgetBudgetMs: number;
  /** True while the store is too slow or failing: logged once when it starts, once when it ends. */
  private degraded = false;
  /** What else "forget me" deletes, kept outside conversations (a Slack installation naming its installer). */
  private readonly forgetters: ((userId: string) => Promise<unknown>)[] = [];

  constructor(
    readonly bot: CareerBot,
    readonly store: ConversationStore,
    private readonly log?: Logger,
    options: ConversationsOptions = {},
  ) {
    this.budgetMs = options.budgetMs ?? DEFAULT_STORE_BUDGET_MS;
    this.forgetBudgetMs = options.forgetBudgetMs ?? 2_000;
  }

  /**
   * Something else "forget me" must delete for a user id (a platform's own rows that name the person): run with the
   * conversation store's deletion, within the same budget; if it fails, the bot says the deletion did not happen.
   */
  alsoForget(forget: (userId: string) => Promise<unknown>): void {
    this.forgetters.push(forget);
  }

  /** Answers `question` in the conversation `key` asked by `userId`. Never throws for a store failure. */
  async ask(key: string, userId: string, question: string): Promise<Answer> {
    return (await this.turn(key, userId, question)).answer;
  }

  /** One question in a conversation (see TurnOptions). Never throws for a store failure. */
  turn(key: string, userId: string, question: string, options: TurnOptions = {}): Promise<Turn> {
    const queueKeys = [`conversation:${key}`, `person:${userId}`];
    const waitFor = queueKeys.flatMap((k) => this.queues.get(k) ?? []);
    // Nothing ahead (the usual case): answered at once, without a timer and turns of the event loop for nothing.
    // Otherwise a previous turn stuck on a frozen store holds this one for the budget at most.
    const run =
      waitFor.length === 0
        ? this.answer(key, userId, question, options)
        : withinBudget(Promise.allSettled(waitFor), this.budgetMs).then(() =>
            this.answer(key, userId, question, options),
          );
    // The queue waits for the writes too, not only for the answer (which may have gone out before them).
    const done = run.then(
      (r) => r.saved,
      () => undefined,
    );
    for (const k of queueKeys) this.queues.set(k, done);
    void done.finally(() => {
      for (const k of queueKeys) if (this.queues.get(k) === done) this.queues.delete(k);
    });
    return run.then((r) => r.turn);
  }

  /** The turn, and its writes (never rejecting) for the queue to wait on. */
  private async answer(
    key: string,
    userId: string,
    question: string,
    { claim, beforeSaved, rating }: TurnOptions,
  ): Promise<{ turn: Turn; saved: Promise<unknown> }> {
    const read = await withinBudget(this.store.getTurn(key, userId), this.budgetMs);
    this.note(read, "read");
    const { shared, profile } = read.ok ? read.value : NOTHING_READ;
    const asked = withProfile(shared, profile);
    const reply = this.bot.reply(question, asked);
    const { understanding } = reply;
    const turn: Turn = { answer: reply.answer, understanding, asked };
    this.log?.debug(
      { key, user: userId, question, intent: reply.answer.intent, roles: reply.answer.roles, context: reply.context },
      "conversation turn",
    );
    const record = rating?.feedback.prepare(reply.answer, rating.origin);
    // Not carried by a turn's commit (forget me, a failed read): written on its own, unless the event went elsewhere.
    const recordAlone = async (t: Turn): Promise<Turn> => {
      if (!rating || !record || t.alreadyHandled) return t;
      return { ...t, feedbackId: await rating.feedback.write(record, { wait: !beforeSaved }) };
    };
    if (understanding.smalltalk === "forget_me")
      return { turn: await recordAlone(await this.forget(userId, claim, turn)), saved: NOTHING };
    // Answered without the stored context: saving now would overwrite it, when the store runs again, with what
    // this context-free answer would keep. Nothing is saved, the conversation resumes where it was; only the event's
    // claim is made, so that another replica does not answer it too.
    if (!read.ok && !claim) return { turn: await recordAlone(turn), saved: NOTHING };
    const writes = this.store.saveTurn(key, userId, {
      ...(read.ok ? changes(reply, profile) : {}),
      claim,
      rating: record,
    });
    const saved = writes.catch(() => undefined);
    if (record) rating?.feedback.written(record.id, writes);
    // An acknowledgement goes out before the save; a claimed event's answer waits for it, as it is sent only if
    // this process won the claim.
    if (beforeSaved && !claim) {
      void withinBudget(writes, this.budgetMs).then((result) => this.note(result, "write"));
      return { turn: { ...turn, feedbackId: record?.id }, saved };
    }
    const result = await withinBudget(writes, this.budgetMs);
    if (lostClaim(result)) return { turn: { ...turn, alreadyHandled: true }, saved: NOTHING };
    this.note(result, "write");
    // A record that failed with the turn has no row for buttons to point to; one still being written most likely
    // lands before anyone clicks (and a vote here waits for it).
    const feedbackId = result.ok || "timedOut" in result ? record?.id : undefined;
    return { turn: { ...turn, feedbackId }, saved };
  }

  /** "forget me", answered by what the store did: a deletion that did not happen is never claimed. */
  private async forget(userId: string, claim: EventClaim | undefined, turn: Turn): Promise<Turn> {
    // The store's rows and anything else registered to forget the person (a Slack installation naming them).
    const everywhere = Promise.all([
      this.store.forgetUser(userId, claim),
      ...this.forgetters.map((forget) => forget(userId)),
    ]).then(([fromStore]) => fromStore);
    const forgotten = await withinBudget(everywhere, this.forgetBudgetMs);
    if (forgotten.ok) {
      this.log?.info({ ...forgotten.value }, "forget me: the user's profile and conversations were deleted");
      return turn;
    }
    if (lostClaim(forgotten)) return { ...turn, alreadyHandled: true };
    this.log?.warn(failure(forgotten), "forget me failed");
    const answer = { ...turn.answer, title: "Not deleted yet", summary: FORGET_FAILED_TEXT, followUps: ["forget me"] };
    return { ...turn, answer };
  }

  /** Logs the store going slow or failing once, and its recovery once; a late write is still logged if it fails. */
  private note(result: Bounded<unknown>, what: "read" | "write"): void {
    if (result.ok) {
      if (this.degraded) this.log?.info("conversation store answering again");
      this.degraded = false;
      return;
    }
    if (this.degraded) return;
    this.degraded = true;
    this.log?.warn(
      { ...failure(result), budgetMs: this.budgetMs },
      what === "read"
        ? "conversation store too slow or failing: answering without context"
        : "conversation store too slow or failing: the context is saved late or not at all",
    );
  }

  /**
   * The conversation an alias (a bot answer's id) leads to, within the budget: a frozen store means the reply is
   * answered as a new question, not held.
   */
  async resolveAlias(alias: string): Promise<string | undefined> {
    const found = await withinBudget(this.store.resolveAlias(alias), this.budgetMs);
    this.note(found, "read");
    return found.ok ? found.value : undefined;
  }

  /** Deletes expired conversations and profiles every `intervalMs` (they are also deleted when read). */
  startSweeper(intervalMs = 5 * 60_000): { stop(): void } {
    const timer = setInterval(() => {
      this.store.sweep().then(
        (n) => n > 0 && this.log?.debug({ deleted: n }, "expired conversations and profiles swept"),
        (error: unknown) => this.log?.warn({ err: errorText(error) }, "conversation sweep failed"),
      );
    }, intervalMs);
    timer.unref();
    return { stop: () => clearInterval(timer) };
  }
}

const NOTHING: Promise<unknown> = Promise.resolve();
const NOTHING_READ: TurnRead = {};

/**
 * What a turn keeps: the conversation's part to its key, the profile to its person; what became empty is deleted.
 * A profile is deleted only when the asker had one: the turns of someone who said nothing about themselves write no
 * profile row at all.
 */
function changes(reply: Reply, before: PersonProfile | undefined): TurnWrite {
  const profile = reply.context.profile;
  return {
    // The store keeps only the shared part, capped (ConversationStore.saveTurn): done there, not here, so an answer
    // sent as an acknowledgement does not wait for it (the SQL store does it when the turn's commit runs).
    context: reply.understanding.smalltalk === "reset" || isEmptySharedContext(reply.context) ? null : reply.context,
    profile: isEmptyProfile(profile) ? (before ? null : undefined) : (profile as PersonProfile),
  };
}

/** The event's claim was lost to another replica (see TurnOptions.claim). */
function lostClaim(result: Bounded<unknown>): boolean {
  return !result.ok && "error" in result && result.error instanceof AlreadyHandledError;
}

/** The context a question is asked in: the conversation's shared part, with the asker's own profile. */
function withProfile(
  shared: SharedContext | undefined,
  profile: PersonProfile | undefined,
): ConversationContext | undefined {
  if (!shared && !profile) return undefined;
  return { ...(shared ?? { roles: [] }), ...(profile ? { profile } : {}) };
}

/** A store error as a short reason: its message and code, never a query's parameters. */
function errorText(error: unknown): string {
  const e = error as { message?: string; code?: string };
  return [e?.code, e?.message].filter(Boolean).join(": ") || String(error);
}

function failure(result: Bounded<unknown>): { timedOut?: true; err?: string } {
  if (result.ok) return {};
  return "timedOut" in result ? { timedOut: true } : { err: errorText(result.error) };
}
