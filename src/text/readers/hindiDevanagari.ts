import type { Rewrite } from "../regex";
import { languageReader, phrase, rule } from "./shared";

/**
 * Hindi in Devanagari, where engineers write English terms in Devanagari letters too ("लीड एमएल आर्किटेक्ट"): the terms
 * and the phrases that carry the question are read in English words ("लीड एमएल आर्किटेक्ट की ज़िम्मेदारियाँ क्या हैं?" is
 * "lead ML architect responsibilities what are?"); the rest stays in Devanagari, which the later stages pass over.
 */
const DEVANAGARI = /[\u0900-\u097f]/;

/** What a writer says of themselves: "मैं 26 साल का हूँ" (I'm 26), "4 साल से ... हूँ" (for 4 years I've been ...). */
const STATEMENTS: readonly Rewrite[] = [
  rule("(\\d{1,2}) साल (?:का|की) (?:हूँ|हूं|हु)", " i'm $1 years old "),
  phrase("साल से", " years "),
  rule("(ML|AI|एमएल|एआई|मशीन लर्निंग) (?:का|में) (?:कोई )?अनुभव नहीं", " no ML experience "),
];

const WORDS: readonly Rewrite[] = [
  // English terms written in Devanagari.
  phrase("मशीन लर्निंग", " machine learning "),
  phrase("लीड", " lead "),
  phrase("एमएल|एम एल", " ML "),
  phrase("एआई|ए आई", " AI "),
  phrase("आर्किटेक्ट", " architect "),
  phrase("एंट्री लेवल|एंट्री-लेवल", " entry level "),
  phrase("सीनियर", " senior "),
  phrase("इंजीनियर", " engineer "),
  phrase("रिसर्च साइंटिस्ट", " research scientist "),
  phrase("मल्टीमॉडल|मल्टीमोडल", " multimodal "),
  phrase("एनएलपी", " NLP "),
  phrase("एप्लीकेशन|एप्लिकेशन", " application "),
  phrase("स्किल्स|कौशल", " skills "),
  // "इस बॉट को किन-किन करियर के बारे में जानकारी है?" (which careers does this bot know about?): the catalogue.
  phrase("किन-किन करियर|किन किन करियर|कौन-कौन से करियर|कौन कौन से करियर", " which careers "),
  phrase("के बारे में जानकारी है", " do you know about "),
  phrase("करियर पाथ|करियर", " career path "),
  phrase("डिग्री", " degree "),
  phrase("टूल्स", " tools "),
  // "मेरा बेटा ... कहता है मुझे भी AI सीखना चाहिए" (my son says I should learn AI too): told, not asked.
  phrase("(?:कहता|कहती) है (?:कि )?मुझे भी (.{1,20}?) सीखना चाहिए", " says i should learn $1 too "),
  phrase("सीखने चाहिए|सीखना चाहिए", " should i learn "),
  // "कौन सी प्रोग्रामिंग भाषाएँ सीखनी चाहिए? और गणित कितना जरूरी है?" (which programming languages should I learn? and
  // how important is maths?).
  phrase("प्रोग्रामिंग भाषाएँ|प्रोग्रामिंग भाषाएं|प्रोग्रामिंग लैंग्वेज", " programming languages "),
  phrase("सीखनी चाहिए|सीखनी चाहिये", " should i learn "),
  phrase("गणित कितना (?:जरूरी|ज़रूरी) है|गणित कितना (?:जरूरी|ज़रूरी)", " how much math is needed "),
  phrase("गणित", " math "),
  phrase("पीएचडी|पीएच\\.डी", " PhD "),
  phrase("मास्टर्स|मास्टर", " master's "),
  // The question's words.
  phrase("ज़िम्मेदारियाँ|जिम्मेदारियाँ|जिम्मेदारियां|ज़िम्मेदारियां", " responsibilities "),
  phrase("सबसे बड़ी चुनौतियाँ|सबसे बड़ी चुनौतियां|चुनौतियाँ|चुनौतियां", " challenges "),
  phrase("सैलरी कितनी होती है|सैलरी कितनी है|कितनी सैलरी", " what is the salary "),
  phrase("सैलरी|वेतन|तनख्वाह", " salary "),
  // "सबसे ज़्यादा डिमांड किन इंडस्ट्रीज़ में है? और वो रोज़ काम क्या करते हैं?" (which industries want them most? and
  // what do they do every day?).
  phrase("सबसे ज़्यादा डिमांड|सबसे ज्यादा डिमांड|डिमांड", " demand "),
  phrase("किन इंडस्ट्रीज़ में|किन इंडस्ट्रीज में|इंडस्ट्रीज़|इंडस्ट्रीज", " in which industries "),
  phrase("रोज़ काम क्या करते हैं|रोज काम क्या करते हैं|काम क्या करते हैं", " what do they do every day "),
  // "लीड ML आर्किटेक्ट बनने में कितना समय लगेगा" (how long will it take to become a lead ML architect?).
  phrase("बनने में कितना समय लगेगा|बनने में कितना टाइम लगेगा", " how many years does it take to become it "),
  phrase("कितना समय लगेगा|कितना टाइम लगेगा", " how many years does it take "),
  // "जॉब ग्रोथ कैसी है?" (how is the job growth?), "डिमांड कैसी है": the outlook.
  phrase("जॉब ग्रोथ|नौकरियों की ग्रोथ|ग्रोथ", " job growth "),
  phrase("जॉब मार्केट|नौकरी का बाज़ार|नौकरी का बाजार", " job market "),
  phrase("औसत", " average "),
  phrase("कैसी है|कैसा है", " how is it "),
  phrase("कितने साल का अनुभव", " how many years of experience "),
  phrase("कितने साल", " how many years "),
  phrase("क्लाउड प्लेटफॉर्म|क्लाउड प्लेटफ़ॉर्म", " cloud platforms "),
  phrase("आने चाहिए", " are needed "),
  phrase("कौन सी|कौनसी|कौन से", " which "),
  phrase("बनने के लिए", " to become "),
  phrase("क्या हैं|क्या है", " what is "),
  phrase("चाहिए", " needed "),
  phrase("और", " and "),
];

/** The message with its Devanagari terms and question phrases in English words; any other message as it is. */
export const hindiDevanagariInEnglish = languageReader((message) => DEVANAGARI.test(message), STATEMENTS, WORDS);
