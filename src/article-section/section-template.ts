import { html, nothing, type TemplateResult } from 'lit';
import { formatIsoDate, slugify, type Block, type Labels } from '../data/index.js';
import { blockKinds } from '../shared/blocks.js';
import { renderFigure } from '../shared/figure.js';
import { heading } from '../shared/heading.js';
import type { RichText } from '../shared/parts.js';

export interface SectionTemplateContext {
  /** Before each part name: `` in the element's root, `article-section-` in the article's. */
  prefix: string;
  headingLevel: number;
  locale: string;
  timeZone?: string;
  richText: RichText;
  /** A list block: a `<bullet-list>` in the element's own root, the list itself in the article's. */
  list(block: Extract<Block, { type: 'list' }>): TemplateResult;
  labels: Labels;
}

/** What a section shows, as `<article-section>` has it from its properties and `<news-article>` from its JSON. */
export interface SectionView {
  heading?: string;
  /** The heading's id, unique in the shadow root it is rendered in. */
  headingId?: string;
  blocks: readonly Block[];
  /** The ids of the blocks that have one (headings, captioned tables), by index; see `sectionIds`. */
  blockIds?: readonly (string | undefined)[];
  dateline?: string;
  /** ISO 8601 date shown with the dateline. */
  date?: string;
}

/**
 * Heading, dateline and blocks of a section: the template of `<article-section>`, which
 * `<news-article>` renders in its own shadow root for its JSON sections (inside a
 * `.article-section` wrapper, the element's styles' scope).
 */
export function renderSection(section: SectionView, context: SectionTemplateContext): TemplateResult {
  const dateline = renderDateline(section, context);
  const [first, ...rest] = section.blocks;
  const leadsWithParagraph = first?.type === 'paragraph';
  const headingText = section.heading?.trim();
  return html`${
    headingText
      ? heading(context.headingLevel, headingText, {
          id: section.headingId,
          part: `${context.prefix}heading`,
          className: 'heading',
        })
      : nothing
  }${dateline && !leadsWithParagraph ? html`<p>${dateline}</p>` : nothing}${
    first ? renderBlock(first, context, leadsWithParagraph ? dateline : undefined, section.blockIds?.[0]) : nothing
  }${rest.map((block, index) => renderBlock(block, context, undefined, section.blockIds?.[index + 1]))}`;
}

/** `base`, or `base-2`, `base-3`… : the first not in `used`, which it joins. */
function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let count = 2; used.has(id); count += 1) id = `${base}-${count}`;
  used.add(id);
  return id;
}

/**
 * The ids of a section's heading (its `id`, else its text's slug) and of its blocks that have one
 * (a heading block's `id` or slug, `table-` and a captioned table's slug), unique among `used`,
 * which they join: a second "Analysis" in one shadow root is `analysis-2`, so every heading is
 * linkable and every table's region is labelled by its own caption.
 */
export function sectionIds(
  section: { heading?: string; id?: string; blocks: readonly Block[] },
  used: Set<string>,
): { headingId?: string; blockIds: (string | undefined)[] } {
  const text = section.heading?.trim();
  const base = text && (section.id || slugify(text));
  return {
    headingId: base ? uniqueId(base, used) : undefined,
    blockIds: section.blocks.map((block) => {
      const blockBase = blockKinds.get(block.type)?.id?.(block);
      return blockBase && uniqueId(blockBase, used);
    }),
  };
}

function renderDateline(section: SectionView, context: SectionTemplateContext): TemplateResult | undefined {
  const place = section.dateline?.trim();
  const { locale, timeZone } = context;
  const formatted = section.date && formatIsoDate(section.date, { locale, timeZone });
  if (!place && !formatted) return undefined;
  return html`<span class="dateline" part="${context.prefix}dateline"
      >${place}${place && formatted ? ', ' : nothing}${
        formatted ? html`<time datetime=${section.date!}>${formatted}</time>` : nothing
      }</span
    >
    — `;
}

function renderBlock(
  block: Block,
  context: SectionTemplateContext,
  lead?: TemplateResult,
  id?: string,
): TemplateResult | typeof nothing {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${lead}${context.richText(block)}</p>`;
    case 'list':
      return context.list(block);
    case 'quote':
      return html`<figure class="quote" part="${context.prefix}quote">
        <blockquote><p>${block.text}</p></blockquote>
        ${block.cite ? html`<figcaption>— <cite>${block.cite}</cite></figcaption>` : nothing}
      </figure>`;
    case 'figure':
      return renderFigure(block.image, `${context.prefix}figure`);
    default: {
      // A v1.1 block: its template came with the blocks (see `loadBlocks`); none, when they could not load.
      const kind = blockKinds.get(block.type);
      return kind ? kind.render(block, context, id) : nothing;
    }
  }
}
