import {
  type Criterion,
  type CriterionMatch,
  hasCriterion,
  isTypicalPay,
  publicationsLine,
  rankByCriterion,
  typicalPay,
} from "../advice/criteria";
import { bestForProfile, type RoleFitScore } from "../advice/fit";
import { skillGap } from "../advice/gap";
import { type CareerData, DEGREE_LEVELS, type Role, type SalaryFigure } from "../data/schema";
import { hasProfileFacts, type Profile } from "../intent/profile";
import type { Understanding } from "../intent/understand";
import { formatSalary, joinList, listedRoles, salaryFigures, usd, withArticle } from "./format";
import type { Answer, Section } from "./types";

/** A statement ending in exactly one full stop. */
function asSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** A gap longer than this shows its first lines (degree, experience, leadership come first), the rest on one line. */
const MAX_MISSING = 6;

const HOW_I_DECIDE = "Reasoning over the guide's requirements and figures; the guide itself does not rank people.";

function roleById(data: CareerData, id: string | undefined): Role | undefined {
  return data.roles.find((r) => r.id === id);
}

/** The next role up from this one, by the guide's experience and degree requirements among related roles. */
function nextStepUp(data: CareerData, role: Role): Role | undefined {
  const seniority = (r: Role) =>
    (r.fit?.years?.min ?? 0) + (r.fit?.leadershipYears ?? 0) + DEGREE_LEVELS.indexOf(r.fit?.degree ?? "none");
  return role.related
    .map((id) => roleById(data, id))
    .filter((r): r is Role => Boolean(r && seniority(r) > seniority(role)))
    .sort((a, b) => seniority(a) - seniority(b))[0];
}

export function recommend(data: CareerData, u: Understanding): Answer {
  const criterion = u.criterion ?? { focus: [], tools: [] };
  // "Which fits me better, X or Y?" chooses between the roles named; otherwise among all of them.
  const pool = u.roleIds.length > 0 ? data.roles.filter((r) => u.roleIds.includes(r.id)) : data.roles;
  const personal = hasProfileFacts(u.profile);
  if ((!personal || u.criterionOnly) && hasCriterion(criterion)) return byCriterion(data, pool, criterion);
  if (!personal) return askAboutYou(data);
  // ("which of the roles gets me closest to 200k, realistically?": pay is in view, so the picks' figures come too.)
  const payAsked = u.cueIntent === "salary" || u.sum !== undefined;
  return forProfile(data, pool, u.profile, criterion, u.statedOnly === true, payAsked);
}

