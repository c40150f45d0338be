import type { ReactiveElement } from 'lit';
import { hasLazyBlock, loadBlocks } from './blocks.js';
import { afterBodyStyles } from './body-content-loader.js';

/**
 * The `scheduleUpdate` of `<news-article>` and `<article-section>`: one wait for the chunks loaded
 * on demand. An update waits for what the element's content needs, so that its render shows that
 * content complete and styled and nothing moves after: the v1.1 blocks when `input` (its blocks or
 * article, or their JSON text) has one (see `loadBlocks`); before the first render, the body
 * styles when it has a slotted body (see `afterBodyStyles`).
 */
export function afterChunks(host: ReactiveElement, input: unknown, update: () => unknown): unknown {
  // Both load at once; the update waits for the two.
  const blocks = hasLazyBlock(input) && loadBlocks();
  return afterBodyStyles(host, blocks ? () => blocks.then(update) : update);
}
