import { html, isServer, type ReactiveElement } from 'lit';
import type { DataProblem } from '../data/index.js';
import { describeError } from './news-element.js';

/** What the loader draws in the element: the polite live region, the error line with its retry, the reserved space. */
export interface SourceView {
  render(): unknown;
}

/** An element with a `src`: its settings (a change to any starts a new load) and the loader's view. */
export interface SourceElement extends ReactiveElement {
  src?: string;
  credentials?: string;
  /** Seconds before a request is given up. */
  timeout?: number;
  /** Seconds between refreshes (feeds); none or 0: load once. */
  refresh?: number;
  /** The loader's view: undefined before a `src`, null while the loader is on its way (or failed to come). */
  source?: SourceView | null;
}

/** The element property whose data wins over `src`: `article` or `items`, which also names the kind of source. */
export type SourceData = 'article' | 'items';

/**
 * The entry's whole part of `src`: the first time an element has one (and not the data that wins
 * over it), import the loader chunk (`source-loader`). It then follows the element as a
 * controller of its own: fetching, feed reading, the refresh cycle, and what shows loading and
 * failures, with its styles and texts. Until it has read its first answer the element is busy
 * (`aria-busy`). On a server nothing is fetched: the element renders its slotted content or
 * nothing, and loads on the client.
 */
export function loadSource(host: SourceElement, data: SourceData): void {
  if (
    isServer ||
    !host.src ||
    host.source !== undefined ||
    (host as unknown as Record<SourceData, unknown>)[data] !== undefined
  )
    return;
  host.source = null;
  host.ariaBusy = 'true';
  import('./source-loader.js').then(
    (loader) => loader.attach(host, data, html),
    (error: unknown) => {
      host.ariaBusy = null;
      // `report` is the element's own (protected): one news-error and one console message.
      (host as unknown as { report(problems: DataProblem[]): void }).report([
        {
          field: 'src',
          reason:
            `did not load (${describeError(error)}); ` +
            'serve the news-elements-source-loader-*.js file beside news-elements.js',
        },
      ]);
    },
  );
}
