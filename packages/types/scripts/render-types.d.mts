/** The generated TypeScript types of one API, as `pnpm generate` writes them. */
export declare function renderTypes(api: string): Promise<string>;
export declare function header(api: string): string;
