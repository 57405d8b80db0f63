import { afterAll } from "vitest";
// The platform registry, as every entry point loads it: questions lose each registered platform's mention markup.
import "../adapters";
import { removeFileLevelTempDirs } from "./tempDir";

// Registered before the file's own hooks, so it runs after them (hooks run as a stack): processes are stopped first.
afterAll(removeFileLevelTempDirs);
