// Temporary bridge to the per-API layers (replaced by the spec-driven engine).
import type { MockApi } from '../../apis.js';
import type { Operation } from '../operations.js';
import type { Spec } from '../types.js';
import type { StatefulApi } from './engine.js';
import { recruspaceState } from '../../worker/stateful/recruspace.js';
import { unifiedAtsState } from '../../worker/stateful/unified-ats.js';

export function createStatefulApi(api: MockApi, spec: Spec, _operations: Operation[], _options: { limit: number }): StatefulApi {
  const layer = api === 'recruspace' ? recruspaceState(spec) : unifiedAtsState();
  return { handle: (request, _routed, response) => layer.apply(request, response), reset: () => layer.reset(), snapshot: () => layer.snapshot() };
}
