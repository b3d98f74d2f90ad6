// What may leave the machine in a report. Values never do, except a sample with `--samples`, and
// that one passes through these patterns first.

const SECRET_NAME = /pass|secret|token|key|auth|credential|session|cookie|signature|bearer|ssn|iban|card/i;

const PATTERNS: [RegExp, string][] = [
  [/[^\s@"']+@[^\s@"']+\.[^\s@"']+/g, '<email>'],
  [/\b[a-z][a-z0-9+.-]*:\/\/[^\s"']+/gi, '<url>'],
  [/[A-Za-z0-9_\-.~+/=]{20,}/g, '<token>'],
  [/\+?\d[\d\s().-]{5,}\d/g, '<number>'],
];

/** A sample of a value fit for a report: scalars redacted by pattern, containers only described. */
export function redactSample(value: unknown, name = ''): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return SECRET_NAME.test(name) ? '<redacted>' : value;
  if (typeof value === 'string') {
    if (SECRET_NAME.test(name)) return '<redacted>';
    let text = value.length > 64 ? `${value.slice(0, 64)}…` : value;
    for (const [pattern, replacement] of PATTERNS) text = text.replace(pattern, replacement);
    return text;
  }
  if (Array.isArray(value)) return `<array of ${value.length}>`;
  return '<object>';
}

/** The target as a report may show it: no user, password, query or fragment. */
export function publicTarget(target: URL): string {
  const shown = new URL(target.href);
  shown.username = '';
  shown.password = '';
  shown.search = '';
  shown.hash = '';
  return shown.href.replace(/\/$/, '');
}

/** The JSON type of a value, as JSON Schema names it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
