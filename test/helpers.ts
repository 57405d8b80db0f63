import { createCareerBot } from "../src/bot";
import { loadCareerData } from "../src/data/load";

/** One bot for a whole test file: loading the data is the slow part. */
export const bot = createCareerBot(loadCareerData());

/**
 * Polls until `condition` holds; fails after `ms`. For effects that arrive over a local socket. The default only stops a
 * hang, short of the 30 s test timeout so the failure says what was awaited: 5 s was reached under CI's load on the
 * 2-core machine (a Discord reply at d0b0d40) by an effect that arrives in milliseconds when the machine is idle.
 */
export async function until(condition: () => boolean | Promise<boolean>, ms = 25_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
}
