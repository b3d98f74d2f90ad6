export declare const RESULTS: string;
export declare const README: string;
export declare function renderTable(results: unknown): string;
export declare function renderReadme(results: unknown): string;
