/** The release lines with a pinned binary, oldest first. */
export declare const NODE_LINES: number[];
/** The exact version pinned for a line, read from its package.json. */
export declare function pinnedVersion(major: number): string;
/** The path of the pinned Node binary of a line, installing it from the npm registry on first use. */
export declare function nodeBinary(major: number): string;
