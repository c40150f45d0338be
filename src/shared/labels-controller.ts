import { isServer, type ReactiveControllerHost } from 'lit';
import {
  canonicalLocale,
  defaultLabels,
  labelLanguage,
  labelsIfLoaded,
  loadLabels,
  type DataProblem,
  type Labels,
} from '../data/index.js';
import { describeError } from './news-element.js';

/**
 * The built-in labels in the language of the text around an element. Each language but English
 * is a module of its own, fetched when first needed: the element waits for it before its first
 * render (see `NewsElement.toAwait`), so that a reader never sees English flash before
 * their language. Should a module fail to load, English is shown and the failure reported once.
 * A server cannot wait: it shows the languages loaded beforehand with `loadLabels`, else English.
 */
export class LabelsController {
  /** The language last asked for, so that a failed load is reported once. */
  private requested?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The locale of the text the labels sit in; undefined: the page's `lang`. */
    private readonly locale: () => string | undefined,
    private readonly report: (problems: readonly DataProblem[]) => void,
  ) {}

  /** The labels in the host's language, once loaded; English until then (and where none matches). */
  get labels(): Labels {
    const locale = this.resolvedLocale();
    const labels = labelsIfLoaded(locale);
    if (labels) return labels;
    if (!isServer) this.load(locale);
    return defaultLabels;
  }

  /** The labels of `locale` (else the host's language) while they are loading, to wait for; else undefined. */
  loading(locale = this.resolvedLocale()): Promise<unknown> | undefined {
    if (isServer || labelsIfLoaded(locale)) return undefined;
    // A failure is reported by the render that follows, which asks again.
    return loadLabels(locale).catch(() => undefined);
  }

  private resolvedLocale(): string | undefined {
    return this.locale() ?? pageLanguage(this.host);
  }

  private load(locale: string | undefined): void {
    const language = labelLanguage(locale);
    if (this.requested === language) return;
    this.requested = language;
    loadLabels(locale).then(
      () => this.host.requestUpdate(),
      (error: unknown) =>
        this.report([
          {
            field: 'labels',
            reason: `show English: news-elements-${language}.js did not load (${describeError(error)})`,
          },
        ]),
    );
  }
}

/** The `lang` of the element or its nearest ancestor that has one; a server sees no page. */
export function pageLanguage(element: HTMLElement): string | undefined {
  return isServer ? undefined : canonicalLocale(element.closest('[lang]')?.getAttribute('lang'));
}
