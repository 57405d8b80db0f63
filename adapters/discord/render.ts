import type { APIEmbed } from "discord.js";
import type { Answer } from "../../src/answer/types";

// Discord's limits (discord.com/developers/docs/resources/message#embed-object-embed-limits), kept inside.
const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 5800,
};
const EMBED_COLOR = 0x1d3557;
/** Room always kept for the summary, however many figures there are. */
const MIN_DESCRIPTION = 1000;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The answer as one embed: summary and sections in the description, figures as fields, sources in the footer,
 * and the follow-ups there too unless they go out as buttons (`followUpButtons`).
 */
export function renderDiscordEmbed(
  answer: Answer,
  options: { followUpButtons?: boolean; total?: number } = {},
): APIEmbed {
  const total = options.total ?? LIMITS.total;
  const title = clip(answer.title, LIMITS.title);
  const sources = [...new Set(answer.figures.map((f) => f.source))];
  const footerParts = [
    sources.length > 0 ? `Source: ${sources.join("; ")}` : "",
    answer.followUps.length > 0 && !options.followUpButtons ? `Try: ${answer.followUps.join(" | ")}` : "",
  ].filter(Boolean);
  const footer = clip(footerParts.join("\n"), LIMITS.footer);
  // Fields first (figures matter most), then the description gets what is left of the 6,000-character budget.
  let used = title.length + footer.length;
  const fields: { name: string; value: string; inline: boolean }[] = [];
  for (const f of answer.figures.slice(0, LIMITS.fields)) {
    const field = {
      name: clip(f.label, LIMITS.fieldName),
      value: clip(`${f.value}${f.period ? ` (${f.period})` : ""}`, LIMITS.fieldValue),
      inline: answer.figures.length > 2,
    };
    if (used + field.name.length + field.value.length > total - Math.min(MIN_DESCRIPTION, total / 3)) break;
    fields.push(field);
    used += field.name.length + field.value.length;
  }
  const room = Math.min(LIMITS.description, total - used);

  let description = answer.summary;
  for (const section of answer.sections) {
    const block = `\n\n**${section.heading}**\n${section.lines.map((l) => `• ${l}`).join("\n")}`;
    if (description.length + block.length > room) {
      description += "\n\n_Answer shortened to fit Discord: ask a narrower question for the rest._";
      break;
    }
    description += block;
  }
  return {
    // Small talk has no title, and Discord rejects an empty one.
    ...(title ? { title } : {}),
    description: clip(description, room),
    color: EMBED_COLOR,
    fields,
    ...(footer ? { footer: { text: footer } } : {}),
  };
}

/** Discord allows 10 embeds a message, and 6,000 characters across all of them. */
const MAX_EMBEDS = 10;

/**
 * The answer as embeds: one per question of a message that asked several (each with its own title), sharing
 * Discord's per-message budget; the follow-ups go with the last one.
 */
export function renderDiscordEmbeds(answer: Answer, options: { followUpButtons?: boolean } = {}): APIEmbed[] {
  const parts = (answer.parts ?? [answer]).slice(0, MAX_EMBEDS);
  if (parts.length === 1) return [renderDiscordEmbed(answer, options)];
  const total = Math.floor(LIMITS.total / parts.length);
  return parts.map((part, i) =>
    renderDiscordEmbed({ ...part, followUps: i === parts.length - 1 ? answer.followUps : [] }, { ...options, total }),
  );
}
