import { ContextConsumer, ContextEvent, ContextProvider, createContext } from '@lit/context';
import { isServer, type ReactiveControllerHost, type ReactiveElement } from 'lit';
import { labelsLoading, loadedLabels, type Article, type DataProblem, type Labels } from '../data/index.js';
import { pageLanguage } from './locale-controller.js';

/** What `<news-article>` shares with the elements inside it. */
export interface NewsContext {
  article?: Article;
  /** Locale for dates, resolved and valid. */
  locale: string;
  /** IANA zone, valid; undefined is the reader's own. */
  timeZone?: string;
  /** Level of the headings of the article's sections, asides and author cards. */
  headingLevel: number;
  /** The built-in labels of the article's language with the host's replacements over them. */
  labels: Labels;
}

export const newsContext = createContext<NewsContext | undefined>(Symbol.for('news-elements.context'));

type Host = ReactiveControllerHost & HTMLElement;

/**
 * How `<news-article>` shares its context with the elements inside it, through `@lit/context`:
 * one path for the elements the article renders itself and for those a page slots into it.
 * In a browser a consumer's request reaches the article when the consumer connects, and it
 * follows every change. A server connects nothing: there the consumer asks once, when it first
 * reads the value while it renders, and the server's DOM carries the request up the tree it
 * renders, through the article's shadow root, which the provider makes for it.
 */
export class NewsContextProvider {
  private readonly _provider: ContextProvider<typeof newsContext, Host>;

  constructor(private readonly _host: Host) {
    this._provider = new ContextProvider(_host, { context: newsContext });
  }

  set value(value: NewsContext) {
    // Connecting would make it; the requests of the elements the host renders travel through it.
    if (isServer && !this._host.shadowRoot) this._host.attachShadow({ mode: 'open' });
    this._provider.setValue(value);
  }
}

/**
 * What an element reads of the `<news-article>` around it (see `NewsContextProvider`).
 */
export class NewsContextController {
  private readonly _consumer: ContextConsumer<typeof newsContext, Host>;
  private _askedOnServer = false;
  private _fromServer?: NewsContext;

  constructor(private readonly _host: Host) {
    this._consumer = new ContextConsumer(_host, { context: newsContext, subscribe: true });
  }

  /** The enclosing article's context; undefined outside an article. */
  get value(): NewsContext | undefined {
    if (!isServer) return this._consumer.value;
    if (!this._askedOnServer) {
      this._askedOnServer = true;
      this._host.dispatchEvent(new ContextEvent(newsContext, this._host, (value) => (this._fromServer = value)));
    }
    return this._fromServer;
  }

  // The article's labels, else the page language's.
  get labels(): Labels {
    return this.value?.labels ?? loadedLabels(pageLanguage(this._host));
  }

  /**
   * What the host's first render waits for: inside an article that has not rendered yet, its
   * first update, which brings the article's context and labels; else the page language's labels.
   * @internal
   */
  labelsReady(report: (problems: readonly DataProblem[]) => void): Promise<unknown> | undefined {
    if (this.value) return undefined;
    const article = this._host.closest<HTMLElement & Partial<ReactiveElement>>('news-article');
    return article?.hasUpdated === false ? article.updateComplete : labelsLoading(pageLanguage(this._host), report);
  }

  /** The element's own heading level, else the article's, else 2 (`heading()` keeps it to h2–h6). */
  headingLevel(own: number | undefined): number {
    return own ?? this.value?.headingLevel ?? 2;
  }
}
