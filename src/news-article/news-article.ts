import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArticleSection } from '../article-section/article-section.js';
import { articleSectionStyles } from '../article-section/article-section.styles.js';
import { renderSection, uniqueId, type SectionTemplateContext } from '../article-section/section-template.js';
import { AuthorCard } from '../author-card/author-card.js';
import { authorCardStyles } from '../author-card/author-card.styles.js';
import { renderAuthor } from '../author-card/author-template.js';
import { bulletListStyles } from '../bullet-list/bullet-list.styles.js';
import { renderList, type ListTemplateContext } from '../bullet-list/list-template.js';
import { LatestNews } from '../latest-news/latest-news.js';
import { latestNewsStyles } from '../latest-news/latest-news.styles.js';
import { renderLatest } from '../latest-news/latest-template.js';
import { SkipLink } from '../skip-link/skip-link.js';
import {
  canonicalLocale,
  defaultLabels,
  formatIsoDate,
  formatNameList,
  spaceAfter,
  isLater,
  labelsLoading,
  loadedLabels,
  otherStories,
  parsedHtmlFields,
  Problems,
  readJson,
  slugify,
  textDirection,
  type Article,
  type ArticleData,
  type HtmlField,
  type Labels,
  type Section,
} from '../data/index.js';
import { NewsContextProvider } from '../shared/context.js';
import { blockStyles } from '../shared/blocks.js';
import { styleSlottedBody } from '../shared/body-content-loader.js';
import { afterChunks } from '../shared/chunks.js';
import { figureStyles, renderFigure } from '../shared/figure.js';
import { LocaleController, pageLanguage } from '../shared/locale-controller.js';
import { NewsElement, type ReportProblems } from '../shared/news-element.js';
import { parseArticle, parseLabels } from '../shared/parsers.js';
import { relativeTimesReady } from '../shared/recent.js';
import { RichTextRenderer } from '../shared/rich-text.js';
import type { SkipTarget } from '../shared/skip-target.js';
import { SlotController } from '../shared/slot-controller.js';
import { loadSource } from '../shared/source.js';
import { loadStructuredData } from '../shared/structured-data-loader.js';
import { baseStyles, labelHeadingStyles } from '../shared/tokens.styles.js';
import { typeScaleStyles } from '../shared/type-scale.styles.js';
import { newsArticleStyles } from './news-article.styles.js';

