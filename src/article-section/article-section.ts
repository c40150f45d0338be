import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { BulletList } from '../bullet-list/bullet-list.js';
import { Problems, parseIsoDate, parsedHtmlFields, slugify, type Block, type BlockData } from '../data/index.js';
import { NewsContextController } from '../shared/context.js';
import { blockStyles } from '../shared/blocks.js';
import { styleSlottedBody } from '../shared/body-content-loader.js';
import { afterChunks } from '../shared/chunks.js';
import { figureStyles } from '../shared/figure.js';
import { LocaleController } from '../shared/locale-controller.js';
import { parseBlocks } from '../shared/parsers.js';
import { NewsElement, type ReportProblems } from '../shared/news-element.js';
import type { RichText } from '../shared/parts.js';
import { RichTextRenderer } from '../shared/rich-text.js';
import { baseStyles } from '../shared/tokens.styles.js';
import { typeScaleStyles } from '../shared/type-scale.styles.js';
import { articleSectionStyles } from './article-section.styles.js';
import { renderSection } from './section-template.js';

/**
 * One section of an article: an optional heading and its blocks (paragraphs, lists, quotes,
 * figures, subheadings, tables, embeds, dividers, notes). Inside a `<news-article>` its heading
 * is an `h2` unless `level` says otherwise; subheadings are one or two levels under it.
 *
 * An embed shows nothing from its provider until the reader asks: a facade (provider, title, a
 * button) and a link to the original; the provider's frame is created on the button's click.
 *
 * Its CSS custom properties (`--article-section-*`, and the system and reference tokens `--news-sys-*` and
 * `--news-ref-*` that all six elements share) are defined, with their defaults, in
 * src/shared/tokens.ts.
 *
 * @summary A section of an article: a heading and its blocks.
 *
 * @slot - The section as plain HTML (a heading, paragraphs, lists…), shown after any `blocks`.
 *
 * @csspart base - The wrapper around heading and blocks, which sets the body text size.
 * @csspart heading - The rendered heading.
 * @csspart dateline - The dateline at the start of the first paragraph.
 * @csspart quote - A quote block's `<figure>`.
 * @csspart figure - A figure block's `<figure>`.
 * @csspart subheading - A heading block's `h3` or `h4`.
 * @csspart table - A table block's scroll container (a focusable region named by the caption).
 * @csspart embed - An embed block's `<figure>`: its facade, then its frame.
 * @csspart divider - A divider block's `<hr>`.
 * @csspart note - A note block (`role="note"`), its kind as its label.
 *
 * @event news-error - Bad `blocks` data, `level`, `date`, locale or time zone; `detail` is `{ element, field, reason }`.
 */
export class ArticleSection extends NewsElement {
  /** The tag the class is registered under. */
  static readonly tagName = 'article-section';
  /** The elements its template renders, registered with it. */
  static readonly dependencies = [BulletList];
  static override styles = [baseStyles, typeScaleStyles, figureStyles, articleSectionStyles, blockStyles];
  static override lightStyles = styleSlottedBody;
  /** @internal */
  static override dataInputs = ['blocks'];
  static override properties: PropertyDeclarations = {
    heading: {},
    blocks: {},
    level: { type: Number },
    headingId: { attribute: 'heading-id' },
    dateline: {},
    date: {},
    locale: {},
    timeZone: { attribute: 'time-zone' },
    model: { state: true },
  };

  /** The section heading, shown as text. */
  heading?: string;

  /**
   * The blocks: strings (paragraphs) or block objects (`paragraph`, `list`, `quote`, `figure`,
   * `heading`, `table`, `embed`, `divider`, `note`), or their JSON text (the `blocks` attribute).
   */
  blocks?: BlockData[] | string;

  /** Heading level, 2–6. Default: the enclosing article's section level, else 2. */
  level?: number;

  /** Id of the heading, for links to the section. Default: derived from the heading text. */
  headingId?: string;

  /** Place shown at the start of the first paragraph, e.g. `Kuala Lumpur`. */
  dateline?: string;

  /** ISO 8601 date or instant shown with the dateline: the date written in it, where the story was filed. */
  date?: string;

  /** BCP 47 locale for the date and, outside an article, the built-in labels; overrides the enclosing article's and the page's `lang`. */
  locale?: string;

  /**
   * IANA time zone, e.g. `Asia/Kuala_Lumpur`; the article's or the reader's zone by default. The
   * dateline's date stays the one written in `date`.
   */
  timeZone?: string;

  private model: Block[] = [];

  private readonly _context = new NewsContextController(this);
  private readonly _intl = new LocaleController(
    this,
    () => this._context.value,
    (problems) => this.report(problems),
  );
  private readonly _richText = new RichTextRenderer(this, (problems) => this.report(problems));

  /** Waits for the chunks its content needs (see `afterChunks`). @internal */
  protected override _afterChunks(update: () => unknown): unknown {
    return afterChunks(this, this.blocks, update);
  }

  /** The labels of its language (the dateline's separator, the blocks' labels), before the first render. @internal */
  protected override _toAwait(report: ReportProblems): Promise<unknown> | undefined {
    return this._context.labelsReady(report);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('blocks')) {
      this.model = this.parseInput(this.blocks, 'blocks', parseBlocks, []);
      this._richText.prepare(parsedHtmlFields(this.model));
    }
    const problems = new Problems();
    if (changed.has('date') && this.date && !parseIsoDate(this.date)) {
      problems.add('date', `"${this.date}" is not an ISO 8601 date`);
    }
    const level = this.level;
    if (changed.has('level') && level !== undefined && !(Number.isInteger(level) && level >= 2 && level <= 6)) {
      problems.add('level', `${level} is not a whole heading level from 2 to 6`);
    }
    this.report(problems.list);
  }

  protected renderContent(): TemplateResult {
    const headingText = this.heading?.trim();
    const { locale, timeZone } = this._intl;
    const headingId = headingText ? this.headingId || slugify(headingText) || undefined : undefined;
    return html`<div class="article-section" part="base">
      ${renderSection(
        {
          heading: headingText,
          headingId,
          blocks: this.model,
          dateline: this.dateline,
          date: this.date,
        },
        {
          prefix: '',
          headingLevel: this._context.headingLevel(this.level),
          locale,
          timeZone,
          richText: this._renderRichText,
          list: renderListElement,
          labels: this._context.labels,
          ids: new Set([headingId!]),
        },
      )}
      <slot></slot>
    </div>`;
  }

  private readonly _renderRichText: RichText = (content) => this._richText.render(content);
}

const renderListElement = (block: Extract<Block, { type: 'list' }>): TemplateResult =>
  html`<bullet-list .items=${block.items} ?ordered=${block.ordered}></bullet-list>`;

declare global {
  interface HTMLElementTagNameMap {
    [ArticleSection.tagName]: ArticleSection;
  }
}
