import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatIsoDate, slugify, type Block, type Cell, type Labels, type TableBlock } from '../data/index.js';
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
  /** An embed block: its facade or frame (see `EmbedRenderer`). */
  embed(block: Extract<Block, { type: 'embed' }>): TemplateResult;
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
      if (block.type === 'heading') return uniqueId(block.id || slugify(block.text) || 'heading', used);
      if (block.type === 'table' && block.caption)
        return uniqueId(`table-${slugify(block.caption) || 'caption'}`, used);
      return undefined;
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
): TemplateResult {
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
    case 'heading':
      // One or two levels under the section's heading, however deep the section sits.
      return heading(context.headingLevel + block.level - 2, block.text, {
        id,
        part: `${context.prefix}subheading`,
        className: `subheading subheading-${block.level}`,
      });
    case 'table':
      return renderTable(block, context, id);
    case 'embed':
      return context.embed(block);
    case 'divider':
      return html`<hr part="${context.prefix}divider" />`;
    case 'note': {
      const { labels } = context;
      const label = block.kind
        ? { correction: labels.noteCorrection, editor: labels.noteEditor, update: labels.noteUpdate }[block.kind]
        : labels.note;
      return html`<div class="note" part="${context.prefix}note" role="note" data-kind=${ifDefined(block.kind)}>
        <p class="note-label">${label}</p>
        <p>${context.richText(block)}</p>
      </div>`;
    }
  }
}

/** A number, a sum or a percentage ("1,204", "−3.5 %", "$12bn"), as a cell of a numeric column holds. */
const numberPattern = /^[([]?[-+−–]?[$€£¥]?\s?\d[\d\s.,'’\u00a0\u202f]*(?:%|‰|[kKmM]|bn|tn)?[)\]]?$/u;

/** Columns whose body cells are all numbers (empty cells aside): they are set right-aligned in tabular figures. */
function numericColumns(block: TableBlock): boolean[] {
  const width = Math.max(block.head.length, ...block.rows.map((row) => row.length));
  return Array.from({ length: width }, (_, column) => {
    if (column === 0 && block.rowHeaders) return false;
    const cells = block.rows
      .map((row) => row[column])
      .filter((cell): cell is Cell => cell !== undefined && (cell.html !== undefined || cell.text !== ''));
    return cells.length > 0 && cells.every((cell) => cell.text !== undefined && numberPattern.test(cell.text));
  });
}

/**
 * A table in a focusable scroll container, so a wide table scrolls inside the column (by keyboard
 * too) instead of widening the page; the container is a region named by the caption.
 */
function renderTable(block: TableBlock, context: SectionTemplateContext, captionId?: string): TemplateResult {
  const numeric = numericColumns(block);
  const numberClass = (column: number) => (numeric[column] ? 'number' : nothing);
  const content = (cell: Cell | undefined) => (cell ? context.richText(cell) : nothing);
  const caption = block.caption ? html`<caption id=${ifDefined(captionId)}>${block.caption}</caption>` : nothing;
  const head =
    block.head.length > 0
      ? html`<thead>
          <tr>
            ${block.head.map((cell, column) => html`<th scope="col" class=${numberClass(column)}>${content(cell)}</th>`)}
          </tr>
        </thead>`
      : nothing;
  const rows = block.rows.map(
    (row) =>
      html`<tr>
        ${row.map((cell, column) =>
          column === 0 && block.rowHeaders
            ? html`<th scope="row">${content(cell)}</th>`
            : html`<td class=${numberClass(column)}>${content(cell)}</td>`,
        )}
      </tr>`,
  );
  return html`<div
    class="table"
    part="${context.prefix}table"
    role="region"
    tabindex="0"
    aria-labelledby=${ifDefined(captionId)}
    aria-label=${ifDefined(captionId ? undefined : context.labels.table)}
  >
    <table>${caption}${head}<tbody>${rows}</tbody></table>
  </div>`;
}
