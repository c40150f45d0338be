/**
 * State the parsers share with the elements and the blocks' file: the models the parsers made,
 * and the block kinds registered on demand. One module, never copied into a chunk (see
 * vite.bundle.config.ts), so that the CDN file and the files it loads see the same registries.
 */
import type { Problems, Record } from './read.js';
import type { HtmlFields } from './parse.js';
import type { Block } from './types.js';

/** An `html` field met while parsing, with the path under which the element that renders it reports it. */
export interface HtmlField {
  field: string;
  markup: string;
}

/**
 * The models the parsers made, with the parser that made each and the `html` fields in it. An
 * element given such a model (`<news-article>` hands its children their parts of the article)
 * uses it as it is: it was checked when it was made, and the page that could change it since
 * can run any script anyway.
 */
const parsedModels = new WeakMap<object, { parser: unknown; html?: HtmlFields }>();

export function remember<T extends object>(model: T, parser: unknown, html?: HtmlFields): T {
  parsedModels.set(model, { parser, html });
  return model;
}

/** True when `parser` made `value`, which therefore needs no second reading. */
export function madeBy<T>(value: unknown, parser: (...args: never[]) => T): value is T {
  return typeof value === 'object' && value !== null && parsedModels.get(value)?.parser === parser;
}

/**
 * The `html` fields in a model a parser made (none for anything else), named as its element
 * reports them; with `inInput`, by their path in the input that was parsed (the article's
 * `sections[1].blocks[3].items[0].html`, counting the sections and blocks that were left out).
 */
export function parsedHtmlFields(model: unknown, inInput = false): readonly HtmlField[] {
  const html = typeof model === 'object' && model !== null ? parsedModels.get(model)?.html : undefined;
  if (!html) return [];
  return inInput ? html.list.map(({ field, markup }) => ({ field: html.inInput(field), markup })) : html.list;
}

/** The types of the v1.1 blocks, whose parsers, templates and styles load on demand (`loadBlocks`). */
export const lazyBlockTypes = ['heading', 'table', 'embed', 'divider', 'note'];

/** Reads a block of one of `lazyBlockTypes`; `prefix` is `path` and a dot. */
export type BlockParser = (
  value: Record,
  prefix: string,
  path: string,
  problems: Problems,
  html: HtmlFields,
) => Block | undefined;

/** One of `lazyBlockTypes` as the blocks' file registers it: its parser, and its template (`BlockTemplate`). */
export interface BlockKind {
  parse: BlockParser;
  render: unknown;
}

/** The `lazyBlockTypes`, by type (a map: no key reads through a prototype); empty until the blocks have loaded. */
export const blockKinds = new Map<unknown, BlockKind>();
