import { webApi } from "@slack/bolt";
import type { CheckResult } from "../../src/ops/health";
import { slackClientOptions } from "./client";

/** auth.test errors that mean Slack refuses the token itself: wrong, revoked, expired, or its account deactivated. */
const REJECTED = new Set([
  "invalid_auth",
  "not_authed",
  "token_revoked",
  "token_expired",
  "account_inactive",
  "org_login_required",
]);

export type TokenVerdict =
  | { state: "ok"; botId?: string; botUserId?: string }
  /** Slack refused the token: it will not work until it is replaced. */
  | { state: "rejected"; error: string }
  /** No verdict: Slack did not answer, or answered with another error. */
  | { state: "unknown"; error: string };

/** Asks Slack's auth.test about `token`: ok (with the bot's ids), rejected, or unknown. Never throws. */
export async function testToken(client: webApi.WebClient, token: string): Promise<TokenVerdict> {
  try {
    const result = await client.auth.test({ token });
    return { state: "ok", botId: result.bot_id, botUserId: result.user_id };
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code && REJECTED.has(code)) return { state: "rejected", error: code };
    return { state: "unknown", error: code ?? (error as Error).message };
  }
}

/** A client without a token of its own for auth.test calls: 5 s a call, one quick retry. */
export function tokenCheckClient(apiUrl?: string, retries?: number): webApi.WebClient {
  return new webApi.WebClient(undefined, {
    timeout: 5_000,
    retryConfig: { retries: 1, minTimeout: 500, maxTimeout: 1_000 },
    ...slackClientOptions(apiUrl, retries),
  });
}

/** How often a readiness probe may ask auth.test again: a token revoked while the bot runs shows within a minute. */
export const TOKEN_RECHECK_MS = 60_000;

/**
 * The single workspace's bot token (SLACK_BOT_TOKEN), verified at start, then again by a readiness probe once the
 * last verdict is older than `recheckMs`. Bolt authorizes every request through `identity()`, so a rejected token
 * fails requests loudly instead of Bolt's start-up auth.test rejecting unhandled.
 */
export class SlackTokenCheck {
  private verdict: TokenVerdict | undefined;
  private checkedAt = 0;
  private inFlight: Promise<TokenVerdict> | undefined;

  constructor(
    private readonly client: webApi.WebClient,
    private readonly token: string,
    private readonly recheckMs = TOKEN_RECHECK_MS,
  ) {}

  /** Runs auth.test (one call at a time). No answer keeps an earlier ok: Slack being slow is not a revoked token. */
  verify(): Promise<TokenVerdict> {
    this.inFlight ??= testToken(this.client, this.token)
      .then((verdict) => {
        if (!(verdict.state === "unknown" && this.verdict?.state === "ok")) this.verdict = verdict;
        this.checkedAt = Date.now();
        return verdict;
      })
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  /** The error auth.test last gave when Slack refuses the token, else undefined. */
  refused(): string | undefined {
    return this.verdict?.state === "rejected" ? this.verdict.error : undefined;
  }

  /** For Bolt's `authorize`: the token with the bot's ids; throws while Slack refuses the token. */
  async identity(): Promise<{ botToken: string; botId?: string; botUserId?: string }> {
    const verdict = this.verdict?.state === "ok" ? this.verdict : await this.verify();
    if (verdict.state !== "ok") throw new Error(`SLACK_BOT_TOKEN: auth.test ${verdict.error}`);
    return { botToken: this.token, botId: verdict.botId, botUserId: verdict.botUserId };
  }

  /** Readiness: ok while auth.test accepts the token; re-asked when the verdict is older than `recheckMs`. */
  async readiness(): Promise<CheckResult> {
    const verdict =
      this.verdict === undefined || Date.now() - this.checkedAt >= this.recheckMs ? await this.verify() : this.verdict;
    const current = this.verdict ?? verdict;
    if (current.state === "ok") return { ok: true };
    return {
      ok: false,
      reason:
        current.state === "rejected"
          ? `auth.test rejected SLACK_BOT_TOKEN (${current.error})`
          : `auth.test failed (${current.error})`,
    };
  }
}

/** What the OAuth installations' tokens look like: how many there are, and which Slack refuses. */
export interface InstallationsReport {
  installed: number;
  rejected: { installId: string; error: string }[];
}

/**
 * With OAuth, each workspace has its own token: auth.test on each (four at a time), at start and when a probe finds
 * the last report older than `recheckMs` (in the background: a probe never waits on thousands of calls). One
 * workspace's revoked token does not make the bot unready for the others; the count shows in /readyz.
 */
export class InstallationTokensCheck {
  private report: InstallationsReport | undefined;
  private checkedAt = 0;
  private inFlight: Promise<InstallationsReport> | undefined;

  constructor(
    private readonly client: webApi.WebClient,
    private readonly installations: () => Promise<{ installId: string; token?: string }[]>,
    private readonly recheckMs = 5 * 60_000,
  ) {}

  refresh(): Promise<InstallationsReport> {
    this.inFlight ??= this.run()
      .then((report) => {
        this.report = report;
        this.checkedAt = Date.now();
        return report;
      })
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  private async run(): Promise<InstallationsReport> {
    const queue = await this.installations();
    const installed = queue.length;
    const rejected: InstallationsReport["rejected"] = [];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        if (!next.token) {
          rejected.push({ installId: next.installId, error: "no bot token" });
          continue;
        }
        const verdict = await testToken(this.client, next.token);
        if (verdict.state === "rejected") rejected.push({ installId: next.installId, error: verdict.error });
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    rejected.sort((a, b) => a.installId.localeCompare(b.installId));
    return { installed, rejected };
  }

  /** The last report as one line when some token fails, else undefined; refreshes it in the background when old. */
  warning(): string | undefined {
    if (Date.now() - this.checkedAt >= this.recheckMs) void this.refresh().catch(() => undefined);
    const report = this.report;
    if (!report || report.rejected.length === 0) return undefined;
    const which = report.rejected.map((r) => `${r.installId} (${r.error})`).join(", ");
    return `${report.rejected.length} of ${report.installed} installed workspaces' tokens rejected by auth.test: ${which}`;
  }
}
