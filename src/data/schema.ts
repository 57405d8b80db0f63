import * as z from "zod";
// The facets a not-covered answer falls back on are the role intents' own names.
import { ROLE_INTENTS } from "../intent/intents";

/** Degrees in order of level, so advice can compare what a role asks with what someone has. */
export const DEGREE_LEVELS = ["none", "bachelor", "master", "phd"] as const;

/** What the work is about, as advice matches it against what someone says they want or do. */
export const FOCUS_TAGS = [
  "starting",
  "building",
  "data",
  "language",
  "llm",
  "vision",
  "audio",
  "video",
  "multimodal",
  "research",
  "leading",
  "architecture",
  "deployment",
  "cloud",
  "business",
] as const;

/**
 * Every data file's schema, built on first use: a start whose data comes from the validated copy (src/data/cache.ts)
 * never validates, and building the schemas costs several milliseconds of `careerbot ask`.
 */
function defineSchemas() {
  /** A list of plain statements taken from the source document. */
  const statements = z.array(z.string().min(1));

  const RoleIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, -)");

  /** One salary figure: a single value, a range, or an open floor ("over $X"). */
  const SalaryFigureSchema = z
    .strictObject({
      label: z.string().min(1),
      value: z.number().positive().optional(),
      min: z.number().positive().optional(),
      max: z.number().positive().optional(),
      /** The document writes the top of the range with a "+" ("$360,000+"). */
      maxOpen: z.boolean().optional(),
      atLeast: z.number().positive().optional(),
      period: z.enum(["year"]).default("year"),
    })
    .refine((f) => [f.value, f.min !== undefined && f.max !== undefined, f.atLeast].filter(Boolean).length === 1, {
      message: "give exactly one of: value, min+max, atLeast",
    })
    .refine((f) => f.min === undefined || f.max === undefined || f.min <= f.max, {
      message: "min must not exceed max",
    });

  const SalarySchema = z.strictObject({
    appliesTo: z.string().min(1),
    region: z.string().optional(),
    year: z.number().int().min(1990).max(2100).optional(),
    figures: z.array(SalaryFigureSchema).min(1),
    notes: statements.default([]),
    factors: statements.default([]),
    benefits: statements.default([]),
  });

  const DegreeSchema = z.enum(DEGREE_LEVELS);

  const FocusSchema = z.enum(FOCUS_TAGS);

  /** The guide's requirements in a form advice can reason over; every value restates the guide's text. */
  const RoleFitSchema = z.strictObject({
    /** The lowest degree the guide accepts for the role. */
    degree: DegreeSchema,
    /** Years of experience the guide asks for; `in: "ml"` means years in AI/ML/NLP work, `any` counts any tech work. */
    years: z
      .strictObject({
        min: z.number().min(0),
        max: z.number().positive().optional(),
        in: z.enum(["ml", "any"]),
        /** The guide's own words for the requirement. */
        source: z.string().min(1),
      })
      .optional(),
    leadershipYears: z.number().positive().optional(),
    /** The guide asks for a record of publications. */
    publications: z.boolean().default(false),
    /** The guide mentions remote work for the role. */
    remote: z.boolean().default(false),
    focus: z.array(FocusSchema).min(1),
  });

  const RoleSchema = z.strictObject({
    id: RoleIdSchema,
    title: z.string().min(1),
    /** Lower-case names people use for the role; matched as whole phrases. */
    aliases: z.array(z.string().min(1)).default([]),
    seniority: z.string().optional(),
    summary: z.string().min(1),
    overview: z.string().min(1),
    responsibilities: z.array(z.strictObject({ group: z.string().min(1), items: statements.min(1) })).default([]),
    skills: z.strictObject({ technical: statements, tools: statements, soft: statements }),
    qualifications: z.strictObject({
      education: statements,
      experience: statements,
      certifications: statements,
      note: z.string().optional(),
    }),
    careerPath: z
      .strictObject({
        summary: z.string().optional(),
        steps: z
          .array(z.strictObject({ level: z.string(), years: z.string().optional(), description: z.string() }))
          .default([]),
        advice: statements.default([]),
      })
      .optional(),
    /** Absent where the document gives no figure: the bot then says so. */
    salary: SalarySchema.optional(),
    market: z.strictObject({ outlook: statements, figureIds: z.array(z.string()).default([]) }).optional(),
    workEnvironment: statements.optional(),
    related: z.array(RoleIdSchema).default([]),
    /** Absent where nobody has written it down: advice then reasons from the text alone. */
    fit: RoleFitSchema.optional(),
    /**
     * Names of the wider job family this role belongs to ("ml engineer"): a question about the role uses them, but a
     * pay question about the family gets the market's figures for it, not this role's.
     */
    familyAliases: z.array(z.string().min(1)).default([]),
  });

  const MarketFigureSchema = z.strictObject({
    id: z.string().min(1),
    label: z.string().min(1),
    display: z.string().min(1),
    source: z.string().optional(),
    period: z.string().optional(),
    keywords: z.array(z.string()).default([]),
  });

  const MarketSchema = z.strictObject({
    summary: z.string().min(1),
    figures: z.array(MarketFigureSchema).min(1),
    headlineFigureIds: z.array(z.string()).min(1),
    drivers: statements,
  });

  /** A best practice, challenge or trend: something a question can be about. */
  const topicBase = {
    id: z.string().min(1),
    title: z.string().min(1),
    keywords: z.array(z.string().min(1)).default([]),
  };
  const BestPracticeSchema = z.strictObject({ ...topicBase, text: z.string().min(1) });
  const ChallengeSchema = z.strictObject({ ...topicBase, points: statements.min(1) });
  const TrendSchema = z.strictObject({
    ...topicBase,
    text: z.string().min(1),
    figureIds: z.array(z.string()).default([]),
  });

  const CareerProgressionSchema = z.strictObject({
    title: z.string(),
    appliesTo: z.string(),
    levels: z.array(z.strictObject({ level: z.string(), years: z.string(), description: z.string() })).min(1),
  });

  const SoftSkillSchema = z.strictObject({ title: z.string().min(1), text: z.string().min(1) });

  /**
   * A career question the guide does not answer (interviews, negotiating, visas, roles it lacks). The bot says so
   * plainly, then shows the guide's nearest facts: `nearest` facets of the role asked about, or the roles themselves.
   */
  const NotCoveredTopicSchema = z.strictObject({
    id: RoleIdSchema,
    /** Completes "The guide doesn't cover ...": "salary negotiation"; "{phrase}" stands for the words matched. */
    title: z.string().min(1),
    /** Lower-case words or phrases that name the topic; a trailing `*` matches any ending ("negotiat*"). */
    phrases: z.array(z.string().min(1)).min(1),
    /** What the guide does have that helps, shown for the role asked about (or the conversation's role). */
    nearest: z.array(z.enum(ROLE_INTENTS)).default([]),
    /**
     * Still not covered beside a request for advice ("is 50 too old to switch into AI?"). Leave it off for words that
     * turn up in stories ("portfolio", "internship"): "built a portfolio, which role fits me?" asks for a role.
     */
    overridesAdvice: z.boolean().default(false),
    /** A job the guide has no page for ("data scientist"): the answer lists the roles it does have. */
    isRole: z.boolean().default(false),
    /** For a job the guide lacks: the role of its own whose `nearest` facets help most ("MLOps engineer": the architect's skills). */
    nearestRole: RoleIdSchema.optional(),
    /** One sentence of the guide's own that bears on it, shown after the first line. */
    note: z.string().min(1).optional(),
  });

  return {
    BestPracticeSchema,
    CareerProgressionSchema,
    ChallengeSchema,
    DegreeSchema,
    FocusSchema,
    MarketFigureSchema,
    MarketSchema,
    NotCoveredTopicSchema,
    RoleFitSchema,
    RoleIdSchema,
    RoleSchema,
    SalaryFigureSchema,
    SalarySchema,
    SoftSkillSchema,
    TrendSchema,
  };
}

