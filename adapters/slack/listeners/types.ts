import type {
  AllMiddlewareArgs,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
} from "@slack/bolt";

/** What each listener gets: Bolt's arguments for its kind of request (see router.ts, which calls it). */
export type CommandListener = (args: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => Promise<void>;
export type ButtonListener = (args: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => Promise<void>;
export type EventListener<Type extends string> = (
  args: SlackEventMiddlewareArgs<Type> & AllMiddlewareArgs,
) => Promise<void>;
