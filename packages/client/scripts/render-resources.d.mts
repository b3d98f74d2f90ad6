export interface ResourceTarget {
  typeName: string;
  tableName: string;
  paths: string;
  pathsImport: string;
  options: string;
}
export declare const TARGETS: Record<string, ResourceTarget>;
export declare function nameOf(operationId: string, tag: string, resources?: Set<string>): { resource: string; method: string };
export declare function renderResources(api: string, target?: ResourceTarget): string;
export declare const header: (api: string) => string;