function forProfile(
  data: CareerData,
  pool: readonly Role[],
  profile: Profile,
  criterion: Criterion,
  statedOnly: boolean,
  payAsked = false,
): Answer {
  // "never touched kubernetes or docker. which fits me?": tools the person says they lack are no criterion.
  const lacks = new Set(profile.lacks ?? []);
  const wanted = { ...criterion, tools: criterion.tools.filter((t) => !lacks.has(t.name)) };
  const extra = new Map(
    hasCriterion(wanted) && !wanted.order ? rankByCriterion(pool, wanted).map((m) => [m.role, m.score]) : [],
  );
  // Only the first three are shown: the best, the runner-up and a third among the roles kept.
  const ranked: RoleFitScore[] = bestForProfile(
    pool,
    profile,
    3,
    extra.size > 0 ? (role) => extra.get(role) ?? 0 : undefined,
  );
  const [best, second] = ranked;
  if (!best) return askAboutYou(data);
  const close = second !== undefined && best.score - second.score < 0.75;
  const why = best.reasons.slice(0, 3);
  const sections: Section[] = [{ heading: "Why", lines: why.length > 0 ? why : [best.role.summary] }];
  // "target: 200k/yr within 5 years. which role would get me there?": each role's pay set against the target.
  if (profile.payTarget !== undefined)
    sections.push({
      heading: `Against your target of ${usd.format(profile.payTarget)} a year (the guide's US figures)`,
      lines: payAgainstTarget(
        data,
        ranked.map((r) => r.role),
        profile.payTarget,
      ),
    });
  const bestGap = skillGap(best.role, profile);
  // What the pick asks for that the asker said they lack or fall short of ("never led a team"): the best fit is not
  // always a pass, and the ranking above weighed it.
  const missing = bestGap.missing.slice(0, 2);
  if (missing.length > 0) sections.push({ heading: "Still missing for it", lines: missing });
  if (second) {
    // "would X or Y suit me better? never managed anyone": between two roles the asker named, what keeps them from
    // the other one is half the answer.
    const choseBetween = pool.length < data.roles.length;
    const secondGap = choseBetween ? skillGap(second.role, profile) : undefined;
    const secondMissing = secondGap?.missing[0];
    // (Or, when nothing is missing, what it asks for that the asker left unsaid: its experience first, which is what
    // tells two roles apart most often.)
    const unsaid = secondGap && !secondMissing ? secondGap.unknown : [];
    const secondUnsaid = unsaid.find((line) => line.startsWith("Experience: ")) ?? unsaid[0];
    sections.push({
      heading: close ? "A close second" : "Runner-up",
      lines: [
        `${second.role.title}: ${second.reasons[0] ?? second.role.summary}`,
        ...(secondMissing ? [`Still missing for it: ${secondMissing}`] : []),
        ...(secondUnsaid ? [`Not mentioned for it: ${secondUnsaid}`] : []),
      ],
    });
  }
  // What the pick asks for that the asker has not said either way ("publications in top-tier conferences"): named as
  // not mentioned, never assumed held or missing; two lines at most, the gap answer has the rest.
  const unsaid = briefly(bestGap.unknown).slice(0, 2);
  if (unsaid.length > 0) sections.push({ heading: "Not mentioned (so not checked)", lines: unsaid });
  const next = nextStepUp(data, best.role);
  if (next) {
    const gap = skillGap(next, profile);
    const lines = gap.missing.slice(0, 2);
    if (lines.length > 0) sections.push({ heading: `Between you and the next step up (${next.title})`, lines });
  }
  sections.push({ heading: "How I decided", lines: [HOW_I_DECIDE] });
  const lead = statedOnly
    ? `Noted. From what you've told me so far, the closest fit is ${best.role.title}`
    : `${best.role.title} fits you best`;
  return {
    intent: "recommend",
    roles: ranked
      .filter((r) => r.score > best.score - 6)
      .slice(0, 3)
      .map((r) => r.role.id),
    title: `Best fit for you: ${best.role.title}`,
    summary: `${lead}${close && second ? ` (a close call with ${second.role.title})` : ""}: ${why[0] ?? best.role.summary}.${targetReachedBy(data, profile.payTarget)}`,
    sections,
    figures: payAsked
      ? [best, second].flatMap((r) =>
          r
            ? salaryFigures(r.role, data).map((f) => ({ ...f, label: `${r.role.title}: ${f.label.toLowerCase()}` }))
            : [],
        )
      : [],
    followUps: [
      `What am I missing for ${withArticle(best.role.title)}?`,
      `What does ${withArticle(best.role.title)} earn?`,
      ...(next ? [`How do I become ${withArticle(next.title)}?`] : []),
    ],
  };
}

