import { describe, expect, it } from "vitest";
import { renderPlainText } from "../../src/answer/plainText";
import { placeOutsideUs } from "../../src/intent/places";
import { bot } from "../helpers";

describe("places outside the US", () => {
  it.each([
    ["lead ml architect salary in Berlin?", "Berlin"],
    ["東京でNLPリサーチサイエンティストの年収は？", "Tokyo"],
    ["зарплата lead ml architect в Києві?", "Kyiv"],
    ["كم راتب lead ml architect في القاهرة؟", "Cairo"],
    ["what would a lead ml architect earn in £?", "the UK"],
    ["entry level ai engineer salary in euros", "the euro area"],
    ["how much in lakhs for an nlp research scientist", "India"],
    ["nlp research scientist pay in AUD", "Australia"],
    ["would 120k SGD a year be fair?", "Singapore"],
    ["Quanto guadagna un multimodal AI research scientist in Italia?", "Italy"],
    ["İstanbul'da lead ML architect maaşları ne kadar?", "Istanbul"],
    // Cities of the generated index (src/intent/placeIndex.json, scripts/place-index.mjs), after a preposition.
    ["and how would that look for us here in Stuttgart?", "Stuttgart"],
    ["nlp research scientist pay in Kathmandu", "Kathmandu"],
    ["lead architect salary sa Cebu City?", "Cebu City"],
    ["balak ko umuwi sa Pinas, magkano sweldo dun?", "Philippines"],
    // A flag emoji spells its country's two-letter code.
    ["NHS band 6 nurse 🇬🇧 what do NLP research scientists earn over here?", "United Kingdom"],
    ["🇧🇷 aqui, quanto ganha um entry level ai engineer?", "Brazil"],
    // The same names still count after a preposition.
    ["moving to Malta next year, what would an NLP research scientist make?", "Malta"],
    ["I'm from Ghana, is the pay similar?", "Ghana"],
  ])("%s names %s", (question, place) => {
    expect(placeOutsideUs(question)).toBe(place);
  });

  it.each([
    "what does a lead ml architect earn?",
    "I weigh 80 pounds more than my cat, lol",
    "how do i try for a lead role",
    "experience with vision-language and audio models",
    "do I need to know SGD and Adam?",
    // A city that is also a word or shares its name with a big US city is no place outside the US.
    "what about Reading?",
    "is the pay the same in Birmingham?",
    "stuttgart was fun but what does an entry level ai engineer do?",
    // Words of other languages that the index also holds as places: Spanish "gana" (earns, and Portuguese for
    // Ghana), Turkish "benim" (my), Portuguese "malta" (folks) and "virar" (to become), Vietnamese "là gì" (what is).
    "¿cuánto gana un lead ml architect?",
    "quién gana más: senior ai application engineer o multimodal research scientist?",
    "şu an ekipte tek ML'ci benim 😅",
    "Boas malta! o lead ML architect precisa mesmo de mestrado?",
    "Estou pensando em virar NLP research scientist",
    "multimodal research scientist là gì vậy",
    // The US flag is no place outside the US.
    "proud 🇺🇸 vet here, what does a lead ml architect earn?",
  ])("%s names none", (question) => {
    expect(placeOutsideUs(question)).toBeUndefined();
  });

  it("asks the last question again of a place named in a follow-up, and says the figures are US figures", () => {
    const first = bot.reply("what's the base salary range for a lead ML architect?");
    const again = bot.reply("and how would that look for us here in Stuttgart?", first.context);
    expect(again.parts.map((p) => [p.intent, p.roleIds])).toEqual([["salary", ["lead-ml-architect"]]]);
    expect(renderPlainText(again.answer)).toContain("it doesn't have figures for Stuttgart.");
  });

  it("remembers a place named earlier in the conversation for a later pay question, until the US is named", () => {
    const story = bot.reply("hola! soy estudiante de doctorado en NLP en Santiago de Chile");
    expect(story.context.place).toBe("Chile");
    const pay = bot.reply("cuánto gana un NLP research scientist?", story.context);
    expect(renderPlainText(pay.answer).split("\n")[1]).toBe(
      "Note: these are the guide's US figures (US market); it doesn't have figures for Chile. Figures for NLP Research Scientists.",
    );
    const us = bot.reply("and for the lead ml architect in the US?", pay.context);
    expect(renderPlainText(us.answer)).not.toContain("Chile");
    expect(us.context.place).toBeUndefined();
  });

  it("says the figures are the guide's US figures when pay is asked in another currency", () => {
    const text = renderPlainText(bot.answer("what would a lead ml architect earn in £?"));
    expect(text).toContain("Note: these are the guide's US figures (US market); it doesn't have figures for the UK.");
  });

  it.each([
    ["how much does a lead ml architect make in London vs Berlin?", "London"],
    ["nlp research scientist pay in the US vs India?", "India"],
  ])("two places side by side (%s) are one role's pay, not a comparison of roles", (question, place) => {
    const answer = bot.answer(question);
    expect(answer.intent).toBe("salary");
    expect(answer.roles).toHaveLength(1);
    expect(renderPlainText(answer)).toContain(`it doesn't have figures for ${place}.`);
  });

  it("still compares two roles named on either side of 'vs'", () => {
    expect(bot.answer("lead ml architect vs nlp research scientist pay in Berlin").intent).toBe("compare");
  });

  it("names a place written in its own language in English: Deutschland, München, Lisboa", () => {
    expect(placeOutsideUs("gibt es gehaltszahlen für deutschland?")).toBe("Germany");
    expect(placeOutsideUs("und in münchen?")).toBe("Munich");
    expect(placeOutsideUs("qual o salário médio em lisboa?")).toBe("Lisbon");
  });
});