/**
 * A whole news-article page: kicker, headline, standfirst, byline and dates, lead image, body,
 * author cards and the latest-news aside, from JSON (`article`) or from slotted HTML. It shares
 * the article, locale, time zone, labels and heading level with the elements inside it through
 * `@lit/context`, and hands the elements it renders their parts of the article as it parsed them.
 *
 * Slotted HTML is never hidden: a slotted part replaces the same part made from the JSON, and
 * the default slot's content follows the JSON sections.
 *
 * Its colour scheme is the page's (`color-scheme` inherits): light on a page that declares none,
 * the reader's on a page with `color-scheme: light dark`; `theme` overrides it.
 *
 * Its CSS custom properties (`--news-article-*`, those of the elements it renders, the system
 * tier `--news-sys-*`: roles such as text, surface and accent, and the reference tier it is built
 * from, `--news-ref-*`: the raw palette and type families) are defined, with their defaults, in
 * src/shared/tokens.ts, and can be set on any ancestor.
 *
 * @summary The whole article page.
 *
 * @slot - The body as plain HTML: `<article-section>` elements, paragraphs…, shown after any JSON sections.
 * @slot kicker - The kicker above the headline.
 * @slot headline - The headline (an `<h1>`).
 * @slot standfirst - The standfirst.
 * @slot byline - Byline and dates; a `<strong>` marks the names.
 * @slot image - The lead image.
 * @slot author - `<author-card>` elements, replacing the cards made from the JSON authors.
 * @slot aside - The aside, e.g. a `<latest-news>`, replacing the one made from the JSON `latest`.
 *
 * @csspart base - The page wrapper, which carries `lang` and `dir`.
 * @csspart skip-link - The `<skip-link>` at the start (left out with `no-skip-link`).
 * @csspart article - The `<article>`: header, body and authors; where the skip link moves focus.
 * @csspart header - Kicker, headline, standfirst, byline and lead image. For a dark header, give it a dark
 *   background and `color-scheme: dark`: the colours inside take their dark values (see the README's "Theming").
 * @csspart kicker - The kicker.
 * @csspart headline - The `<h1>`.
 * @csspart standfirst - The standfirst.
 * @csspart byline - Authors and dates.
 * @csspart figure - The lead image's `<figure>`.
 * @csspart body - The sections.
 * @csspart authors - The author cards.
 * @csspart aside - The aside with the latest news.
 *
 * The body, author cards and latest news made from JSON are rendered in the article's own shadow
 * root, with the templates of `<article-section>`, `<bullet-list>`, `<author-card>` and
 * `<latest-news>`. Their parts are the article's, named after the element (its `base` takes the
 * element's name), and their component custom properties apply as they do to the elements.
 *
 * @csspart article-section - A section made from JSON (`<article-section>`'s `base`).
 * @csspart article-section-heading - A JSON section's heading.
 * @csspart article-section-dateline - The dateline at the start of the first JSON section.
 * @csspart article-section-quote - A quote block's `<figure>`.
 * @csspart article-section-figure - A figure block's `<figure>`.
 * @csspart article-section-subheading - A heading block's `h3` or `h4`.
 * @csspart article-section-table - A table block's scroll container.
 * @csspart article-section-embed - An embed block's `<figure>`: its facade, then its frame.
 * @csspart article-section-divider - A divider block's `<hr>`.
 * @csspart article-section-note - A note block.
 * @csspart bullet-list-list - A list of a JSON section, or a list nested in it.
 * @csspart bullet-list-item - Each item of those lists.
 * @csspart bullet-list-term - The bold lead-in of an item.
 * @csspart author-card - An author card made from JSON (`<author-card>`'s `base`).
 * @csspart author-card-label - Its "About the author" heading.
 * @csspart author-card-person - The author's photo and details.
 * @csspart author-card-photo - The photo (or the initial shown when there is none).
 * @csspart author-card-name - The name.
 * @csspart author-card-role - The job title.
 * @csspart author-card-bio - The bio.
 * @csspart author-card-links - The list of profile links.
 * @csspart latest-news - The latest news made from JSON (`<latest-news>`'s `base`).
 * @csspart latest-news-label - Its "Latest News" heading.
 * @csspart latest-news-list - The list of stories.
 * @csspart latest-news-item - One story.
 * @csspart latest-news-headline - A story's headline (a link when it has a URL).
 * @csspart latest-news-time - A story's publication time.
 * @csspart latest-news-thumbnail - A story's image.
 * @csspart latest-news-empty - The text shown when there are no stories.
 *
 * @csspart status - Live region of `src`.
 * @csspart error - Shown when `src` failed.
 * @csspart retry - Its button.
 * @csspart placeholder - Space kept while `src` loads.
 *
 * @event news-error - Bad `article` or `labels` data, locale or time zone, or a `src` that failed;
 * `detail` is `{ element, field, reason }`.
 */
