import type { Plugin } from 'vite';

/** Lit's own modules and its hydrate support's, by path. */
export const litModule: RegExp;

/** Rewrites a Lit module's document calls into calls of `callMember`, imported from `helperSpecifier`. */
export function rewriteDocumentCalls(code: string, id: string, helperSpecifier?: string): string;

/** DOMPurify's ES module, by path. */
export const domPurifyModule: RegExp;

/** Makes DOMPurify's default instance from no window, so that it reads nothing of the page's document. */
export function rewriteDomPurifyDefault(code: string, id: string): string;

/** `rewriteDocumentCalls` for Lit's modules, `rewriteDomPurifyDefault` for DOMPurify's; other code as it is. */
export function rewriteHostDocumentReads(code: string, id: string, helperSpecifier?: string): string;

/** Rewrites Lit's document calls and DOMPurify's default instance in the CDN build. */
export function documentCalls(): Plugin;
