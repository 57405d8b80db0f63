import type { TopicKind } from "../topics";

/**
 * What an intent is about, which decides where the classifier looks for it (src/intent/intents.ts derives the
 * candidate lists from it):
 * - `role_facet`: one facet of a role (its pay, its skills); asked with no role, the facet across all roles.
 * - `topic`: the guide's topics of one kind (challenges, trends), across roles; with a role, only when named outright.
 * - `comparison`: roles side by side; chosen for two roles, or one role and a cue that names a comparison outright.
 * - `advice`: about the asker (which role fits, what they lack), decided by the rules of understand.ts.
 * - `meta`: the conversation itself (help, the list of roles, greetings, what the guide lacks, what is no question).
 */
export type IntentKind = "role_facet" | "topic" | "comparison" | "advice" | "meta";

/** One intent, declared once: what it is, the words that ask for it, questions it answers and who answers them. */
export interface IntentDeclaration<Name extends string = string, Kind extends IntentKind = IntentKind> {
  name: Name;
  kind: Kind;
  /** Cue words and phrases, with how strongly each asks for the intent; matched on stemmed tokens, so write them
   * in the singular ("skill", not "skills"). 3 names the intent outright, 2 is a clear hint, 1 tips a close call
   * (thresholds: weights.ts). A phrase in several declarations counts for each. */
  cues?: Readonly<Record<string, number>>;
  /** The guide's topics of this kind vote for the intent when a question matches one of them. */
  topics?: TopicKind;
  /** Only asked about a named role: with none ("tell me about it"), the cues alone do not choose it. */
  needsRole?: true;
  /** Where a rule outside the cue lookup chooses the intent, and the lexicon's patterns it reads. */
  chosenBy?: { rule: string; patterns?: readonly RegExp[] };
  /** Questions that must be answered with this intent: test/core/intents.test.ts asks each through the bot. */
  examples: readonly [string, ...string[]];
  /** The builder that writes the answer: a key of ANSWER_BUILDERS in src/answer/builders.ts. */
  answeredBy: string;
}

/** Keeps the literal name, kind and builder of a declaration, so the intent and builder types derive from it. */
export function declareIntent<const Name extends string, const Kind extends IntentKind, const Builder extends string>(
  declaration: IntentDeclaration<Name, Kind> & { answeredBy: Builder },
): IntentDeclaration<Name, Kind> & { answeredBy: Builder } {
  return declaration;
}
