// The drift report as Markdown a user can paste into an issue: per operation, what disagreed, how
// often, and the spec change that would fix it. Only what the report holds: pointers, types, counts.
import type { DriftReport, OperationReport, Suggestion, ViolationEntry } from './report-model.js';

const ADVICE: Record<Suggestion, string> = {
  'make-nullable': 'make it nullable',
  'widen-type': 'widen the type',
  'add-property': 'declare the property',
  'add-status': 'document the status',
  'relax-required': 'make it optional',
  'add-enum-value': 'add the value to the enum',
  review: 'review',
};

/** `|` and line breaks would break a table row; backticks would break the code span. */
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const code = (text: string, whole = '(whole body)') => (text ? `\`${text.replace(/`/g, "'")}\`` : whole);

function where(violation: ViolationEntry): string {
  const side = violation.direction === 'request' ? 'request' : `response ${violation.status ?? ''}`.trim();
  const place = violation.location === 'body' ? '' : ` ${violation.location}`;
  return `${side}${place}`;
}

function renderOperation(id: string, operation: OperationReport): string[] {
  const statuses = Object.entries(operation.statuses)
    .map(([status, count]) => `${status} × ${count}`)
    .join(', ');
  const lines = [`### ${operation.matched ? `\`${id}\`` : 'Not in the spec'}: \`${operation.method} ${operation.path}\``, ''];
  lines.push(`${operation.requests} request${operation.requests === 1 ? '' : 's'}; statuses: ${statuses || 'none'}.`);
  if (operation.upstreamFailures) {
    const failures = Object.entries(operation.upstreamFailures).map(([kind, count]) => `${kind} × ${count}`).join(', ');
    lines.push(`Upstream failures (the client got a 502 from the proxy): ${failures}.`);
  }
  if (!operation.matched) lines.push('No operation of the spec has this method and path: document it, or check the path.');
  lines.push('');
  if (operation.violations.length) {
    lines.push('| Where | Pointer | Problem | Seen | Suggested change |', '| --- | --- | --- | ---: | --- |');
    for (const v of [...operation.violations].sort((a, b) => b.count - a.count)) {
      const seen = v.types?.length ? ` (got ${v.types.join(', ')})` : '';
      const sample = v.sample !== undefined ? `; e.g. ${JSON.stringify(v.sample)}` : '';
      lines.push(`| ${where(v)} | ${cell(code(v.pointer, v.location === 'body' ? '(whole body)' : '—'))} | ${cell(`${v.keyword}: ${v.message}${seen}${sample}`)} | ${v.count} | \`${v.suggestion}\`: ${ADVICE[v.suggestion]}${v.specLocation ? ` at ${cell(code(v.specLocation))}` : ''} |`);
    }
    lines.push('');
  }
  if (operation.undocumentedFields.length) {
    lines.push('Undocumented response fields (the open spec accepts them; declare them with their type):', '');
    lines.push('| Pointer | Types | Seen | Declare in |', '| --- | --- | ---: | --- |');
    for (const field of [...operation.undocumentedFields].sort((a, b) => b.count - a.count)) {
      const sample = field.sample !== undefined ? ` (e.g. ${JSON.stringify(field.sample)})` : '';
      lines.push(`| ${cell(code(field.pointer))} | ${cell(field.types.join(', ') + sample)} | ${field.count} | ${cell(code(field.specLocation ?? '', '?'))} |`);
    }
    lines.push('');
  }
  if (operation.omitted) lines.push(`(${operation.omitted} further entries were not kept: the report caps each operation.)`, '');
  if (!operation.violations.length && !operation.undocumentedFields.length && !operation.upstreamFailures && operation.matched) {
    lines.push('Every exchange matched the spec.', '');
  }
  return lines;
}

export function renderMarkdown(report: DriftReport): string {
  const operations = Object.entries(report.operations);
  const drifting = operations.filter(([, op]) => op.violations.length || op.undocumentedFields.length || op.upstreamFailures || !op.matched);
  const lines = [
    `## Spec drift: ${report.api}`,
    '',
    `Observed through \`ats-mock proxy\` against ${report.target}${report.spec ? `, checked with ${report.spec.title} ${report.spec.version}` : ''}, from ${report.startedAt} to ${report.updatedAt}: ` +
      `${report.requests} request${report.requests === 1 ? '' : 's'} to ${operations.length} operation${operations.length === 1 ? '' : 's'}, ` +
      `${drifting.length} with a disagreement.`,
    '',
    'Pointers are JSON pointers into the body (`*` stands for every item of an array). No header, query or body values are included ' +
      '(with `--samples`, one value per entry, redacted).',
    '',
  ];
  const ordered = [...drifting, ...operations.filter((entry) => !drifting.includes(entry))];
  for (const [id, operation] of ordered) lines.push(...renderOperation(id, operation));
  return `${lines.join('\n').trimEnd()}\n`;
}
