import { textOfHtml } from '../shared/rich-text.js';
import { describeError } from '../shared/news-element.js';
import type { SanitizerCache } from './html-sanitizer.js';
import { newsElementsPolicy } from './trusted-types.js';
import { checkUrl } from './url.js';

export interface SanitizedHtml {
  /** The markup with only the allowed inline tags and attributes left, as nodes to copy. */
  fragment: DocumentFragment;
  /** What was removed beyond formatting, e.g. `<script>`, `the onerror attribute`; empty when nothing was. */
  removed: string[];
}

export type Sanitizer = (markup: string) => SanitizedHtml;

let sanitizer: Promise<Sanitizer> | undefined;
let cache: SanitizerCache | undefined;

/**
 * Loads DOMPurify with our allow-list (a chunk of its own, fetched only now) and resolves to a
 * sanitiser that caches its results (a bounded cache, see `html-sanitizer.ts`). It rejects with
 * the reason as a reader of the report needs it: the chunk did not load (tried again by the next
 * caller), or the page's Trusted Types leave it no way to parse markup (final).
 */
export function loadSanitizer(): Promise<Sanitizer> {
  if (!sanitizer) {
    const loading = import('./html-sanitizer.js').then(
      ({ createSanitizer }) => {
        cache = createSanitizer({ checkUrl, trustedTypesPolicy: newsElementsPolicy(), textOf: textOfHtml });
        return cache.sanitize;
      },
      (error: unknown) => {
        if (sanitizer === loading) sanitizer = undefined;
        throw new Error(
          `the HTML sanitiser did not load (${describeError(error)}); ` +
            'serve the news-elements-html-sanitizer-*.js file beside news-elements.js',
        );
      },
    );
    sanitizer = loading;
  }
  return sanitizer;
}

/** The sanitised markup if it is ready, without loading anything. */
export function sanitizedIfReady(markup: string): SanitizedHtml | undefined {
  return cache?.cached(markup);
}
