import type { Db } from "./database";

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

/**
 * App installations, one per workspace (or organisation): the platform's installation object, opaque here, with
 * its tokens inside. Async so that it can move into the shared (PostgreSQL) store unchanged.
 */
export interface InstallationStore {
  storeInstallation(platform: string, query: InstallationQuery, installation: unknown): Promise<void>;
  fetchInstallation(platform: string, query: InstallationQuery): Promise<unknown | undefined>;
  /** True when there was one. */
  deleteInstallation(platform: string, query: InstallationQuery): Promise<boolean>;
  /** Ids of the installations of a platform (no tokens): for operators and tests. */
  listInstallations(
    platform: string,
  ): Promise<{ installId: string; teamId?: string; enterpriseId?: string; installedAt: string }[]>;
}

function requireId(query: InstallationQuery): string {
  const id = installIdOf(query);
  if (!id) throw new Error(`an installation needs ${query.isEnterpriseInstall ? "an enterprise id" : "a team id"}`);
  return id;
}

/** Installations in the bot's SQLite file (table `installations`). */
export class SqliteInstallationStore implements InstallationStore {
  constructor(private readonly db: Db) {}

  async storeInstallation(platform: string, query: InstallationQuery, installation: unknown): Promise<void> {
    const now = new Date().toISOString();
    this.db
      .prepare(
        `INSERT INTO installations
           (platform, install_id, team_id, enterprise_id, is_enterprise_install, installation, installed_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (platform, install_id) DO UPDATE SET
           team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
           is_enterprise_install = excluded.is_enterprise_install, installation = excluded.installation,
           updated_at = excluded.updated_at`,
      )
      .run(
        platform,
        requireId(query),
        query.teamId ?? null,
        query.enterpriseId ?? null,
        query.isEnterpriseInstall ? 1 : 0,
        JSON.stringify(installation),
        now,
        now,
      );
  }

  async fetchInstallation(platform: string, query: InstallationQuery): Promise<unknown | undefined> {
    const id = installIdOf(query);
    if (!id) return undefined;
    const row = this.db
      .prepare("SELECT installation FROM installations WHERE platform = ? AND install_id = ?")
      .get(platform, id) as { installation: string } | undefined;
    return row ? JSON.parse(row.installation) : undefined;
  }

  async deleteInstallation(platform: string, query: InstallationQuery): Promise<boolean> {
    const id = installIdOf(query);
    if (!id) return false;
    return (
      this.db.prepare("DELETE FROM installations WHERE platform = ? AND install_id = ?").run(platform, id).changes > 0
    );
  }

  async listInstallations(platform: string) {
    const rows = this.db
      .prepare(
        `SELECT install_id AS installId, team_id AS teamId, enterprise_id AS enterpriseId, installed_at AS installedAt
         FROM installations WHERE platform = ? ORDER BY installed_at, install_id`,
      )
      .all(platform) as {
      installId: string;
      teamId: string | null;
      enterpriseId: string | null;
      installedAt: string;
    }[];
    return rows.map((r) => ({
      installId: r.installId,
      teamId: r.teamId ?? undefined,
      enterpriseId: r.enterpriseId ?? undefined,
      installedAt: r.installedAt,
    }));
  }
}
