/**
 * Words that turn something down: "hate research", "can't stand on-call". The profile reads what follows them as
 * lacked (`NEGATED`, profile.ts), a recommendation as work declined (`TURNED_DOWN`, understand.ts): one list for both.
 */
export const DISLIKE_WORDS = "hates?|hating|dislikes?|can'?t stand";
