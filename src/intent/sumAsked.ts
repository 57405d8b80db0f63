/**
 * A yearly sum in US dollars that a pay question weighs against the guide's figures: "is it true lead ML architects
 * make like half a million??", "is $150k realistic for entry level?", "got offered 210,000 for NLP research". Only one
 * sum, in dollars or with no currency named: a range ("$210-260k") or two sums have no single answer, and a sum in
 * another currency is not comparable with the guide's US figures (the answer's place note says so).
 */
export function sumAsked(lowerText: string): number | undefined {
  if (!SUM_WORDS.test(lowerText) || OTHER_CURRENCY.test(lowerText) || NOT_YEARLY.test(lowerText)) return undefined;
  if (RANGE.test(lowerText)) return undefined;
  const sums = [...lowerText.matchAll(SUM)].map(toDollars).filter((n) => n >= 10_000 && n <= 10_000_000);
  return sums.length === 1 ? sums[0] : undefined;
}

/** The cheap test first: most pay questions name no sum. */
const SUM_WORDS = /\d|million/;
/**
 * "half a million", "a million", "1.2 million", "$500k", "500k", "$210,000", "210,000 usd", "$1m": one sum each.
 * (Digits in words of their own only: "5+ years" and "2024" are no sums; "150k" and "$90000" are.)
 */
const SUM =
  /\bhalf a million\b|\b(?:a|one|\d+(?:\.\d+)?) million\b|\$\s?\d+(?:\.\d+)?\s?[km]\b|(?<![\w.,$])\d+(?:\.\d+)?\s?k\b|\$\s?\d{1,3}(?:,\d{3})+(?!\d)|\$\s?\d{4,7}(?![\d,])|(?<![\w.,$])\d{1,3},\d{3}(?![\d,])(?=\s*(?:usd|dollars|a year|per year|\/yr|\/year|yearly|annually|base|total|tc)?\b)/g;
/** "210-260k", "$150k to $200k", "between 150 and 200k": a range, not one sum. */
const RANGE = /\d\s?k?\s?(?:-|–|to)\s?\$?\d|\bbetween \$?\d/;
/** A currency other than the dollar: "€80k", "60k GBP", "18 LPA", "2 lakh". */
const OTHER_CURRENCY =
  /[€£₹¥₩₦]|\b(?:eur|euros?|gbp|pounds?|inr|rupees?|lpa|lakhs?|lacs?|crores?|cad|aud|chf|sgd|nzd|jpy|yen|krw|won|brl|reais|mxn|pesos?|zar|rand|naira|pln|złotych|zl|sek|nok|dkk|kr|rm|myr|idr|php|vnd|try|lira|aed|dirhams?|sar|riyals?)\b/;
/** "5k a month", "$60 an hour": not a year's pay. */
const NOT_YEARLY = /\b(?:a|per|\/)\s?(?:month|mo|hour|hr|week|wk|day)\b|\bmonthly\b|\bhourly\b/;

function toDollars([words]: RegExpMatchArray): number {
  if (words === "half a million") return 500_000;
  const number = Number.parseFloat(words.replace(/^(?:a|one)\b/, "1").replace(/[$,\s]/g, ""));
  if (/million|m$/.test(words)) return number * 1_000_000;
  if (/k$/.test(words)) return number * 1_000;
  return number;
}
