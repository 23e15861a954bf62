/** pg's pool gave up waiting for a free connection, or could not open one in time. */
export function isPoolExhausted(error: unknown): boolean {
  return error instanceof Error && /^(timeout exceeded when trying to connect|Connection terminated due to connection timeout)$/.test(error.message);
}
