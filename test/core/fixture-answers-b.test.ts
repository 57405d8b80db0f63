/**
 * The checks over the fixture sets' answers on 24 sets of each folder spread evenly (answering is the slow part, so the
 * share stays the same size as sets are added), for the edit-test loop of `npm run test:unit`: this file every other
 * one of them from the second, fixture-answers-a.test.ts the rest, so the two workers answer half each. Every set is
 * checked by fixture-answers-1.slow.test.ts and -2 in `npm test`. Each concern keeps its own module.
 */
import { checkAccuracy } from "./accuracy.checks";
import { checkAdviceAccuracy } from "./advice-accuracy.checks";
import { checkFigures } from "./figures.checks";
import { checkTruth } from "./truth.checks";

const shard = { sample: 24, half: 1 } as const;
checkAccuracy(shard);
checkAdviceAccuracy(shard);
checkFigures(shard);
checkTruth(shard);
