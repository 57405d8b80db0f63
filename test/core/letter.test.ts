import { describe, expect, it } from "vitest";
import { withoutLetterFrame } from "../../src/text/letter";

describe("withoutLetterFrame", () => {
  it("takes out a greeting line and a sign-off with up to three short lines after it", () => {
    expect(
      withoutLetterFrame(
        "Hello careerbot,\n\nCould you please list all the roles?\n\nKind regards,\nAino Virtanen\nPeople & Culture",
      ),
    ).toBe("\nCould you please list all the roles?\n");
    expect(withoutLetterFrame("Guten Tag,\n\nWie hoch ist das Gehalt?\n\nMit freundlichen Grüßen\nThomas Becker")).toBe(
      "\nWie hoch ist das Gehalt?\n",
    );
  });

  it("keeps a message of one line, a greeting inside a sentence, and a closing word followed by more text", () => {
    expect(withoutLetterFrame("hi, what does a lead ML architect earn? thanks")).toBe(
      "hi, what does a lead ML architect earn? thanks",
    );
    const ongoing = "what skills does it need?\nthanks\nalso, what about the pay for the NLP role in the US market?";
    expect(withoutLetterFrame(ongoing)).toBe(ongoing);
  });
});
