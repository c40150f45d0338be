import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { otherStories, type NewsItem, type NewsItemData } from '../data/index.js';
import { NewsContextController } from '../shared/context.js';
import { LocaleController } from '../shared/locale-controller.js';
import { styleSlottedBody } from '../shared/body-content-loader.js';
import { afterScriptChunks } from '../shared/script-chunks.js';
import { parseNewsItems } from '../shared/parsers.js';
import { NewsElement, type ReportProblems } from '../shared/news-element.js';
import { relativeTimesReady } from '../shared/recent.js';
import { SlotController } from '../shared/slot-controller.js';
import { loadSource } from '../shared/source.js';
import { baseStyles, labelHeadingStyles } from '../shared/tokens.styles.js';
import { latestNewsStyles } from './latest-news.styles.js';
import { renderLatest } from './latest-template.js';

/**
 * A list of recent stories with their times. Without items or slotted content of its own,
 * inside a `<news-article>` it shows the article's `latest`, leaving out the article itself.
 *
 * A story under a day old says how long ago it was ("25 min ago"), kept fresh; an older one, its date.
 *
 * Its CSS custom properties (`--latest-news-*`, and the system and reference tokens `--news-sys-*` and
 * `--news-ref-*` that all six elements share) are defined, with their defaults, in
 * src/shared/tokens.ts.
 *
 * @summary Recent stories with their times.
 *
 * @slot - A list of links to stories, as plain HTML, used when there are no `items`.
 *
 * @csspart base - The section around heading and list.
 * @csspart label - The "Latest News" heading.
 * @csspart list - The list of stories.
 * @csspart item - One story.
 * @csspart headline - A story's headline (a link when it has a URL).
 * @csspart time - A story's publication time: relative when less than a day old, else its date.
 * @csspart thumbnail - A story's image.
 * @csspart empty - The text shown when there are no stories.
 * @csspart status - Live region of `src` ("3 new stories").
 * @csspart error - Shown when `src` failed.
 * @csspart retry - Its button.
 * @csspart placeholder - Space kept while `src` loads.
 *
 * @event news-error - Bad `items` data, locale or time zone, a `src` that failed or stories it left out, or labels
 * that did not load; `detail` is `{ element, field, reason }`.
 */
export class LatestNews extends NewsElement {
  /** The tag the class is registered under. */
  static readonly tagName = 'latest-news';
  static override styles = [baseStyles, labelHeadingStyles, latestNewsStyles];
  static override lightStyles = styleSlottedBody;
  /** @internal */
  static override dataInputs = ['items'];
  static override properties: PropertyDeclarations = {
    items: {},
    model: { state: true },
    label: {},
    emptyLabel: { attribute: 'empty-label' },
    level: { type: Number },
    locale: {},
    timeZone: { attribute: 'time-zone' },
    src: {},
    maxItems: { type: Number, attribute: 'max-items', reflect: true },
  };

  /** The stories: `{ headline, url, datePublished, image, description }` objects, or their JSON text. Win over `src`. */
  items?: NewsItemData[] | string;

  /** URL of a JSON Feed, RSS, Atom, WordPress posts (`wp/v2/posts?_embed`) or our JSON, loaded as `items`. */
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

  /**
   * Seconds between reloads of `src` (at least 15), paused while the page is hidden.
   * @attr refresh
   */
  refresh?: number;

  /**
   * The most stories shown, from `items`, `src` or the enclosing article; those past it are not
   * read, and that is reported. Default (also for a value that is not a number from 0 up): 50.
   */
  maxItems?: number;

  private model: NewsItem[] = [];

  /** The heading. Default (also for a blank value): "Latest News" in the article's or page's language (or the article's `labels.latestNews`). */
  label?: string;

  /** Text shown when there are no stories. Default (also for a blank value): "No recent stories.", in the same language. */
  emptyLabel?: string;

  /** Heading level, 2–6. Default: the enclosing article's level, else 2. */
  level?: number;

  /** BCP 47 locale for the times and, outside an article, the built-in labels; overrides the enclosing article's and the page's `lang`. */
  locale?: string;

  /** IANA time zone for the times, e.g. `Asia/Kuala_Lumpur`; the article's or the reader's zone by default. */
  timeZone?: string;

  private readonly _context = new NewsContextController(this);
  private readonly _intl = new LocaleController(
    this,
    () => this._context.value,
    (problems) => this.report(problems),
  );
  private readonly _slots = new SlotController(this);

  /** Waits for the typography of its script and, with slotted content, its styles (see `afterScriptChunks`). @internal */
  protected override _afterChunks(update: () => unknown): unknown {
    return afterScriptChunks(this, update);
  }

  /** @internal */
  protected override _toAwait(report: ReportProblems): Promise<unknown> | undefined {
    // The article's stories are known once it has rendered, which the labels wait for.
    const times = () => relativeTimesReady(this, 'items', [this.items, this._context.value?.article?.latest], report);
    const labels = this._context.labelsReady(report);
    return labels ? labels.then(times) : times();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    loadSource(this);
    if (changed.has('items') || changed.has('maxItems'))
      this.model = this.parseInput(
        this.items,
        'items',
        (value, path, problems) => parseNewsItems(value, path, problems, this.maxItems),
        [],
      );
  }

  protected renderContent(): TemplateResult {
    const hasSlottedContent = this._slots.has();
    // Own items, else the article's latest stories without the article itself.
    const stories = (
      this.model.length > 0 || hasSlottedContent ? this.model : otherStories(this._context.value?.article)
    ).slice(0, this.maxItems! >= 0 ? this.maxItems : undefined);
    const labels = this._context.labels;
    const { locale, timeZone } = this._intl;
    return renderLatest(
      {
        label: this.label?.trim() || labels.latestNews,
        labelId: 'label',
        stories,
        emptyText:
          // Where slotted content cannot be seen (a server), "no stories" could sit beside a slotted list.
          stories.length === 0 && !hasSlottedContent && this._slots.seesSlots && !this.ariaBusy
            ? this.emptyLabel?.trim() || labels.noLatestNews
            : undefined,
      },
      { prefix: '', headingLevel: this._context.headingLevel(this.level), locale, timeZone },
      'base',
      html`<slot></slot>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    [LatestNews.tagName]: LatestNews;
  }
}
