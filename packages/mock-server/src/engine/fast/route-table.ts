// Routing as a precompiled table: per method, the operations in routing order (literal paths before
// templated siblings, as `indexOperations` sorts them), each with its path pattern compiled once.
import type { Operation, RoutedOperation } from '../operations.js';
import { matchPath } from '../path-template.js';

export type RouteTable = Map<string, Operation[]>;

export function compileRoutes(operations: Operation[]): RouteTable {
  const table: RouteTable = new Map();
  for (const operation of operations) {
    const routes = table.get(operation.method) ?? [];
    routes.push(operation);
    table.set(operation.method, routes);
    matchPath(operation.path, operation.path); // compiles and caches the pattern now, not on first request
  }
  return table;
}

export function route(table: RouteTable, method: string, path: string): RoutedOperation | undefined {
  for (const operation of table.get(method) ?? []) {
    const pathParams = matchPath(operation.path, path);
    if (pathParams) return { operation, pathParams };
  }
  return undefined;
}
