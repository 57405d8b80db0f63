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

  /**
   * One question in a conversation. With `claim` (a redelivered event's id, RecentKeys.sharedClaim), the event is
   * claimed in the store in the same commit that saves the conversation.
   */
  turn(key: string, userId: string, question: string, claim?: EventClaim): Promise<Turn> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.then(
      () => this.answer(key, userId, question, claim),
      () => this.answer(key, userId, question, claim),
    );
    this.queues.set(key, run);
    void run.finally(() => {
      if (this.queues.get(key) === run) this.queues.delete(key);
    });
    return run;
  }

  private async answer(key: string, userId: string, question: string, claim?: EventClaim): Promise<Turn> {
    let asked: ConversationContext | undefined;
    try {
      asked = await this.store.get(key);
    } catch (error) {
      this.log?.warn({ err: error }, "conversation store read failed; answering without context");
    }
    const reply = this.bot.reply(question, asked);
    const { understanding } = reply;
    let answer = reply.answer;
    this.log?.debug(
      { key, user: userId, question, intent: answer.intent, roles: answer.roles, context: reply.context },
      "conversation turn",
    );
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
      if (error instanceof AlreadyHandledError) return { answer, understanding, asked, alreadyHandled: true };
      this.log?.warn({ err: error }, "conversation store write failed");
      if (understanding.smalltalk === "forget_me") {
        answer = { ...answer, title: "Not deleted yet", summary: FORGET_FAILED_TEXT, followUps: ["forget me"] };
      }
    }
    return { answer, understanding, asked };
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