export class NewsArticle extends NewsElement implements SkipTarget {
  /** The tag the class is registered under. */
  static readonly tagName = 'news-article';
  /** The elements its template renders, registered with it. */
  static readonly dependencies = [ArticleSection, AuthorCard, LatestNews, SkipLink];
  // The elements' own sheets (the same objects) style what it renders of them from JSON.
  static override styles = [
    baseStyles,
    typeScaleStyles,
    figureStyles,
    newsArticleStyles,
    articleSectionStyles,
    blockStyles,
    bulletListStyles,
    labelHeadingStyles,
    authorCardStyles,
    latestNewsStyles,
  ];
  static override lightStyles = styleSlottedBody;
  /** @internal */
  static override dataInputs = ['article', 'labels'];
  static override properties: PropertyDeclarations = {
    article: {},
    locale: {},
    timeZone: { attribute: 'time-zone' },
    labels: {},
    noSkipLink: { type: Boolean, attribute: 'no-skip-link' },
    noStructuredData: { type: Boolean, attribute: 'no-structured-data' },
    model: { state: true },
    labelTexts: { state: true },
    src: {},
  };

  /** The article (see the data contract), or its JSON text (the `article` attribute). Wins over `src`. */
  article?: ArticleData | string;

  /** URL of an article in our JSON or a WordPress post (`wp/v2/posts/<id>?_embed`), loaded as `article`. */
  src?: string;

  // Read by the loader of `src` (the chunk that brings them), as are their attributes.

  /**
   * Cookies for `src`: `same-origin` (default), `include` or `omit`.
   * @attr credentials
   */
  credentials?: 'same-origin' | 'include' | 'omit';

  /**
   * Seconds `src` may take. Default: 30.
   * @attr timeout
   */
  timeout?: number;

  /** BCP 47 locale for dates, names and the built-in labels; overrides the article's `inLanguage` and the page's `lang`. */
  locale?: string;

  /** IANA time zone for times, e.g. `Asia/Kuala_Lumpur`; the reader's zone by default. */
  timeZone?: string;

  /**
   * Replacement texts: `{ skipToContent, latestNews, noLatestNews, aboutTheAuthor, aboutAuthors, by,
   * published, updated, email, phone, note, noteCorrection, noteEditor, noteUpdate, table, playVideo,
   * loadEmbed, openEmbed, loading, loadFailed, retry, newStories }` (the last four for `src`), or their JSON
   * text (the `labels` attribute), over the built-in ones of the article's language. `{title}` and
   * `{provider}` in `playVideo`, `loadEmbed` and `openEmbed` are filled in.
   */
  labels?: Partial<Labels> | string;

  /** Leaves out the built-in skip link, for a page that has its own `<skip-link>` at its top. */
  noSkipLink = false;

  /**
   * Leaves out the schema.org `NewsArticle` JSON-LD that the element otherwise keeps in its light
   * DOM (a `<script type="application/ld+json">` child, built from the JSON `article`), for a page
   * that describes the article itself, e.g. in its `<head>`.
   */
  noStructuredData = false;

  private model?: Article;
  private labelTexts: Labels = defaultLabels;
  /** The ids of the JSON sections' headings, by section (see `headingIds`). */
  private _sectionHeadingIds: (string | undefined)[] = [];
  /** The host's replacements, as parsed from `labels`. @internal */
  private _labelOverrides: Partial<Labels> = {};

  private readonly _context = new NewsContextProvider(this);

  /** The article's `inLanguage` stands between the element's own `locale` and the page's `lang`. */
  private readonly _intl = new LocaleController(
    this,
    () => ({ locale: this.model?.inLanguage }),
    (problems) => this.report(problems),
  );

  private readonly _slots = new SlotController(this);
  private readonly _richText = new RichTextRenderer(this, (problems) => this.report(problems));

  /** The JSON-LD `<script>` this element added to its light DOM, if any. */
  private _structuredDataScript?: HTMLScriptElement;
  /** Settles when the last update's JSON-LD is written. */
  private _structuredDataWritten?: Promise<void>;

  /** Where a skip link moves focus: the `<article>`. */
  get skipTarget(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.article') ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // From EventTarget's prototype: a page's `<img name="addEventListener">` shadows window's.
    // eslint-disable-next-line no-restricted-globals -- connectedCallback runs in a browser only.
    EventTarget.prototype.addEventListener.call(window, 'hashchange', this._revealHashTarget);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // eslint-disable-next-line no-restricted-globals -- disconnectedCallback runs in a browser only.
    EventTarget.prototype.removeEventListener.call(window, 'hashchange', this._revealHashTarget);
  }

