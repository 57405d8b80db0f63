import { createHmac, timingSafeEqual } from "node:crypto";
import type { CustomRoute, types, webApi } from "@slack/bolt";
import type { Answer } from "../../src/answer/types";
import { chartAltText, chartRoleIds, type SalaryCharts } from "../../src/chart";
import type { Logger } from "../../src/logger";
import type { SlackMessage } from "./render";

export const CHART_FILE_NAME = "salary.png";
export const CHART_ROUTE_PREFIX = "/charts/";

export interface SlackCharts {
  charts: SalaryCharts;
  log: Logger;
  /** Set in HTTP mode with PUBLIC_URL: ephemeral answers then show the chart as an image block the bot serves. */
  images?: ChartImages;
}

/**
 * Uploads an answer's chart into a thread with files.uploadV2 (files.getUploadURLExternal, the bytes to the
 * upload URL, files.completeUploadExternal). Called after the text is posted; a failure is logged and the text
 * stands. Never rejects.
 */
export async function uploadChartToThread(
  client: webApi.WebClient,
  slack: SlackCharts | undefined,
  answer: Answer,
  target: { channel: string; threadTs: string },
): Promise<void> {
  const roleIds = slack && chartRoleIds(answer, slack.charts.data);
  if (!slack || !roleIds) return;
  try {
    const png = await slack.charts.png(roleIds);
    await client.files.uploadV2({
      channel_id: target.channel,
      thread_ts: target.threadTs,
      file: png,
      filename: CHART_FILE_NAME,
      title: "Salary ranges",
      alt_text: chartAltText(roleIds, slack.charts.data),
    });
  } catch (error) {
    slack.log.warn({ err: error, roles: roleIds }, "slack chart upload failed; the text answer stands");
  }
}

/**
 * Chart images served by the bot itself at /charts/<roles>.<signature>.png. The signature (HMAC of the role list
 * with a key derived from the signing secret) makes the paths unguessable, so nobody can make the bot render
 * arbitrary role sets; the role list inside the path lets any replica, or the bot after a restart, serve it.
 */
export class ChartImages {
  readonly #key: Buffer;
  constructor(
    readonly publicUrl: string,
    secret: string,
    readonly charts: SalaryCharts,
  ) {
    this.#key = createHmac("sha256", secret).update("careerbot chart image paths v1").digest();
  }

  #sign(roles: string): string {
    return createHmac("sha256", this.#key).update(roles).digest("hex").slice(0, 32);
  }

  path(roleIds: readonly string[]): string {
    const roles = roleIds.join(",");
    return `${CHART_ROUTE_PREFIX}${Buffer.from(roles).toString("base64url")}.${this.#sign(roles)}.png`;
  }

  url(roleIds: readonly string[]): string {
    return `${this.publicUrl.replace(/\/+$/, "")}${this.path(roleIds)}`;
  }

  /** The role ids a path stands for, or undefined when its signature is not ours. */
  resolve(file: string): string[] | undefined {
    const match = /^([A-Za-z0-9_-]{1,2000})\.([0-9a-f]{32})\.png$/.exec(file);
    if (!match?.[1] || !match[2]) return undefined;
    const roles = Buffer.from(match[1], "base64url").toString("utf8");
    const expected = Buffer.from(this.#sign(roles));
    const given = Buffer.from(match[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    return roles.split(",");
  }

  /**
   * Route for the Slack receiver: GET /charts/:file answers the PNG (rendered once, then cached), or 404. The
   * handler resolves once the response is sent, so a graceful stop waits for a render in progress.
   */
  route(log: Logger): CustomRoute {
    return {
      path: `${CHART_ROUTE_PREFIX}:file`,
      method: ["GET"],
      handler: async (req, res) => {
        const file = req.params?.file;
        const roleIds = typeof file === "string" ? this.resolve(file) : undefined;
        if (!roleIds) {
          res.writeHead(404, { "content-type": "text/plain" });
          res.end("not found");
          return;
        }
        try {
          const png = await this.charts.png(roleIds);
          res.writeHead(200, {
            "content-type": "image/png",
            "content-length": png.length,
            // The data only changes with a deploy; Slack's image proxy may keep it a day.
            "cache-control": "public, max-age=86400",
          });
          res.end(png);
        } catch (error) {
          log.error({ err: error, roles: roleIds }, "chart image render failed");
          res.writeHead(500, { "content-type": "text/plain" });
          res.end("chart unavailable");
        }
      },
    };
  }
}

/**
 * The message with the chart as an image block after the summary, when the bot serves images (PUBLIC_URL, HTTP
 * mode); otherwise the message as it was. Starts the render so the image is cached before Slack fetches it.
 */
export function withChartImage(message: SlackMessage, answer: Answer, slack: SlackCharts | undefined): SlackMessage {
  const images = slack?.images;
  const roleIds = images && chartRoleIds(answer, images.charts.data);
  if (!slack || !images || !roleIds) return message;
  images.charts.png(roleIds).catch((error: unknown) => slack.log.warn({ err: error }, "chart prerender failed"));
  const image: types.KnownBlock = {
    type: "image",
    image_url: images.url(roleIds),
    alt_text: chartAltText(roleIds, images.charts.data),
  };
  return { ...message, blocks: [...message.blocks.slice(0, 2), image, ...message.blocks.slice(2)] };
}
