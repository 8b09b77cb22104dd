import type { BuildOptions } from 'esbuild';

/** The esbuild options of the CloudFront Functions bundle (entry aside). */
export const FUNCTION_BUILD_OPTIONS: BuildOptions & { write: false };
/** Must match the identifier declared in src/edge/function/handler.ts and response.ts. */
export const FUNCTION_PLACEHOLDER: string;
/** CloudFront Functions' maximum function size. */
export const MAX_FUNCTION_BYTES: number;
/** Builds (or with `check`, compares) the function bundles; returns the problems, [] if none. */
export function buildFunction(options?: { check?: boolean }): Promise<string[]>;
