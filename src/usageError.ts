/** A mistake in how a command was called: the CLI prints its one line on stderr and exits with code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
