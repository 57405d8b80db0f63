import type { CareerData, Role, SalaryFigure } from "../data/schema";
import type { SalaryFacet } from "../intent/lexicon";
import type { TopicChoice } from "../intent/topics";
import { marketFiguresById, salaryFigures, withArticle } from "./format";
import type { Answer, Figure } from "./types";

/** The highest number a figure reaches, for "the most you can make". */
const top = (f: SalaryFigure) => f.max ?? f.value ?? f.atLeast ?? 0;
const bottom = (f: SalaryFigure) => f.min ?? f.value ?? f.atLeast ?? 0;
const typical = (f: SalaryFigure) => f.atLeast === undefined && !/additional|bonus/i.test(f.label);

/** Which of a role's salary figures a facet asks about, if the guide gives it. */
const FIGURE_FOR: Partial<Record<SalaryFacet, (figures: SalaryFigure[]) => SalaryFigure | undefined>> = {
  top1: (fs) => fs.find((f) => /top 1%/i.test(f.label)),
  top10: (fs) => fs.find((f) => /top 10%/i.test(f.label)),
  additional: (fs) => fs.find((f) => /additional|bonus/i.test(f.label)),
  base: (fs) =>
    fs.find((f) => /base/i.test(f.label) && /range/i.test(f.label)) ?? fs.find((f) => /base/i.test(f.label)),
  common: (fs) => fs.find((f) => /common/i.test(f.label)),
  average: (fs) => fs.find((f) => /average/i.test(f.label) && !/additional/i.test(f.label)),
  max: (fs) => [...fs].sort((a, b) => top(b) - top(a))[0],
  min: (fs) => [...fs.filter(typical)].sort((a, b) => bottom(a) - bottom(b))[0],
};

/** Which of a role's salary statements a facet asks about ("Location: tech hubs like San Francisco ..."). */
const LINE_FOR: Partial<Record<SalaryFacet, RegExp>> = {
  factors: /^(experience|location|company size|industry|specialized skills|education|skills?)\b/i,
  location: /location|san francisco|seattle/i,
  company: /company size|compan/i,
  industry: /industry|sector/i,
  benefits: /benefit|equity|stock|healthcare|pto|perk/i,
};

const FACET_NAMES: Record<SalaryFacet, string> = {
  top1: "a top-1% figure",
  top10: "a top-10% figure",
  additional: "a figure for bonuses or additional pay",
  benefits: "benefits",
  factors: "what moves pay",
  location: "pay by location",
  company: "pay by company size",
  industry: "pay by industry",
  outside_us: "figures outside the US",
  base: "a base salary figure",
  common: "a most-common figure",
  max: "a top figure",
  min: "a starting figure",
  average: "an average",
};

/** How an answer about pay elsewhere opens; a note naming the place (compose.ts) stands in for that sentence. */
export const FIGURES_ARE_US = "The guide's salary figures are for the US";

