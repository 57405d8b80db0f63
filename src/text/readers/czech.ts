import type { Rewrite } from "../regex";
import { andBeforeQuestion, distinctWords, languageReader, rule } from "./shared";

/**
 * Czech and Slovak, read in English words: "Co mi chybí na lead ML architect?" (Slovak "čo mi chýba na ...") is read
 * as "what am i missing for lead ML architect?"; "Kubernetes jsem nikdy nepoužil" as "never used Kubernetes".
 */

/** Words of Czech; three of them make a message Czech. */
const CZECH_WORDS =
  /(?<![\p{L}])(?:jsem|dělám|delam|tady|česku|cesku|inženýr\p{L}*|titul|mám|mam|mi|co|na|chybí|chybi|jaký|jaky|jaké|jake|která|ktera|který|ktery|těch|tech|rolí|roli|fakt|rozdíl|rozdil|mezi|lepší|lepsi|pro|někoho|nekoho|lety|roky|let|ahoj|musím|musim|umět|umet|nikdy|přecházím|prechazim|předtím|predtim|jako|ve|firmě|firme|potřebuje|potrebuje|vyžaduje|vyzaduje|už|nemám|nemam|jen|taky|ale|kolik|vydělá\p{L}*|vydela\p{L}*|btw|čo|chýba|som|ktorá|ktorý|nich|rola|pre|mňa|mne|mě|aký|rozdiel|medzi|ako|zatím|zatiaľ|praxe|bere)(?![\p{L}])/giu;

/** Words only Slovak has among these ("som", "viem", "koľko"): three of either language make a message theirs. */
const SLOVAK_WORDS =
  /(?<![\p{L}])(?:som|viem|koľko|kolko|zarábajú|zarabaju|potrebujem|stačí|staci|alebo|aký|aké|treba|ročníka|študent|naučiť|robí)(?![\p{L}])/giu;

function isCzech(text: string): boolean {
  return distinctWords(text, CZECH_WORDS) + distinctWords(text, SLOVAK_WORDS) >= 3;
}

/** The writer's facts, in the word order the profile reads; run before the words. */
const STATEMENTS: readonly Rewrite[] = [
  // "C++ jsem nikdy nedělal", "Kubernetes jsem nikdy nepoužil" (never did C++, never used Kubernetes).
  rule(String.raw`(?<![\p{L}])([a-z][\w+#.]*) jsem nikdy ne\p{L}+`, " never used $1 "),
  rule(
    String.raw`(?<![\p{L}])předtím (\d+) (?:roky|let|rok)(?: jako)?|predtim (\d+) (?:roky|let|rok)(?: jako)?`,
    " before that $1$2 years as ",
  ),
  rule(String.raw`(?<![\p{L}])(\d+) (?:roky|let|rok) jako(?![\p{L}])`, " $1 years as "),
  rule(String.raw`(?<![\p{L}])(\d+) (?:roky|let|rok)(?![\p{L}])`, " $1 years "),
  rule(String.raw`(?<![\p{L}])s (\d+) lety(?![\p{L}])`, " with $1 years "),
  // "Mám Bc. z ČVUT" (I have a bachelor's), "studuju navazujícího magistra" (studying for the follow-on master's),
  // "vysokou jsem nedodělal" (didn't finish university).
  // ("Dělám při práci dálkově navazujícího magistra ..., bakaláře mám z kybernetiky": doing the master's part-time.)
  rule(
    String.raw`(?<![\p{L}])(?:mám bc\.?|bakal[áa][řr]e m[áa]m|m[áa]m bakal[áa][řr]e)(?![\p{L}])`,
    " i have a bachelor's ",
  ),
  rule(
    String.raw`(?<![\p{L}])(?:(?:dálkově |dalkove )?studuj(?:u|i)|d[ěe]l[áa]m(?= )[^.,;!?\d]{0,30}?) (?:navazující\p{L}*|navazujici\p{L}*) (?:magistr\p{L}*|inženýr\p{L}*)`,
    " i am studying for a master's ",
  ),
  rule(
    String.raw`(?<![\p{L}])(?:vysokou|vejšku|vysokou školu) jsem (?:nedodělal|nedokončil|nedodělala|nedokončila)\p{L}*`,
    " dropped out ",
  ),
  rule(String.raw`(?<![\p{L}])dělám (\d+) (?:roky|let|rok)`, " i have worked $1 years "),
  rule(String.raw`(?<![\p{L}])jsem(?![\p{L}])`, " i am "),
  // Slovak "som študent 3. ročníka", "som druhák na FIIT" (a third-year, a second-year student), "python a sql viem"
  // (I know python and sql), "docker vôbec nie" (no docker at all).
  rule(
    String.raw`(?<![\p{L}])som (?:študent|student)(?:ka)? (\d)\. ročníka`,
    " i am a student in year $1 of my bachelor's ",
  ),
  rule(String.raw`(?<![\p{L}])som (?:prvák|druhák|tretiak|štvrták|prváčka|druháčka|tretiačka)`, " i am a student "),
  rule(String.raw`(?<![\p{L}])([\w+#.-]+(?: a [\w+#.-]+)*) viem(?![\p{L}])`, " i know $1 "),
  rule(String.raw`(?<![\p{L}])([\w+#.-]+) vôbec nie(?![\p{L}])`, " never used $1 "),
];