/** Why a role meets the criterion, in the guide's own words. */
function criterionReason(role: Role, c: Criterion): string {
  if (c.order === "pay_high" || c.order === "pay_low") {
    const figure =
      role.salary?.figures.find((f) => /average/i.test(f.label) && !/additional/i.test(f.label)) ??
      role.salary?.figures[0];
    return figure ? `${figure.label.toLowerCase()} ${formatSalary(figure)}` : "no salary figure in the guide";
  }
  if (c.order === "years_low" || c.order === "years_high") {
    return role.fit?.years?.source ?? role.qualifications.education[0] ?? role.summary;
  }
  if (c.remote) {
    const line = role.workEnvironment?.find((w) => /remote/i.test(w));
    if (line) return line;
  }
  if (c.publications || c.declinesPublications) {
    const line = publicationsLine(role);
    if (line) return line;
  }
  if (c.degree) return role.qualifications.education[0] ?? role.summary;
  for (const industry of c.industries ?? []) {
    const line = [...(role.market?.outlook ?? []), ...(role.workEnvironment ?? [])].find((l) =>
      l.toLowerCase().includes(industry),
    );
    if (line) return line;
  }
  for (const tool of c.tools) {
    const line = [...role.skills.technical, ...role.skills.tools].find((l) =>
      l.toLowerCase().includes(tool.name.toLowerCase()),
    );
    if (line) return line;
  }
  return role.summary;
}

/** A role's first education and experience requirements, as the guide words them. */
function requirementsInBrief(role: Role): string {
  const experience = role.fit?.years?.source ?? role.qualifications.experience[0];
  return [role.qualifications.education[0], experience].filter(Boolean).join("; ");
}

const CRITERION_TITLES: Record<NonNullable<Criterion["order"]>, string> = {
  pay_high: "Highest pay",
  pay_low: "Lowest pay",
  years_low: "Least experience needed",
  years_high: "Most experience needed",
};

function byCriterion(data: CareerData, pool: readonly Role[], c: Criterion): Answer {
  const matches: CriterionMatch[] = rankByCriterion(pool, c);
  const [best] = matches;
  if (!best) {
    return {
      intent: "recommend",
      roles: [],
      title: "No role in the guide matches that",
      summary: "None of the roles in the guide mentions that, so I can't pick one without guessing.",
      sections: [],
      figures: [],
      followUps: ["list all roles", "which role pays the most?"],
    };
  }
  // ("which one if i hate writing papers": only what is turned down, so every role scores 0 or less; the ranking shows.)
  const shown = (matches.some((m) => m.score > 0) ? matches.filter((m) => m.score > 0) : matches).slice(0, 4);
  const title = c.order ? CRITERION_TITLES[c.order] : c.remote ? "Remote work" : "Best match";
  const byPay = c.order === "pay_high" || c.order === "pay_low";
  const sections: Section[] = [
    { heading: "Per the guide", lines: shown.map((m) => `${m.role.title}: ${criterionReason(m.role, c)}`) },
  ];
  // "which fits her better, X or Y?": chosen by what the work is about; what each asks for lets the asker weigh it.
  if (!c.order && !c.remote && !c.publications && !c.degree && shown.length >= 2)
    sections.push({
      heading: "What each asks for",
      lines: shown.map((m) => `${m.role.title}: ${requirementsInBrief(m.role)}`),
    });
  // "which one requires a PhD?": what the other roles ask for instead, so the verdict can be weighed.
  if (c.degree && !c.order) {
    const others = listedRoles(data).filter(
      (r) => !shown.some((m) => m.role.id === r.id) && r.qualifications.education[0] !== undefined,
    );
    if (others.length > 0)
      sections.push({
        heading: "The others ask for",
        lines: others.map((r) => `${r.title}: ${r.qualifications.education[0]}`),
      });
  }
  if (c.remote) {
    const silent = data.roles.filter((r) => !r.fit?.remote).map((r) => r.title);
    if (silent.length > 0)
      sections.push({
        heading: "Not mentioned",
        lines: [`The guide says nothing about remote work for ${joinList(silent)}.`],
      });
  }
  if (byPay) {
    const without = listedRoles(data).filter((r) => typicalPay(r) === undefined);
    if (without.length > 0) sections.push({ heading: "No figure in the guide", lines: without.map((r) => r.title) });
  }
  const figures = byPay
    ? payFigures(
        data,
        shown.map((m) => m.role),
        c,
      )
    : [];
  // Ranked by pay: the ranking's salary ranges as a chart, in the ranking's order.
  const charted = byPay ? matches.filter((m) => (m.role.salary?.figures.length ?? 0) > 0).map((m) => m.role.id) : [];
  return {
    intent: rankingIntent(c),
    roles: shown.map((m) => m.role.id),
    title: `${title}: ${best.role.title}`,
    summary: `${best.role.title}: ${asSentence(criterionReason(best.role, c))}${shown[1] ? ` Next: ${shown[1].role.title}.` : ""}`,
    sections: [...sections, { heading: "How I decided", lines: [HOW_I_DECIDE] }],
    figures,
    followUps: [
      `What does ${withArticle(best.role.title)} do?`,
      `Skills for ${withArticle(best.role.title)}`,
      "which role fits me?",
    ],
    ...(charted.length > 0 ? { chart: { kind: "salary" as const, roleIds: charted } } : {}),
  };
}

