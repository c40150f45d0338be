import { isServer, type ReactiveController, type ReactiveControllerHost, type ReactiveElement } from 'lit';
import { Problems, canonicalLocale, supportedTimeZone, type DataProblem } from '../data/index.js';
import { settingText } from './news-element.js';

/** An element that formats dates or names, with its `locale` and `time-zone` settings. */
export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  locale?: string;
  timeZone?: string;
}

/** What the element inherits when it sets neither: an enclosing article's settings, or its data's language. */
export type InheritedLocale = () => { locale?: string; timeZone?: string } | undefined;

/**
 * The locale and time zone an element formats with, resolved as Spectrum's
 * `LanguageResolutionController` resolves a language: the element's own `locale` and
 * `time-zone`, then what it inherits, then the page's `lang`, then the browser's language. A bad
 * setting is reported once, when it is set, and passed over.
 */
export class LocaleController implements ReactiveController {
  private _checked: { locale?: unknown; timeZone?: unknown } = {};

  constructor(
    private readonly _host: LocaleHost,
    private readonly _inherited: InheritedLocale,
    private readonly _report: (problems: readonly DataProblem[]) => void,
  ) {
    _host.addController(this);
  }

  hostUpdate(): void {
    const { locale, timeZone } = this._host;
    if (locale === this._checked.locale && timeZone === this._checked.timeZone) return;
    this._checked = { locale, timeZone };
    const problems = new Problems();
    const ownLocale = settingText(locale, 'locale', problems);
    if (ownLocale && !canonicalLocale(ownLocale)) {
      problems.add('locale', `"${ownLocale}" is not a BCP 47 language tag; the page's language is used`);
    }
    const ownZone = settingText(timeZone, 'time-zone', problems);
    if (ownZone && !supportedTimeZone(ownZone)) {
      problems.add('time-zone', `"${ownZone}" is not a known time zone; the reader's zone is used`);
    }
    this._report(problems.list);
  }

  /** The language of the element's labels: own setting, then inherited, then the page. */
  get language(): string | undefined {
    return canonicalLocale(this._host.locale) ?? this._inherited()?.locale ?? pageLanguage(this._host);
  }

  /** Locale for `Intl`: the language of the labels, else the browser's, else `en`. */
  get locale(): string {
    return (
      this.language ??
      // A server knows neither the page around the element nor the reader.
      // eslint-disable-next-line no-restricted-globals -- guarded by isServer.
      (isServer ? undefined : canonicalLocale(navigator.language)) ??
      'en'
    );
  }

  /** IANA zone for `Intl`: own setting, then inherited; undefined is the reader's own. */
  get timeZone(): string | undefined {
    return (this._host.timeZone && supportedTimeZone(this._host.timeZone)) || this._inherited()?.timeZone;
  }
}

/**
 * The element's own `locale` (`<latest-news>`, `<article-section>`), else the `lang` of the element
 * or its nearest ancestor that has one; a server sees no page. @internal
 */
export function pageLanguage(element: HTMLElement & { locale?: string }): string | undefined {
  return (
    // The element's own setting, if it has one: another's `locale` could only come from `Object.prototype`.
    canonicalLocale(
      (element.constructor as typeof ReactiveElement).elementProperties.has('locale') ? element.locale : undefined,
    ) ?? (isServer ? undefined : canonicalLocale(element.closest('[lang]')?.getAttribute('lang')))
  );
}
