import type { CareerData } from "../data/schema";
import { isRoleIntent } from "../intent/intents";
import type { Understanding } from "../intent/understand";
import { tokensOf } from "./focus";
import { listedRoles, withArticle } from "./format";
import { jobNotInGuide } from "./metaAnswers";
import { familyPay } from "./narrow";
import { acrossRoles, ROLE_ANSWERS } from "./roleAnswers";
import type { Answer, Section } from "./types";

/**
 * A career question the guide does not answer: said plainly in the first line, then the guide's nearest facts
 * (the role's figures for a negotiation, its skills and duties for an interview), or the roles it does have.
 */
export function notCovered(data: CareerData, u: Understanding): Answer {
  const topic = u.notCovered;
  // A job in AI or data with no topic of its own ("speech scientist"): the roles the guide does cover.
  if (!topic && u.foreignJob) return jobNotInGuide(data, u.foreignJob);
  const title = topic ? `Not in the guide: ${topic.title}` : "Not in the guide";
  const first = `The guide doesn't cover ${topic?.title ?? "that"}.`;
  // A job the guide lacks names the role of its own that is nearest ("MLOps engineer": the architect); "which cloud,
  // aws or gcp?" is nearest to the role whose skills name those clouds.
  const roleId =
    u.roleIds.at(-1) ?? (topic?.isRole ? undefined : mostAbout(data, u.contentWords)) ?? topic?.nearestRole;
  const role = data.roles.find((r) => r.id === roleId);
  const base = { intent: "not_covered" as const, title, ...(topic ? { notCoveredTopic: topic.id } : {}) };

  // "how does data engineer pay compare to ML architects?": the facet asked comes first, for the guide's role (also
  // for a job with no nearest facts of its own: "how does data scientist pay stack up vs lead ml architect?"; against
  // ML engineers in general, their figures, below).
  // ("whats the difference between a data scientist and an entry level AI engineer?": the guide's role's work.)
  const asked =
    topic?.isRole && u.cueIntent && isRoleIntent(u.cueIntent) && !topic.nearest.includes(u.cueIntent)
      ? [u.cueIntent]
      : topic?.isRole && topic.nearest.length === 0 && u.roleIds.length > 0
        ? (["responsibilities"] as const)
        : [];
  if (role && topic && (topic.nearest.length > 0 || (asked.length > 0 && u.roleIds.length > 0 && !u.familyPay))) {
    // "how should I level a lead ML architect vs a senior AI application engineer?": each role named, in turn.
    const named = topic.isRole ? [] : u.roleIds.flatMap((id) => data.roles.find((r) => r.id === id) ?? []);
    const shown = named.length > 1 ? named : [role];
    const nearest = shown.flatMap((r) => [...asked, ...topic.nearest].map((facet) => ROLE_ANSWERS[facet](r, data)));
    const sections: Section[] = nearest.flatMap((a) => [
      ...(a.summary ? [{ heading: a.title, lines: [a.summary] }] : []),
      ...a.sections,
    ]);
    return {
      ...base,
      // The nearest role of a job the guide lacks is shown, not talked about: "what do they earn?" next is not about it.
      roles: u.roleIds.length > 0 ? shown.map((r) => r.id) : [],
      summary: `${first}${topic.note ? ` ${topic.note}` : ""} ${
        u.roleIds.length > 0 || !topic.isRole
          ? `What it does say about ${shown.map((r) => withArticle(r.title)).join(" and ")} that may help:`
          : `The nearest role it has is the ${role.title}; what it says that may help:`
      }`,
      sections,
      figures: nearest.flatMap((a) => a.figures),
      followUps: nearest.flatMap((a) => a.followUps).slice(0, 3),
    };
  }
  // "is a PhD even worth it?": no role asked about, so the nearest facts for every role ("Ph.D." where one is asked).
  const nearestFacet = topic && !topic.isRole && !u.familyPay ? topic.nearest[0] : undefined;
  if (nearestFacet) {
    const everyRole = acrossRoles(nearestFacet, data);
    return {
      ...base,
      roles: [],
      summary: `${first}${topic?.note ? ` ${topic.note}` : ""} What it does say, role by role, that may help:`,
      sections: everyRole.sections,
      figures: everyRole.figures,
      followUps: everyRole.followUps,
    };
  }
  const roles = listedRoles(data);
  // "data scientist vs ML engineer pay?": the guide's figures for ML engineers in general, after the roles it has.
  const family = u.familyPay ? familyPay(data) : undefined;
  return {
    ...base,
    roles: [],
    summary: `${first}${topic?.note ? ` ${topic.note}` : ""} ${
      topic?.isRole
        ? `It covers ${roles.length} AI/ML roles; the nearest it has:`
        : "It covers these roles' duties, skills, degrees, pay and outlook; ask about one of them:"
    }`,
    sections: [
      ...(family ? [{ heading: family.title, lines: [family.summary] }] : []),
      { heading: "Roles in the guide", lines: roles.map((r) => `${r.title}: ${r.summary}`) },
    ],
    figures: family?.figures ?? [],
    followUps: roles.slice(0, 3).map((r) => `What does ${withArticle(r.title)} do?`),
  };
}

/** The role whose skills name most of the question's own words ("aws", "gcp"), if any names one. */
function mostAbout(data: CareerData, words: readonly string[] | undefined): string | undefined {
  if (!words || words.length === 0) return undefined;
  const wanted = new Set(words);
  let best: { id: string; hits: number } | undefined;
  for (const role of data.roles) {
    const lines = [...role.skills.technical, ...role.skills.tools];
    const hits = lines.filter((line) => [...tokensOf(line)].some((t) => wanted.has(t))).length;
    if (hits > (best?.hits ?? 0)) best = { id: role.id, hits };
  }
  return best?.id;
}
