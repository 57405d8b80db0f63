import type { PlatformAdapter } from "../src/platform";
import { useMentionSyntaxes } from "../src/text/normalize";
import { discordPlatform } from "./discord/platform";
import { slackPlatform } from "./slack/platform";

/**
 * Every chat platform careerbot knows, in start order. Adding one: a folder `adapters/<name>/` with a
 * `PlatformAdapter` (`src/platform.ts`: its variables' schema, settings, mention markup, start, weekly poster),
 * listed here. No core file changes, and no table rebuild: the database stores any platform name.
 */
export const PLATFORMS: readonly PlatformAdapter[] = [slackPlatform, discordPlatform];

// Questions lose every registered platform's mention markup, wherever they come from (chat, CLI, evaluations).
useMentionSyntaxes(PLATFORMS.flatMap((p) => p.mentionPatterns));
