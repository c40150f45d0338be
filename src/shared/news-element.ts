import { consume } from '@lit/context';
import { LitElement, html, isServer, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  Problems,
  canonicalLocale,
  readJson,
  defaultLabels,
  supportedTimeZone,
  type DataProblem,
  type Labels,
  type NewsErrorDetail,
} from '../data/index.js';
import { version } from '../version.js';
import { newsContext, type NewsContext } from './context.js';
import { adoptLightStyles } from './light-styles.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every element shares: error reporting, theme, locale and time zone, a render that never
 * throws, and knowing whether the host slotted content of its own.
 */
export abstract class NewsElement extends LitElement {
  /** The library version, read by the guarded `define` to name both sides of a conflict. */
  static readonly version = version;

  /** `light`, `dark` or `auto` (the reader's preference). Without it the element inherits its scheme. */
  @property({ reflect: true }) theme?: Theme;

  /** BCP 47 locale for dates and lists; overrides the article's `inLanguage` and the page's `lang`. */
  @property() locale?: string;

  /** IANA time zone for times, e.g. `Asia/Kuala_Lumpur`; the reader's zone by default. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** True when the host gave light-DOM content (elements or text) to the default slot. */
  @state() protected hasSlottedContent = false;

  /** Rules for the element's slotted light-DOM descendants (see `adoptLightStyles`). */
  static lightStyles?: CSSResult;

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasSlottedContent = hasOwnContent(this);
    const { lightStyles } = this.constructor as typeof NewsElement;
    if (lightStyles) adoptLightStyles(this.getRootNode(), lightStyles);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || changed.has('timeZone')) {
      const problems = new Problems();
      const locale = settingText(this.locale, 'locale', problems);
      if (locale && !canonicalLocale(locale)) {
        problems.add('locale', `"${locale}" is not a BCP 47 language tag; the page's language is used`);
      }
      const timeZone = settingText(this.timeZone, 'time-zone', problems);
      if (timeZone && !supportedTimeZone(timeZone)) {
        problems.add('time-zone', `"${timeZone}" is not a known time zone; the reader's zone is used`);
      }
      this.report(problems.list);
    }
  }

  /**
   * Reads one data input (the value or its JSON text) with a parser from the data module and
   * reports what it had to skip.
   */
  protected parseInput<T>(
    input: unknown,
    name: string,
    parse: (value: unknown, path: string, problems: Problems) => T,
  ): T {
    const problems = new Problems();
    try {
      const result = parse(readJson(input, name, problems), name, problems);
      this.report(problems.list);
      return result;
    } catch (error) {
      // Parsing is written never to throw; should data still find a way, it costs only this input.
      this.report([
        ...problems.list,
        { field: name, reason: `could not be read (${describeError(error)}); it was left out` },
      ]);
      return parse(undefined, name, new Problems());
    }
  }

  /** Announces each problem with a `news-error` event and one console message naming the element. */
  protected report(problems: readonly DataProblem[]): void {
    for (const problem of problems) {
      const detail: NewsErrorDetail = { element: this.localName, ...problem };
      console.error(`<${this.localName}>: ${problem.field} ${problem.reason}.`);
      this.dispatchEvent(new CustomEvent<NewsErrorDetail>('news-error', { detail, bubbles: true, composed: true }));
    }
  }

  /** The context from an enclosing `<news-article>`; `NewsChildElement` consumes it. */
  protected get newsContext(): NewsContext | undefined {
    return undefined;
  }

  /** Locale for `Intl`: own attribute, then the enclosing article, then the page, then the browser. */
  protected get resolvedLocale(): string {
    return (
      canonicalLocale(this.locale) ??
      this.newsContext?.locale ??
      // A server knows neither the page around the element nor the reader.
      (isServer ? undefined : canonicalLocale(this.closest('[lang]')?.getAttribute('lang'))) ??
      // eslint-disable-next-line no-restricted-globals -- guarded by isServer.
      (isServer ? undefined : canonicalLocale(navigator.language)) ??
      'en'
    );
  }

  protected get resolvedTimeZone(): string | undefined {
    return (this.timeZone && supportedTimeZone(this.timeZone)) || this.newsContext?.timeZone;
  }

  protected get activeLabels(): Labels {
    return this.newsContext?.labels ?? defaultLabels;
  }

  protected override render(): TemplateResult {
    try {
      return this.renderContent();
    } catch (error) {
      // A render error must not blank the host page: report it and show all the slotted content.
      this.report([{ field: 'render', reason: `failed (${describeError(error)})` }]);
      const slotNames = new Set(Array.from(this.children ?? [], (child) => child.getAttribute('slot')).filter(Boolean));
      return html`${Array.from(slotNames, (name) => html`<slot name=${name!}></slot>`)}<slot></slot>`;
    }
  }

  protected abstract renderContent(): TemplateResult;

  /** Keeps `hasSlottedContent` true to the default slot. */
  protected onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasSlottedContent = slot.assignedNodes().some(isMeaningful);
  }

  /** Heading level from an attribute, the context or the default, clamped to h2–h6. */
  protected headingLevel(own: number | undefined): number {
    const level = own ?? this.newsContext?.headingLevel ?? 2;
    return Math.min(6, Math.max(2, Math.round(Number.isFinite(level) ? level : 2)));
  }
}

/** An element that, inside a `<news-article>`, falls back to the article's data. */
export abstract class NewsChildElement extends NewsElement {
  @consume({ context: newsContext, subscribe: true })
  @state()
  protected contextValue?: NewsContext;

  protected override get newsContext(): NewsContext | undefined {
    return this.contextValue;
  }
}

/**
 * A setting given as a property may be any value: a string is the setting, anything else is
 * reported (and the setting ignored), so no template ever turns an object into text.
 */
export function settingText(value: unknown, name: string, problems: Problems): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  problems.add(name, `should be a string but is ${value === null ? 'null' : typeof value}; it is ignored`);
  return undefined;
}

/** A thrown value as text; whatever was thrown, describing it never throws again. */
function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'an unexpected value was thrown';
}

/** Light-DOM children that are data, not content: the JSON-LD `<news-article>` adds, for one. */
const notContent = new Set(['script', 'style', 'template']);

const isMeaningful = (node: Node): boolean =>
  (node.nodeType === Node.ELEMENT_NODE && !notContent.has((node as Element).localName)) ||
  (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');

/** Light-DOM content meant for the default slot (named-slot children don't count). */
export function hasOwnContent(host: HTMLElement): boolean {
  return Array.from(host.childNodes).some(
    // `slot=""` is the default slot too.
    (node) => isMeaningful(node) && !(node instanceof Element && node.getAttribute('slot')),
  );
}

declare global {
  interface HTMLElementEventMap {
    'news-error': CustomEvent<NewsErrorDetail>;
  }
}
