import { isServer, type ReactiveElement } from 'lit';
import { loadedLabels, type DataProblem } from '../data/index.js';

/** Elements whose `src` the loader chunk has, or is on its way to. */
const started = new WeakSet<ReactiveElement>();

/**
 * The entry's whole part of `src`: the first time an element has one, it is busy (`aria-busy`)
 * and imports the loader chunk (`source-loader`), which then follows the element as a controller
 * of its own: whether `article` or `items` set by script wins, the other attributes
 * (`credentials`, `timeout`, `refresh`), fetching, feed reading, the refresh cycle,
 * what shows loading and failures, with its styles and texts, and the data it loads, set as
 * `article` or `items`. On a server nothing is fetched: the element renders its slotted content
 * or nothing, and loads on the client.
 */
export function loadSource(host: ReactiveElement & { src?: string }): void {
  if (isServer || !host.src || started.has(host)) return;
  started.add(host);
  host.ariaBusy = 'true';
  import('./source-loader.js').then(
    (loader) => loader.attach(host, loadedLabels),
    () => {
      host.ariaBusy = null;
      // `report` is the element's own (protected): one news-error and one console message.
      (host as unknown as { report(problems: DataProblem[]): void }).report([
        {
          field: 'src',
          reason: 'is not loaded: serve the news-elements-source-loader-*.js file beside news-elements.js',
        },
      ]);
    },
  );
}
