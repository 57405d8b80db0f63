import type { APIActionRowComponent, APIButtonComponent, APIEmbed, MessageMentionOptions } from "discord.js";
import type { Answer } from "../../src/answer/types";
import { chartAltText, chartRoleIds, type SalaryCharts } from "../../src/chart";
import type { Logger } from "../../src/logger";
import { discordErrorFields } from "./errors";
import { NO_PINGS } from "./mentions";
import { renderDiscordEmbeds } from "./render";

export const CHART_FILE_NAME = "salary.png";

/** What message.reply, interaction.reply and their edits all accept. */
export interface DiscordAnswerPayload {
  embeds: APIEmbed[];
  files?: { attachment: Buffer; name: string; description?: string }[];
  allowedMentions: MessageMentionOptions;
  /** Follow-up buttons. */
  components?: APIActionRowComponent<APIButtonComponent>[];
}

export interface DiscordCharts {
  charts: SalaryCharts;
  log: Logger;
}

/** The embeds with the chart as the first one's image: the PNG travels as an attachment in the same multipart request. */
export function payloadWithChart(
  embeds: APIEmbed[],
  png: Buffer,
  description: string,
  components?: DiscordAnswerPayload["components"],
): DiscordAnswerPayload {
  return {
    ...(components && components.length > 0 ? { components } : {}),
    // The chart goes under the first embed (the part that asked for it comes first when it is the only one).
    embeds: embeds.map((embed, i) =>
      i === 0 ? { ...embed, image: { url: `attachment://${CHART_FILE_NAME}` } } : embed,
    ),
    files: [{ attachment: png, name: CHART_FILE_NAME, description }],
    allowedMentions: NO_PINGS,
  };
}

/**
 * Sends an answer as an embed, with its salary chart when the answer asks for one. Never waits for a render: a
 * cached chart goes out with the answer; otherwise the text goes first and an edit adds the chart once it is drawn.
 * If the upload fails, the text answer is sent (or stays) without it. Resolves once the text is out.
 */
export async function sendAnswerWithChart<Sent>(
  answer: Answer,
  charts: DiscordCharts | undefined,
  send: (payload: DiscordAnswerPayload) => Promise<Sent>,
  edit: (sent: Sent, payload: DiscordAnswerPayload) => Promise<unknown>,
  components?: DiscordAnswerPayload["components"],
): Promise<Sent> {
  const buttons = components && components.length > 0 ? components : undefined;
  const embeds = renderDiscordEmbeds(answer, { followUpButtons: Boolean(buttons) });
  const textOnly: DiscordAnswerPayload = {
    embeds,
    allowedMentions: NO_PINGS,
    ...(buttons ? { components: buttons } : {}),
  };
  const roleIds = charts && chartRoleIds(answer, charts.charts.data);
  if (!charts || !roleIds) return send(textOnly);
  const description = chartAltText(roleIds, charts.charts.data);
  const cached = charts.charts.cached(roleIds);
  if (cached) {
    try {
      return await send(payloadWithChart(embeds, cached, description, buttons));
    } catch (error) {
      charts.log.warn(
        { ...discordErrorFields(error), roles: roleIds },
        "discord chart upload failed; sending the answer without it",
      );
      return send(textOnly);
    }
  }
  const sent = await send(textOnly);
  void charts.charts
    .png(roleIds, { forAnswer: true })
    .then((png) => edit(sent, payloadWithChart(embeds, png, description, buttons)))
    .catch((error: unknown) =>
      charts.log.warn(
        { ...discordErrorFields(error), roles: roleIds },
        "discord chart not added; the answer stands without it",
      ),
    );
  return sent;
}