let schemas: ReturnType<typeof defineSchemas> | undefined;
export const dataSchemas = (): ReturnType<typeof defineSchemas> => {
  schemas ??= defineSchemas();
  return schemas;
};
type Schemas = ReturnType<typeof defineSchemas>;

export type Role = z.infer<Schemas["RoleSchema"]>;
export type NotCoveredTopic = z.infer<Schemas["NotCoveredTopicSchema"]>;
export type RoleFit = z.infer<Schemas["RoleFitSchema"]>;
export type Degree = z.infer<Schemas["DegreeSchema"]>;
export type Focus = z.infer<Schemas["FocusSchema"]>;
export type SalaryFigure = z.infer<Schemas["SalaryFigureSchema"]>;
export type MarketFigure = z.infer<Schemas["MarketFigureSchema"]>;
export type Market = z.infer<Schemas["MarketSchema"]>;
export type BestPractice = z.infer<Schemas["BestPracticeSchema"]>;
export type Challenge = z.infer<Schemas["ChallengeSchema"]>;
export type Trend = z.infer<Schemas["TrendSchema"]>;
export type CareerProgression = z.infer<Schemas["CareerProgressionSchema"]>;
export type SoftSkill = z.infer<Schemas["SoftSkillSchema"]>;

/** Everything the bot knows, validated and cross-referenced. */
export interface CareerData {
  /** Where the figures come from, shown beside them. */
  sourceName: string;
  roles: Role[];
  market: Market;
  bestPractices: BestPractice[];
  challenges: Challenge[];
  trends: Trend[];
  progression: CareerProgression;
  softSkills: SoftSkill[];
  /** Career questions the guide has no answer for, and where to point instead. */
  notCovered: NotCoveredTopic[];
}
