import { createCareerBot } from "../src/bot";
import { loadCareerData } from "../src/data/load";

/** One bot for a whole test file: loading the data is the slow part. */
export const bot = createCareerBot(loadCareerData());

/** Polls until `condition` holds; fails after `ms`. For effects that arrive over a local socket. */
export async function until(condition: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
}
