// The spec's operations, indexed once: which operation a request routes to, its parameters with
// `$ref`s resolved, and what it documents. Routing prefers literal segments over templates, as
// OpenAPI requires (`/candidates/search-by-email/` before `/candidates/{candidate_id}/`).
import { matchPath } from './path-template.js';
import type { Spec } from './types.js';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Record<string, any>;
}

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  parameters: Parameter[];
  /** Responses by status code, `$ref`s resolved one level. */
  responses: Record<string, any>;
  requestBody?: any;
  /** The operation's security requirements, or the document's when it sets none. */
  security: Record<string, string[]>[];
  deprecated: boolean;
}

export interface RoutedOperation {
  operation: Operation;
  pathParams: Record<string, string>;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Follows a local `$ref` (`#/components/...`) to its target. */
export function deref(spec: Spec, node: any): any {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops++) {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((at: any, key: string) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return current;
}

export function indexOperations(spec: Spec): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<any>(spec.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op?.operationId) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(spec, p) as Parameter);
      const responses = Object.fromEntries(Object.entries<any>(op.responses ?? {}).map(([code, r]) => [code, deref(spec, r)]));
      operations.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        parameters,
        responses,
        requestBody: deref(spec, op.requestBody),
        security: op.security ?? spec.security ?? [],
        deprecated: op.deprecated === true,
      });
    }
  }
  // Fewer templated segments first: literal paths win over templates that would also match.
  const templated = (path: string) => (path.match(/\{/g) ?? []).length;
  return operations.sort((a, b) => templated(a.path) - templated(b.path));
}

export function routeOperation(operations: Operation[], method: string, path: string): RoutedOperation | undefined {
  for (const operation of operations) {
    if (operation.method !== method) continue;
    const pathParams = matchPath(operation.path, path);
    if (pathParams) return { operation, pathParams };
  }
  return undefined;
}

/** Whether some operation (any method) has a path template this path fits. */
export const pathExists = (operations: Operation[], path: string) => operations.some((op) => matchPath(op.path, path));

export const documents = (operation: Operation, status: number) => String(status) in operation.responses;
