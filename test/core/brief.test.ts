import { describe, expect, it } from "vitest";
import { renderPlainText } from "../../src/answer/plainText";
import { bot } from "../helpers";

describe("a brief answer when one is asked for", () => {
  it("gives only the figure asked for to 'just the number'", () => {
    const text = renderPlainText(bot.answer("lead ml architect top 10% — just the number pls"));
    expect(text).toContain("Top 10% earn: over $366,000 a year");
    expect(text).not.toContain("Also in the guide");
    // The figure is the summary: it is not listed a second time.
    expect(text.match(/366,000/g)).toHaveLength(1);
  });

  it("keeps a list's item names when the answer is a list", () => {
    const text = renderPlainText(bot.answer("what are the best practices for ML architecture? keep it short"));
    expect(text).toContain("  - 1. Define Clear Objectives\n");
    expect(text).toMatch(/^ {2}- 13\. Continuous Monitoring and Testing$/m);
    expect(text).not.toContain("Clearly articulate the problem");
  });

  it("leaves out the questions to try next: 'one line answer pls' wants one line", () => {
    const answer = bot.answer("one line answer pls: does entry level AI engineer need a master's?");
    expect(answer.followUps).toEqual([]);
    expect(renderPlainText(answer).trim().split("\n")).toEqual([
      "Qualifications for an Entry Level AI Engineer",
      // The yes or no first, then the line it rests on.
      "No, a Master's degree isn't required for an Entry Level AI Engineer. The guide's minimum is a Bachelor's degree. Education: Bachelor's degree in computer science or a related field (some positions may require a graduate degree)",
    ]);
  });

  it("keeps the extras when no brevity is asked for", () => {
    const text = renderPlainText(bot.answer("lead ml architect top 10%"));
    expect(text).toContain("Also in the guide");
  });

  it("reads 'TL;DR' as the asker summing up, not as a request for less", () => {
    const answer = bot.answer(
      "context: 9 yrs at the bank, decent SQL. TL;DR what am i missing for entry level ai engineer?",
    );
    expect(answer.sections.length).toBeGreaterThan(0);
  });

  it("keeps the roles' names when a list of roles is asked for briefly: 'just the names pls, no essay'", () => {
    const text = renderPlainText(bot.answer("which roles does the guide even cover? just the names pls, no essay"));
    for (const name of ["Entry Level AI Engineer", "NLP Research Scientist", "Senior AI Application Engineer"])
      expect(text).toContain(name);
    expect(text).not.toContain("Starts a career building AI solutions");
  });

  it("keeps a comparison whole when it is asked for briefly, and reads 'one line' as brief", () => {
    const compared = renderPlainText(
      bot.answer("entry-level AI eng salary range vs NLP research sci range? just want both numbers no essay pls"),
    );
    expect(compared).toContain("$110,000");
    expect(compared).toContain("$78,000");
    const oneLine = renderPlainText(bot.answer("tl;dr pls, one line: avg salary entry level AI engineer"));
    expect(oneLine).toContain("$136,620");
    expect(oneLine).not.toContain("Also in the guide");
  });
});
