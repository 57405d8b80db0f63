/** A port or address the bot cannot listen on, named by the variable that set it. */
export class ListenError extends Error {
  override name = "ListenError";
}

/**
 * Turns Node's `listen EADDRINUSE: address already in use :::3998` into a line naming the variable to change
 * (`PORT=3998 is in use by another process: ...`); any other error is returned as it is.
 */
export function explainListenError(
  error: unknown,
  variable: string,
  port: number,
  host?: string,
  hostVariable = "HOST",
): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "EADDRINUSE":
      return new ListenError(
        `${variable}=${port} is in use by another process (EADDRINUSE): stop that process or set ${variable} to a free port`,
      );
    case "EACCES":
      return new ListenError(
        `${variable}=${port} needs privileges to listen on (EACCES): use a port above 1023, and map it in Docker or the load balancer`,
      );
    case "EADDRNOTAVAIL":
      return new ListenError(
        `${hostVariable}=${host} is not an address of this machine (EADDRNOTAVAIL): unset ${hostVariable} or fix it`,
      );
    default:
      return error;
  }
}
