// Environment defaults, read only where a `process.env` exists (Node, Bun, Deno's Node mode);
// browsers and workers have none, and there every setting must be passed as an option.

/** The variable's value, or undefined where it is unset or there is no environment. */
export function env(name: string): string | undefined {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name] || undefined;
}
