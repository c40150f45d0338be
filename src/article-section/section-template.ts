import { html, nothing, type TemplateResult } from 'lit';
import { blockKinds, formatFiledDate, spaceAfter, type Block, type Labels } from '../data/index.js';
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
  /**
   * The ids taken in the shadow root being rendered (the section headings' among them): a v1.1
   * block that has an id (a subheading) takes its own from them, as `uniqueId` does.
   */
  ids: Set<string>;
}

/** A v1.1 block's template, which comes with its parser (see `loadBlocks`). */
export type BlockTemplate = (block: Block, context: SectionTemplateContext) => TemplateResult;

/** `base`, or `base-2`, `base-3`…: the first that `used` lacks, which it then holds. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let count = 2; used.has(id); count += 1) id = `${base}-${count}`;
  used.add(id);
  return id;
}

/** What a section shows, as `<article-section>` has it from its properties and `<news-article>` from its JSON. */
export interface SectionView {
  heading?: string;
  /** The heading's id, unique in the shadow root it is rendered in. */
  headingId?: string;
  blocks: readonly Block[];
  dateline?: string;
  /** ISO 8601 date or instant shown with the dateline, as the date where it was filed. */
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
    first ? renderBlock(first, context, leadsWithParagraph ? dateline : undefined) : nothing
  }${rest.map((block) => renderBlock(block, context))}`;
}

function renderDateline(section: SectionView, context: SectionTemplateContext): TemplateResult | undefined {
  const place = section.dateline?.trim();
  // The date where the story was filed (the offset written in the value), whatever the reader's
  // zone or the `time-zone` setting: a Paris story of 06:30 on 2 July says 2 July in Los Angeles.
  const formatted = section.date && formatFiledDate(section.date, context.locale);
  if (!place && !formatted) return undefined;
  const separator = context.labels.datelineSeparator;
  return html`<span class="dateline" part="${context.prefix}dateline"
      >${place}${place && formatted ? separator + spaceAfter(separator) : nothing}${
        formatted ? html`<time datetime=${section.date!}>${formatted}</time>` : nothing
      }</span
    >
    — `;
}

function renderBlock(block: Block, context: SectionTemplateContext, lead?: TemplateResult): unknown {
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
    default:
      // A v1.1 block: none, should the blocks have failed to load (the parser then made it a paragraph).
      return (blockKinds.get(block.type)?.render as BlockTemplate | undefined)?.(block, context);
  }
}
