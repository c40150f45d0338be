import type { Plugin } from 'vite';

/** Lit's own modules, by path. */
export const litModule: RegExp;

/** Rewrites a Lit module's document calls into calls of `callMember`, imported from `helperSpecifier`. */
export function rewriteDocumentCalls(code: string, id: string, helperSpecifier?: string): string;

/** Rewrites Lit's document calls in the CDN build. */
export function documentCalls(): Plugin;
