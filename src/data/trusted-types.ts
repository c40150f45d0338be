/** The Trusted Types policy as we use it (the DOM typings do not have Trusted Types yet). */
export interface HtmlPolicy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
  createScript(input: string): unknown;
}

type PolicyRules = { [Method in keyof HtmlPolicy]: (input: string) => string };

interface TrustedTypesFactory {
  createPolicy(name: string, rules: PolicyRules): HtmlPolicy;
}

let policy: HtmlPolicy | null | undefined;

/**
 * The `news-elements` Trusted Types policy, created once where the browser has Trusted Types.
 * It passes markup through unchanged, and is used only where markup is parsed into an inert
 * document: by DOMPurify, which then cleans it, and for the plain text shown until DOMPurify has
 * loaded. So a page that allows only `trusted-types lit-html dompurify news-elements` still
 * gets rich text. Script text it lets through only when it is JSON, which cannot run: the
 * JSON-LD `<news-article>` keeps in its light DOM.
 */
export function newsElementsPolicy(): HtmlPolicy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy =
        factory?.createPolicy('news-elements', {
          createHTML: (input) => input,
          createScriptURL: (input) => input,
          createScript: (input) => (JSON.parse(input), input),
        }) ?? null;
    } catch {
      // The page forbids the name (or a second copy of the library made it already): DOMPurify's own policy is used.
      policy = null;
    }
  }
  return policy;
}
