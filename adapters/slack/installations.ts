import type { App } from "@slack/bolt";
import type { Installation, InstallationQuery, InstallationStore as SlackInstallationStore } from "@slack/oauth";
import { conversationKeys } from "../../src/conversation/keys";
import type { ConversationStore } from "../../src/conversation/store";
import type { Logger } from "../../src/logger";
import { type InstallationStore, installIdOf } from "../../src/store/installations";
import type { SubscriptionCommands } from "../../src/weekly/subscriptionCommands";

export const SLACK = "slack";

/**
 * Bolt's InstallationStore over the bot's own store: one row per workspace (or organisation for an org-wide
 * install). Logs say which team was installed, never a token. The person who installed the app is not kept (the bot
 * never uses their id): the row names no one.
 */
export function slackInstallationStore(store: InstallationStore, log: Logger): SlackInstallationStore {
  return {
    async storeInstallation(installation) {
      const query = {
        teamId: installation.team?.id,
        enterpriseId: installation.enterprise?.id,
        isEnterpriseInstall: Boolean(installation.isEnterpriseInstall),
      };
      await store.storeInstallation(SLACK, query, withoutInstaller(installation));
      log.info({ teamId: query.teamId, enterpriseId: query.enterpriseId }, "slack app installed");
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const found = await store.fetchInstallation(SLACK, normalise(query));
      if (!found) throw new Error(`no installation for ${describe(query)}`);
      return found as Installation<"v1" | "v2", boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await store.deleteInstallation(SLACK, normalise(query));
    },
  };
}

/** The installation without the installing person's id (and, should the app ever ask for user scopes, their token). */
function withoutInstaller<T extends { user?: unknown }>(installation: T): T {
  return { ...installation, user: { id: "" } };
}

/**
 * "forget me" of a Slack user (`slack:T:U`): an installation stored before installers stopped being kept may still
 * name them; it is stored again without them. Nothing happens for anyone else.
 */
export function forgetInstaller(store: InstallationStore): (userId: string) => Promise<boolean> {
  return async (userId) => {
    const [platform, teamId, user] = userId.split(":");
    if (platform !== SLACK || !teamId || !user) return false;
    const query = { teamId, isEnterpriseInstall: false };
    const found = (await store.fetchInstallation(SLACK, query)) as { user?: { id?: string } } | undefined;
    if (found?.user?.id !== user) return false;
    await store.storeInstallation(SLACK, query, withoutInstaller(found));
    return true;
  };
}

function normalise(query: InstallationQuery<boolean>) {
  return {
    teamId: query.teamId ?? undefined,
    enterpriseId: query.enterpriseId ?? undefined,
    isEnterpriseInstall: Boolean(query.isEnterpriseInstall),
  };
}

function describe(query: InstallationQuery<boolean>): string {
  return query.isEnterpriseInstall ? `enterprise ${query.enterpriseId}` : `team ${query.teamId}`;
}

/**
 * With many workspaces a subscription's channel key carries its installation: `T123:C456` (or `E123:C456` for an
 * org-wide install), so the weekly post knows whose token to use and an uninstall finds the team's channels. The
 * single-workspace mode keeps bare channel ids.
 */
export function channelKey(installId: string | undefined, channelId: string): string {
  return installId ? `${installId}:${channelId}` : channelId;
}

export function splitChannelKey(key: string): { installId?: string; channelId: string } {
  const at = key.indexOf(":");
  return at < 0 ? { channelId: key } : { installId: key.slice(0, at), channelId: key.slice(at + 1) };
}

/** The installation a request came through (Bolt's authorize context). */
export function installIdOfContext(context: {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall?: boolean;
}): string | undefined {
  return installIdOf({
    teamId: context.teamId,
    enterpriseId: context.enterpriseId,
    isEnterpriseInstall: Boolean(context.isEnterpriseInstall),
  });
}

interface UninstallBody {
  event_id?: string;
  team_id?: string;
  enterprise_id?: string;
  is_enterprise_install?: boolean;
  authorizations?: { team_id?: string; enterprise_id?: string | null; is_enterprise_install?: boolean }[];
}

/**
 * `app_uninstalled`, and `tokens_revoked` for the bot's token: the workspace's installation and its weekly-post
 * subscriptions are deleted (Bolt skips authorize for both events, as the token is already gone).
 */
export function registerUninstall(
  app: App,
  store: InstallationStore,
  subscriptions: SubscriptionCommands | undefined,
  log: Logger,
  conversations?: Pick<ConversationStore, "forgetPrefix">,
): void {
  const forget = async (body: UninstallBody, reason: string) => {
    const auth = body.authorizations?.[0];
    const query = {
      teamId: body.team_id ?? auth?.team_id,
      enterpriseId: body.enterprise_id ?? auth?.enterprise_id ?? undefined,
      isEnterpriseInstall: Boolean(body.is_enterprise_install ?? auth?.is_enterprise_install),
    };
    const installId = installIdOf(query);
    if (!installId) return;
    const deleted = await store.deleteInstallation(SLACK, query);
    const unsubscribed = (await subscriptions?.forgetScope(installId)) ?? [];
    // The workspace's conversations and its people's profiles go with it, not at their expiry.
    const teamIds = new Set([query.teamId, ...(body.authorizations ?? []).map((a) => a.team_id)]);
    let conversationRows = 0;
    for (const team of teamIds)
      if (team) conversationRows += (await conversations?.forgetPrefix(conversationKeys.slackTeam(team))) ?? 0;
    log.info(
      {
        reason,
        teamId: query.teamId,
        enterpriseId: query.enterpriseId,
        deleted,
        unsubscribed: unsubscribed.length,
        conversationRows,
      },
      "slack installation removed",
    );
  };
  app.event("app_uninstalled", async ({ body }) => forget(body as UninstallBody, "app_uninstalled"));
  app.event("tokens_revoked", async ({ body, event }) => {
    // Only the bot's token matters: a revoked user token leaves the bot working.
    if ((event.tokens.bot ?? []).length > 0) await forget(body as UninstallBody, "tokens_revoked");
  });
}

/**
 * The bot token of an installation, by the id a channel key carries: a team id (`T...`), or the enterprise id
 * (`E...`) of an org-wide install.
 */
export function botTokenLookup(store: InstallationStore): (installId: string) => Promise<string | undefined> {
  return async (installId) => {
    const isEnterpriseInstall = installId.startsWith("E");
    const found = (await store.fetchInstallation(SLACK, {
      teamId: isEnterpriseInstall ? undefined : installId,
      enterpriseId: isEnterpriseInstall ? installId : undefined,
      isEnterpriseInstall,
    })) as Installation | undefined;
    return found?.bot?.token;
  };
}
