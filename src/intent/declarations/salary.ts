import { declareIntent } from "./declaration";

/** What a role pays: base, bands, bonuses. */
export const salary = declareIntent({
  name: "salary",
  kind: "role_facet",
  cues: {
    // "got an offer for €60k. is that low compared to the guide?": a sum weighed against the guide's pay.
    // French "ça fait combien en CHF ?" (how much is that?), as its tokens read ("fait" is "do", "combien" "how").
    "ca do how": 4,
    // "c'est combien un lead ML architect?" (how much is a lead ML architect?): not the C language.
    "c est how": 4,
    "that low": 2.5,
    "too low": 2.5,
    lowball: 3,
    // "budget for the req is 95-120k. is that in line w the market?": a sum weighed against the role's pay.
    "in line with the market": 4,
    "in line w the market": 4,
    "market rate": 3.5,
    // "trying to hire an entry level AI engineer — what's a competitive number to post?": the pay to offer.
    "number to post": 4,
    // "he says entry level AI engineers in US get crores 😂 is that true?? what's the actual number": the pay.
    "the actual number": 4,
    "get crores": 4,
    crores: 3,
    // "sweet as, what's that in NZD tho?": the pay, in another currency (which the guide does not give).
    nzd: 3,
    aud: 3,
    lakhs: 3,
    // "would a lead ML architect here make the same as in SF?": the pay, by place.
    "make the same": 4,
    "paid the same": 4,
    "make as much": 4,
    "competitive number": 4,
    "how much to offer": 4,
    // "help draft comp bands for nlp research scientists": the pay to offer.
    "comp band": 4,
    "comp bands": 4,
    "salary band": 4,
    "pay band": 4,
    underpaid: 3,
    overpaid: 3,
    // "what a multimodal AI research scientist goes for these days?": the price of hiring one.
    "goes for these days": 4,
    "go for these days": 4,
    "going for these days": 4,
    // "on 240k base. am I above or below market?": a sum weighed against the role's pay.
    "below market": 4,
    "above market": 4,
    "under market": 4,
    "above or below market": 4,
    // "110k GBP base. is that normal or am i getting fleeced": a sum weighed against the guide's pay.
    fleeced: 3,
    ripped: 2,
    "that normal": 2,
    // "X vs Y: how big is the pay gap?": the difference in pay ("how big" alone is the market's size).
    "pay gap": 4,
    "salary gap": 4,
    "pay jump": 4,
    // "he's on 180k AUD as a lead ML eng. is that decent or is he having a laugh?": a sum weighed, in British slang.
    "that decent": 3,
    // "my friend got an offer ... 200k USD / is that good for the role?": the sum weighed against the role's pay.
    "is that good": 2.5,
    // "166k to 360k+ ... is that believable?", "my cousin swears they make half a million": the figures weighed.
    believable: 3,
    "half a million": 4,
    "having a laugh": 2,
    // "what an entry level AI engineer makes ... and how high it can go": the top of its pay.
    "how high it can go": 3.5,
    "how high can it go": 3.5,
    "how high does it go": 3.5,
    "base salary": 3,
    "fair offer": 3,
    // "that one is USD right? in singapore got so much or not": the currency of the figures, asked.
    usd: 2.5,
    "good offer": 3,
    "decent offer": 3,
    // "what's the band?": the pay band.
    band: 2,
    budget: 3,
    // "does the city matter?", "does company size matter?": what moves the pay (and "matter" is not "master").
    matter: 0.5,
    city: 1.5,
    // "does location matter much?": one of what the guide says moves the pay.
    location: 1.5,
    // "company size?": one of what the guide says moves the pay.
    "company size": 3.5,
    // "what do ML engineers average?": an average of what a role is paid.
    average: 2,
    // "what's the top 10% figure": the guide's top-earner lines.
    "top 10": 3,
    "top 1": 3,
    // "multimodal research scientist range?": the pay range.
    range: 2,
    // "ballpark for a multimodal AI research scientist in pounds?": a rough figure of the pay.
    ballpark: 3,
    "in pounds": 2.5,
    // "what range should we use" (for a req): the pay range, not a topic the word brushes against.
    "what range": 3.5,
    avg: 2,
    "size of the company": 3.5,
    base: 2,
    "going rate": 3,
    "start at": 2.5,
    // "what does an entry level AI engineer start on?", "what do the top 10% pull in?": pay, in British and US slang.
    "start on": 2.5,
    "pull in": 3,
    // "how high can salary go before you move up": the pay's ceiling, not the path.
    "how high can salary": 4,
    "how high can pay": 4,
    "how high can the salary": 4,
    // "'110k' - is that dollars?": the pay figure.
    dollars: 2,
    // "what do they make?", "what should we offer an entry level ai eng?": pay.
    "they make": 3,
    // "he's curious about multimodal AI research scientist, what would he make?": someone else's pay in that role.
    "would he make": 3,
    "would she make": 3,
    "he make": 2,
    "she make": 2,
    // "what should i expect to make if i land ...?", "what would i make as ...?": the asker's own pay.
    "expect to make": 3,
    "i make as": 3,
    "one make": 3,
    "each make": 3,
    "should we offer": 3,
    // "what do they cost me?", "what would one cost us?": a hiring manager asking the pay.
    "they cost": 3,
    "cost me": 2,
    "cost us": 2,
    paycut: 3,
    "pay cut": 3,
    "rake in": 3,
    "take home": 3,
    "starting pay": 3,
    salary: 3,
    pay: 3,
    paid: 3,
    payed: 3,
    earn: 3,
    earning: 3,
    compensation: 3,
    wage: 3,
    income: 3,
    paycheck: 3,
    "how much": 2.5,
    make: 0.5,
    // "and what would i actually make": the asker's own pay in the role talked about.
    "would i make": 3,
    "would i actually make": 3,
    "will i make": 3,
    "would i earn": 3,
    money: 2,
    comp: 2,
    tc: 2,
    // "how big is the bonus/stock part usually": the pay beyond the base, not the market's size.
    bonus: 3,
    // "tell me about X / ok how much is that in Kenya shillings?": its pay, in another currency.
    "how much is that": 4,
    // "how big is the variable part, bonus and stocks?": the pay beyond the base.
    "variable part": 4,
    "variable pay": 4,
    "bonus part": 4,
    "stock part": 4,
    equity: 2,
    stock: 1,
    "stock option": 2.5,
    "top earner": 3,
    benefit: 2,
    perk: 2,
    "total compensation": 3,
    raise: 1,
    "pay the most": 4,
    "pay more": 3,
    "earn more": 3,
    "make more": 3,
    "highest paying": 3,
    "best paid": 3,
    "well paid": 3,
    "k a year": 2,
    "per year": 2,
    "a year": 1,
    rich: 1,
    // "lead ML architect ka package kitna hota hai? 30 LPA milega?": Indian English for the yearly pay.
    package: 2.5,
    // Australian "what would an NLP research scientist be on here?": be paid.
    "be on here": 3,
    "they on": 2,
    lpa: 3,
    ctc: 3,
  },
  chosenBy: { rule: 'classify.ts scoreCues(): a pay verb after the role ("what do X make?") adds 3' },
  examples: [
    "lead machine learning architect salary",
    "senior ai application engineer compensation",
    "what do entry level AI engineers make?",
  ],
  answeredBy: "roleFacet",
});
