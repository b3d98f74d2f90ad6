// Replaced at build time (tsdown.config.ts, vitest.config.ts) by the package's version.
declare const __SDK_VERSION__: string;
