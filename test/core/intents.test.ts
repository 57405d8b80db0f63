import { describe, expect, it } from "vitest";
import { IntentClassifier } from "../../src/intent/classify";
import { DECLARATIONS } from "../../src/intent/declarations";
import { declareIntent, type IntentDeclaration } from "../../src/intent/declarations/declaration";
import type { Intent } from "../../src/intent/intents";
import { bot } from "../helpers";

/** The labelled questions are the behaviour: each declared intent answers its own examples, through the whole bot. */
describe("the intent declarations", () => {
  const examples = DECLARATIONS.flatMap((d) => d.examples.map((question) => ({ intent: d.name, question })));

  it.each(examples)("$intent: $question", ({ intent, question }) => {
    const reply = bot.reply(question);
    // One part, answered with the declared intent (a multi-part example would hide which part chose it).
    expect({ answer: reply.answer.intent, parts: reply.parts.map((p) => p.intent) }).toEqual({
      answer: intent,
      parts: [intent],
    });
  });

  it("declare each intent once", () => {
    const names = DECLARATIONS.map((d) => d.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});

/**
 * An intent added as a declaration with cues is chosen without editing the classifier: its candidate lists come from
 * the declarations' kinds. (An `interview` intent once had a cue and a builder and was never chosen.)
 */
describe("a new intent with cues", () => {
  const withExtra = (extra: IntentDeclaration) =>
    new IntentClassifier(bot.data, [...DECLARATIONS, extra as IntentDeclaration<Intent>]);

  it("is chosen as a question of its own when it is about the conversation (meta)", () => {
    const interview = declareIntent({
      name: "interview_prep",
      kind: "meta",
      cues: { interview: 4 },
      examples: ["how do I prepare for an interview?"],
      answeredBy: "interviewPrep",
    });
    const classifier = withExtra(interview);
    expect(classifier.classify("how do I prepare for an interview?").intent).toBe("interview_prep");
    // The shipped classifier, without the declaration, does not choose it.
    expect(new IntentClassifier(bot.data).classify("how do I prepare for an interview?").intent).not.toBe(
      "interview_prep",
    );
  });

  it("is chosen for a named role when it is a facet of a role, and across roles when none is named", () => {
    const remote = declareIntent({
      name: "remote_work",
      kind: "role_facet",
      cues: { remote: 4 },
      examples: ["can a lead ml architect work remote?"],
      answeredBy: "roleFacet",
    });
    const classifier = withExtra(remote);
    expect(classifier.classify("can a lead ml architect work remote?")).toMatchObject({
      intent: "remote_work",
      roleIds: ["lead-ml-architect"],
    });
    expect(classifier.classify("which roles can work remote?").intent).toBe("remote_work");
  });
});
