/**
 * A message written as a letter ("Dear careerbot,\n\n... \n\nBest regards,\nPriya\nPeople & Culture"): its greeting
 * line and its sign-off are no questions, and their words ("regards", a job title under the name) are nobody's
 * question or story. Only a whole line that is a greeting, at the start, and a closing line followed by at most three
 * short lines (a name, a title, a team), at the end, are taken out.
 */
const GREETING_LINE =
  /^\s*(?:dear|hello|hi|hey|hallo|moin|guten (?:tag|morgen)|bonjour|salut|hola|buenos d[ií]as|ol[áa]|good (?:morning|afternoon|evening))\b[^\n]{0,40}[,!:]?[ \t]*\n/i;

const CLOSING =
  /\n[ \t]*(?:(?:best|kind|warm|warmest|with kind|many thanks and|thanks (?:and|&)|thank you and) regards|regards|best wishes|best|cheers|sincerely|yours(?: sincerely| truly| faithfully)?|thanks(?: (?:again|a lot|in advance))?|thank you(?: in advance)?|many thanks|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|viele gr(?:ü|ue)(?:ß|ss)e|beste gr(?:ü|ue)(?:ß|ss)e|liebe gr(?:ü|ue)(?:ß|ss)e|danke und gru(?:ß|ss)|gru(?:ß|ss)|cordialement|bien (?:à|a) vous|bien cordialement|salutations|saludos(?: cordiales)?|un saludo|atentamente|atenciosamente|abra[çc]os)[ \t]*[,.!]?[ \t]*(?:\n[ \t]*[^\n]{1,40}){0,3}\s*$/i;

/** The message without the greeting line that opens it and the sign-off that closes it. */
export function withoutLetterFrame(message: string): string {
  if (!message.includes("\n")) return message;
  return message.replace(GREETING_LINE, "").replace(CLOSING, "");
}
