/**
 * The checks over the fixture sets' answers, shard 1 of 2: each of the two fixture-answers files answers every other
 * set (once, see test/fixtureAnswers.ts), so the two workers of `test:unit` split the answering, its slow part. Each
 * concern keeps its own module.
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
