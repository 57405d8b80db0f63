import { createHmac, timingSafeEqual } from "node:crypto";
import type { CustomRoute, types, webApi } from "@slack/bolt";
import type { Answer } from "../../src/answer/types";
import { ChartsBusyError, chartAltText, chartRoleIds, type SalaryCharts } from "../../src/chart";
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
    const png = await slack.charts.png(roleIds, { forAnswer: true });
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

/** How long a chart image URL works: Slack fetches it when the ephemeral answer is shown, soon after it is sent. */
export const CHART_URL_TTL_SECONDS = 60 * 60;
/** Expiries are rounded up to this step, so one chart asked for twice within it has one URL (and one cached copy). */
const EXPIRY_STEP_SECONDS = 10 * 60;

/** What a chart path stands for, or why it stands for nothing. */
export type ChartPath =
  | { ok: true; roleIds: string[]; expiresAt: number }
  | { ok: false; reason: "unknown" | "expired" };

/**
 * Chart images served by the bot itself at /charts/<roles>.<expiry>.<signature>.png. The signature (HMAC of the
 * role list and the expiry, with a key derived from the signing secret) makes the paths unguessable, so nobody can
 * make the bot render arbitrary role sets, and makes the expiry (Unix seconds) unforgeable: a path stops working an
 * hour after its answer, so the paths anyone collects stay few. The role list inside the path lets any replica, or
 * the bot after a restart, serve it.
 */
export class ChartImages {
  readonly #key: Buffer;
  constructor(
    readonly publicUrl: string,
    secret: string,
    readonly charts: SalaryCharts,
    private readonly now: () => number = Date.now,
  ) {
    this.#key = createHmac("sha256", secret).update("careerbot chart image paths v2").digest();
  }

  #sign(roles: string, expiresAt: number): string {
    return createHmac("sha256", this.#key).update(`${roles}\n${expiresAt}`).digest("hex").slice(0, 32);
  }

  path(roleIds: readonly string[]): string {
    const roles = roleIds.join(",");
    const nowSeconds = Math.floor(this.now() / 1000);
    const expiresAt = Math.ceil((nowSeconds + CHART_URL_TTL_SECONDS) / EXPIRY_STEP_SECONDS) * EXPIRY_STEP_SECONDS;
    const encoded = Buffer.from(roles).toString("base64url");
    return `${CHART_ROUTE_PREFIX}${encoded}.${expiresAt}.${this.#sign(roles, expiresAt)}.png`;
  }

  url(roleIds: readonly string[]): string {
    return `${this.publicUrl.replace(/\/+$/, "")}${this.path(roleIds)}`;
  }

  /** The role ids a path's file name stands for: unknown when its signature is not ours, expired past its expiry. */
  resolve(file: string): ChartPath {
    const match = /^([A-Za-z0-9_-]{1,2000})\.(\d{1,12})\.([0-9a-f]{32})\.png$/.exec(file);
    if (!match?.[1] || !match[2] || !match[3]) return { ok: false, reason: "unknown" };
    const roles = Buffer.from(match[1], "base64url").toString("utf8");
    const expiresAt = Number(match[2]);
    const expected = Buffer.from(this.#sign(roles, expiresAt));
    const given = Buffer.from(match[3]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "unknown" };
    if (expiresAt * 1000 <= this.now()) return { ok: false, reason: "expired" };
    return { ok: true, roleIds: roles.split(","), expiresAt };
  }

  /**
   * Route for the Slack receiver: GET /charts/:file answers the PNG (rendered once, then cached); 404 for a path
   * that is not ours, 410 past its expiry, 503 at once when the render queue is full (a flood of image requests
   * never delays answers, nor piles up renders). The handler resolves once the response is sent, so a graceful stop
   * waits for a render in progress.
   */
  route(log: Logger): CustomRoute {
    return {
      path: `${CHART_ROUTE_PREFIX}:file`,
      method: ["GET"],
      handler: async (req, res) => {
        const file = req.params?.file;
        const found = typeof file === "string" ? this.resolve(file) : ({ ok: false, reason: "unknown" } as const);
        if (!found.ok) {
          const status = found.reason === "expired" ? 410 : 404;
          res.writeHead(status, { "content-type": "text/plain", "cache-control": "no-store" });
          res.end(found.reason === "expired" ? "expired" : "not found");
          return;
        }
        try {
          const png = await this.charts.png(found.roleIds);
          // A cache (Slack's image proxy) may keep it while the path works, a day at most.
          const maxAge = Math.max(0, Math.min(86_400, found.expiresAt - Math.floor(this.now() / 1000)));
          res.writeHead(200, {
            "content-type": "image/png",
            "content-length": png.length,
            "cache-control": `public, max-age=${maxAge}`,
          });
          res.end(png);
        } catch (error) {
          if (error instanceof ChartsBusyError) {
            res.writeHead(503, { "content-type": "text/plain", "retry-after": "5", "cache-control": "no-store" });
            res.end("busy");
            return;
          }
          log.error({ err: error, roles: found.roleIds }, "chart image render failed");
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
  images.charts
    .png(roleIds, { forAnswer: true })
    .catch((error: unknown) => slack.log.warn({ err: error }, "chart prerender failed"));
  const image: types.KnownBlock = {
    type: "image",
    image_url: images.url(roleIds),
    alt_text: chartAltText(roleIds, images.charts.data),
  };
  return { ...message, blocks: [...message.blocks.slice(0, 2), image, ...message.blocks.slice(2)] };
}