  /** Waits for the chunks its content needs (see `afterChunks`). @internal */
  protected override _afterChunks(update: () => unknown): unknown {
    return afterChunks(this, this.article, update);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    loadSource(this);
    if (changed.has('article')) {
      this.model = this.parseInput(
        this.article,
        'article',
        (value, _path, problems) => parseArticle(value, problems),
        undefined,
      );
      this._richText.prepare(htmlFieldsOf(this.model));
      this._sectionHeadingIds = headingIds(this.model?.sections ?? []);
    }
    if (changed.has('labels')) {
      this._labelOverrides = this.parseInput(
        this.labels,
        'labels',
        (value, _path, problems) => parseLabels(value, problems),
        {},
      );
    }
    const names = ['article', 'labels', 'locale', 'timeZone'] as const;
    if (!this.hasUpdated || names.some((name) => changed.has(name))) {
      // The language's labels are here: each update waits for them (see _toAwait).
      this.labelTexts = { ...loadedLabels(this._intl.language), ...this._labelOverrides };
      this._context.value = {
        article: this.model,
        locale: this._intl.locale,
        timeZone: this._intl.timeZone,
        headingLevel: 2,
        labels: this.labelTexts,
      };
    }
  }

  /**
   * The labels of the language the article is in, and relative times for recent latest stories,
   * before the first render with them. @internal
   */
  protected override _toAwait(report: ReportProblems): Promise<unknown> | undefined {
    // Read as given: the article is parsed after the chunks, the blocks' parsers among them.
    const article = readJson(this.article, 'article', new Problems()) as Partial<ArticleData> | undefined;
    const language = canonicalLocale(this.locale) ?? canonicalLocale(article?.inLanguage) ?? pageLanguage(this);
    const labels = labelsLoading(language, report);
    const times = relativeTimesReady(this, 'latest', [article?.latest], report);
    return labels || times ? Promise.all([labels, times]) : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('article') || changed.has('noStructuredData')) this._updateStructuredData();
  }

  protected override async firstUpdated(): Promise<void> {
    // Once the update is done (the skip link and the structured data with it): WebKit otherwise
    // scrolls to where the heading was before the page settled.
    await this.updateComplete;
    this._revealHashTarget();
  }

  /**
   * The JSON content is rendered here, in this one shadow root, with the templates of the
   * elements that show the same content when slotted (section, list, author card, latest news).
   */
  protected renderContent(): TemplateResult {
    const article = this.model;
    const language = article?.inLanguage ?? canonicalLocale(this.locale);
    const hasAside = otherStories(article).length > 0 || this._slots.has('aside');
    return html`<div
      class="page"
      part="base"
      lang=${ifDefined(language)}
      dir=${ifDefined(language && textDirection(language))}
    >
      ${this.noSkipLink ? nothing : html`<skip-link part="skip-link"></skip-link>`}
      <div class=${hasAside ? 'layout has-aside' : 'layout'}>
        <article class="article" part="article" tabindex="-1" aria-labelledby="headline">
          <header class="header" part="header">
            <slot name="kicker"
              >${
                article?.articleSection ? html`<p class="kicker" part="kicker">${article.articleSection}</p>` : nothing
              }</slot
            >
            <div id="headline">
              <slot name="headline"
                >${
                  article?.headline ? html`<h1 class="headline" part="headline">${article.headline}</h1>` : nothing
                }</slot
              >
            </div>
            <slot name="standfirst"
              >${
                article?.description
                  ? html`<p class="standfirst" part="standfirst">${article.description}</p>`
                  : nothing
              }</slot
            >
            <slot name="byline">${this._renderByline(article)}</slot>
            <slot name="image"
              >${
                article?.image
                  ? html`<div class="lead-image">${renderFigure(article.image, 'figure', true)}</div>`
                  : nothing
              }</slot
            >
          </header>
          <div class="body" part="body">
            ${article ? this._renderSections(article) : nothing}
            <slot></slot>
          </div>
          <footer class="authors" part="authors">
            <slot name="author">${
              // One card for all the authors: several are "About the authors", not a stack of "About the author".
              article?.author.length
                ? html`<div class="author-card" part="author-card">
                    ${renderAuthor(
                      { people: article.author },
                      { prefix: 'author-card-', headingLevel: 2, labels: this.labelTexts },
                    )}
                  </div>`
                : nothing
            }</slot>
          </footer>
        </article>
        ${
          hasAside
            ? html`<aside class="aside" part="aside" aria-label=${this.labelTexts.latestNews}>
              <slot name="aside">${this._renderLatest(article)}</slot>
            </aside>`
            : html`<slot name="aside"></slot>`
        }
      </div>
    </div>`;
  }

  private _renderSections(article: Article): TemplateResult[] {
    const { locale, timeZone } = this._intl;
    const ids = this._sectionHeadingIds;
    const context: SectionTemplateContext = {
      prefix: 'article-section-',
      headingLevel: 2,
      locale,
      timeZone,
      richText: this._renderRichText,
      list: this._renderListBlock,
      labels: this.labelTexts,
      // Fresh for each render, so the blocks' ids (see `uniqueId`) come out the same each time.
      ids: new Set([...reservedIds, ...(ids as string[])]),
    };
    return article.sections.map(
      (section, index) =>
        html`<div class="article-section" part="article-section">
          ${renderSection(
            {
              heading: section.heading,
              headingId: ids[index],
              blocks: section.blocks,
              dateline: index === 0 ? article.dateline : undefined,
              date: index === 0 ? article.datePublished : undefined,
            },
            context,
          )}
        </div>`,
    );
  }

  private readonly _renderRichText = (content: { text?: string; html?: string }): unknown =>
    this._richText.render(content);

  private readonly _listContext: ListTemplateContext = {
    prefix: 'bullet-list-',
    richText: this._renderRichText,
  };

  private readonly _renderListBlock: SectionTemplateContext['list'] = (block) =>
    html`<div class="bullet-list">${renderList(block.items, block.ordered, this._listContext)}</div>`;

  private _renderLatest(article: Article | undefined): TemplateResult {
    const stories = otherStories(article);
    const { locale, timeZone } = this._intl;
    return renderLatest(
      {
        label: this.labelTexts.latestNews,
        labelId: latestLabelId,
        stories,
        emptyText: stories.length === 0 ? this.labelTexts.noLatestNews : undefined,
      },
      { prefix: 'latest-news-', headingLevel: 2, locale, timeZone },
      'latest-news',
    );
  }

  private _renderByline(article: Article | undefined): TemplateResult | typeof nothing {
    // "By Ana and Ben · Published 2 July 2025, 06:30 CEST · Updated 12:05 CEST": the names, the
    // publication (left out only when the dateline shows it, with no time of day and no update),
    // and the update, a time alone on the same day.
    const { locale, timeZone } = this._intl;
    const labels = this.labelTexts;
    const names = article?.author.map((person) => person.name) ?? [];
    const published = article?.datePublished;
    const modified = isLater(article?.dateModified, published) ? article!.dateModified : undefined;
    // The parser lets only valid ISO 8601 values through.
    const format = (value: string, withTime?: boolean, timeOnly?: boolean) =>
      formatIsoDate(value, { locale, timeZone, withTime, timeOnly });
    const time = (value: string, timeOnly?: boolean) =>
      html`<time datetime=${value}>${format(value, true, timeOnly)}</time>`;
    const items: [string, TemplateResult][] = [];
    if (names.length > 0) items.push([labels.by, html`<span class="names">${formatNameList(names, locale)}</span>`]);
    // The dateline says the date, but not the time of day (a value longer than YYYY-MM-DD) nor an update.
    if (published && (modified || published.length > 10 || !article!.dateline || article!.sections.length === 0)) {
      items.push([labels.published, time(published)]);
    }
    // An update on the day of publication, where the reader reads it, is a time alone.
    if (modified) items.push([labels.updated, time(modified, format(published!) === format(modified))]);
    // A label is followed by a space unless it ends in full-width punctuation ("作者：张三").
    return items.length > 0
      ? html`<p class="byline" part="byline">
          ${items.map(
            ([label, value], index) =>
              html`${index ? separator : nothing}<span>${label}${spaceAfter(label)}${value}</span>`,
          )}
        </p>`
      : nothing;
  }

  /** Keeps the light-DOM JSON-LD true to the article: added, replaced or removed. Called from `updated()`, in a browser only. */
  private _updateStructuredData(): void {
    // Built in the structured-data chunk, loaded after the first render: search engines run the
    // page's scripts and wait for its load. `updateComplete` waits for it.
    // Without a headline there is no article to describe (see `structuredData`): no chunk to load.
    if (!this.model?.headline || this.noStructuredData) {
      this._structuredDataScript?.remove();
      this._structuredDataScript = undefined;
      return;
    }
    this._structuredDataWritten = loadStructuredData().then(
      ({ writeStructuredData }) => {
        // The article as it is now: a later update may have changed it while the chunk loaded.
        if (this.model?.headline && !this.noStructuredData)
          this._structuredDataScript = writeStructuredData(this, this.model, this._structuredDataScript, (problems) =>
            this.report(problems),
          );
      },
      () => {
        if (structuredDataFailureReported) return;
        structuredDataFailureReported = true;
        this.report([
          {
            field: 'structured-data',
            reason: 'is left out: serve the news-elements-structured-data-*.js file beside news-elements.js',
          },
        ]);
      },
    );
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this._structuredDataWritten;
    return complete;
  }

  /** Section headings live in the shadow root, where the browser cannot find a `#fragment`: we do. */
  private _revealHashTarget = (): void => {
    // eslint-disable-next-line no-restricted-globals -- an event handler and firstUpdated(), browser only.
    const id = decodeFragment(location.hash.slice(1));
    // Options without a prototype: a key a page added to Object.prototype (`behavior`) is not ours.
    if (id)
      this.shadowRoot?.getElementById(id)?.scrollIntoView({ __proto__: null, block: 'start' } as ScrollIntoViewOptions);
  };
}