/**
 * "which role pays the most?", "which one requires a PhD?" asked by nobody in particular: a verdict on one facet
 * across the roles, so the answer is of that facet's intent. A ranking by anything else stays a recommendation.
 */
function rankingIntent(c: Criterion): Answer["intent"] {
  if (c.order === "pay_high" || c.order === "pay_low") return "salary";
  if (c.degree && !c.order) return "qualifications";
  // "which role is the most senior?" sets the roles against each other; "which needs the least experience?" asks
  // what they require.
  if (c.order === "years_high" || c.order === "years_low") return c.seniority ? "compare" : "qualifications";
  return "recommend";
}

/** The highest of a role's typical pay figures (a top earner's floor is no typical pay), and how high it goes. */
function highestTypicalPay(role: Role): { figure: SalaryFigure; top: number } | undefined {
  let best: { figure: SalaryFigure; top: number } | undefined;
  for (const figure of role.salary?.figures ?? []) {
    const top = figure.max ?? figure.value ?? 0;
    if (isTypicalPay(figure) && (!best || top > best.top)) best = { figure, top };
  }
  return best;
}

/** The roles whose typical figures reach a pay target, as a sentence after the pick's ("which role gets me there?"). */
function targetReachedBy(data: CareerData, target: number | undefined): string {
  if (target === undefined) return "";
  const reach = data.roles.filter((role) => (highestTypicalPay(role)?.top ?? 0) >= target);
  const names = joinList(reach.map((r) => r.title));
  return reach.length > 0
    ? ` The guide's typical figures reach ${usd.format(target)} for ${names}.`
    : ` None of the guide's typical figures reach ${usd.format(target)}.`;
}

/**
 * Each role's highest typical figure against a pay target, the roles of the ranking first: whether the guide's
 * figures reach it, never whether the asker will.
 */
function payAgainstTarget(data: CareerData, ranked: readonly Role[], target: number): string[] {
  const roles = [...ranked, ...data.roles.filter((r) => !ranked.includes(r))];
  return roles.map((role) => {
    const highest = highestTypicalPay(role);
    if (!highest) return `${role.title}: no salary figure in the guide`;
    const shown = salaryFigures(role, data)[role.salary?.figures.indexOf(highest.figure) ?? -1];
    const verdict = highest.top >= target ? `reaches ${usd.format(target)}` : `below ${usd.format(target)}`;
    return `${role.title}: ${highest.figure.label.toLowerCase()} ${shown?.value ?? ""} (${verdict})`;
  });
}

