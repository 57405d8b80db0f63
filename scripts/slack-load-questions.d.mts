/** Types of slack-load-questions.mjs, for the TypeScript scripts that import it. */
export declare const SLACK_LOAD_QUESTIONS: readonly string[];
export declare function slashCommand(i: number, triggerPrefix: string): Record<string, string>;
