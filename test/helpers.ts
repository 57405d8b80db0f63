import { createCareerBot } from "../src/bot";
import { loadCareerData } from "../src/data/load";

/** One bot for a whole test file: loading the data is the slow part. */
export const bot = createCareerBot(loadCareerData());
