import type { ReactiveElement } from 'lit';
import { hasLazyBlock, loadBlocks } from './blocks.js';
import { afterScriptChunks } from './script-chunks.js';

/**
 * The wait of `<news-article>` and `<article-section>` (see `afterScriptChunks`), which also loads
 * the v1.1 blocks when `input` (its blocks or article, or their JSON text) has one (see
 * `loadBlocks`), and takes the script of the article's `inLanguage` first.
 */
export const afterChunks = (host: ReactiveElement, input: unknown, update: () => unknown): unknown =>
  afterScriptChunks(
    host,
    update,
    (input as { inLanguage?: string } | undefined)?.inLanguage,
    hasLazyBlock(input) && loadBlocks(),
  );
