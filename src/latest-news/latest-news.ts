import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { otherStories, parseNewsItems, type NewsItem, type NewsItemData } from '../data/index.js';
import { NewsContextController } from '../shared/context.js';
import { LocaleController } from '../shared/locale-controller.js';
import { afterBodyStyles, styleSlottedBody } from '../shared/body-content-loader.js';
import { NewsElement } from '../shared/news-element.js';
import { SlotController } from '../shared/slot-controller.js';
import { loadSource, type SourceView } from '../shared/source.js';
import { baseStyles, labelHeadingStyles } from '../shared/tokens.styles.js';
import { latestNewsStyles } from './latest-news.styles.js';
import { renderLatest } from './latest-template.js';

/**
 * A list of recent stories with their times. Without items or slotted content of its own,
 * inside a `<news-article>` it shows the article's `latest`, leaving out the article itself.
 *
 * Its CSS custom properties include the system and reference tokens (`--news-sys-*`,
 * `--news-ref-*`) that all six elements share.
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
 * @csspart time - A story's publication time.
 * @csspart thumbnail - A story's image.
 * @csspart empty - The text shown when there are no stories.
 * @csspart status - The polite live region that announces loading, failures and new stories ("3 new stories").
 * @csspart error - The line shown when `src` could not be loaded, after the stories shown before.
 * @csspart retry - Its button, which loads `src` again.
 * @csspart placeholder - The space kept for the stories while `src` loads, when nothing else is shown.
 *
 * @event news-error - Bad `items` data, locale or time zone, a `src` that could not be loaded
 * (network failure, timeout, an error status, HTML, invalid JSON or XML, over 5 MB) or stories of
 * the feed that had to be left out; `detail` is `{ element, field, reason }`.
 *
 * @cssprop --latest-news-headline-font - Font of the headlines. Default: the display font.
 * @cssprop --latest-news-time-color - Colour of times and descriptions. Default: the muted text colour.
 * @cssprop --latest-news-divider-color - Line between stories. Default: the rule colour.
 * @cssprop --news-loading-min-height - Space kept while `src` loads and nothing is shown yet. Default: `12em`.
 */
export class LatestNews extends NewsElement {
  /** The tag the class is registered under. */
  static readonly tagName = 'latest-news';
  static override styles = [baseStyles, labelHeadingStyles, latestNewsStyles];
  static override lightStyles = styleSlottedBody;
  static override properties: PropertyDeclarations = {
    items: {},
    model: { state: true },
    label: {},
    emptyLabel: { attribute: 'empty-label' },
    level: { type: Number },
    locale: {},
    timeZone: { attribute: 'time-zone' },
    src: {},
    credentials: {},
    timeout: { type: Number },
    refresh: { type: Number },
    maxItems: { type: Number, attribute: 'max-items' },
  };

  /**
   * The stories: `{ headline, url, datePublished, image, description }` objects, or their JSON
   * text. Win over `src` when both are set.
   */
  items?: NewsItemData[] | string;

  /**
   * A URL to load the stories from when `items` is not set: a JSON Feed, RSS or Atom feed, a
   * WordPress REST posts list (`/wp-json/wp/v2/posts?_embed`) or a JSON array of news items,
   * told apart by content type and content. What was shown stays until the stories have
   * loaded, and stays when loading fails.
   */
  src?: string;

  /** Whether `src` is fetched with cookies: `same-origin` (the default), `include` or `omit`. */
  credentials?: 'same-origin' | 'include' | 'omit';

  /** Seconds before loading `src` is given up. Default: 30. */
  timeout?: number;

  /**
   * Seconds between reloads of `src` (at least 15), asking the server whether the feed changed
   * (`If-None-Match`). Paused while the page is hidden; slower after failures. Without it, `src` loads once.
   */
  refresh?: number;

  /** The most stories shown, from `items` or `src`. Default: all. */
  maxItems?: number;

  private model: NewsItem[] = [];
  /**
   * The stories as loaded from `src` (a change renders as one of `items`). Written
   * by the loader chunk, so it has no leading underscore: the CDN build renames those.
   */
  private loaded?: unknown;
  /** @internal The loader's view of `src` (see `loadSource`). */
  source?: SourceView | null;

  /** The heading. Default (also for a blank value): "Latest News" (or the article's `labels.latestNews`). */
  label?: string;

  /** Text shown when there are no stories. Default (also for a blank value): "No recent stories." */
  emptyLabel?: string;

  /** Heading level, 2–6. Default: the enclosing article's level, else 2. */
  level?: number;

  /** BCP 47 locale for the times; overrides the enclosing article's and the page's `lang`. */
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

  /** With slotted content, the first render waits for its styles (see `afterBodyStyles`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterBodyStyles(this, () => super.scheduleUpdate()) as void | Promise<unknown>;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    loadSource(this, 'items');
    if (changed.has('items')) this.model = this.parseInput(this.items ?? this.loaded, 'items', parseNewsItems);
  }

  protected renderContent(): TemplateResult {
    const hasSlottedContent = this._slots.has();
    // Own items, else the article's latest stories without the article itself; at most `max-items`.
    const shown = this.model.length > 0 || hasSlottedContent ? this.model : otherStories(this._context.value?.article);
    const max = this.maxItems;
    // Not a number (no attribute, or one that is not a number) or below 0: all; slice takes whole numbers.
    const stories = typeof max === 'number' && max >= 0 ? shown.slice(0, max) : shown;
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
      html`<slot></slot>${this.source?.render()}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    [LatestNews.tagName]: LatestNews;
  }
}
