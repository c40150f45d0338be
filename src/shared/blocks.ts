import { css, type TemplateResult } from 'lit';
import { lazyBlockTypes, type Block } from '../data/index.js';
import type { SectionTemplateContext } from '../article-section/section-template.js';

/** How one of the v1.1 block types is shown: the blocks file (`loadBlocks`) fills `blockKinds` with them. */
export interface BlockKind {
  render(block: Block, context: SectionTemplateContext, id?: string): TemplateResult;
  /** The start of the block's id (a heading's slug), for the blocks that are linked to or labelled by one. */
  id?(block: Block): string | undefined;
}

/** The templates of the v1.1 blocks, by type: empty until they have loaded. */
export const blockKinds = new Map<string, BlockKind>();

/**
 * The v1.1 blocks' rules, in the styles of every root that shows blocks: empty until they have
 * loaded, then given their text (and their sheet, which each root adopted, replaced), so the roots
 * made before need nothing re-adopted.
 */
export const blockStyles = css``;

let loading: Promise<void> | undefined;
let loaded = false;

/**
 * Loads the parsers, templates and styles of the v1.1 blocks (heading, table, embed, divider,
 * note) and the embed providers: a file of their own, which an element fetches, before it renders,
 * only for data that has such a block. A server awaits it once before rendering, so that it
 * renders those blocks as the browser will. Resolves when they are ready, or when they could not
 * load (the blocks then show as text, and that is reported).
 */
export function loadBlocks(): Promise<void> {
  return (loading ??= import('../article-section/blocks.js').then(
    ({ registerBlocks }) => {
      registerBlocks();
      loaded = true;
    },
    () => {},
  ));
}

/** The block types of the JSON text, or of the blocks or sections' blocks of the value. */
const mentionsLazyBlock = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some(mentionsLazyBlock)
    : typeof value === 'object' &&
      value !== null &&
      (lazyBlockTypes.includes((value as Block).type) ||
        mentionsLazyBlock((value as { sections?: unknown }).sections) ||
        mentionsLazyBlock((value as { blocks?: unknown }).blocks));

/**
 * `loadBlocks()` when `input` (an element's blocks or article, or their JSON text) has a v1.1
 * block and the blocks have not loaded yet; undefined when it can render at once. A cheap scan,
 * not a parse: JSON text is only searched for a `"type": "table"`-like pair.
 */
export function blocksFor(input: unknown): Promise<void> | undefined {
  if (loaded) return undefined;
  const found =
    typeof input === 'string'
      ? /"type"\s*:\s*"(?:heading|table|embed|divider|note)"/.test(input)
      : mentionsLazyBlock(input);
  return found ? loadBlocks() : undefined;
}
