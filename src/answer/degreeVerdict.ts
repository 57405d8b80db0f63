import { DEGREE_LEVELS, type Degree, type Role } from "../data/schema";
import type { DegreeAsked } from "../intent/degreeAsked";
import { withArticle } from "./format";
import type { Answer } from "./types";

const DEGREE_NAME: Record<Degree, string> = {
  none: "no degree",
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  phd: "Ph.D.",
};

/**
 * "do i need a PhD to become a lead ML architect?": yes or no first, from the lowest degree the guide accepts for the
 * role (its `fit.degree`), then the answer as it was. A role without one keeps its answer.
 */
export function withDegreeVerdict(answer: Answer, role: Role, { degree: asked, without }: DegreeAsked): Answer {
  const lowest = role.fit?.degree;
  if (lowest === undefined || asked === "none") return answer;
  const rank = (d: Degree) => DEGREE_LEVELS.indexOf(d);
  const forRole = withArticle(role.title);
  // ("Master's degree or Ph.D. in Machine Learning, ... (preferred)": the degrees the guide prefers, in its words.)
  const preferredLine = role.qualifications.education.find(
    (line) => /preferred/i.test(line) && line.toLowerCase().includes(asked === "phd" ? "ph.d" : asked),
  );
  const preferred = preferredLine?.split(/ in /)[0];
  const prefers = preferred ? `, and it prefers a ${preferred}` : "";
  const verdict =
    rank(asked) > rank(lowest)
      ? `${without ? "Yes, you can:" : "No,"} a ${DEGREE_NAME[asked]} isn't required for ${forRole}. The guide's minimum is a ${DEGREE_NAME[lowest]}${prefers}`
      : rank(asked) === rank(lowest)
        ? `${without ? "No" : "Yes"}, the guide asks for at least a ${DEGREE_NAME[asked]} for ${forRole}`
        : without
          ? `No, the guide asks for at least a ${DEGREE_NAME[lowest]} for ${forRole}`
          : `A ${DEGREE_NAME[asked]} isn't enough for ${forRole}: the guide asks for at least a ${DEGREE_NAME[lowest]}`;
  // (A sentence ending in "Ph.D." has its full stop already.)
  return { ...answer, summary: `${verdict}${verdict.endsWith(".") ? "" : "."} ${answer.summary}`.trim() };
}
