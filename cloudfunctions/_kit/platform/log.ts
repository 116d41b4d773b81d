/** One structured line per invocation: enough to follow a request without logging personal data. */
export interface InvocationLog {
  fn: string;
  role: string;
  ms: number;
  outcome: string;
}

export function logInvocation(entry: InvocationLog): void {
  if (process.env.FUNCTION_LOG === 'off') return;
  console.log(JSON.stringify({ level: entry.outcome === 'ok' ? 'info' : 'warn', ...entry }));
}

export function logError(fn: string, error: unknown): void {
  if (process.env.FUNCTION_LOG === 'off') return;
  console.error(JSON.stringify({ level: 'error', fn, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
}