/** A narrow salary question: the asked line first, two lines of context, the full table one follow-up away. */
export function salaryFacet(data: CareerData, role: Role, facet: SalaryFacet, asked: readonly string[] = []): Answer {
  const all = salaryFigures(role, data);
  const raw = role.salary?.figures ?? [];
  const base: Answer = {
    intent: "salary",
    roles: [role.id],
    title: `Salary: ${role.title}`,
    summary: "",
    sections: [],
    figures: [],
    followUps: [`What does ${withArticle(role.title)} earn?`, `Skills for ${withArticle(role.title)}`],
  };
  const pickFigure = FIGURE_FOR[facet];
  const figure = pickFigure ? pickFigure(raw) : undefined;
  const shown: Figure | undefined = figure ? all[raw.indexOf(figure)] : undefined;
  // "whats the base vs the bonus/stock part": the base named beside the bonus, base first.
  const baseFigure = facet === "additional" && asked.includes("base") ? FIGURE_FOR.average?.(raw) : undefined;
  const baseShown = baseFigure ? all[raw.indexOf(baseFigure)] : undefined;
  if (shown && baseShown) {
    const line = (f: Figure) => `${f.label}: ${f.value}${f.period ? ` (${f.period})` : ""}`;
    return {
      ...base,
      summary: `${line(baseShown)}; ${line(shown).replace(/^./, (c) => c.toLowerCase())}.`,
      figures: [],
      sections: [
        {
          heading: "Also in the guide",
          lines: otherLines(all, shown)
            .filter((l) => !l.startsWith(baseShown.label))
            .slice(0, 2),
        },
      ],
    };
  }
  if (shown) {
    return {
      ...base,
      summary: `${shown.label}: ${shown.value}${shown.period ? ` (${shown.period})` : ""}.`,
      figures: [shown],
      sections: [{ heading: "Also in the guide", lines: otherLines(all, shown).slice(0, 2) }],
    };
  }
  const pattern = LINE_FOR[facet];
  const statements = [...(role.salary?.factors ?? []), ...(role.salary?.benefits ?? [])];
  // The line that uses the asker's own word ("equity") first.
  const names = (l: string) => asked.some((w) => l.toLowerCase().includes(w));
  const lines = pattern
    ? statements.filter((l) => pattern.test(l)).sort((a, b) => Number(names(b)) - Number(names(a)))
    : [];
  if (lines.length > 0) {
    return {
      ...base,
      summary: lines[0] as string,
      // ("what moves pay?": every factor the guide names, then figures.)
      sections: [
        {
          heading: "Also in the guide",
          lines: [...lines.slice(1), ...otherLines(all)].slice(0, Math.max(3, lines.length - 1)),
        },
      ],
    };
  }
  if (facet === "outside_us") {
    const global = data.market.drivers.find((d) => /beyond the us/i.test(d));
    return {
      ...base,
      summary: `${FIGURES_ARE_US}${role.salary?.region ? ` (${role.salary.region})` : ""}; it gives none for other countries.${global ? ` It does say: ${global}` : ""}`,
      // ("what's the NLP research scientist range over here in the UK?": the range is asked, not only the average.)
      figures: all.slice(0, 2),
    };
  }
  // "what's the top 1% making" of a role without that figure: the roles the guide gives it for, named as theirs.
  const elsewhere = pickFigure
    ? data.roles.flatMap((other) => {
        const raw = other.salary?.figures ?? [];
        const found = other.id === role.id ? undefined : pickFigure(raw);
        const figure = found && salaryFigures(other, data)[raw.indexOf(found)];
        return figure ? [`${other.title}: ${figure.label.toLowerCase()}: ${figure.value}`] : [];
      })
    : [];
  return {
    ...base,
    // ("doesn't include": the words a reader looks for first when a figure is missing, "gives no" read as a figure.)
    summary: `The guide doesn't include ${FACET_NAMES[facet]} for ${withArticle(role.title)}${all.length > 0 ? "; what it gives:" : ", nor any salary figure for the role."}`,
    figures: all.slice(0, 3),
    sections: elsewhere.length > 0 ? [{ heading: "Given for other roles", lines: elsewhere }] : [],
  };
}

/** The other figures, those that share words with the one shown first ("Top 1% earn" beside "Top 10% earn"). */
function otherLines(all: Figure[], except?: Figure): string[] {
  const words = new Set(
    except?.label
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w.length > 2),
  );
  const shared = (f: Figure) =>
    f.label
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => words.has(w)).length;
  return all
    .filter((f) => f !== except)
    .sort((a, b) => shared(b) - shared(a))
    .map((f) => `${f.label}: ${f.value}`);
}

/** "How much do ML engineers make?": the guide's market figures for the whole job family. */
/** The guide's pay figures for machine learning engineers as a whole, not for one of its roles. */
export const GENERAL_ML_PAY = ["ml-engineer-average-salary", "senior-ml-top-company-salary"];

export function familyPay(data: CareerData): Answer {
  const figures = marketFiguresById(GENERAL_ML_PAY, data);
  const [average, top] = figures;
  const lead = data.roles.find((r) => r.familyAliases.length > 0);
  return {
    intent: "salary",
    roles: [],
    title: "Salary: machine learning engineers",
    summary: average
      ? `${average.label}: ${average.value}.${top ? ` ${top.label}: ${top.value}.` : ""}`
      : "The guide gives no figure for machine learning engineers in general.",
    sections: [],
    figures,
    followUps: [
      ...(lead ? [`What does ${withArticle(lead.title)} earn?`] : []),
      "which role pays the most?",
      "salaries by role",
    ],
  };
}

/** A narrow market question: the asked figures, nothing else. */
export function narrowMarket(data: CareerData, topics: TopicChoice, outsideUs: boolean): Answer {
  const asked = topics.market;
  // The asked figures first, then the headline ones, three in all: a glance, not the whole market page.
  const ids = [...new Set([...asked.slice(0, 2), ...data.market.headlineFigureIds])].slice(0, 3);
  const figures = marketFiguresById(ids, data);
  const [first] = figures;
  // "Is there demand outside the US?": the guide's one line on it, then the (US and global) figures.
  const global = data.market.drivers.find((d) => /beyond the us/i.test(d));
  const asSentence = first ? `${first.label}: ${first.value}${first.period ? ` (${first.period})` : ""}.` : undefined;
  return {
    intent: "market",
    roles: [],
    title: "AI/ML job market",
    summary: (outsideUs ? global : undefined) ?? asSentence ?? data.market.summary,
    sections: [],
    figures,
    followUps: ["what is the job market like for ML roles?", "which role pays the most?"],
  };
}