/** The pick's figures, and any higher top-earner floor elsewhere ("top 1% of lead engineers earn over ..."). */
function payFigures(data: CareerData, roles: Role[], c: Criterion) {
  const [best] = roles;
  if (!best) return [];
  const figures = salaryFigures(best, data).map((f) => ({ ...f, label: `${best.title}: ${f.label.toLowerCase()}` }));
  if (c.order !== "pay_high") return figures.slice(0, 2);
  const bestTop = Math.max(...(best.salary?.figures ?? []).map((f) => f.max ?? f.value ?? f.atLeast ?? 0));
  for (const role of roles.slice(1)) {
    const floors = (role.salary?.figures ?? []).filter((f) => (f.atLeast ?? 0) > bestTop);
    const top = floors.at(-1);
    if (top) {
      const figure = salaryFigures(role, data).find((f) => f.label === top.label);
      if (figure) figures.push({ ...figure, label: `${role.title}: ${figure.label.toLowerCase()}` });
    }
  }
  return figures;
}

function askAboutYou(data: CareerData): Answer {
  return {
    intent: "recommend",
    roles: [],
    title: "Tell me about you",
    summary:
      "To pick a role for you I need a little about you: your degree, years of experience (and in AI/ML), the skills and tools you use, and what you'd like to work on.",
    sections: [{ heading: "The roles", lines: listedRoles(data).map((r) => `${r.title}: ${r.summary}`) }],
    figures: [],
    followUps: ["I have a bachelor's in CS and know Python: which role fits me?", "which role pays the most?"],
  };
}

export function skillGapAnswer(data: CareerData, u: Understanding): Answer {
  const role = roleById(data, u.roleIds[0]);
  if (!role) return whichRole(data, "skill_gap", (t) => `What am I missing for ${withArticle(t)}?`);
  const gap = skillGap(role, u.profile);
  const checked = gap.meets.length + gap.missing.length;
  const sections: Section[] = [
    {
      heading: "Missing",
      lines:
        // (Nothing checked, nothing to report: "Nothing, by what you told me" would read as a clean bill.)
        checked === 0
          ? []
          : gap.missing.length === 0
            ? ["Nothing, by what you told me."]
            : gap.missing.length > MAX_MISSING
              ? [
                  ...gap.missing.slice(0, MAX_MISSING),
                  `Also: ${gap.missing
                    .slice(MAX_MISSING)
                    .map((m) => m.replace(/^Skill: /, ""))
                    .join("; ")}`,
                ]
              : gap.missing,
    },
    { heading: "You already meet", lines: gap.meets },
    { heading: "Not mentioned (so not checked)", lines: briefly(gap.unknown) },
    { heading: "Worth having", lines: gap.worth },
    { heading: "Next step", lines: [gap.nextStep] },
  ].filter((s) => s.lines.length > 0);
  return {
    intent: "skill_gap",
    roles: [role.id],
    title: `Your gap to ${role.title}`,
    summary:
      checked === 0
        ? `Nothing you've told me yet can be checked against the guide's requirements for ${withArticle(role.title)}: tell me your degree, skills and years of experience and I'll compare them. ${HOW_I_DECIDE}`
        : `Against the guide's requirements for ${withArticle(role.title)}, you meet ${gap.meets.length} of the ${checked} I could check. ${HOW_I_DECIDE}`,
    sections,
    figures: [],
    followUps: [
      `How do I become ${withArticle(role.title)}?`,
      `What does ${withArticle(role.title)} earn?`,
      "which role fits me?",
    ],
  };
}

/** "Which role do you mean?", with each role as a choice. */
export function whichRole(data: CareerData, intent: Answer["intent"], question: (title: string) => string): Answer {
  return {
    intent,
    roles: [],
    title: "Which role do you mean?",
    summary: "Pick one of the roles I know:",
    sections: [],
    figures: [],
    followUps: listedRoles(data).map((r) => question(r.title)),
  };
}

/** At most four lines of what was not mentioned, and the skills among them always: what to learn is asked most. */
function briefly(unknown: readonly string[]): string[] {
  if (unknown.length <= 4) return [...unknown];
  const skills = unknown.find((line) => line.startsWith("Skills: "));
  return skills ? [...unknown.filter((line) => line !== skills).slice(0, 3), skills] : unknown.slice(0, 4);
}
