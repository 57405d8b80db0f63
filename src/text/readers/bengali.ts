import type { Rewrite } from "../regex";
import { languageReader, phrase, rule } from "./shared";

/**
 * Bengali, where engineers write English terms in Bengali letters too ("এন্ট্রি লেভেল AI ইঞ্জিনিয়ার"): the terms, the
 * writer's facts and the phrases that carry the question are read in English words ("NLP রিসার্চ সায়েন্টিস্টদের গড়
 * বেতন কত?" is "NLP research scientist average salary how much?"); the rest stays in Bengali, which the later stages
 * pass over.
 */
const BENGALI = /[\u0980-\u09ff]/;

/** Bengali digits ("৩ বছর ধরে", three years) as the digits every later stage reads. */
const BENGALI_DIGITS: Rewrite = [/[\u09e6-\u09ef]/g, (d: string) => String(d.charCodeAt(0) - 0x9e6)];

/** What a writer says of themselves: studies under way, a degree finished, a city they write from. */
const STATEMENTS: readonly Rewrite[] = [
  BENGALI_DIGITS,
  // "মাস্টার্স করছি (প্রথম বছর)" (I'm doing a master's, first year).
  rule("(মাস্টার্স|মাস্টার|পিএইচডি|PhD|MSc|BSc) করছি", " i'm doing a $1 "),
  // "BSc শেষ করেছি" (I finished a BSc).
  rule("(মাস্টার্স|মাস্টার|পিএইচডি|PhD|MSc|BSc|B\\.?Sc) শেষ করেছি", " i finished my $1 "),
  // "CSE তে বিএসসি শেষ করেছি" (I finished a BSc in CSE).
  rule("(?:([A-Za-z]+) ?তে )?(?:বিএসসি|বি\\.এস\\.সি) শেষ করেছি", " i finished my BSc in $1 "),
  rule("(?:এমএসসি|মাস্টার্স) শেষ করেছি", " i finished my MSc "),
  // "Python আর SQL জানি" (I know Python and SQL); "Docker কখনো ব্যবহার করিনি" (never used Docker).
  rule("([A-Za-z+#]+(?: (?:আর|ও) [A-Za-z+#]+)*) জানি", " i know $1 "),
  rule("([A-Za-z+#]+) কখনো ব্যবহার করিনি", " i have never used $1 "),
  phrase("চাকরি পাইনি|চাকরি পাই নি", " no job yet "),
  rule("(\\d{1,2}) বছর ধরে", " for $1 years "),
];

const WORDS: readonly Rewrite[] = [
  // "এন্ট্রি লেভেল ... হিসেবে শুরু করলে পরে ক্যারিয়ার কোন দিকে যায়?" (starting as entry level, where does the career go?).
  phrase("পরে ক্যারিয়ার কোন দিকে যায়|ক্যারিয়ার কোন দিকে যায়", " what is the career path after that "),
  phrase("হিসেবে শুরু করলে", " to start with "),
  // English terms written in Bengali letters.
  phrase("মাস্টার্স|মাস্টার", " master's "),
  phrase("পিএইচডি", " PhD "),
  phrase("লিড", " lead "),
  phrase("এমএল", " ML "),
  phrase("এনএলপি", " NLP "),
  phrase("এআই", " AI "),
  phrase("আর্কিটেক্ট", " architect "),
  phrase("এন্ট্রি লেভেল", " entry level "),
  phrase("সিনিয়র", " senior "),
  phrase("ইঞ্জিনিয়ার", " engineer "),
  phrase("রিসার্চ সায়েন্টিস্টদের|রিসার্চ সায়েন্টিস্টরা|রিসার্চ সায়েন্টিস্ট", " research scientist "),
  phrase("মাল্টিমোডাল", " multimodal "),
  phrase("রোল", " role "),
  phrase("ক্যারিয়ার", " career "),
  // Cities, for the place stage.
  phrase("ঢাকা", " Dhaka "),
  phrase("কলকাতা", " Kolkata "),
  phrase("রাজশাহী", " Rajshahi "),
  phrase("চট্টগ্রাম", " Chittagong "),
  // The question's words.
  phrase("গড় বেতন", " average salary "),
  phrase("বেতন|স্যালারি", " salary "),
  phrase("রেঞ্জটা কেমন|রেঞ্জ কেমন", " what is the range "),
  phrase("কোন কোন AI রোল|কোন কোন রোল", " which roles "),
  phrase("তথ্য দিতে পারে|তথ্য দাও", " do you know "),
  phrase("লিস্ট দাও|তালিকা দাও", " list them "),
  // "কত বছরের অভিজ্ঞতা লাগে?" (how many years of experience does it take?).
  phrase("কত বছরের অভিজ্ঞতা লাগে|কত বছরের অভিজ্ঞতা", " how many years of experience are needed "),
  // "আসলে কী কাজ করে?" (what do they actually do?); "কোন কোন প্রোগ্রামিং ভাষা জানা লাগে?" (which programming languages
  // must one know?).
  phrase("আসলে কী কাজ করে|কী কাজ করে", " what do they do "),
  phrase("কোন কোন প্রোগ্রামিং ভাষা|প্রোগ্রামিং ভাষা", " which programming languages "),
  phrase("জানা লাগে|শিখতে হবে", " are needed "),
  // "চাহিদা কোন কোন ইন্ডাস্ট্রিতে বেশি? সামনে কি চাকরি বাড়বে?" (in which industries is demand highest? will jobs grow?).
  phrase("চাহিদা কোন কোন ইন্ডাস্ট্রিতে বেশি|কোন কোন ইন্ডাস্ট্রিতে", " which industries have demand "),
  phrase("সামনে কি চাকরি বাড়বে|চাকরি বাড়বে", " will jobs grow "),
  phrase("চাহিদা", " demand "),
  phrase("কত", " how much "),
  phrase("আর", " and "),
];

/** The message with its Bengali terms and question phrases in English words; any other message as it is. */
export const bengaliInEnglish = languageReader((message) => BENGALI.test(message), STATEMENTS, WORDS);