const separator = html`<span class="separator" aria-hidden="true">·</span>`;

/** Ids the article's own template gives, which no section heading may take. */
/** A structured-data chunk that did not load is reported once for the page, not once per article. */
let structuredDataFailureReported = false;

const latestLabelId = 'latest-news-label';
const reservedIds = ['headline', latestLabelId];

/**
 * The ids of the section headings: the section's `id`, else its heading's slug, made unique in
 * the article's shadow root (a second "Analysis" is `analysis-2`), so every heading is linkable.
 */
function headingIds(sections: readonly Section[]): (string | undefined)[] {
  const used = new Set(reservedIds);
  return sections.map((section) => {
    const text = section.heading?.trim();
    const base = text && (section.id || slugify(text));
    return base ? uniqueId(base, used) : undefined;
  });
}

/** The `html` fields of the article's sections and their lists, named by their paths in the article's input. */
function htmlFieldsOf(article: Article | undefined): HtmlField[] {
  return (article?.sections ?? []).flatMap(({ blocks }) => [
    ...parsedHtmlFields(blocks, true),
    ...blocks.flatMap((block) => (block.type === 'list' ? parsedHtmlFields(block.items, true) : [])),
  ]);
}

/** A fragment as the browser matches it to an id: percent-decoded, or as written when that fails. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    [NewsArticle.tagName]: NewsArticle;
  }
}
