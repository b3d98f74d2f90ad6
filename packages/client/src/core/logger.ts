// Levelled logging with redaction. Silent unless asked: a disabled level is an absent method, so
// call sites write `log?.debug?.(…)` and build no message at all when it is off.

/** Anything with console's four methods: `console` itself, pino, winston, … */
export interface Logger {
  error(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  debug(message: string, ...details: unknown[]): void;
}

/** `silent` logs nothing; each level includes those before it (`debug` logs everything). */
export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';

/** The enabled levels of one client; a missing method means that level is off. */
export type Log = Partial<Logger>;

const LEVELS = ['error', 'warn', 'info', 'debug'] as const;

/**
 * `logLevel` defaults to `info` when a logger is given and to `silent` otherwise; a level without
 * a logger logs to `console`. Returns undefined when nothing would be logged.
 */
export function createLog(logger: Logger | undefined, level: LogLevel | undefined): Log | undefined {
  const enabled = LEVELS.indexOf((level ?? (logger ? 'info' : 'silent')) as (typeof LEVELS)[number]);
  if (enabled < 0) return undefined;
  const target = logger ?? console;
  const log: Log = {};
  for (const name of LEVELS.slice(0, enabled + 1)) {
    log[name] = (message, ...details) => target[name](`[ats-sdk] ${message}`, ...details);
  }
  return log;
}

export const REDACTED = '[REDACTED]';

/**
 * Header names that carry credentials or sessions, by pattern so custom ones are caught too:
 * `authorization`, `cookie`, anything with `token`, `secret`, `password`, `session`, `signature`,
 * `credential` or `api-key`, and any `*-key` (`x-api-key`, `x-client-key`).
 */
const SECRET_HEADER = /authorization|cookie|token|secret|passw|session|signature|credential|api-?key|(^|-)key$/i;

/** Query parameter names that look like credentials: token, api_key, key, secret, password, signature, sig, hmac, … */
const SECRET_PARAM = /token|secret|passw|api-?_?key|^key$|signature|^sig$|hmac|^auth|credential|session|^code$/i;

/** A copy of `headers` with credential-like headers replaced by `[REDACTED]`. */
export function redactHeaders(headers: Headers): Headers {
  const copy = new Headers(headers);
  for (const name of new Set(copy.keys())) if (SECRET_HEADER.test(name)) copy.set(name, REDACTED);
  return copy;
}

/** `url` with token-like query parameters and any user:password replaced by `[REDACTED]`. */
export function redactUrl(url: string): string {
  if (!url.includes('?') && !url.includes('@')) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.split('?')[0]!.replace(/\/\/[^/]*@/, `//${REDACTED}@`);
  }
  if (parsed.username) parsed.username = REDACTED;
  if (parsed.password) parsed.password = REDACTED;
  for (const name of new Set(parsed.searchParams.keys())) {
    if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, REDACTED);
  }
  return parsed.href;
}

/**
 * A runtime error's message with what it may quote removed: quoted values (undici quotes a bad header
 * value) and URLs (which may carry `user:password@` or tokens) are redacted.
 */
export function redactMessage(message: string): string {
  return message.replace(/"[^"]*"|'[^']*'/g, `"${REDACTED}"`).replace(/\b[a-z][\w+.-]*:\/\/\S+/gi, (url) => redactUrl(url));
}
