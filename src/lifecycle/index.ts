import type { Logger } from "../logger";

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

/** One step of a graceful stop; receives the time it may take. */
export type StopStep = { name: string; stop: (timeoutMs: number) => Promise<unknown> | unknown };

export interface Lifecycle {
  /** Steps run in order at shutdown, each bounded by what is left of the deadline. */
  onStop(step: StopStep): void;
  /** Stops every step (once), flushes the logs and exits with `code`. */
  shutdown(reason: string, code?: number): Promise<never>;
}

/**
 * Graceful shutdown within `timeoutMs`, on SIGTERM and SIGINT (a second signal exits at once), and process-level
 * handlers: an unhandled rejection is logged with its context and the bot keeps running; an uncaught exception
 * leaves the process in an unknown state, so it is logged and the bot stops with exit code 1 for its supervisor to
 * restart it.
 */
export function createLifecycle(
  log: Logger,
  timeoutMs = DEFAULT_SHUTDOWN_TIMEOUT_MS,
  exit: (code: number) => never = (code) => process.exit(code),
): Lifecycle {
  const steps: StopStep[] = [];
  let stopping: Promise<never> | undefined;

  const run = async (reason: string, code: number): Promise<never> => {
    const deadline = Date.now() + timeoutMs;
    log.info({ reason, timeoutMs }, "careerbot stopping");
    // A hard stop if a step ignores its budget.
    const hard = setTimeout(() => {
      log.error({ reason, timeoutMs }, "shutdown deadline passed: exiting now");
      log.flush();
      exit(code || 1);
    }, timeoutMs + 1_000);
    hard.unref();
    for (const step of steps) {
      const left = Math.max(0, deadline - Date.now());
      try {
        await Promise.resolve(step.stop(left));
      } catch (error) {
        log.warn({ err: error, step: step.name }, "shutdown step failed");
      }
    }
    log.info({ reason, code }, "careerbot stopped");
    await new Promise<void>((resolve) => log.flush(() => resolve()));
    return exit(code);
  };

  const lifecycle: Lifecycle = {
    onStop: (step) => steps.push(step),
    shutdown(reason, code = 0) {
      stopping ??= run(reason, code);
      return stopping;
    },
  };

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (stopping) {
        log.warn({ signal }, "second signal: exiting now");
        log.flush();
        exit(1);
      }
      void lifecycle.shutdown(signal, 0);
    });
  }
  process.on("unhandledRejection", (reason) => {
    log.error({ err: reason }, "unhandled promise rejection (the bot keeps running)");
  });
  process.on("uncaughtException", (error, origin) => {
    log.fatal({ err: error, origin }, "uncaught exception: stopping");
    void lifecycle.shutdown("uncaughtException", 1);
  });
  return lifecycle;
}
