import { textOfHtml } from '../shared/rich-text.js';
import { newsElementsPolicy } from './trusted-types.js';
import { checkUrl } from './url.js';

export interface SanitizedHtml {
  /** The markup with only the allowed inline tags and attributes left, as nodes to copy. */
  fragment: DocumentFragment;
  /** What was removed beyond formatting, e.g. `<script>`, `the onerror attribute`; empty when nothing was. */
  removed: string[];
}

export type Sanitizer = (markup: string) => SanitizedHtml;

const sanitizedByMarkup = new Map<string, SanitizedHtml>();
let sanitizer: Promise<Sanitizer> | undefined;

/**
 * Loads DOMPurify with our allow-list (a chunk of its own, fetched only now) and resolves to a
 * sanitiser. A failed load is tried again by the next caller.
 */
export function loadSanitizer(): Promise<Sanitizer> {
  if (!sanitizer) {
    const loading = import('./html-sanitizer.js').then(({ createSanitizer }) => {
      const sanitize = createSanitizer({ checkUrl, trustedTypesPolicy: newsElementsPolicy(), textOf: textOfHtml });
      return (markup: string) => {
        let result = sanitizedByMarkup.get(markup);
        if (!result) {
          result = sanitize(markup);
          sanitizedByMarkup.set(markup, result);
        }
        return result;
      };
    });
    loading.catch(() => {
      if (sanitizer === loading) sanitizer = undefined;
    });
    sanitizer = loading;
  }
  return sanitizer;
}

/** The sanitised markup if it is ready, without loading anything. */
export function sanitizedIfReady(markup: string): SanitizedHtml | undefined {
  return sanitizedByMarkup.get(markup);
}
