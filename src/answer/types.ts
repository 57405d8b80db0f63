import type { Intent } from "../intent/intents";

/** A number shown to the user, always with where it comes from. */
export interface Figure {
  label: string;
  value: string;
  /** Who published it, as the source document names them. */
  source: string;
  /** The year or period it refers to, where the document gives one. */
  period?: string;
}

export interface Section {
  heading: string;
  lines: string[];
}

/** A platform-neutral answer: adapters render it as Block Kit, an embed or plain text. */
export interface Answer {
  intent: Intent;
  /** Ids of the roles the answer is about, in the order the question named them. */
  roles: string[];
  title: string;
  summary: string;
  sections: Section[];
  figures: Figure[];
  /** Questions worth asking next, phrased as the user would type them. */
  followUps: string[];
  /** A hint that the answer is best seen with a chart: adapters that can attach one render it from the data. */
  chart?: { kind: "salary"; roleIds: string[] };
  /** For `not_covered`: the id of the topic the guide has no answer for (data/topics/not-covered.json). */
  notCoveredTopic?: string;
  /**
   * A message with several questions gets one answer per question, in the order asked; the fields above are then
   * the first part's. Adapters render each part under its own header.
   */
  parts?: Answer[];
}
