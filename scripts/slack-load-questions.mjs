// The /career commands the Slack load scripts send (scripts/slack-load-rate.mjs, scripts/bench-slack-turn.ts):
// one list and one command shape, so both measure the same work.
export const SLACK_LOAD_QUESTIONS = [
  "lead ml architect salary",
  "nlp skills",
  "what is log and wait",
  "compare nlp and multimodal",
  "trends",
  "how do I become a senior ai engineer?",
];

/** The fields of the i-th slash command: 50 channels, 500 users, the questions in turn. */
export function slashCommand(i, triggerPrefix) {
  return {
    team_id: "T1",
    channel_id: `C${i % 50}`,
    user_id: `U${i % 500}`,
    command: "/career",
    text: SLACK_LOAD_QUESTIONS[i % SLACK_LOAD_QUESTIONS.length],
    response_url: "http://127.0.0.1:9/unused",
    trigger_id: `${triggerPrefix}-${i}`,
  };
}
