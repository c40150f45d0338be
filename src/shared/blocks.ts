import { css, isServer } from 'lit';
import { decodeAllReferencesWith } from '../data/markup-text.js';
import { lazyBlockTypes, ownField } from '../data/index.js';

/**
 * The v1.1 blocks' rules, in the styles of every root that shows blocks: empty until they have
 * loaded, then given their text (and their sheet, which each root adopted, replaced), so the roots
 * made before need nothing re-adopted.
 */
export const blockStyles = css``;

let loading: Promise<unknown> | undefined;

/**
 * Loads the parsers, templates and styles of the v1.1 blocks (heading, table, embed, divider,
 * note) and the embed providers: a file of their own (`src/article-section/blocks.ts`), which
 * registers them as it loads, and which an element fetches, before it renders, only for data that
 * has such a block. A server awaits it once before rendering, so that it renders those blocks as
 * the browser will. Resolves when they are ready, or when they could not load (the blocks then
 * show as text, and the parser reports it). On a server it also loads every named character
 * reference CMSs write, for the text it writes of each `html` field (it has no HTML parser, and
 * that text is all a reader without JavaScript gets); a browser never loads them.
 */
export const loadBlocks = (): Promise<unknown> =>
  (loading ??= Promise.all([
    import('../article-section/blocks.js'),
    isServer &&
      import('../data/character-references.js').then(({ decodeCharacterReferences }) =>
        decodeAllReferencesWith(decodeCharacterReferences),
      ),
  ]).catch(() => {}));

/**
 * True when the value (an element's blocks or article, or their JSON text) has a block of a v1.1
 * type: a cheap look at the blocks' types, not a parse; JSON text is only searched for a
 * `"type": "table"`-like pair.
 */
export const hasLazyBlock = (value: unknown): boolean =>
  typeof value === 'string'
    ? new RegExp(`"type"\\s*:\\s*"(${lazyBlockTypes.join('|')})"`).test(value)
    : Array.isArray(value)
      ? value.some(hasLazyBlock)
      : typeof value === 'object' &&
        value !== null &&
        // Own keys only: an inherited `sections` (its items inheriting it too) would never end.
        (lazyBlockTypes.includes(ownField(value, 'type') as string) ||
          hasLazyBlock(ownField(value, 'sections')) ||
          hasLazyBlock(ownField(value, 'blocks')));
