import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";

/** `/career question:<text>`: the slash-command twin of mentioning the bot. */
export const CAREER_COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: "career",
  description: "Ask about AI/ML careers: pay, skills, degrees, career paths, trends",
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "question",
      description: 'e.g. "what does an NLP research scientist earn?", "help", "roles", "subscribe"',
      required: false,
      max_length: 400,
      // Role names and common questions as the asker types (the equivalent of .setAutocomplete(true)).
      autocomplete: true,
    },
  ],
};
