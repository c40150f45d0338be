/** The part of a Trusted Types policy DOMPurify needs (the DOM typings do not have Trusted Types yet). */
export interface HtmlPolicy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string; createScriptURL(input: string): string }): HtmlPolicy;
}

let policy: HtmlPolicy | null | undefined;

/**
 * The `news-elements` Trusted Types policy, created once where the browser has Trusted Types.
 * It passes markup through unchanged, and is used only where markup is parsed into an inert
 * document: by DOMPurify, which then cleans it, and for the plain text shown until DOMPurify has
 * loaded. So a page that allows only `trusted-types lit-html dompurify news-elements` still
 * gets rich text.
 */
export function newsElementsPolicy(): HtmlPolicy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy = factory?.createPolicy('news-elements', { createHTML: (input) => input, createScriptURL: (input) => input }) ?? null;
    } catch {
      // The page forbids the name (or a second copy of the library made it already): DOMPurify's own policy is used.
      policy = null;
    }
  }
  return policy;
}
