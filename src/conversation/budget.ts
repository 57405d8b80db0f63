/** What a bounded wait ends with: the value, the error, or "too slow" (the work itself goes on). */
export type Bounded<T> = { ok: true; value: T } | { ok: false; error: unknown } | { ok: false; timedOut: true };

/**
 * Waits for `work` at most `ms` milliseconds. A frozen database must never hold an answer: past the budget the
 * caller goes on without the result, and the late result or error is dropped (the work itself is not cancelled; the
 * database client's own timeouts end it).
 */
export async function withinBudget<T>(work: Promise<T>, ms: number): Promise<Bounded<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Bounded<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, timedOut: true }), ms);
  });
  try {
    return await Promise.race([
      work.then(
        (value): Bounded<T> => ({ ok: true, value }),
        (error: unknown): Bounded<T> => ({ ok: false, error }),
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The default budget for a store read or claim on the way to an answer (STORE_BUDGET_MS). */
export const DEFAULT_STORE_BUDGET_MS = 300;
