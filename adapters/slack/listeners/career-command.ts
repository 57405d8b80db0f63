import type { webApi } from "@slack/bolt";
import type { Conversations } from "../../../src/conversation/conversations";
import { conversationKeys } from "../../../src/conversation/keys";
import type { Feedback } from "../../../src/feedback/feedback";
import type { RecentKeys } from "../../../src/recentKeys";
import { stripChatMarkup } from "../../../src/text/normalize";
import { findSubcommand } from "../../../src/text/subcommand";
import { type SlackCharts, withChartImage } from "../chart";
import { installIdOfContext } from "../installations";
import { renderSlackMessage } from "../render";
import type { CommandListener } from "./types";

/**
 * `/career <question>`: answered inside the acknowledgement, ephemeral, with follow-up buttons and "Share in
 * channel". One conversation per person per channel: a follow-up ("what about the salary?") uses the last answer.
 */
export function careerCommandListener(
  conversations: Conversations,
  recent: RecentKeys,
  extraCommands: SlackSubcommands = {},
  charts?: SlackCharts,
  feedback?: Feedback,
): CommandListener {
  return async ({ command, ack, respond, client, context }) => {
    // Slack does not retry slash commands, but a proxy may: one trigger, one answer. Remembered in this process
    // only: claiming it in the store would cost every /career a commit of its own.
    if (!recent.claimInProcess(`command:${command.trigger_id}`)) return ack();
    const subcommand = findSubcommand(command.text, extraCommands);
    if (subcommand) {
      // Acknowledged at once: the permission check (users.info) may be slow; the outcome follows via respond().
      await ack();
      const { channel_id: channelId, user_id: userId, team_id: teamId } = command;
      try {
        await respond(
          await subcommand.handler({
            channelId,
            userId,
            teamId,
            args: subcommand.args,
            client,
            installId: installIdOfContext(context),
          }),
        );
      } catch (error) {
        await respond({ response_type: "ephemeral", text: `Sorry, that did not work: ${(error as Error).message}` });
        throw error;
      }
      return;
    }
    const { team_id: team, channel_id: channel, user_id: user } = command;
    const userId = conversationKeys.slackUser(team, user);
    // The answer is the acknowledgement: it goes out as soon as it is made, before anything is written. The
    // conversation, the asker's profile and the answer's feedback record follow in one commit (NORMAL, shared with
    // the turns around it). A process that dies after the ack loses that context, never the answer.
    const { answer, asked, feedbackId } = await conversations.turn(
      conversationKeys.slackCommand(team, channel, user),
      userId,
      command.text,
      {
        beforeSaved: true,
        rating: feedback && {
          feedback,
          origin: { platform: "slack", workspace: team, userId, question: command.text },
        },
      },
    );
    // Ephemeral messages cannot carry files: the chart shows only as an image the bot serves (PUBLIC_URL).
    const message = renderSlackMessage(answer, {
      shareQuestion: stripChatMarkup(command.text),
      shareContext: asked,
      feedbackId,
    });
    await ack({ response_type: "ephemeral", ...withChartImage(message, answer, charts) });
  };
}

export interface SubcommandContext {
  channelId: string;
  userId: string;
  teamId: string;
  args: string[];
  /** The Web API client authorized for this request's workspace. */
  client: webApi.WebClient;
  /** The installation the request came through (team id, or enterprise id for an org-wide install). */
  installId?: string;
}
/** Subcommands that are not questions (`/career subscribe`), answered with an ephemeral text. */
export type SlackSubcommands = Record<
  string,
  (ctx: SubcommandContext) => Promise<{ response_type: "ephemeral"; text: string }>
>;
