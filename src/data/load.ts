import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type * as z from "zod";
import "../oneShotZod";
import { cachedData } from "./cache";
import { type CareerData, dataSchemas, type Role } from "./schema";
import { inventedFigures, numbersInSources, type Sources, SourcesSchema } from "./sources";

/** The project's data folder; fileURLToPath (not URL.pathname) keeps spaces and other escaped characters intact. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** One problem in one data file, located precisely enough to fix it. */
export interface DataIssue {
  file: string;
  path: string;
  message: string;
  /** The whole line to show, when "file at path: message" does not read well. */
  line?: string;
}

export class DataValidationError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(
      `Invalid career data:\n${issues.map((i) => `  ${i.line ?? `${i.file}${i.path ? ` at ${i.path}` : ""}: ${i.message}`}`).join("\n")}`,
    );
    this.name = "DataValidationError";
  }
}

/** A path as the operator can use it: relative to the working folder when inside it, else absolute (no ../../..). */
export function shownPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : resolve(file);
}

/**
 * Loads and validates every file under `dir`; throws one error listing every problem found. `origin` names where
 * the folder came from ("DATA_DIR", or the argument of validate-data) so a wrong folder names its variable. With the
 * cache on (./cache.ts), a folder validated before by this code and unchanged since is read from its validated copy.
 */
export function loadCareerData(dir: string = DEFAULT_DATA_DIR, origin = "DATA_DIR"): CareerData {
  const cached = cachedData(dir);
  if (cached.data) return cached.data;
  const data = validateCareerData(dir, origin);
  cached.save(data);
  return data;
}

/** Reads and validates every file under `dir`, always (what `careerbot validate-data` runs). */
export function validateCareerData(dir: string = DEFAULT_DATA_DIR, origin = "DATA_DIR"): CareerData {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DataValidationError([
      {
        file: resolve(dir),
        path: "",
        message: "folder not found",
        line: `${origin}=${resolve(dir)}: folder not found (it must hold roles/, topics/, market.json and sources.json; unset ${origin} for the bundled data)`,
      },
    ]);
  }
  const issues: DataIssue[] = [];
  const files: { shown: string; raw: unknown }[] = [];
  const parse = <S extends z.ZodType>(schema: S, file: string): z.infer<S> | undefined => {
    const shown = shownPath(file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      issues.push({ file: shown, path: "", message: (error as Error).message });
      return undefined;
    }
    const result = schema.safeParse(raw);
    if (result.success) {
      files.push({ shown, raw });
      return result.data;
    }
    for (const issue of result.error.issues) {
      issues.push({ file: shown, path: issue.path.join("."), message: issue.message });
    }
    return undefined;
  };

  const {
    BestPracticeSchema,
    CareerProgressionSchema,
    ChallengeSchema,
    MarketSchema,
    NotCoveredTopicSchema,
    RoleSchema,
    SoftSkillSchema,
    TrendSchema,
  } = dataSchemas();
  const rolesDir = join(dir, "roles");
  let roleFiles: string[] = [];
  try {
    roleFiles = readdirSync(rolesDir)
      .filter((f) => f.endsWith(".json"))
      .sort();
  } catch {
    issues.push({ file: rolesDir, path: "", message: "folder not found" });
  }
  const roles = roleFiles
    .map((f) => ({ file: f, role: parse(RoleSchema, join(rolesDir, f)) }))
    .filter((r): r is { file: string; role: Role } => r.role !== undefined);
  if (roleFiles.length === 0 && issues.length === 0) {
    issues.push({ file: rolesDir, path: "", message: "no role files (*.json)" });
  }

  const topics = join(dir, "topics");
  const market = parse(MarketSchema, join(dir, "market.json"));
  const bestPractices = parse(BestPracticeSchema.array().min(1), join(topics, "best-practices.json"));
  const challenges = parse(ChallengeSchema.array().min(1), join(topics, "challenges.json"));
  const trends = parse(TrendSchema.array().min(1), join(topics, "trends.json"));
  const progression = parse(CareerProgressionSchema, join(topics, "career-progression.json"));
  const softSkills = parse(SoftSkillSchema.array(), join(topics, "soft-skills.json"));
  const notCovered = parse(NotCoveredTopicSchema.array(), join(topics, "not-covered.json"));

  const sources = parse(SourcesSchema, join(dir, "sources.json"));

  checkReferences(roles, market, trends, issues);
  const roleIds = new Set(roles.map((r) => r.role.id));
  notCovered?.forEach((topic, i) => {
    if (topic.nearestRole && !roleIds.has(topic.nearestRole))
      issues.push({
        file: "topics/not-covered.json",
        path: `${i}.nearestRole`,
        message: `unknown role id "${topic.nearestRole}"`,
      });
  });
  if (sources) checkFigures(dir, sources, files, issues);
  if (
    issues.length > 0 ||
    !sources ||
    !market ||
    !bestPractices ||
    !challenges ||
    !trends ||
    !progression ||
    !softSkills ||
    !notCovered
  ) {
    throw new DataValidationError(issues);
  }
  return {
    sourceName: sources.map((s) => s.title).join("; "),
    roles: roles.map((r) => r.role),
    market,
    bestPractices,
    challenges,
    trends,
    progression,
    softSkills,
    notCovered,
  };
}

/** Every number in every data file must be written in one of the source texts `sources.json` names. */
function checkFigures(dir: string, sources: Sources, files: { shown: string; raw: unknown }[], issues: DataIssue[]) {
  const { numbers, missing } = numbersInSources(dir, sources);
  for (const file of missing)
    issues.push({ file: shownPath(join(dir, "sources.json")), path: "", message: `source text ${file} not found` });
  for (const { shown, raw } of files) {
    if (shown.endsWith("sources.json")) continue;
    for (const { figure, path } of inventedFigures(raw, numbers)) {
      issues.push({
        file: shown,
        path,
        message: "not in any source text",
        line: `figure ${figure} in ${shown} (${path}) is not in any source text`,
      });
    }
  }
}

/** Ids that point elsewhere must resolve: a typo in a reference would silently hide data. */
function checkReferences(
  roles: { file: string; role: Role }[],
  market: CareerData["market"] | undefined,
  trends: CareerData["trends"] | undefined,
  issues: DataIssue[],
): void {
  const roleIds = new Set<string>();
  for (const { file, role } of roles) {
    if (roleIds.has(role.id))
      issues.push({ file: `roles/${file}`, path: "id", message: `duplicate role id "${role.id}"` });
    roleIds.add(role.id);
    if (file !== `${role.id}.json`) {
      issues.push({ file: `roles/${file}`, path: "id", message: `file name must be "${role.id}.json"` });
    }
  }
  const figureIds = new Set(market?.figures.map((f) => f.id));
  const checkFigure = (file: string, path: string, id: string): void => {
    if (market && !figureIds.has(id)) issues.push({ file, path, message: `unknown market figure id "${id}"` });
  };
  for (const { file, role } of roles) {
    role.related.forEach((id, i) => {
      if (!roleIds.has(id))
        issues.push({ file: `roles/${file}`, path: `related.${i}`, message: `unknown role id "${id}"` });
    });
    role.market?.figureIds.forEach((id, i) => {
      checkFigure(`roles/${file}`, `market.figureIds.${i}`, id);
    });
  }
  market?.headlineFigureIds.forEach((id, i) => {
    checkFigure("market.json", `headlineFigureIds.${i}`, id);
  });
  trends?.forEach((t, i) => {
    t.figureIds.forEach((id, j) => {
      checkFigure("topics/trends.json", `${i}.figureIds.${j}`, id);
    });
  });
}
