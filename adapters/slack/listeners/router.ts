import type { AllMiddlewareArgs, AnyMiddlewareArgs, App, Context } from "@slack/bolt";
import { FEEDBACK_ACTION, FOLLOW_UP_ACTION, SHARE_ACTION_ID } from "../render";
import type { ButtonListener, CommandListener, EventListener } from "./types";

/** careerbot's listeners, one per kind of request it answers (each in its own file in this folder). */
export interface SlackListeners {
  /** `/career` */
  command: CommandListener;
  /** "Share in channel" (action id SHARE_ACTION_ID). */
  share: ButtonListener;
  /** A follow-up button (FOLLOW_UP_ACTION). */
  followUp: ButtonListener;
  /** 👍 / 👎 (FEEDBACK_ACTION); without it those clicks go unanswered, as when feedback is off. */
  feedback?: ButtonListener;
  mention: EventListener<"app_mention">;
  directMessage: EventListener<"message">;
}

export const CAREER_COMMAND = "/career";

/**
 * Every request reaches careerbot through one router, which reads the request's kind once and calls its one
 * listener. Registered as six Bolt listeners, each request ran through the filters of all six (two or three async
 * functions and a copy of the arguments each), and through Bolt's ignoreSelf middleware first: about a tenth of what
 * a /career cost. The router matches what those registrations matched, and filters out the bot's own events as
 * ignoreSelf does (the app is built with `ignoreSelf: false`). A request no route takes goes on to listeners
 * registered with Bolt (OAuth mode's uninstall events).
 */
export function routeSlackRequests(app: App, listeners: SlackListeners): void {
  app.use(async (args) => {
    const route = routeOf(args, listeners);
    if (route === SELF) return;
    if (route) return route(args as never);
    await args.next();
  });
}

/** The bot's own event: nobody answers it (Bolt's ignoreSelf). */
const SELF = Symbol("self");
/** Events Bolt's ignoreSelf lets through even when the bot itself is their user. */
const KEPT_FROM_SELF = new Set(["member_joined_channel", "member_left_channel"]);

type Listener = (args: never) => Promise<void>;

function routeOf(
  args: AnyMiddlewareArgs & AllMiddlewareArgs,
  listeners: SlackListeners,
): Listener | typeof SELF | undefined {
  if ("command" in args && args.command) {
    return args.command.command === CAREER_COMMAND ? listeners.command : undefined;
  }
  if ("action" in args && args.action) {
    // As Bolt's action constraints: a block element's action id, and for our own buttons a block_actions body.
    const actionId = (args.payload as { action_id?: unknown }).action_id;
    if (typeof actionId !== "string") return undefined;
    if (actionId === SHARE_ACTION_ID) return listeners.share;
    if (args.body.type !== "block_actions") return undefined;
    if (FOLLOW_UP_ACTION.test(actionId)) return listeners.followUp;
    if (FEEDBACK_ACTION.test(actionId)) return listeners.feedback;
    return undefined;
  }
  if ("event" in args && args.event) {
    if (isFromSelf(args.event as SelfCheckedEvent, args.context)) return SELF;
    if (args.event.type === "app_mention") return listeners.mention;
    if (args.event.type === "message") return listeners.directMessage;
  }
  return undefined;
}

interface SelfCheckedEvent {
  type: string;
  subtype?: string;
  bot_id?: string;
  user?: string;
}

/** Bolt's ignoreSelf: a bot_message from this bot, or an event whose user is this bot (but for joins and leaves). */
export function isFromSelf(event: SelfCheckedEvent, context: Pick<Context, "botId" | "botUserId">): boolean {
  if (event.type === "message" && event.subtype === "bot_message" && event.bot_id === context.botId) return true;
  return (
    context.botUserId !== undefined &&
    "user" in event &&
    event.user === context.botUserId &&
    !KEPT_FROM_SELF.has(event.type)
  );
}
