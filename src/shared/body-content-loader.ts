import { isServer, type ReactiveElement } from 'lit';
import type { DataProblem } from '../data/index.js';
import { defineWithDependencies, type ElementClass } from './define.js';
import type * as BodyContentChunk from './body-content.js';
import { callMember } from './host-document.js';
import { adoptLightStyles, hasLightContent } from './light-styles.js';
import type { NewsElement } from './news-element.js';

let loading: Promise<Partial<typeof BodyContentChunk>> | undefined;

/** Loads the body-content chunk (see `body-content.ts`), once for the page; resolves with it, or with nothing when it could not load. */
export const loadBodyContent = (): Promise<Partial<typeof BodyContentChunk>> =>
  (loading ??= import('./body-content.js').catch(() => ({})));

/**
 * The wait (`NewsElement._afterChunks`) of an element whose slotted content the body sheet styles (see
 * `styleSlottedBody`): with slotted content, its first render waits for the sheet, so that nothing
 * is restyled after it. A server-rendered element (its shadow root has content already) hydrates
 * at once.
 */
export const afterBodyStyles = (host: ReactiveElement, update: () => unknown): unknown =>
  !host.shadowRoot?.firstChild && hasLightContent(host) ? loadBodyContent().then(update) : update();

/** The chunk's failure to load is reported once for the page, not once per element. */
let failureReported = false;

/**
 * The light styles of an element whose slotted content is an article body, HTML from a CMS or by
 * hand (`<news-article>`, `<article-section>`), or the slotted content of `<bullet-list>`,
 * `<author-card>` or `<latest-news>` (see `NewsElement.lightStyles`): the body sheet, from
 * the body-content chunk, loaded only for an element with light-DOM content, so that an element
 * rendered from JSON never fetches it. The element waits for the chunk before its first render
 * (see `afterChunks`, `afterBodyStyles`), and is styled before it. True once there is a body: the sheet, once in its
 * tree, styles whatever is slotted there later.
 */
export function styleSlottedBody(host: NewsElement): boolean {
  if (!hasLightContent(host)) return false;
  void loadBodyContent().then((chunk) => {
    if (chunk.styleBody) chunk.styleBody(host, adoptLightStyles);
    // The chunk did not load: the body keeps the page's styles, and the page hears of it once.
    // (The element's own report, protected: a light-styles function acts for the element.)
    else if (!failureReported) {
      failureReported = true;
      (host as unknown as { report(problems: DataProblem[]): void }).report([
        {
          field: 'slotted HTML',
          reason: 'is shown without its styles: serve the news-elements-body-content-*.js file beside news-elements.js',
        },
      ]);
    }
  });
  return true;
}

/**
 * Defines the elements as `defineWithDependencies` does; on a page whose HTML holds a slotted body
 * for one of them, once the body styles are in: until then the page's own `:not(:defined)` rules
 * lay the body out, and the upgrade moves nothing. A server-rendered body (declarative shadow DOM)
 * is laid out already: it hydrates at once. Elements made later wait in `afterChunks`.
 */
export function defineAfterBodyStyles(...elements: ElementClass[]): void {
  const define = (): void => defineWithDependencies(...elements);
  const tags = new Set<string>();
  const add = (element: ElementClass): void => {
    if ((element as { lightStyles?: unknown }).lightStyles === styleSlottedBody) tags.add(element.tagName);
    element.dependencies?.forEach(add);
  };
  elements.forEach(add);
  if (
    !isServer &&
    // eslint-disable-next-line no-restricted-globals -- in a browser only: a server defines at once.
    [...callMember(document, 'querySelectorAll', ':not(:defined)')].some(
      (host) => tags.has(host.localName) && !host.shadowRoot && hasLightContent(host),
    )
  )
    void loadBodyContent().then(define);
  else define();
}
