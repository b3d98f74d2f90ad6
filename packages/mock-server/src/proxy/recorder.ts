// Folds exchanges into the drift report. Memory is bounded however long the proxy runs: one entry
// per (operation, direction, status, pointer, keyword), capped per operation and in operations.
import type { DriftReport, OperationReport, UndocumentedField, ViolationEntry } from './report-model.js';
import { redactSample } from './redact.js';
import type { Finding } from './spec-checker.js';
import type { FoundField } from './undocumented-fields.js';

export interface RecorderLimits {
  /** Most unmatched paths kept as entries of their own; later ones share `unmatched (other)`. */
  operations: number;
  /** Most violations and most undocumented fields kept per operation. */
  entriesPerOperation: number;
}

export const DEFAULT_LIMITS: RecorderLimits = { operations: 500, entriesPerOperation: 200 };

export interface RecordedExchange {
  /** The operationId, or undefined when no operation of the spec fits. */
  operationId?: string;
  method: string;
  /** The operation's path template, or the request path when unmatched (a template is guessed). */
  path: string;
  /** The status the client got. */
  status: number;
  /** Set when the upstream failed and the proxy answered 502 itself. */
  upstreamFailure?: string;
  findings: Finding[];
  undocumented: (FoundField & { specLocation?: string })[];
}

export function createRecorder(api: string, target: string, spec: DriftReport['spec'], options: { samples?: boolean; limits?: RecorderLimits } = {}) {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const now = new Date().toISOString();
  const report: DriftReport = { api, target, spec, startedAt: now, updatedAt: now, requests: 0, operations: {} };
  // Indexes into the arrays of the report, so each exchange folds in without a scan.
  const violationIndex = new Map<string, ViolationEntry>();
  const fieldIndex = new Map<string, UndocumentedField>();
  let unmatchedCount = 0;

  function entryFor(exchange: RecordedExchange): [string, OperationReport] {
    const matched = exchange.operationId !== undefined;
    const path = matched ? exchange.path : guessTemplate(exchange.path);
    let key = matched ? exchange.operationId! : `unmatched ${exchange.method} ${path}`;
    // The spec's operations are finite; unknown paths are not, so past the cap they share one entry.
    if (!matched && !report.operations[key] && ++unmatchedCount > limits.operations) key = 'unmatched (other)';
    report.operations[key] ??= { method: exchange.method, path: key === 'unmatched (other)' ? '*' : path, matched, requests: 0, statuses: {}, violations: [], undocumentedFields: [] };
    return [key, report.operations[key]!];
  }

  return {
    record(exchange: RecordedExchange) {
      const [key, operation] = entryFor(exchange);
      report.requests += 1;
      report.updatedAt = new Date().toISOString();
      operation.requests += 1;
      operation.statuses[exchange.status] = (operation.statuses[exchange.status] ?? 0) + 1;
      if (exchange.upstreamFailure) {
        operation.upstreamFailures ??= {};
        operation.upstreamFailures[exchange.upstreamFailure] = (operation.upstreamFailures[exchange.upstreamFailure] ?? 0) + 1;
      }
      const full = () => {
        operation.omitted = (operation.omitted ?? 0) + 1;
      };
      const seen = new Set<string>(); // an exchange counts once per entry
      for (const finding of exchange.findings) {
        const id = [key, finding.direction, finding.status ?? '', finding.location, finding.pointer, finding.keyword].join('\u0000');
        if (seen.has(id)) continue;
        seen.add(id);
        const entry = violationIndex.get(id);
        if (entry) {
          entry.count += 1;
          for (const type of finding.types ?? []) if (!entry.types?.includes(type)) entry.types = [...(entry.types ?? []), type].sort();
          continue;
        }
        if (operation.violations.length >= limits.entriesPerOperation) {
          full();
          continue;
        }
        const { value, ...described } = finding;
        const created: ViolationEntry = { ...described, count: 1, ...(options.samples && value !== undefined ? { sample: redactSample(value, lastSegment(finding.pointer)) } : {}) };
        operation.violations.push(created);
        violationIndex.set(id, created);
      }
      for (const field of exchange.undocumented) {
        const id = `${key}\u0000${field.pointer}`;
        const entry = fieldIndex.get(id);
        if (entry) {
          entry.count += 1;
          if (!entry.types.includes(field.type)) entry.types = [...entry.types, field.type].sort();
          continue;
        }
        if (operation.undocumentedFields.length >= limits.entriesPerOperation) {
          full();
          continue;
        }
        const created: UndocumentedField = {
          pointer: field.pointer,
          count: 1,
          types: [field.type],
          ...(field.specLocation ? { specLocation: field.specLocation } : {}),
          ...(options.samples ? { sample: redactSample(field.value, lastSegment(field.pointer)) } : {}),
        };
        operation.undocumentedFields.push(created);
        fieldIndex.set(id, created);
      }
    },
    /** The report as it stands (the live object: serialize it, do not keep it). */
    report: () => report,
  };
}

export type Recorder = ReturnType<typeof createRecorder>;

const lastSegment = (pointer: string) => pointer.slice(pointer.lastIndexOf('/') + 1);

/**
 * A path template guessed from a path no operation fits: segments that look like identifiers
 * (numbers, UUIDs, long tokens, anything with `@` or `.`; a version like `v1` stays) become `{id}`, so one unknown endpoint
 * is one entry, and no identifier or e-mail address lands in the report.
 */
export function guessTemplate(path: string): string {
  return path
    .split('/')
    .map((segment) => (segment === '' || /^([a-z_-]{1,40}|v\d{1,2})$/i.test(segment) ? segment : '{id}'))
    .join('/')
    .slice(0, 300);
}
