// Orders a `paths` map so that a concrete path comes before a templated sibling it would otherwise
// be shadowed by (`/candidates/search-by-email/` before `/candidates/{candidate_id}/`). First-match
// routers built from the bundle (MSW handlers, Express-style tables) then answer the right operation.
const isTemplate = (segment) => segment.includes('{');

/** Negative when path `a` must come first. Compares segment by segment; otherwise keeps source order. */
export function comparePaths(a, b) {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] === right[i]) continue;
    const leftTemplate = isTemplate(left[i]);
    if (leftTemplate !== isTemplate(right[i])) return leftTemplate ? 1 : -1;
    return 0;
  }
  return 0;
}

/** A copy of `paths` in which concrete paths precede their templated siblings (stable otherwise). */
export function orderPaths(paths) {
  const entries = Object.entries(paths ?? {});
  // The comparison is only a partial order, so Array.sort could reorder unrelated paths: insert each
  // path before the first earlier path it must precede, keeping the authors' order everywhere else.
  const ordered = [];
  for (const entry of entries) {
    const at = ordered.findIndex(([path]) => comparePaths(entry[0], path) < 0);
    ordered.splice(at < 0 ? ordered.length : at, 0, entry);
  }
  return Object.fromEntries(ordered);
}
