import type { Sql } from "./sql";

/**
 * Which installation: an org-wide install is found by its enterprise id, any other by its team (workspace) id.
 * The shape of Slack's InstallationQuery, so the platform's own store can pass its query through.
 */
export interface InstallationQuery {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
}

/** The id an installation is stored under: the enterprise id of an org-wide install, else the team id. */
export function installIdOf(query: InstallationQuery): string | undefined {
  return query.isEnterpriseInstall ? query.enterpriseId : query.teamId;
}

export interface InstallationSummary {
  installId: string;
  teamId?: string;
  enterpriseId?: string;
  installedAt: string;
}

/**
 * App installations, one per workspace (or organisation): the platform's installation object, opaque here, with
 * its tokens inside.
 */
export interface InstallationStore {
  storeInstallation(platform: string, query: InstallationQuery, installation: unknown): Promise<void>;
  fetchInstallation(platform: string, query: InstallationQuery): Promise<unknown | undefined>;
  /** True when there was one. */
  deleteInstallation(platform: string, query: InstallationQuery): Promise<boolean>;
  /** Ids of the installations of a platform (no tokens): for operators and tests. */
  listInstallations(platform: string): Promise<InstallationSummary[]>;
}

function requireId(query: InstallationQuery): string {
  const id = installIdOf(query);
  if (!id) throw new Error(`an installation needs ${query.isEnterpriseInstall ? "an enterprise id" : "a team id"}`);
  return id;
}

/** Installations in the shared store (table `installations`), SQLite or PostgreSQL. */
export class SqlInstallationStore implements InstallationStore {
  constructor(private readonly sql: Sql) {}

  async storeInstallation(platform: string, query: InstallationQuery, installation: unknown): Promise<void> {
    const now = new Date().toISOString();
    await this.sql.run(
      `INSERT INTO installations
         (platform, install_id, team_id, enterprise_id, is_enterprise_install, installation, installed_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (platform, install_id) DO UPDATE SET
         team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
         is_enterprise_install = excluded.is_enterprise_install, installation = excluded.installation,
         updated_at = excluded.updated_at`,
      [
        platform,
        requireId(query),
        query.teamId ?? null,
        query.enterpriseId ?? null,
        query.isEnterpriseInstall ? 1 : 0,
        JSON.stringify(installation),
        now,
        now,
      ],
    );
  }

  async fetchInstallation(platform: string, query: InstallationQuery): Promise<unknown | undefined> {
    const id = installIdOf(query);
    if (!id) return undefined;
    const row = await this.sql.get<{ installation: string }>(
      "SELECT installation FROM installations WHERE platform = ? AND install_id = ?",
      [platform, id],
    );
    return row ? JSON.parse(row.installation) : undefined;
  }

  async deleteInstallation(platform: string, query: InstallationQuery): Promise<boolean> {
    const id = installIdOf(query);
    if (!id) return false;
    return (await this.sql.run("DELETE FROM installations WHERE platform = ? AND install_id = ?", [platform, id])) > 0;
  }

  async listInstallations(platform: string): Promise<InstallationSummary[]> {
    const rows = await this.sql.all<{
      installId: string;
      teamId: string | null;
      enterpriseId: string | null;
      installedAt: string;
    }>(
      `SELECT install_id AS "installId", team_id AS "teamId", enterprise_id AS "enterpriseId",
              installed_at AS "installedAt"
       FROM installations WHERE platform = ? ORDER BY installed_at, install_id`,
      [platform],
    );
    return rows.map((r) => ({
      installId: r.installId,
      teamId: r.teamId ?? undefined,
      enterpriseId: r.enterpriseId ?? undefined,
      installedAt: r.installedAt,
    }));
  }
}
