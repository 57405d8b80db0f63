import { describe, expect, it } from "vitest";
import { segmentMessage } from "../../src/intent/segment";

const parts = (message: string) => segmentMessage(message).map((s) => `${s.kind}: ${s.text}`);

describe("segmenting a channel message into its parts", () => {
  it("reads a list written one item a line as one question an item", () => {
    expect(
      parts("NLP research scientist:\n1) what degree do they want\n2) avg salary?\n3) is demand growing or nah"),
    ).toEqual([
      "heading: NLP research scientist:",
      "question: what degree do they want",
      "question: avg salary?",
      "question: is demand growing or nah",
    ]);
  });

  it("reads a list lettered one item a line as one question an item, digits and all", () => {
    const message =
      "lead ML architect comp q's for a workshop:\n(a) what does the top 1% make\n(b) what pushes salary up";
    expect(parts(message).slice(1)).toEqual(["question: what does the top 1% make", "question: what pushes salary up"]);
  });

  it("reads an inline numbered list, across its question marks", () => {
    expect(parts("nlp q's: 1. is a masters enough?? 2. which industries hire them 3. is it growing")).toEqual([
      "heading: nlp q's:",
      "question: is a masters enough?",
      "question: which industries hire them",
      "question: is it growing",
    ]);
  });

  it("reads a greeting or an announcement before the first question as no part of its own", () => {
    expect(parts("hola so quick q cuanto gana un nlp research scientist y necesito doctorado")).toEqual([
      "question: hola so quick q cuanto gana un nlp research scientist",
      "question: necesito doctorado",
    ]);
    expect(parts("two things what industries hire nlp research scientists, and whats the avg pay")).toEqual([
      "question: two things what industries hire nlp research scientists",
      "question: whats the avg pay",
    ]);
  });

  it("reads 'tl;dr' after 'can someone' as a request for the role in short, and a summing-up TL;DR as nothing", () => {
    expect(parts("can someone tl;dr the lead ML architect role for my VP? and what's the total comp")).toEqual([
      "question: can someone tldr the lead ML architect role for my VP?",
      "question: and what's the total comp",
    ]);
    expect(parts("TL;DR pay / degree / cloud?")[0]).toBe("question: pay");
  });

  it("reads a Japanese or Korean request at the end ('教えてください', '알려주세요') as a question", () => {
    expect(
      parts("MLアーキテクトまでのキャリアパスを教えてください。それと、この職種の今後の需要ってどうなんでしょう？"),
    ).toEqual([
      "question: MLアーキテクトまでのキャリアパスを教えてください",
      "question: それと、この職種の今後の需要ってどうなんでしょう?",
    ]);
    expect(parts("리드 ML 아키텍트 연봉 알려주세요")).toEqual(["question: 리드 ML 아키텍트 연봉 알려주세요"]);
  });

  it("cuts Italian at its question words and at 'e poi' (and then)", () => {
    expect(parts("che laurea ci vuole, basta la triennale? e quanti anni di esperienza chiedono di solito")).toEqual([
      "question: che laurea ci vuole, basta la triennale?",
      "question: e quanti anni di esperienza chiedono di solito",
    ]);
    expect(
      parts("quali sono le soft skill per il lead ML architect e poi ultima cosa quali sono le best practice"),
    ).toEqual([
      "question: quali sono le soft skill per il lead ML architect",
      "question: ultima cosa quali sono le best practice",
    ]);
  });

  it("reads 'X overview pls' as a question", () => {
    expect(parts("senior ai application engineer overview pls / what do they need skill wise")).toEqual([
      "question: senior ai application engineer overview pls",
      "question: what do they need skill wise",
    ]);
  });

  it("drops a request to keep it short, which asks nothing", () => {
    expect(parts("what certs should a lead architect have? pls keep it short, I'm in back to back meetings")).toEqual([
      "question: what certs should a lead architect have?",
    ]);
  });

  it("cuts two questions about the same alternatives after a comma, but keeps 'X or Y, which ...' whole", () => {
    expect(
      parts(
        "lead ML architect or multimodal research scientist — which one is more senior, and which one needs the PhD?",
      ),
    ).toEqual([
      "question: lead ML architect or multimodal research scientist — which one is more senior",
      "question: which one needs the PhD?",
    ]);
    expect(parts("ML architect or NLP scientist, which pays more?")).toEqual([
      "question: ML architect or NLP scientist, which pays more?",
    ]);
  });

  it("cuts after a Hindi question that ends on its particle or its word of need", () => {
    expect(parts("PhD zaroori hai kya aur publications bhi chahiye and salary kitni milti hai")).toEqual([
      "question: PhD zaroori hai kya",
      "question: aur publications bhi chahiye",
      "question: and salary kitni milti hai",
    ]);
  });

  it("cuts before 'and which' when the 'or' before it opens a question rather than offering choices", () => {
    expect(parts("do they build POCs or is that a PM thing, and which clouds should i know")).toEqual([
      "question: do they build POCs or is that a PM thing",
      "question: which clouds should i know",
    ]);
    expect(parts("ML architect or NLP scientist, which pays more?")).toEqual([
      "question: ML architect or NLP scientist, which pays more?",
    ]);
  });

  it("reads a told clause that ends asking what to expect as a question", () => {
    expect(
      parts("postdoc, PhD in CS. if i jump to NLP research scientist whats realistic, and is multimodal better paid?"),
    ).toEqual([
      "statement: postdoc, PhD in CS",
      "question: if i jump to NLP research scientist whats realistic",
      "question: is multimodal better paid?",
    ]);
  });

  it("cuts before ', and on the ML eng ladder what ...': a place in the ladder, then the question word", () => {
    expect(
      parts(
        "whats the first job title for an entry level AI engineer, and on the ML eng ladder what comes after senior?",
      ),
    ).toEqual([
      "question: whats the first job title for an entry level AI engineer",
      "question: on the ML eng ladder what comes after senior?",
    ]);
  });

  it("reads Portuguese chat shorthand ('qto', 'o q') as a question word", () => {
    expect(parts("lead ML architect: qto ganha de base (nos EUA msm) e quantos anos de xp a galera pede?")).toEqual([
      "heading: lead ML architect",
      "question: qto ganha de base (nos EUA msm)",
      "question: quantos anos de xp a galera pede?",
    ]);
  });

  it("keeps a story apart from the questions after it", () => {
    expect(parts("6 yrs backend, BSc CS. what am i missing for lead ml architect? and what does it pay")).toEqual([
      "statement: 6 yrs backend, BSc CS",
      "question: what am i missing for lead ml architect?",
      "question: and what does it pay",
    ]);
  });

  it("reads inline '- a - b' bullets as items", () => {
    expect(parts("3 things: - wat's the base pay - is a bachelors enough - which cloud")).toEqual([
      "heading: 3 things:",
      "question: wat's the base pay",
      "question: is a bachelors enough",
      "question: which cloud",
    ]);
  });

  it.each([
    [
      "lead ml architect ka US base salary kya hai, and degree kaunsi chahiye?",
      ["question: lead ml architect ka US base salary kya hai", "question: degree kaunsi chahiye?"],
    ],
    [
      "lead ML architect tools list pls + top 10% kitna kamate hai?",
      ["question: lead ML architect tools list pls", "question: top 10% kitna kamate hai?"],
    ],
    [
      "asking for a team ppt 😂 also lead arch base salary",
      ["fragment: asking for a team ppt 😂", "question: lead arch base salary"],
    ],
    [
      "which certification is good to have, and top earners make how much",
      ["question: which certification is good to have", "question: top earners make how much"],
    ],
    [
      "if i switch to entry level ai eng how big of a pay cut am i looking at",
      ["question: if i switch to entry level ai eng how big of a pay cut am i looking at"],
    ],
    [
      "kids are off to uni so time to retrain lol. do i need the phd for real?",
      ["fragment: kids are off to uni so time to retrain lol", "question: do i need the phd for real?"],
    ],
    [
      "ile lat doświadczenia potrzeba na Lead ML Architect i czy trzeba mieć magistra?",
      ["question: ile lat doświadczenia potrzeba na Lead ML Architect", "question: czy trzeba mieć magistra?"],
    ],
    [
      "was laid off in march. zero ML experience. dream is senior ai application engineer in a US remote company",
      [
        "fragment: was laid off in march",
        "statement: zero ML experience",
        "statement: dream is senior ai application engineer in a US remote company",
      ],
    ],
  ])("starts a part where a new facet is asked: %s", (message, expected) => {
    expect(parts(message)).toEqual(expected);
  });

  it("reads dash items that tell about someone as statements, and those that ask as questions", () => {
    expect(parts("context:\n- QA engineer, 4 years, Java\n- has a master's in stats\nwhat would she need?")).toEqual([
      "heading: context:",
      "statement: QA engineer, 4 years, Java",
      "statement: has a master's in stats",
      "question: what would she need?",
    ]);
    expect(parts("numbers for a slide:\n- ML job growth projection\n- the AutoML market number")).toEqual([
      "heading: numbers for a slide:",
      "question: ML job growth projection",
      "question: the AutoML market number",
    ]);
  });

  it("cuts at 'and like what', at '+' before another topic, and keeps a question passed on for someone", () => {
    expect(parts("whats the pay for entry level ai engineer and like what degree do u need")).toEqual([
      "question: whats the pay for entry level ai engineer",
      "question: what degree do u need",
    ]);
    expect(parts("best practices for lead ml architects + the common challenges they face")).toEqual([
      "question: best practices for lead ml architects",
      "question: the common challenges they face",
    ]);
    expect(parts("whats the outlook? also my mom wants to know if it pays well")).toEqual([
      "question: whats the outlook?",
      "question: also my mom wants to know if it pays well",
    ]);
  });

  it("reads plain words as one part, unless a joining word starts another question", () => {
    expect(parts("lead ml architect salary")).toEqual(["question: lead ml architect salary"]);
    expect(parts("lead ml architect salary and what degree do they need")).toEqual([
      "question: lead ml architect salary",
      "question: what degree do they need",
    ]);
    expect(parts("data analyst here what should i learn")).toEqual([
      "statement: data analyst here",
      "question: what should i learn",
    ]);
  });
});
