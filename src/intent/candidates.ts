import type { IntentDeclaration } from "./declarations/declaration";
import type { Intent, RoleIntent, TopicIntent } from "./intents";
import type { TopicKind } from "./topics";

/**
 * Which intents the classifier may choose, where: derived from the declarations' kinds, so a new intent with cues
 * is reachable without editing the classifier. Each list keeps declaration order: where two score the same, the
 * earlier one wins.
 */
export interface Candidates {
  /** The facets of a role: always candidates for a question naming one role. */
  roleFacets: readonly RoleIntent[];
  /** Topic intents: with no role, one named outright wins over everything else. */
  topics: readonly TopicIntent[];
  /** Intents the guide's topics vote for when a question matches one, topic intents first. */
  topicVotes: readonly { intent: Intent; topics: TopicKind }[];
  /** With one role, chosen only when a cue names them outright ("challenges for an architect", "compare"). */
  namedWithRole: readonly Intent[];
  /**
   * With no role: the intents topics vote for, then the role facets a question may ask across all roles, then any
   * other intent with cues; role facets before the catalogue, as "which role pays the most" is about pay. A
   * comparison with no role is a rule of its own in the classifier.
   */
  noRole: readonly Intent[];
}

export function candidatesFrom(declarations: readonly IntentDeclaration<Intent>[]): Candidates {
  const named = (keep: (d: IntentDeclaration<Intent>) => boolean) => declarations.filter(keep).map((d) => d.name);
  const topicVotes = [
    ...declarations.filter((d) => d.kind === "topic"),
    ...declarations.filter((d) => d.kind !== "topic"),
  ].flatMap((d) => (d.topics ? [{ intent: d.name, topics: d.topics }] : []));
  return {
    roleFacets: named((d) => d.kind === "role_facet") as RoleIntent[],
    topics: named((d) => d.kind === "topic") as TopicIntent[],
    topicVotes,
    namedWithRole: named((d) => d.kind === "topic" || d.kind === "comparison"),
    noRole: [
      ...new Set([
        ...topicVotes.map((v) => v.intent),
        ...named((d) => d.kind === "role_facet" && !d.needsRole),
        ...named((d) => (d.kind === "meta" || d.kind === "advice") && d.cues !== undefined),
      ]),
    ],
  };
}
