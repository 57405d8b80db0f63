import { describe, expect, it } from "vitest";
import { renderPlainText } from "../../src/answer/plainText";
import { bot } from "../helpers";

const ask = (q: string) => bot.answer(q);
const text = (q: string) => renderPlainText(ask(q));

describe("intent handler", () => {
  it.each([
    ["lead machin learnng architekt salary", "salary", ["lead-ml-architect"]],
    ["<@U012ABC> what does an NLP research scientist earn?", "salary", ["nlp-research-scientist"]],
    ["<@123456789012345678> nlp scientist skills", "skills", ["nlp-research-scientist"]],
    ["LEAD ML ARCHITECT!!!", "overview", ["lead-ml-architect"]],
    ["🚀 multimodal ai research scientist 🚀", "overview", ["multimodal-ai-research-scientist"]],
    [
      "junior ai engineer vs senior ai engineer",
      "compare",
      ["entry-level-ai-engineer", "senior-ai-application-engineer"],
    ],
    // A practice asked about outright, with no facet of the role asked: that practice for the role.
    ["how do lead ML architects roll out a new model?", "best_practices", ["lead-ml-architect"]],
    ["how do ML architects usually make models explainable?", "best_practices", ["lead-ml-architect"]],
    // ("how do I ...": the asker's own way in, not a practice.)
    ["how do I land a first AI job without a CS degree", "qualifications", []],
    // A path leads to the role it is not "from", named first in the answer.
    ["how to become lead ML architect from fresher", "career_path", ["lead-ml-architect", "entry-level-ai-engineer"]],
    ["path from entry level to lead ml architect", "career_path", ["lead-ml-architect", "entry-level-ai-engineer"]],
    [
      "I am 22, graduated BSc CS this year. My dream is lead ML architect in 5 yrs!!! which path i should follow",
      "career_path",
      ["lead-ml-architect"],
    ],
    ["what does an nlp research scientist need??", "qualifications", ["nlp-research-scientist"]],
    ["what skills does a lead ml architect need?", "skills", ["lead-ml-architect"]],
    // A figure held against the guide's is no comparison of roles; a code request is no career question.
    [
      "just got an offer for a senior AI application engineer role at 65k€. is that good compared to what the guide says?",
      "salary",
      ["senior-ai-application-engineer"],
    ],
    ["can u write me a pandas groupby that does a rolling mean by user id, my notebook is on fire 🔥", "unknown", []],
    // Terse: "entry" alone is the entry-level role at the end, beside "or"/"vs", or where one goes from.
    ["k8s needed for entry??", "skills", ["entry-level-ai-engineer"]],
    [
      "senior ai app eng vs entry, which pays more",
      "compare",
      ["entry-level-ai-engineer", "senior-ai-application-engineer"],
    ],
    ["how do i go entry -> lead arch", "career_path", ["lead-ml-architect", "entry-level-ai-engineer"]],
    [
      "rank nlp / entry level / multimodal by pay, low -> high",
      "compare",
      ["nlp-research-scientist", "entry-level-ai-engineer", "multimodal-ai-research-scientist"],
    ],
    ["what are the entry requirements for lead ml architect", "qualifications", ["lead-ml-architect"]],
    // Portuguese "serve pra mim?" (does it suit me?) after a story: the asker's gap to the role.
    [
      "olá! tenho doutorado em visão computacional e 3 anos de experiência na indústria / multimodal research scientist serve pra mim?",
      "skill_gap",
      ["multimodal-ai-research-scientist"],
    ],
    // Korean "lead ML architect 가능성 있을까요?" (do I stand a chance?) after a story: the gap to the role.
    [
      "저는 컴공 학사 졸업하고 백엔드 개발 6년 했어요. 쿠버네티스는 한 번도 안 써봤어요 ㅠ lead ML architect 가능성 있을까요?",
      "skill_gap",
      ["lead-ml-architect"],
    ],
    // Japanese "になれる？" (can I become one?, casual) after "I have no PhD, only a bachelor's": the gap to the role.
    [
      "私PhD持ってないです。学士だけ。 / multimodal research scientistになれる？",
      "skill_gap",
      ["multimodal-ai-research-scientist"],
    ],
    // Spanish "how's everyone?": a greeting.
    ["cómo están todos?", "smalltalk", []],
  ])("%s -> %s", (question, intent, roles) => {
    const answer = ask(question);
    expect(answer.intent).toBe(intent);
    expect(answer.roles).toEqual(roles);
  });

  it("names the verdict first for Spanish 'quién gana más:' before the roles", () => {
    const answer = text("quién gana más: lead ml architect o nlp research scientist?");
    expect(answer.split("\n")[1]).toMatch(/^Lead Machine Learning Architect pays more: \$188,940/);
  });

  it("reads 'am i too junior' as the asker's level, not the entry-level role to compare with", () => {
    const answer = ask(
      "I have a bachelors and 2 yrs as ML eng (pytorch, sql). does the senior AI application eng role fit me or am i too junior still",
    );
    expect(answer.intent).toBe("recommend");
    expect(answer.roles[0]).toBe("senior-ai-application-engineer");
  });

  it("reads 'years of experience in NLP' as the field the years are in, not the NLP research scientist", () => {
    const answer = bot.reply(
      "senior AI application engineer: what do they do? and how many years of xp in NLP do they ask?",
    ).answer;
    expect(answer.parts?.map((p) => [p.intent, p.roles])).toEqual([
      ["responsibilities", ["senior-ai-application-engineer"]],
      ["qualifications", ["senior-ai-application-engineer"]],
    ]);
  });

  it("reads a fragment naming a role before a question as whom the question asks about", () => {
    const { answer } = bot.reply(
      "which languages does a multimodal AI research scientist use? and for the senior AI application engineer, which frameworks do they ask?",
    );
    expect(answer.parts?.map((p) => [p.intent, p.roles])).toEqual([
      ["skills", ["multimodal-ai-research-scientist"]],
      ["skills", ["senior-ai-application-engineer"]],
    ]);
  });

  it("asks the part before again of the role a correction names, in one message or the next", () => {
    const inOne = bot.reply("lead ml architect skills? oops i meant entry level").parts;
    expect(inOne.map((u) => [u.intent, u.roleIds])).toEqual([["skills", ["entry-level-ai-engineer"]]]);
    const first = bot.reply("what's the salary range for the NLP research scientist");
    const next = bot.reply("sorry I meant the multimodal one, not NLP", first.context);
    expect(next.parts.map((u) => [u.intent, u.roleIds])).toEqual([["salary", ["multimodal-ai-research-scientist"]]]);
    // A correction of something else ("sorry i meant 4 yrs") corrects no role and asks nothing of its own.
    const years = bot.reply("ml engineer, 3 yrs / sorry i meant 4 yrs. what's missing for lead ml architect?").parts;
    expect(years.map((u) => [u.intent, u.roleIds])).toEqual([["skill_gap", ["lead-ml-architect"]]]);
  });

  it("keeps the role of a topic question after a topic, named outright or not", () => {
    const first = bot.reply("what are the key challenges for lead ML architects?");
    const next = bot.reply("and how do they handle the drift one in practice?", first.context).answer;
    expect(next.roles).toEqual(["lead-ml-architect"]);
  });

  it("compares roles on outlook with the guide's job-growth figures beside them", () => {
    const t = text("entry level AI engineer vs NLP research scientist: is the job growth the same for both?");
    expect(t).toContain("Job growth, machine learning-related roles: +22% employment (2020-2030)");
    expect(t).toContain("Projected growth rate, NLP Research Scientists: +22% (2020-2030)");
  });

  it("answers 'what pushes the pay up?' with every factor the guide names", () => {
    const t = text("what actually pushes the pay up for a lead ML architect?");
    for (const factor of ["Experience:", "Location:", "Company size:", "Industry:", "Specialized skills:"])
      expect(t).toContain(factor);
  });

  it("answers 'which languages and frameworks' with the frameworks section and the languages line", () => {
    const t = text("lead ml architect: which languages and frameworks do they ask for?");
    expect(t).toContain("Tools and frameworks: ML frameworks: TensorFlow, PyTorch, Scikit-learn");
    expect(t).toContain("Also asked:\n  - Programming languages: strong skills in Python, R, or Java");
  });

  it("answers a role question with no role across every role", () => {
    const answer = ask("salaries");
    expect(answer.intent).toBe("salary");
    expect(answer.roles).toEqual([]);
    const shown = answer.figures.map((f) => f.label).join(" ");
    for (const title of ["Lead Machine Learning Architect", "Entry Level AI Engineer", "NLP Research Scientist"])
      expect(shown).toContain(title);
    expect(renderPlainText(answer)).toContain("Senior AI Application Engineer");
  });

  it("says plainly when the document has no salary figure, and points to related roles", () => {
    const t = text("what does a senior AI application engineer make");
    expect(t).toMatch(/doesn't give a salary figure/i);
    expect(t).toContain("Entry Level AI Engineer");
  });

  it("attributes the lead salary to Lead ML Engineers, with region and year", () => {
    const answer = ask("lead ml architect salary");
    expect(answer.summary).toContain("Lead Machine Learning Engineers");
    expect(answer.figures[0]).toMatchObject({ value: "$188,940 - $233,000 a year", period: "US market, 2024" });
  });

  it("gives the BLS as the source of the job-growth figure", () => {
    const growth = ask("job growth for ML roles").figures.find((f) => f.value.includes("22%"));
    expect(growth?.source).toContain("U.S. Bureau of Labor Statistics");
    expect(growth?.period).toBe("2020-2030");
  });

  it.each(["salary of a plumber", "what does a nurse earn"])("never maps a job outside AI onto an AI role: %s", (q) => {
    const answer = ask(q);
    expect(answer.intent).toBe("unknown");
    expect(answer.roles).toEqual([]);
    expect(answer.summary).toMatch(/no data on/);
  });

  it("names the nearest role's facts for a job the data ties to one: prompt engineer salary", () => {
    const answer = ask("prompt engineer salary");
    expect(answer.intent).toBe("not_covered");
    expect(answer.roles).toEqual([]);
    expect(answer.summary).toBe(
      "The guide doesn't cover the prompt engineer role. The nearest role it has is the Senior AI Application Engineer; what it says that may help:",
    );
    expect(answer.sections.map((s) => s.heading)).toContain("Technical skills");
  });

  it.each([
    ["what about the second one's salary?", "salary", "nlp-research-scientist"],
    ["does the former need a phd?", "qualifications", "lead-ml-architect"],
  ])("after two roles, '%s' is about the one at that place", (followUp, intent, role) => {
    const first = bot.reply("compare lead ml architect and nlp research scientist");
    const next = bot.reply(followUp, first.context).answer;
    expect(next.intent).toBe(intent);
    expect(next.roles).toEqual([role]);
  });

  it.each([
    [
      "多模态AI研究科学家的工资是多少？需要博士学位吗？",
      ["salary", "qualifications"],
      "multimodal-ai-research-scientist",
    ],
    ["リードMLアーキテクトになるには何年くらいの経験が必要ですか？", ["qualifications"], "lead-ml-architect"],
    [
      "멀티모달 AI 연구 과학자는 어떤 일을 하나요? 그리고 연봉은요?",
      ["responsibilities", "salary"],
      "multimodal-ai-research-scientist",
    ],
    ["какие навыки нужны для NLP research scientist?", ["skills"], "nlp-research-scientist"],
    ["ما هو راتب مهندس الذكاء الاصطناعي المبتدئ في أمريكا؟", ["salary"], "entry-level-ai-engineer"],
    [
      "Habari, Lead ML Architect anafanya kazi gani? Na anahitaji ujuzi gani?",
      ["responsibilities", "skills"],
      "lead-ml-architect",
    ],
  ])("answers each part of a question in another language: %s", (question, intents, role) => {
    const reply = bot.reply(question);
    expect(reply.parts.map((p) => p.intent)).toEqual(intents);
    expect(reply.parts.every((p) => p.roleIds.join() === role)).toBe(true);
  });

  it.each([
    "out of all 5 which pays best",
    "highest to lowest pay, all roles in the guide, go",
    "can you rank the roles from highest paid to lowest paid please?",
  ])("ranks all five roles by pay for '%s', highest first", (question) => {
    const answer = ask(question);
    expect(answer.intent).toBe("compare");
    expect(answer.summary).toMatch(/^By the guide's typical pay, highest first: Multimodal AI Research Scientist/);
  });

  it("answers a follow-up to a not-covered question from the role's nearest facts it showed", () => {
    const first = bot.reply("how do i negotiate my offer for lead ml architect");
    expect(first.answer.intent).toBe("not_covered");
    const next = bot.reply("so what moves the number?", first.context).answer;
    expect(next.intent).toBe("salary");
    expect(next.roles).toEqual(["lead-ml-architect"]);
    expect(renderPlainText(next)).toContain("Experience: senior roles command higher salaries");
    expect(renderPlainText(next)).toContain("Location: tech hubs like San Francisco");
  });

  it("shows a not-covered choice of tools with the skills of the role that names those tools", () => {
    const answer = ask("which cloud should we go with for ML, aws or gcp or azure?");
    expect(answer.intent).toBe("not_covered");
    expect(answer.summary).toContain("What it does say about a Lead Machine Learning Architect that may help:");
    expect(renderPlainText(answer)).toMatch(/AWS/);
  });

  it("keeps a not-covered part's nearest facts when an earlier part showed other facts of the role", () => {
    const reply = bot.reply("entry level ai engineer - how much they pay?? also aws or azure, which cloud first?");
    expect(reply.parts.map((p) => p.intent)).toEqual(["salary", "not_covered"]);
    const text = renderPlainText(reply.answer);
    expect(text).toContain("The guide doesn't cover choosing between tools or frameworks.");
    expect(text).toContain("Python, R, Java, and C++");
  });

  it.each(["how much does a data scientist make", "data architect skills"])(
    "says plainly the guide lacks a nearby job, and lists the roles it has: %s",
    (q) => {
      const answer = ask(q);
      expect(answer.intent).toBe("not_covered");
      expect(answer.roles).toEqual([]);
      expect(answer.summary).toMatch(/^The guide doesn't cover the \w+/);
      expect(answer.sections[0]?.lines).toHaveLength(5);
    },
  );

  it.each([
    ["is mlops engineer basically the same as lead ml architect?", "Lead Machine Learning Architect"],
    ["how is a data scientist different from an NLP research scientist?", "NLP Research Scientist"],
  ])("says the guide lacks a job set against one of its roles, then what it says of that role: %s", (q, title) => {
    const answer = ask(q);
    expect(answer.intent).toBe("not_covered");
    expect(answer.summary).toMatch(/^The guide doesn't cover the \w+/);
    expect(renderPlainText(answer)).toContain(title);
  });

  it.each(["what's the weather in Paris tomorrow", "tell me a joke", "what is the capital of France"])(
    "out of scope: %s",
    (q) => {
      const answer = ask(q);
      expect(answer.intent).toBe("unknown");
      expect(answer.followUps).toContain("help");
    },
  );

  it.each(["", "   ", "?", "!!!"])("empty-ish input %j gets help", (q) => {
    expect(ask(q).intent).toBe("help");
  });

  it.each([
    ["best practices for feature engineering", "best_practices", "Feature Engineering"],
    ["what is log and wait", "challenges", "log-and-wait"],
    ["how do I keep ML costs down", "best_practices", "Cost Optimization"],
    ["is AutoML growing?", "trends", "10.38"],
    ["how big is the AI market", "market", "$267 billion (by 2027)"],
    ["what's the story with AutoML?", "trends", "10.38"],
    ["how's the job market for ML roles looking, my manager wants numbers", "market", "22%"],
    ["what do the top 10% of lead ML architects pull in?", "salary", "366,000"],
    ["what does an entry level AI engineer start on?", "salary", "110,000"],
  ])("topic question %s quotes the topic", (question, intent, quoted) => {
    const answer = ask(question);
    expect(answer.intent).toBe(intent);
    expect(renderPlainText(answer)).toContain(quoted);
  });

  it("reads a non-English question", () => {
    const answer = ask("¿Cuánto gana un científico de investigación de NLP?");
    expect(answer).toMatchObject({ intent: "salary", roles: ["nlp-research-scientist"] });
  });

  it("suggests follow-up questions that the bot itself understands", () => {
    for (const followUp of ask("lead ml architect salary").followUps) {
      expect(ask(followUp).intent).not.toBe("unknown");
      expect(ask(followUp).roles).toEqual(["lead-ml-architect"]);
    }
  });
});

describe("the cue lexicon", () => {
  it("has no phrase that hides a stronger phrase inside it (matching keeps the longest)", async () => {
    const { DECLARATIONS } = await import("../../src/intent/declarations");
    const { tokenize } = await import("../../src/text/normalize");
    const cues = DECLARATIONS.flatMap((d) =>
      Object.entries(d.cues ?? {}).map(([p, w]) => ({ p, t: ` ${tokenize(p).join(" ")} `, w })),
    );
    const hiding = cues.flatMap((a) =>
      cues.filter((b) => a.t !== b.t && a.t.includes(b.t) && b.w > a.w).map((b) => `"${a.p}" hides "${b.p}"`),
    );
    expect(hiding).toEqual([]);
  });
});

describe("words read in context", () => {
  it("reads Tagalog 'lang' (just) as no word and chat 'lang' as a language", async () => {
    const { tokenize } = await import("../../src/text/normalize");
    expect(tokenize("ask ko lang po, curious lang")).toEqual(["ask", "ko", "po", "curious"]);
    expect(tokenize("which lang for nlp")).toEqual(["which", "language", "for", "nlp"]);
  });

  it("escapes text for a Unicode pattern, hyphens included", async () => {
    const { escapeRegExp } = await import("../../src/text/regex");
    expect(new RegExp(escapeRegExp("pinaka-fit (a.k.a)"), "u").test("ang pinaka-fit (a.k.a) sakin")).toBe(true);
  });

  it.each([
    ["can u list the roles you know about and tell me which one's the most senior?", ["list_roles", "compare"]],
    [
      "lead ML architect: degree, yoe, base salary. in that order. no fluff",
      ["qualifications", "qualifications", "salary"],
    ],
    [
      "entry AI eng vs senior AI app eng: whats actually different in the work, and how many yoe for the senior one?",
      ["compare", "qualifications"],
    ],
    [
      "multimodal vs NLP research scientist — which one pays more? and which has the lower degree bar?",
      ["compare", "compare"],
    ],
    [
      "works as data analyst in gothenburg for 2 years. which roles are in the guide? and which fits me best?",
      ["list_roles", "recommend"],
    ],
    [
      "do you as lead ML architect really have to manage people? and which certifications are useful, Google Cloud or so?",
      ["responsibilities", "qualifications"],
    ],
    [
      "How looks the career path from junior until lead? more or less how many years it takes? and what earn the ones on the top?",
      ["career_path", "qualifications", "salary"],
    ],
    [
      "how I prepare for the technical colloquium for entry level AI engineer? which questions they do normally?",
      ["not_covered"],
    ],
    [
      "Raga ma sto lead ML architect in che settori lavora tipo? E quali sono le tendenze (AutoML, MLOps...)? E quanto vale il mercato AutoML?",
      ["market", "best_practices", "market"],
    ],
    ["hahaha this server is chaos today 😂 anyway good morning everyone ☕", ["smalltalk"]],
    ["how big is the variable part, bonus and stocks?", ["salary"]],
    ["which role requires the most years of work experience?", ["qualifications"]],
    ["new here 👋 what roles does this bot actually know about?", ["list_roles"]],
    [
      "Kindly share the career path from entry level to lead ML architect, and what certifications are good for it, and what tools I should learn first. Please do the needful.",
      ["career_path", "qualifications", "skills"],
    ],
    ["is B.Tech enough or do I need M.Tech first?", ["qualifications"]],
    [
      "which roles r there in this guide? and which one is best for freshers like me? also salary for that one pls",
      ["list_roles", "recommend", "salary"],
    ],
    ["bot what you can do? is there list of commands or I just write question", ["help"]],
    ["Ποια είναι η καλύτερη συνταγή για μουσακά;", ["unknown"]],
    [
      "which skills I need for entry level AI engineer? and after, how I grow, how fast to reach senior?",
      ["skills", "career_path", "career_path"],
    ],
  ])("answers each request of a message: %s", (message, intents) => {
    const answer = bot.reply(message).answer;
    expect((answer.parts ?? [answer]).map((p) => p.intent)).toEqual(intents);
  });

  it("names the lower degree bar of two roles in its first line", () => {
    const reply = bot.reply("multimodal vs NLP research scientist: which has the lower degree bar?");
    expect(renderPlainText(reply.answer).split("\n").slice(0, 2).join(" ")).toContain(
      "a master's, for NLP Research Scientist",
    );
  });

  it("asks a topic the guide lacks again of the role a follow-up names", () => {
    const first = bot.reply("what's the work-life balance like as a research scientist?");
    const reply = bot.reply("ok, what about the NLP one specifically?", first.context);
    expect(reply.answer.intent).toBe("not_covered");
    expect(reply.answer.roles).toEqual(["nlp-research-scientist"]);
    // A facet asked after it is that facet: "what about X, what's the range?" asks the range.
    const range = bot.reply("ok what about for NLP research scientist specifically, what's the range?", first.context);
    expect(range.parts.map((p) => p.intent)).toContain("salary");
  });

  it("says which roles require a PhD and what the others ask for instead", () => {
    const text = renderPlainText(ask("which of these roles actually requires a PhD?"));
    expect(text).toContain("Best match: Multimodal AI Research Scientist");
    expect(text).toContain("The others ask for:");
    expect(text).toContain("NLP Research Scientist: Graduate degree (Master's or Ph.D.)");
  });

  it("gives a top-1% figure only for the role it belongs to, and names it when another role is asked", () => {
    const text = renderPlainText(ask("whats the top 1% making as an entry level ai engineer"));
    expect(text).toContain("The guide doesn't include a top-1% figure for an Entry Level AI Engineer");
    expect(text).toContain("Lead Machine Learning Architect: top 1% earn: over $554,000 a year");
  });
});
