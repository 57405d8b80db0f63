import { describe, expect, it } from "vitest";
import { extractProfile, mergeProfiles, statedProfile } from "../../src/intent/profile";

/** What a conversation remembers of the asker when a later message adds to, or corrects, an earlier one. */
function merged(...messages: string[]) {
  let profile: ReturnType<typeof extractProfile> | undefined;
  for (const message of messages) profile = mergeProfiles(profile, extractProfile(message));
  return statedProfile(profile ?? extractProfile(""));
}

describe("profiles merged across a conversation", () => {
  it("keeps the longest span told when a later message tells a shorter one", () => {
    expect(merged("i have 6 years as a backend dev", "2 of those years on the ml team")).toMatchObject({
      years: 6,
      mlYears: 2,
    });
  });

  it("replaces a count the later message corrects, and keeps the total the correction does not touch", () => {
    expect(
      merged(
        "I have 6 years in data eng, led a team for 3 years",
        "wait correction, it's actually 2 years leading not 3",
      ),
    ).toMatchObject({ years: 6, leadYears: 2 });
  });

  it("takes a total corrected downwards", () => {
    expect(merged("i have 5 years as a dev", "sorry i meant 3 years, typo").years).toBe(3);
  });
});
