/**
 * Finds a subcommand ("subscribe", "unsubscribe") as the first word of a message; every adapter offers the same
 * words, so they are recognised in one place. Undefined when the text is a question instead.
 */
export function findSubcommand<H>(
  text: string,
  handlers: Readonly<Record<string, H>>,
): { handler: H; args: string[] } | undefined {
  const [first = "", ...args] = text.trim().split(/\s+/);
  const name = first.toLowerCase();
  return Object.hasOwn(handlers, name) ? { handler: handlers[name] as H, args } : undefined;
}
