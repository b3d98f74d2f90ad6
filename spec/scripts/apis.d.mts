export declare const specRoot: string;
export declare const apis: ReadonlyArray<{ name: 'recruspace' | 'unified-ats'; title: string }>;
export declare function bundlePath(api: string): string;
export declare function mockBundlePath(api: string): string;