const WORDS: readonly Rewrite[] = [
  rule(
    String.raw`(?<![\p{L}])(?:co|čo) mi (?:chybí|chybi|chýba|chyba) (?:na|do|pro|pre|k)(?![\p{L}])`,
    " what am i missing for ",
  ),
  // "která role je pro mě nejlepší start?", Slovak "ktorá rola je pre mňa najlepšia?": which role suits me best.
  rule(
    String.raw`(?<![\p{L}])(?:která|ktera|ktorá|ktora) (?:role|rola) (?:je|by byla|by bola) (?:pro mě|pro mne|pre mňa|pre mna)(?: (?:nejlepší start|najlepší štart|nejlepší|nejlepsi|najlepšia|najlepsia))?`,
    " which role is best for me ",
  ),
  // "kolik bere lead ML architect?" (how much does ... take home).
  rule(String.raw`(?<![\p{L}])kolik (?:bere|berou|zarobí|zarobi)(?![\p{L}])`, " salary of "),
  // Slovak "aký je rozdiel medzi X a Y", "a ktorý z nich potrebuje PhD?" (which of them needs a PhD).
  rule(
    String.raw`(?<![\p{L}])(?:aký|aky) je (?:rozdiel) medzi ([^?]+?) a ([^?.]+)`,
    " what is the difference between $1 and $2 ",
  ),
  rule(
    String.raw`(?<![\p{L}])(?:a )?(?:ktorý|ktory|který|ktery) z nich (?:potrebuje|potřebuje)(?![\p{L}])`,
    " and which of them needs ",
  ),
  // "jaký je rozdíl mezi lead ML architect a senior AI application engineer?" (the difference between them).
  rule(
    String.raw`(?<![\p{L}])(?:jaký|jaky) je (?:rozdíl|rozdil) mezi ([^?]+?) a ([^?.]+)`,
    " what is the difference between $1 and $2 ",
  ),
  rule(
    String.raw`(?<![\p{L}])(?:a )?(?:který|ktery) je (?:lepší|lepsi) pro (?:někoho|nekoho)`,
    " and which is better for someone ",
  ),
  rule(String.raw`(?<![\p{L}])(?:která|ktera) z (?:těch|tech) (?:rolí|roli)`, " which of these roles "),
  rule(String.raw`(?<![\p{L}])(?:vyžaduje|vyzaduje|vyžadují|vyzaduji)(?![\p{L}])`, " requires "),
  rule(String.raw`(?<![\p{L}])(?:jaké|jake) frameworky (?:potřebuje|potrebuje)`, " which frameworks does it need "),
  rule(String.raw`(?<![\p{L}])(?:a )?(?:musím|musim) (?:umět|umet)`, " and do i need to know "),
  rule(String.raw`(?<![\p{L}])(?:přecházím|prechazim) z(?![\p{L}])`, " i am switching from "),
  rule(String.raw`(?<![\p{L}])kolik (?:si )?(?:vydělá|vydela)\p{L}*`, " salary of "),
  // "jaký titul k tomu potřebuju?" (which degree do I need for it?), "je X pro mě reálný?" (is X realistic for me?).
  rule(String.raw`(?<![\p{L}])jak(?:ý|y|ou) titul(?: k tomu)?(?: pot[řr]ebuj\p{L}*)?`, " which degree is needed "),
  rule(String.raw`(?<![\p{L}])pro m[ěe] re[áa]ln\p{L}*`, " realistic for me "),
  rule(String.raw`(?<![\p{L}])ahoj(?![\p{L}])`, " hi "),
  // Slovak "koľko zarábajú?" (how much do they earn?), "potrebujem na to inžiniera (master) alebo stačí bakalár?" (do I
  // need the engineer's degree, a master's, or is a bachelor's enough?), "aký titul treba" (which degree is needed),
  // "aké jazyky sa mám naučiť" (which languages should I learn), "čo robí" (what does ... do).
  rule(String.raw`(?<![\p{L}])(?:koľko|kolko) (?:zarábajú|zarabaju|zarába|zaraba)(?![\p{L}])`, " what is the salary "),
  rule(
    String.raw`(?<![\p{L}])potrebujem (?:na to )?(?:inžiniera|inziniera|magistra)(?: \(master\))?`,
    " do i need a master's ",
  ),
  rule(String.raw`(?<![\p{L}])alebo (?:stačí|staci) (?:bakalár|bakalar)`, " or is a bachelor's enough "),
  rule(String.raw`(?<![\p{L}])(?:aký|aky) titul treba(?: na)?`, " what degree is needed for "),
  rule(String.raw`(?<![\p{L}])(?:aké|ake) jazyky sa mám naučiť`, " which programming languages should i learn "),
  rule(String.raw`(?<![\p{L}])(?:čo|co) robí(?![\p{L}])`, " what does "),
  // "a" (and) before a question the rewrites above made English: a second question.
  andBeforeQuestion("a"),
];

/** The message in English words when it is written in Czech; any other message as it is. */
export const czechInEnglish = languageReader(isCzech, STATEMENTS, WORDS);
