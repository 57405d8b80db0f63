import { describe, expect, it } from "vitest";
import { englishGloss } from "../../src/text/englishGloss";
import { bot } from "../helpers";

describe("other languages read word for word in English", () => {
  it.each([
    ["welke rol betaalt het minst van allemaal?", "which role pays the least van all?"],
    ["bu rollerden hangisi en düşük maaşı veriyor?", "bu of the roles which lowest salary pays?"],
    ["lead ml architect banne mein kitna time lagega", "lead ml architect banne mein how long lagega"],
    // Written without its accents, a word is still found.
    ["cual es el puesto que mas paga", "which es el role que more pays"],
    // A word glossed to nothing ("zwingend") leaves one space, as the cues' patterns expect.
    ["welche der rollen braucht zwingend einen phd?", "which of the roles needs a phd?"],
    [
      "was zahlt mehr, lead ml architect oder entry level ai engineer?",
      "which pays more, lead ml architect or entry level ai engineer?",
    ],
  ])("%s", (text, english) => {
    expect(englishGloss(text)).toBe(english);
  });

  it("reads the same before and after its pattern of every listed word is built (from the 32nd text on)", () => {
    const texts = [
      "welke rol betaalt het minst van allemaal?",
      "what does a lead ml architect earn?",
      "quem ganha mais: x ou y?",
      "hangisi daha çok kazandırır?",
      "a7san role leya eh",
    ];
    const first = texts.map(englishGloss);
    for (let i = 0; i < 40; i++) englishGloss(`filler text ${i}`);
    expect(texts.map(englishGloss)).toEqual(first);
    expect(first[2]).toBe("who earns more: x or y?");
  });

  it("leaves English, and words that are English too, as they are", () => {
    const english = "what does a lead ml architect earn? come on, plus a promotion";
    expect(englishGloss(english)).toBe(english);
  });

  it("is used only where the words as written find nothing asked", () => {
    const dutch = bot.reply("Welke rol betaalt het minst van allemaal?");
    expect(dutch.understanding.rule).toMatch(/, read in English$/);
    expect(dutch.answer.title).toBe("Lowest pay: NLP Research Scientist");
    // Spanish the rules already read: the same answer as before, decided as written.
    const spanish = bot.reply("¿cuánto gana un lead ml architect?");
    expect(spanish.understanding.rule).not.toMatch(/read in English/);
    expect(spanish.understanding.intent).toBe("salary");
  });
});
