import { DECLARATIONS } from "./declarations";
import type { IntentKind } from "./declarations/declaration";

/** The lists the rest of the code reads, each derived from the declarations in src/intent/declarations/. */
type Declared = (typeof DECLARATIONS)[number];
export type Intent = Declared["name"];
/** Intents whose answer is about one role; asked with no role, they answer across all roles. */
export type RoleIntent = Extract<Declared, { kind: "role_facet" }>["name"];
/** Intents that answer with the guide's topics of one kind (best practices, challenges, trends). */
export type TopicIntent = Extract<Declared, { kind: "topic" }>["name"];

/** Every intent, in declaration order: where two score the same, the earlier one wins. */
export const INTENTS: readonly Intent[] = DECLARATIONS.map((d) => d.name);
export const ROLE_INTENTS = nonEmpty(namesOf<RoleIntent>("role_facet"));
export const TOPIC_INTENTS = nonEmpty(namesOf<TopicIntent>("topic"));

export function isRoleIntent(intent: Intent): intent is RoleIntent {
  return (ROLE_INTENTS as readonly Intent[]).includes(intent);
}

export function isTopicIntent(intent: Intent): intent is TopicIntent {
  return (TOPIC_INTENTS as readonly Intent[]).includes(intent);
}

function namesOf<Name extends Intent>(kind: IntentKind): Name[] {
  return DECLARATIONS.filter((d) => d.kind === kind).map((d) => d.name as Name);
}

/** A list that zod's `z.enum` accepts; the declarations always hold at least one intent of each kind used. */
function nonEmpty<T>(list: T[]): readonly [T, ...T[]] {
  if (list.length === 0) throw new Error("src/intent/declarations: an intent kind the code relies on has no intent");
  return list as [T, ...T[]];
}
