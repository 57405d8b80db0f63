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
  ])("%s names %s", (question, place) => {
    expect(placeOutsideUs(question)).toBe(place);
  });

  it.each([
    "what does a lead ml architect earn?",
    "I weigh 80 pounds more than my cat, lol",
    "how do i try for a lead role",
    "experience with vision-language and audio models",
    "do I need to know SGD and Adam?",
  ])("%s names none", (question) => {
    expect(placeOutsideUs(question)).toBeUndefined();
  });

  it("says the figures are the guide's US figures when pay is asked in another currency", () => {
    const text = renderPlainText(bot.answer("what would a lead ml architect earn in £?"));
    expect(text).toContain("Note: these are the guide's US figures (US market); it has none for the UK.");
  });

  it.each([
    ["how much does a lead ml architect make in London vs Berlin?", "London"],
    ["nlp research scientist pay in the US vs India?", "India"],
  ])("two places side by side (%s) are one role's pay, not a comparison of roles", (question, place) => {
    const answer = bot.answer(question);
    expect(answer.intent).toBe("salary");
    expect(answer.roles).toHaveLength(1);
    expect(renderPlainText(answer)).toContain(`it has none for ${place}.`);
  });

  it("still compares two roles named on either side of 'vs'", () => {
    expect(bot.answer("lead ml architect vs nlp research scientist pay in Berlin").intent).toBe("compare");
  });
});
