/**
 * The checks over every fixture set's answers, in one test file so that one worker answers the sets (once, see
 * test/fixtureAnswers.ts) while the other runs the rest of `test:unit`: split over two files, both workers would
 * answer them all. Each concern keeps its own module.
 */
import "./accuracy.checks";
import "./advice-accuracy.checks";
import "./figures.checks";
import "./truth.checks";
