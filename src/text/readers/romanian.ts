import type { Rewrite } from "../regex";
import { distinctWords, languageReader, rule } from "./shared";

/**
 * Romanian, read in English words: "Ce îmi lipsește pentru Lead ML Architect?" is read as "what am i missing for Lead
 * ML Architect?"; "Sunt team lead de 3 ani" as "i have been team lead for 3 years".
 */

/** Words of Romanian; three of them make a message Romanian. */
const ROMANIAN_WORDS =
  /(?<![\p{L}])(?:care|dintre|roluri|cel|mai|salariu\p{L}*|îmi|imi|lipsește|lipseste|pentru|câți|cati|ani|experiență|experienta|cer|și|si|diplomă|diploma|sunt|pe|proiect|în|total|știu|stiu|bine|cu|sau|n-am|lucrat|niciodată|niciodata|salut|trebuie|am|văzut|vazut|ceva|undeva|ghid|nu)(?![\p{L}])/giu;

function isRomanian(text: string): boolean {
  return distinctWords(text, ROMANIAN_WORDS) >= 3;
}

/** The writer's facts, in the word order the profile reads; run before the words. */
const STATEMENTS: readonly Rewrite[] = [
  // "Sunt team lead de 3 ani" (I have been team lead for 3 years), "9 ani în total".
  rule(String.raw`(?<![\p{L}])sunt ([\p{L} -]{2,30}?) de (\d+) ani(?![\p{L}])`, " i have been $1 for $2 years "),
  rule(String.raw`(?<![\p{L}])(\d+) ani (?:în|in) total(?![\p{L}])`, " $1 years in total "),
  rule(String.raw`(?<![\p{L}])am (\d+) ani ca(?![\p{L}])`, " $1 years as "),
  rule(String.raw`(?<![\p{L}])am (?:și|si) (?:un|o)(?![\p{L}])`, " i also have a "),
  rule(String.raw`(?<![\p{L}])am (?:un|o)(?= (?:master|licen\p{L}+|doctorat))`, " i have a "),
  // "sunt la master la UBB, anul 1" (I'm in a master's, first year): a master's under way.
  rule(String.raw`(?<![\p{L}])sunt la (master|doctorat)(?![\p{L}])`, " i am doing my $1 "),
  rule(String.raw`(?<![\p{L}])licen(?:ță|ta|țiat\p{L}*)(?![\p{L}])`, " bachelor's "),
  // "sunt student la master" (I'm a master's student), "am abandonat facultatea" (dropped out of university).
  rule(String.raw`(?<![\p{L}])sunt student(?:ă|a)? la master(?![\p{L}])`, " i am a master's student "),
  rule(String.raw`(?<![\p{L}])am abandonat facultatea(?![\p{L}])`, " dropped out "),
  rule(String.raw`(?<![\p{L}])lucrez (?:part-time |de )?(?:de )?(\d+) an(?:i)?(?![\p{L}])`, " i have worked $1 years "),
  rule(String.raw`(?<![\p{L}])lucrez part-time de 1 an(?![\p{L}])`, " i have worked 1 years "),
  rule(String.raw`(?<![\p{L}])(\d+) ani(?![\p{L}])`, " $1 years "),
  // "sunt in anul 3 la ASE, ... n-am terminat inca" (I'm in year 3 at ASE, not finished yet): a degree under way.
  rule(String.raw`(?<![\p{L}])sunt (?:în|in) anul (\d)(?: la)?(?![\p{L}])`, " i am in year $1 of my bachelor's at "),
  rule(String.raw`(?<![\p{L}])n-am terminat (?:încă|inca)(?![\p{L}])`, " not finished yet "),
  // "Cu TensorFlow sau PyTorch n-am lucrat niciodată" (never worked with TensorFlow or PyTorch).
  [
    /(?<![\p{L}])cu ([\w+#. ]+?) n-am lucrat(?: niciodată| niciodata)?/giu,
    (_m: string, skills: string) => ` never used ${skills.replace(/ sau /g, " or ").replace(/ (?:și|si) /g, " and ")} `,
  ],
  rule(
    String.raw`(?<![\p{L}])n-am lucrat(?: niciodată| niciodata)? cu ([\w+#.]+(?: (?:sau|și|si) [\w+#.]+)?)`,
    " never used $1 ",
  ),
  // "Kubernetes și Jenkins le știu bine" (I know Kubernetes and Jenkins well).
  rule(String.raw`([\w+#.]+(?: (?:și|si) [\w+#.]+)?) (?:le|îl|il|o) (?:știu|stiu) bine`, " i know $1 well "),
];

const WORDS: readonly Rewrite[] = [
  rule(String.raw`(?<![\p{L}])ce (?:îmi|imi) (?:lipsește|lipseste) pentru(?![\p{L}])`, " what am i missing for "),
  rule(String.raw`(?<![\p{L}])care dintre roluri(?![\p{L}])`, " which of the roles "),
  rule(String.raw`(?<![\p{L}])are cel mai mare salariu maxim|are cel mai mare salariu`, " has the highest top salary "),
  rule(String.raw`(?<![\p{L}])ce skill-uri trebuie pentru`, " what skills are needed for "),
  rule(
    String.raw`(?<![\p{L}])(?:câți|cati) ani (?:de )?(?:experiență|experienta)(?: cer)?`,
    " how many years of experience ",
  ),
  rule(String.raw`(?<![\p{L}])ce (?:diplomă|diploma)`, " what degree "),
  // "ce limbaje de programare trebuie să știu?" (which programming languages must I know?), "poți să-mi spui asta în
  // română?" (can you tell me that in Romanian?).
  rule(
    String.raw`(?<![\p{L}])ce limbaje de programare(?: trebuie(?: s[aă] (?:știu|stiu))?)?(?![\p{L}])`,
    " which programming languages do i need ",
  ),
  rule(
    String.raw`(?<![\p{L}])po[țt]i s[aă]-mi spui asta (?:în|in) (?:română|romana|românește|romaneste)`,
    " say it in Romanian ",
  ),
  rule(String.raw`(?<![\p{L}])salariu\p{L}*`, " salary "),
  rule(String.raw`(?<![\p{L}])pentru(?![\p{L}])`, " for "),
  rule(String.raw`(?<![\p{L}])salut(?![\p{L}])`, " hi "),
];

/** The message in English words when it is written in Romanian; any other message as it is. */
export const romanianInEnglish = languageReader(isRomanian, STATEMENTS, WORDS);
