import type { Answer } from "../answer/types";
import type { CareerBot } from "../bot";
import type { ConversationContext, Understanding } from "../intent/understand";
import type { Logger } from "../logger";
import { AlreadyHandledError, type ConversationStore, type EventClaim, isEmptyContext } from "./store";

/** One question in a conversation: the answer, and the context it was answered in (for a Share button). */
export interface Turn {
  answer: Answer;
  understanding: Understanding;
  /** The context the question was answered in; undefined when the conversation had none. */
  asked?: ConversationContext;
  /** The event's claim (see turn) was lost to another replica: it answers, this one must not. Nothing was stored. */
  alreadyHandled?: true;
}

export interface TurnOptions {
  /**
   * A redelivered event's claim (RecentKeys.sharedClaim): made in the store in the same commit that saves the
   * conversation. A replica that loses it stores nothing and gets `alreadyHandled`.
   */
  claim?: EventClaim;
  /**
   * Resolve with the answer before the context is saved (the save still ends before this conversation's next
   * question is answered): for an answer sent as an acknowledgement (Slack's /career), which then does not wait for
   * the store. Ignored with a claim and for "forget me", whose answers depend on what the store did.
   */
  beforeSaved?: boolean;
}

/** Said when "forget me" could not delete (the store failed): never claim a deletion that did not happen. */
export const FORGET_FAILED_TEXT =
  'Sorry: I could not delete what I stored about you just now. Please say "forget me" again in a minute.';

/**
 * Conversations, platform-neutral: loads a conversation's context by key, asks the bot, keeps what it says to
 * remember. Keys and user ids come from the adapters (README "Conversations"); user ids carry their platform
 * ("slack:T1:U1", "discord:123") so "forget me" on one platform touches only that identity. Nothing of a
 * conversation is logged above debug.
 */
export class Conversations {
  /** Questions of one key run one after another, so two quick messages never overwrite each other's context. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    readonly bot: CareerBot,
    readonly store: ConversationStore,
    private readonly log?: Logger,
  ) {}

  /** Answers `question` in the conversation `key` asked by `userId`. Never throws for a store failure. */
  async ask(key: string, userId: string, question: string): Promise<Answer> {
    return (await this.turn(key, userId, question)).answer;
  }

  /** One question in a conversation (see TurnOptions). */
  turn(key: string, userId: string, question: string, options: TurnOptions = {}): Promise<Turn> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.then(
      () => this.answer(key, userId, question, options),
      () => this.answer(key, userId, question, options),
    );
    // The next question of this key waits until this one's context is saved, even when its answer went out before.
    const saved = run.then((r) => r.saved);
    this.queues.set(key, saved);
    void saved.finally(() => {
      if (this.queues.get(key) === saved) this.queues.delete(key);
    });
    return run.then((r) => r.turn);
  }

  private async answer(
    key: string,
    userId: string,
    question: string,
    { claim, beforeSaved }: TurnOptions,
  ): Promise<{ turn: Turn; saved: Promise<unknown> }> {
    let asked: ConversationContext | undefined;
    try {
      asked = await this.store.get(key);
    } catch (error) {
      this.log?.warn({ err: error }, "conversation store read failed; answering without context");
    }
    const reply = this.bot.reply(question, asked);
    const { understanding } = reply;
    this.log?.debug(
      { key, user: userId, question, intent: reply.answer.intent, roles: reply.answer.roles, context: reply.context },
      "conversation turn",
    );
    // Never rejects: a store failure is logged and the answer stands (answering twice beats not answering).
    const save = async (): Promise<Turn> => {
      try {
        if (understanding.smalltalk === "forget_me") {
          const deleted = await this.store.forgetUser(userId, claim);
          this.log?.info({ deleted }, "forget me: the user's conversations were deleted");
        } else if (understanding.smalltalk === "reset" || isEmptyContext(reply.context)) {
          await this.store.delete(key, claim);
        } else {
          await this.store.set(key, userId, reply.context, claim);
        }
      } catch (error) {
        if (error instanceof AlreadyHandledError)
          return { answer: reply.answer, understanding, asked, alreadyHandled: true };
        this.log?.warn({ err: error }, "conversation store write failed");
        if (understanding.smalltalk === "forget_me") {
          const answer = {
            ...reply.answer,
            title: "Not deleted yet",
            summary: FORGET_FAILED_TEXT,
            followUps: ["forget me"],
          };
          return { answer, understanding, asked };
        }
      }
      return { answer: reply.answer, understanding, asked };
    };
    // "Forget me" and a claimed event are answered by what the store did; anything else may go out first.
    if (beforeSaved && !claim && understanding.smalltalk !== "forget_me") {
      return { turn: { answer: reply.answer, understanding, asked }, saved: save() };
    }
    const turn = await save();
    return { turn, saved: Promise.resolve() };
  }

  /** Deletes expired conversations every `intervalMs` (they are also deleted when read). */
  startSweeper(intervalMs = 5 * 60_000): { stop(): void } {
    const timer = setInterval(() => {
      this.store.sweep().then(
        (n) => n > 0 && this.log?.debug({ deleted: n }, "expired conversations swept"),
        (error: unknown) => this.log?.warn({ err: error }, "conversation sweep failed"),
      );
    }, intervalMs);
    timer.unref();
    return { stop: () => clearInterval(timer) };
  }
}
