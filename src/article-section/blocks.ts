/**
 * The v1.1 blocks (heading, table, embed, divider, note): their parsers, templates and styles, and
 * the embed providers. A file of its own, loaded by `loadBlocks` only for data that has one of
 * these blocks; loading it registers them with the parser and the section template (`blockKinds`)
 * and gives their rules to the styles every root with blocks shows (`blockStyles`).
 */
import { css, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import {
  arrayOf,
  describe,
  field,
  isRecord,
  labelKeys,
  maxTableColumns,
  maxTableRows,
  optionalString,
  own,
  requiredString,
  richText,
  safeUrl,
  shown,
  skip,
  type BlockParser,
  type HtmlFields,
  type Record,
} from '../data/parse.js';
import { embedProvider, type EmbedFrame, type EmbedProvider } from '../data/embed-providers.js';
import {
  blockKinds,
  slugify,
  type Block,
  type BlockKind,
  type Cell,
  type EmbedBlock,
  type Labels,
  type TableBlock,
} from '../data/index.js';
import { blockStyles } from '../shared/blocks.js';
import { heading } from '../shared/heading.js';
import { uniqueId, type SectionTemplateContext } from './section-template.js';

type Problems = Parameters<BlockParser>[3];

/** The `html` (listed for sanitising) or else the `text` of a paragraph, note or cell; undefined when both are blank. */
function richContent(record: Record, prefix: string, problems: Problems, html: HtmlFields): Cell | undefined {
  const markup = optionalString(record, 'html', prefix, problems);
  if (markup !== undefined) return richText(markup, `${prefix}html`, problems, html);
  const text = optionalString(record, 'text', prefix, problems);
  return text === undefined ? undefined : { text };
}

/** A table cell (without a prototype, as every model object); a cell that cannot be read stays, empty, so the columns keep their places. */
const parseCell = (value: unknown, path: string, problems: Problems, html: HtmlFields): Cell =>
  own(readCell(value, path, problems, html));

function readCell(value: unknown, path: string, problems: Problems, html: HtmlFields): Cell {
  if (typeof value === 'string') return { text: value.trim() };
  if (typeof value === 'number' && Number.isFinite(value)) return { text: String(value) };
  if (isRecord(value)) return richContent(value, `${path}.`, problems, html) ?? { text: '' };
  problems.add(path, `should be a string or a cell object but is ${describe(value)}; the cell is empty`);
  return { text: '' };
}

function parseTable(value: Record, prefix: string, problems: Problems, html: HtmlFields): Block | undefined {
  const caption = optionalString(value, 'caption', prefix, problems);
  const columns = { max: maxTableColumns, what: 'cells' };
  const parseRow = (row: unknown, rowPath: string) =>
    arrayOf(row, rowPath, problems, (cell, cellPath) => parseCell(cell, cellPath, problems, html), false, columns);
  const head = parseRow(field(value, 'head'), `${prefix}head`);
  const rows = arrayOf(
    field(value, 'rows'),
    `${prefix}rows`,
    problems,
    (row, rowPath) => (Array.isArray(row) ? parseRow(row, rowPath) : skip(problems, rowPath, 'an array of cells', row)),
    false,
    { max: maxTableRows, what: 'rows' },
  ).filter((row) => row.length > 0);
  if (rows.length === 0) {
    problems.add(`${prefix}rows`, 'is empty or missing; the table was left out');
    return undefined;
  }
  const rowHeaders = field(value, 'rowHeaders');
  if (rowHeaders !== undefined && rowHeaders !== null && typeof rowHeaders !== 'boolean') {
    problems.add(
      `${prefix}rowHeaders`,
      `should be true or false but is ${describe(rowHeaders)}; the rows have no headers`,
    );
  }
  return { type: 'table', ...(caption === undefined ? {} : { caption }), head, rows, rowHeaders: rowHeaders === true };
}

/** The English labels of the blocks, for those the host's labels do not give. */
export const blockLabels = {
  note: 'Note',
  noteCorrection: 'Correction',
  noteEditor: 'Editor’s note',
  noteUpdate: 'Update',
  table: 'Table',
  playVideo: 'Play video: {title}',
  loadEmbed: 'Load {provider} content',
  openEmbed: 'Open on {provider}',
};

// The host's own labels only: a label missing there is never one inherited from \`Object.prototype\`.
const label = (labels: Labels, key: keyof typeof blockLabels): string =>
  (Object.hasOwn(labels, key) ? labels[key] : undefined) ?? blockLabels[key];

/** The provider of each embed block parsed; an embed without one that can frame it is shown as a card. */
const providers = new WeakMap<EmbedBlock, EmbedProvider | undefined>();

const parsers: { [type: string]: BlockParser } = {
  heading(value, prefix, _path, problems) {
    const text = requiredString(value, 'text', prefix, problems, 'heading');
    if (text === undefined) return undefined;
    const level = field(value, 'level');
    if (level !== undefined && level !== null && level !== 3 && level !== 4) {
      problems.add(`${prefix}level`, `should be 3 or 4 but is ${shown(level)}; the heading is a level 3 heading`);
    }
    const id = optionalString(value, 'id', prefix, problems);
    return { type: 'heading', text, level: level === 4 ? 4 : 3, ...(id === undefined ? {} : { id }) };
  },
  table: (value, prefix, _path, problems, html) => parseTable(value, prefix, problems, html),
  embed(value, prefix, _path, problems) {
    const title = requiredString(value, 'title', prefix, problems, 'embed');
    const rawUrl = requiredString(value, 'url', prefix, problems, 'embed');
    const url = rawUrl === undefined ? undefined : safeUrl(rawUrl, `${prefix}url`, problems);
    if (title === undefined || url === undefined) return undefined;
    const embed: EmbedBlock = { type: 'embed', url, title };
    const caption = optionalString(value, 'caption', prefix, problems);
    if (caption !== undefined) embed.caption = caption;
    const ratio = optionalString(value, 'aspectRatio', prefix, problems);
    if (ratio !== undefined) {
      const match = /^(\d+(?:\.\d+)?)\s*[:/]\s*(\d+(?:\.\d+)?)$/.exec(ratio);
      const [width, height] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
      if (width > 0 && height > 0) embed.aspectRatio = [width, height];
      else
        problems.add(
          `${prefix}aspectRatio`,
          `${shown(ratio)} is not a ratio like "16:9"; the provider's shape is used`,
        );
    }
    const provider = embedProvider(url);
    providers.set(embed, provider);
    if (!provider?.frame && !provider?.post) {
      problems.add(
        `${prefix}url`,
        provider
          ? `is not a ${provider.name} address that can be embedded; it is shown as a link`
          : 'is not the address of a known embed provider; it is shown as a link',
      );
    }
    return embed;
  },
  divider: () => ({ type: 'divider' }),
  note(value, prefix, path, problems, html) {
    const kind = field(value, 'kind');
    const known = kind === 'correction' || kind === 'editor' || kind === 'update';
    if (kind !== undefined && kind !== null && !known) {
      problems.add(
        `${prefix}kind`,
        `${shown(kind)} is not a kind of note (correction, editor, update); it is shown as a note`,
      );
    }
    const content = richContent(value, prefix, problems, html);
    if (!content) {
      problems.add(path, 'is a note without text or html; it was left out');
      return undefined;
    }
    return known ? { type: 'note', kind, ...content } : { type: 'note', ...content };
  },
};

/** `{name}` placeholders of a label replaced by their values. */
const fill = (label: string, values: { [name: string]: string }) =>
  label.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/**
 * An embed of a provider that can show it in a frame: the facade (provider, title, a button that
 * calls `open`) until `opened`, then the frame.
 */
function renderFacade(
  block: EmbedBlock,
  provider: EmbedProvider & { frame: EmbedFrame },
  labels: Labels,
  part: string,
  opened: boolean,
  open: (event: Event) => void,
): TemplateResult {
  const frame = provider.frame;
  // The svg in the frame's cell gives it its height: the ratio to its width, or the player's fixed
  // height. (A style attribute would do it too, but a page's CSP may forbid those.)
  const [width, height] = block.aspectRatio ?? (frame.height ? [] : (frame.aspectRatio ?? [16, 9]));
  const name = provider.name;
  return html`<figure class="embed" part=${part}>
      <div class="embed-frame">
        <svg
          class="embed-size"
          aria-hidden="true"
          viewBox=${width ? `0 0 ${width} ${height}` : nothing}
          height=${width ? nothing : (frame.height ?? nothing)}
        ></svg>
        ${
          opened
            ? html`<iframe
                src=${frame.src}
                title=${block.title}
                allow=${frame.allow}
                sandbox=${frame.sandbox ?? nothing}
                referrerpolicy="strict-origin-when-cross-origin"
                allowfullscreen
              ></iframe>`
            : html`<div class="embed-facade">
                <span class="embed-provider">${name}</span>
                <span class="embed-title">${block.title}</span>
                <button type="button" class="embed-load" @click=${open}>
                  <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M8 5v14l11-7z" /></svg>
                  ${fill(label(labels, provider.video ? 'playVideo' : 'loadEmbed'), { title: block.title, provider: name })}
                </button>
              </div>`
        }
      </div>
      <figcaption>
        ${block.caption ? html`${block.caption} ` : nothing}<a href=${block.url}
          >${fill(label(labels, 'openEmbed'), { provider: name })}</a
        >
      </figcaption>
    </figure>`;
}

/** The embeds the reader asked for: their frames are shown. */
const opened = new WeakSet<EmbedBlock>();

/** The button's click: the frame replaces the facade and takes the focus, so a keyboard reader is in the player. */
function open(block: EmbedBlock, event: Event): void {
  const button = event.currentTarget as Element;
  const figure = button.closest('figure');
  const host = (button.getRootNode() as ShadowRoot).host as ReactiveElement;
  opened.add(block);
  host.requestUpdate();
  void host.updateComplete.then(() => figure?.querySelector('iframe')?.focus());
}

/**
 * An embed, privacy- and speed-first: nothing from its provider loads until the reader asks. A
 * provider that can show it in a frame gets a facade (provider, title, a button, a link to the
 * original) whose button creates the frame; any other embed is a card linking to the original.
 */
function renderEmbed(block: EmbedBlock, context: SectionTemplateContext): TemplateResult {
  const provider = providers.get(block);
  const part = `${context.prefix}embed`;
  if (provider?.frame) {
    return renderFacade(
      block,
      { ...provider, frame: provider.frame },
      context.labels,
      part,
      opened.has(block),
      (event) => open(block, event),
    );
  }
  return html`<figure class="embed" part=${part}>
    <div class="embed-card">
      ${provider ? html`<span class="embed-provider">${provider.name}</span>` : nothing}
      <a class="embed-title" href=${block.url}>${block.title}</a>
    </div>
    ${block.caption ? html`<figcaption>${block.caption}</figcaption>` : nothing}
  </figure>`;
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
function renderTable(block: TableBlock, context: SectionTemplateContext): TemplateResult {
  const numeric = numericColumns(block);
  const numberClass = (column: number) => (numeric[column] ? 'number' : nothing);
  const content = (cell: Cell | undefined) => (cell ? context.richText(cell) : nothing);
  const caption = block.caption ? html`<caption>${block.caption}</caption>` : nothing;
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
    aria-label=${block.caption ?? label(context.labels, 'table')}
  >
    <table>${caption}${head}<tbody>${rows}</tbody></table>
  </div>`;
}

type Of<T extends Block['type']> = Extract<Block, { type: T }>;

const templates = {
  heading: (block: Of<'heading'>, context: SectionTemplateContext) =>
    // One or two levels under the section's heading, however deep the section sits; its id is
    // unique among those of the shadow root (a second "Analysis" is "analysis-2").
    heading(context.headingLevel + block.level - 2, block.text, {
      id: uniqueId(block.id || slugify(block.text) || 'heading', context.ids),
      part: `${context.prefix}subheading`,
      className: `heading subheading-${block.level}`,
    }),
  table: renderTable,
  embed: renderEmbed,
  divider: (_block: Block, context: SectionTemplateContext) => html`<hr part="${context.prefix}divider" />`,
  note(block: Of<'note'>, { labels, prefix, richText }: SectionTemplateContext) {
    const kindLabel = block.kind
      ? label(
          labels,
          ({ correction: 'noteCorrection', editor: 'noteEditor', update: 'noteUpdate' } as const)[block.kind],
        )
      : label(labels, 'note');
    return html`<div class="note" part="${prefix}note" role="note" data-kind=${block.kind ?? nothing}>
      <p class="note-label">${kindLabel}</p>
      <p>${richText(block)}</p>
    </div>`;
  },
};

const styles = css`
  .article-section {
    /* Subheadings: the section heading's rules (class "heading"), a step or two smaller on the type scale. */
    & .subheading-3 {
      font-size: var(--_type-h3);
    }
    & .subheading-4 {
      font-size: 1.05em;
    }
    & hr {
      margin: 2em auto;
      inline-size: 30%;
      border: 0;
      border-block-start: 1px solid var(--_sys-color-rule);
    }
    & .note {
      margin: 1.6em 0;
      padding: 0.8em 1em;
      border-inline-start: 0.2em solid var(--_sys-color-accent);
      background: var(--_sys-color-surface-raised);
      font-size: 0.9em;
    }
    & .note p {
      margin: 0;
    }
    & .note-label {
      font-family: var(--_sys-font-ui);
      font-size: 0.85em;
      font-weight: 700;
      letter-spacing: 0.02em;
      text-transform: uppercase;
    }
    /* A wide table scrolls in its container (focusable, so by keyboard too) instead of widening the page. */
    & .table {
      margin: 1.6em 0;
      max-inline-size: 100%;
      overflow-x: auto;
    }
    & table {
      border-collapse: collapse;
      min-inline-size: 100%;
      font-family: var(--_sys-font-ui);
      font-size: 0.85em;
      line-height: 1.4;
    }
    & caption {
      margin-block-end: 0.5em;
      font-size: 0.95em;
      text-align: start;
      color: var(--_sys-color-text-muted);
    }
    & :is(th, td) {
      padding: 0.45em 0.75em;
      border-block-end: 1px solid var(--_sys-color-rule);
      text-align: start;
      vertical-align: top;
    }
    & thead th {
      border-block-end: 0.125em solid var(--_sys-color-rule-strong);
    }
    & .number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  }

  /* The frame, the facade and the sizing svg share one grid cell. */
  .embed-frame {
    display: grid;
    background: var(--_sys-color-surface-raised);
  }
  .embed-frame > * {
    grid-area: 1 / 1;
    inline-size: 100%;
    min-inline-size: 0;
  }
  .embed-frame iframe {
    block-size: 100%;
    border: 0;
  }
  .embed-facade {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    block-size: 100%;
    box-sizing: border-box;
    justify-content: center;
    align-items: center;
    padding: 1em;
    font-family: var(--_sys-font-ui);
    text-align: center;
  }
  .embed-load {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    padding: 0.5em 1.1em;
    border: 0;
    border-radius: 2em;
    font: inherit;
    font-weight: 700;
    /* The page's own text and surface, inverted: readable in both themes. */
    color: var(--_sys-color-surface);
    background: var(--_sys-color-text);
    cursor: pointer;
  }
  .embed-load svg {
    inline-size: 1.2em;
    block-size: 1.2em;
    fill: currentColor;
  }
  .embed-load:focus-visible {
    outline-offset: 0.15em;
  }

  .embed {
    margin: 1.6em 0;
  }
  .embed-card {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    padding: 0.9em 1em;
    border: 1px solid var(--_sys-color-rule);
    font-family: var(--_sys-font-ui);
  }
  .embed-provider {
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_sys-color-text-muted);
  }
  .embed-title {
    font-weight: 700;
  }
`;

// Loading this file registers the blocks with the parser and the section template, their labels'
// keys with the labels' parser (an element waits for this file before it reads labels for an
// article that has these blocks), and gives the sheet every root with blocks adopted, empty until
// now, its rules: it restyles them all.
labelKeys.push(...Object.keys(blockLabels));
for (const [type, parse] of Object.entries(parsers)) {
  blockKinds.set(type, { parse, render: templates[type as keyof typeof templates] } satisfies BlockKind);
}
(blockStyles as { cssText: string }).cssText = styles.cssText;
blockStyles.styleSheet?.replaceSync(styles.cssText);
