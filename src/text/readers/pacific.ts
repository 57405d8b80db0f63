import type { Rewrite } from "../regex";
import { distinctWords, languageReader, phrase, rule } from "./shared";

/**
 * Te reo Māori and Samoan as New Zealand channels mix them with English: "He aha te utu mō te kaipūtaiao rangahau
 * NLP? Kei Aotearoa ahau e noho ana." is read as "what is the salary for the research scientist NLP? in New Zealand
 * ...", Samoan "O le ā le totogi o se lead ML architect? Ou te nofo i Aukilani." as "what is the salary of a lead ML
 * architect? ... in Auckland".
 */
const PACIFIC_WORDS =
  /(?<![\p{L}])(?:aha|utu|kia|ora|tēnā|tena|koutou|aotearoa|ahau|noho|ana|mō|talofa|lava|totogi|nofo|aukilani|ōtautahi|kaipūtaiao|rangahau|pātai|pai)(?![\p{L}])/giu;
const isPacific = (message: string) => distinctWords(message, PACIFIC_WORDS) >= 3;

const WORDS: readonly Rewrite[] = [
  phrase("he aha te utu(?: mō te| mo te)?|ā, he aha te utu|he aha te utu", " what is the salary of a "),
  phrase("o le ā le totogi o se|o le a le totogi o se|o le ā le totogi", " what is the salary of a "),
  // "kaipūtaiao rangahau NLP" (research scientist, NLP): the kind of research first, as English puts it.
  rule(String.raw`(?<![\p{L}])kaip[ūu]taiao rangahau (nlp|multimodal)(?![\p{L}])`, " $1 research scientist "),
  phrase("kaipūtaiao rangahau|kaiputaiao rangahau", " research scientist "),
  phrase("utu|totogi", " salary "),
  // Places, for the place stage.
  phrase("kei aotearoa|i aotearoa|aotearoa", " in New Zealand "),
  phrase("i aukilani|aukilani|tāmaki makaurau", " in Auckland "),
  phrase("ōtautahi|otautahi", " Christchurch "),
];

/** The message with its Māori and Samoan question phrases in English words; any other message as it is. */
export const pacificInEnglish = languageReader(isPacific, WORDS);
