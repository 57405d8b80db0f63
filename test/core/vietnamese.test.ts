import { describe, expect, it } from "vitest";
import { vietnameseInEnglish } from "../../src/text/vietnamese";
import { bot } from "../helpers";

describe("Vietnamese read in English words before the message is understood", () => {
  it.each([
    [
      "lương Lead ML Architect bên Mỹ khoảng bao nhiêu vậy ạ? với lại có cần bằng thạc sĩ không",
      "salary Lead ML Architect in the US about how much? and also do they need master's degree?",
    ],
    // Without accents, as many people type it.
    [
      "a/c oi entry level ai engineer can hoc nhung gi, luong khoang bao nhieu",
      "entry level ai engineer need to learn what, salary about how much",
    ],
    // Facts about the writer, in the word order the profile reads.
    [
      "mình làm data engineer được 4 năm, chưa dùng Kubernetes bao giờ",
      "i worked as data engineer for 4 years, never used Kubernetes",
    ],
    // "muộn" (late) is not "muốn" (want), though both lose their accents the same way.
    ["Mình 35 tuổi, muốn chuyển qua AI thì có muộn quá không?", "i 35 years old, want to switch to AI have too late??"],
  ])("%s", (written, english) => {
    expect(vietnameseInEnglish(written)).toBe(english);
  });

  it.each([
    "what does my lead ML architect earn in Hanoi?",
    "¿Cuánto gana un ingeniero de IA?",
    // Romanian shares "ă" with Vietnamese: it is not read as Vietnamese.
    "Merită un bootcamp de AI de 6 luni sau mai bine fac un master?",
    "is the pay ok or not, can I ask about a PhD",
  ])("leaves a message in another language as it is: %s", (text) => {
    expect(vietnameseInEnglish(text)).toBe(text);
  });

  it("answers each question of a Vietnamese message, in order, with the writer's facts", () => {
    const reply = bot.reply(
      "mình 6 năm làm backend, có bằng thạc sĩ, chưa dùng Kubernetes bao giờ. lương lead ML architect bao nhiêu? cần mấy năm kinh nghiệm?",
    );
    expect(reply.parts.map((p) => [p.intent, p.roleIds])).toEqual([
      ["salary", ["lead-ml-architect"]],
      ["qualifications", ["lead-ml-architect"]],
    ]);
    expect(reply.understanding.profile).toMatchObject({ degree: "master", years: 6, lacks: ["Kubernetes"] });
  });
});
