/**
 * The checks over the fixture sets' answers on a quarter of the sets (every fourth, from the first), for the edit-test
 * loop of `npm run test:unit`; every set is checked by fixture-answers-1.slow.test.ts and -2 in `npm test`. Each
 * concern keeps its own module.
 */
import { checkAccuracy } from "./accuracy.checks";
import { checkAdviceAccuracy } from "./advice-accuracy.checks";
import { checkFigures } from "./figures.checks";
import { checkTruth } from "./truth.checks";

const shard = { index: 0, of: 4 };
checkAccuracy(shard);
checkAdviceAccuracy(shard);
checkFigures(shard);
checkTruth(shard);
