/**
 * The checks over the fixture sets' answers, shard 1 of 2: each of the two files answers every other set (once, see
 * test/fixtureAnswers.ts), so two workers split the answering. Slow (every set, about 13 s each), so in the e2e
 * project: `npm test` runs them; `npm run test:unit` runs the same checks on 24 sets spread evenly
 * (fixture-answers-a.test.ts and -b). Each concern keeps its own module.
 */
import { checkAccuracy } from "./accuracy.checks";
import { checkAdviceAccuracy } from "./advice-accuracy.checks";
import { checkFigures } from "./figures.checks";
import { checkTruth } from "./truth.checks";

const shard = { index: 0, of: 2 };
checkAccuracy(shard);
checkAdviceAccuracy(shard);
checkFigures(shard);
checkTruth(shard);
