// OpenAPI path templates (`/talent-pools/{id}/`) matched against request paths, compiled once each.
const compiled = new Map<string, { pattern: RegExp; names: string[] }>();

function compile(template: string) {
  let entry = compiled.get(template);
  if (!entry) {
    const names: string[] = [];
    const source = template
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        names.push(name);
        return '([^/]+)';
      })
      .join('');
    entry = { pattern: new RegExp(`^${source}$`), names };
    compiled.set(template, entry);
  }
  return entry;
}

/** The path parameters when `path` fits `template`, else undefined (also for malformed %-escapes). */
export function matchPath<Name extends string>(template: string, path: string): Record<Name, string> | undefined {
  const { pattern, names } = compile(template);
  const found = pattern.exec(path);
  if (!found) return undefined;
  try {
    return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)])) as Record<Name, string>;
  } catch {
    return undefined;
  }
}

/** Whether every %-escape in the path decodes (`/candidates/%ZZ/` does not). */
export function isWellEncoded(path: string): boolean {
  try {
    return typeof decodeURIComponent(path) === 'string'; // the result is used: bundlers drop a bare call
  } catch {
    return false;
  }
}
