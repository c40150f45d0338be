/**
 * All of `src` but the check that it is set, a chunk of its own: the other settings (`credentials`,
 * `timeout`, `refresh`, as properties and attributes; `max-items` is `<latest-news>`'s own), fetching (abort, timeout, size
 * limit, ETag), reading the answer (our JSON, a WordPress post, any feed `sniffFeed` knows), the
 * refresh cycle, and what shows the loading and failures, drawn by hand with its styles (an
 * import of Lit here would move Lit out of the CDN entry). `loadSource` imports it the first time
 * an element has a `src`; it runs in a browser only.
 */
/* eslint-disable no-restricted-globals -- loaded by loadSource in a browser only, never on a server */
import { isRecord, maxFeedLength, property } from '../data/feeds/common.js';
import { sniffFeed } from '../data/feeds/sniff.js';
import type { XmlFeedOptions } from '../data/feeds/xml.js';
import { fromWordPressPost } from '../data/feeds/wordpress-post.js';
import type { DataProblem, Labels, NewsItemData } from '../data/index.js';
import { canonicalLocale } from '../data/locale.js';
import { checkUrl } from '../data/url.js';
import { callMember, createElement, getMember } from './host-document.js';
import type { ReactiveController, ReactiveElement } from 'lit';

/** The element property whose data wins over `src`, and which the loaded data is set as. */
type SourceData = 'article' | 'items';

/** What a `src` names: one article, or a feed of stories. */
type SourceKind = 'article' | 'feed';

/** Refreshing more often than this many seconds is not allowed: `refresh="5"` waits 15. */
export const minRefreshSeconds = 15;
/** Seconds a request may take when `timeout` is not set. */
export const defaultTimeoutSeconds = 30;
/** After failures, refreshes back off (doubling) to at most this many milliseconds apart. */
export const maxBackoff = 15 * 60_000;

/** A load that failed, with what to report. */
class LoadFailure extends Error {
  constructor(readonly problems: readonly DataProblem[]) {
    super(problems.map((problem) => problem.reason).join('; '));
  }
}

const failure = (reason: string, field = 'src') => new LoadFailure([{ field, reason }]);

interface Answer {
  text: string;
  contentType: string;
  url: string;
}

const credentialModes = new Set<RequestCredentials>(['same-origin', 'include', 'omit']);
const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const overLimit = (size: string) => `is ${size}, over the ${maxFeedLength / 1048576} MB limit; it was not read`;

export type SourceState = 'loading' | 'loaded' | 'error';

/** The settings of `src` besides the URL: what the element (its property, else its attribute) says. */
interface SourceSettings {
  credentials?: string;
  /** Seconds before a request is given up. */
  timeout?: number;
  /** Seconds between refreshes (feeds); none or 0: load once. */
  refresh?: number;
  /** The most stories delivered (feeds): `<latest-news>`'s own property. */
  maxItems?: number;
}

/** An element with a `src`, as the loader reads and feeds it. */
interface SourceElement extends ReactiveElement, SourceSettings, Partial<Record<SourceData, unknown>> {
  src?: string;
  locale?: string;
  /** The element's own (protected) report: one `news-error` and one console message each. */
  report(problems: readonly DataProblem[]): void;
}

/** What a session tells the view it loads for. */
interface SourceSink {
  readonly host: SourceElement;
  readonly kind: SourceKind;
  /** New data; never called when a refresh brought the same. */
  deliver(data: unknown): void;
  report(problems: readonly DataProblem[]): void;
  status(state: SourceState, announcement?: string): void;
  labels(): SourceLabels;
  locale(): string;
}

/**
 * The texts of `src` in English, for a language without built-in labels: here rather than in the
 * entry, which never shows them. The other languages have theirs in their label files, which
 * their elements have loaded before they load a `src`. For the same reason the entry's reading of
 * `labels` passes these keys by, and they are read here (`SourceLoader.labels`).
 */
const defaultSourceLabels = {
  loading: 'Loading…',
  loadFailed: 'This content could not be loaded.',
  retry: 'Try again',
  newStories: 'one {# new story} other {# new stories}',
};

type SourceLabels = typeof defaultSourceLabels;
/** The built-in labels of a locale's language that have loaded (`loadedLabels`), else English. */
export type BuiltInLabels = (locale: string | undefined) => Partial<Labels>;
type SourceLabelKey = keyof SourceLabels;

/** What the loader reads of a `<news-article>`: the `labels` given, and the labels it shows. */
interface LabelledArticle {
  labels?: unknown;
  /** The built-in labels of its language with its replacements over them (its own state). */
  labelTexts?: Partial<Labels>;
}

/** The `<news-article>` an element is, or is inside (through shadow roots), whose `labels` it uses. */
function articleOf(element: HTMLElement): LabelledArticle | undefined {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if ((node.constructor as { tagName?: string }).tagName === 'news-article') return node as LabelledArticle;
  }
  return undefined;
}

/**
 * The styles of what `SourceView.render` draws (the live region uses the elements' own
 * `visually-hidden`), added to an element's shadow root when the loader arrives. Plain CSS, so
 * that the colours follow the text's rather than tokens the build renames.
 */
const sourceCss =
  '.source-error{display:flex;flex-wrap:wrap;align-items:center;gap:.5em 1em;margin:0 0 1em;padding:.6em .8em;' +
  'border:1px solid color-mix(in srgb,currentColor 30%,transparent);border-radius:.25em}' +
  '.source{display:contents}.source-error button{font:inherit}' +
  '.source-placeholder{min-block-size:var(--news-loading-min-height,12em)}';
let sourceSheet: CSSStyleSheet | undefined;

function adoptSourceStyles(root: ShadowRoot | null): void {
  if (!(root instanceof ShadowRoot)) return;
  if (!sourceSheet) {
    sourceSheet = new CSSStyleSheet();
    sourceSheet.replaceSync(sourceCss);
  }
  // Read from the root itself: a page or another element may have replaced the list since.
  if (!root.adoptedStyleSheets.includes(sourceSheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sourceSheet];
}

/** The settings' properties, with their attributes and whether they are numbers. */
const settings: [keyof SourceSettings, string, boolean][] = [
  ['credentials', 'credentials', false],
  ['timeout', 'timeout', true],
  ['refresh', 'refresh', true],
];
const settingAttributes = settings.map(([, attribute]) => attribute);
const classesWithSettings = new WeakSet<object>();

/**
 * The settings as properties of the element's class, read from and written to their attributes
 * (the one place they are kept, which a `MutationObserver` watches): the entry declares only
 * `src`, so the rest costs it nothing.
 */
function addSettings(host: SourceElement): void {
  const prototype = Object.getPrototypeOf(host) as object;
  if (!classesWithSettings.has(prototype)) {
    classesWithSettings.add(prototype);
    for (const [name, attribute, isNumber] of settings) {
      Object.defineProperty(prototype, name, {
        configurable: true,
        get(this: Element) {
          const text = this.getAttribute(attribute);
          return text === null ? undefined : isNumber ? Number(text) : text;
        },
        set(this: Element, value: unknown) {
          if (value === undefined || value === null) this.removeAttribute(attribute);
          else this.setAttribute(attribute, String(value));
        },
      });
    }
  }
  // Set by script before the chunk came: an own property, moved to the attribute.
  for (const [name] of settings) {
    if (Object.prototype.hasOwnProperty.call(host, name)) {
      const value = host[name];
      delete host[name];
      (host as SourceSettings)[name] = value as never;
    }
  }
  new MutationObserver(() => host.requestUpdate()).observe(host, {
    __proto__: null,
    attributeFilter: settingAttributes,
  } as MutationObserverInit);
}

/**
 * Takes over an element's `src` when the chunk has arrived (`loadSource`): from now on the
 * element's `SourceLoader` follows it, as a controller of its own.
 */
export function attach(element: ReactiveElement, builtInLabels: BuiltInLabels): void {
  const host = element as SourceElement;
  addSettings(host);
  // `<latest-news>` has `items`, `<news-article>` an `article`.
  host.addController(
    new SourceLoader(
      host,
      (host.constructor as typeof ReactiveElement).elementProperties.has('items') ? 'items' : 'article',
      builtInLabels,
    ),
  );
  host.requestUpdate();
}

/**
 * Follows an element's `src`: what is to be loaded (URL and settings, or nothing while the
 * element's own data wins or it is off the page) is its key, and each new key gets a new
 * `SourceView` (and load), stopping the one before.
 */
class SourceLoader implements ReactiveController {
  /** Undefined before the first sync, so that it always settles the busy state the entry set. */
  private key?: string;
  private view?: SourceView;
  /** What this loader set as the element's data: anything else there was set by script, and wins. */
  private delivered?: unknown;
  /**
   * What `SourceView.draw` fills: placed before the element's rendered content, where Lit's
   * rendering never reaches, and kept while the element lives, so the live region is in the page
   * before it speaks.
   */
  readonly box = createElement('div');
  readonly status = part('div', 'status', 'visually-hidden');

  constructor(
    readonly host: SourceElement,
    readonly data: SourceData,
    /** The entry's `loadedLabels`: its own, as the labels that have loaded are kept there. */
    private readonly builtInLabels: BuiltInLabels,
  ) {
    this.box.className = 'source';
    this.status.setAttribute('role', 'status');
    this.box.append(this.status);
    adoptSourceStyles(host.shadowRoot);
    host.shadowRoot?.prepend(this.box);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.view?.draw();
  }

  /** The URL to load now, or undefined when the element's own data, set by script, wins. */
  src(): string | undefined {
    const own = this.host[this.data];
    return own === undefined || own === this.delivered ? this.host.src?.trim() : undefined;
  }

  private sync(): void {
    const { host } = this;
    const src = this.src();
    const key =
      src && host.isConnected ? JSON.stringify([src, host.credentials, host.timeout, host.refresh, host.maxItems]) : '';
    if (key === this.key) return;
    this.key = key;
    this.view?.stop();
    this.view = key ? new SourceView(this) : undefined;
    // With no key the element is no longer busy (the view stopped), nor waiting for the loader.
    if (!key) {
      host.removeAttribute('aria-busy');
      SourceView.clear(this);
    }
  }

  /** The article, or the stories (at most `max-items` of them), set as the element's data. */
  deliver(value: unknown): void {
    const max = this.host.maxItems;
    // Not a number (no attribute, or one that is not a number) or below 0: all; slice takes whole numbers.
    if (Array.isArray(value) && typeof max === 'number' && max >= 0) value = value.slice(0, max);
    this.delivered = value;
    this.host[this.data] = value as never;
  }

  private labelsGiven?: unknown;
  private builtIn?: Partial<Labels>;
  private labelTexts = defaultSourceLabels;

  /**
   * The texts of `src` in the language of the element's other labels, the article's (the element
   * itself, or the one it is in), else its own `locale`'s or its page's: the English defaults, under
   * the built-in ones of that language, under those in the `labels` of the article. The article
   * reports `labels` that are not JSON; a text that is not a string is reported here.
   */
  labels(): SourceLabels {
    const article = articleOf(this.host);
    const given = article?.labels;
    // As `pageLanguage`: the element's own locale, else the `lang` around it in its tree.
    const builtIn =
      article?.labelTexts ??
      this.builtInLabels(
        canonicalLocale(this.host.locale) ?? canonicalLocale(this.host.closest('[lang]')?.getAttribute('lang')),
      );
    if (given === this.labelsGiven && builtIn === this.builtIn) return this.labelTexts;
    this.labelsGiven = given;
    this.builtIn = builtIn;
    let value: unknown = given;
    try {
      if (typeof value === 'string') value = JSON.parse(value);
    } catch {
      value = undefined;
    }
    const texts = { ...defaultSourceLabels };
    for (const key of Object.keys(texts) as SourceLabelKey[]) {
      // Its own texts only: English has none, and none comes from `Object.prototype`.
      const text = property(builtIn, key);
      if (typeof text === 'string') texts[key] = text;
    }
    for (const key of Object.keys(texts) as SourceLabelKey[]) {
      // As the article reads its other labels: text only, a blank string none.
      const text = isRecord(value) ? property(value, key) : undefined;
      if (typeof text === 'string') {
        if (text.trim()) texts[key] = text.trim();
      } else if (text !== undefined && text !== null && article === this.host) {
        // Said by the article itself only, not again by each latest news inside it.
        const kind = Array.isArray(text) ? 'an array' : typeof text === 'object' ? 'an object' : `a ${typeof text}`;
        this.host.report([{ field: `labels.${key}`, reason: `should be a string but is ${kind}; it is ignored` }]);
      }
    }
    return (this.labelTexts = texts);
  }

  /**
   * Whether the element shows something already (what it loaded, slotted content, or the stories
   * of the article around it): then no space is reserved.
   */
  hasContent(): boolean {
    const { host } = this;
    return (
      host[this.data] !== undefined ||
      Array.from(host.childNodes).some((node) => node instanceof Element || !!node.textContent?.trim()) ||
      !!host.shadowRoot?.querySelector('li')
    );
  }

  /**
   * The locale of the element's texts, for "3 new stories": its own `locale`, else the language
   * of the nearest element around it in the rendered tree (the article's, through its shadow root).
   */
  locale(): string {
    if (this.host.locale) return this.host.locale;
    for (let node: Node | null = this.host; node;) {
      if (node instanceof HTMLElement && node.lang) return node.lang;
      node = (node as Element).assignedSlot ?? node.parentNode ?? (node as ShadowRoot).host ?? null;
    }
    return navigator.language;
  }
}

/**
 * One element's `src`, with the settings of one key, until the key changes (a new `src`, the
 * element left the page): the loads (a session each: the first, and one per retry) and their
 * state, drawn by `render`.
 */
export class SourceView {
  state: SourceState = 'loading';
  private announcement = '';
  private session?: SourceSession;

  constructor(private readonly source: SourceLoader) {
    this.start(false);
  }

  stop(): void {
    this.session?.stop();
    this.session = undefined;
    this.source.host.removeAttribute('aria-busy');
  }

  private start(again: boolean): void {
    this.stop();
    this.setStatus('loading', this.sink.labels().loading);
    this.session = new SourceSession(this.source.host, this.source.src()!, this.sink);
    this.session.start(again);
  }

  /** Loads `src` again (the retry button), asking the server past any cached answer. */
  private readonly retry = (): void => this.start(true);

  private readonly sink: SourceSink = {
    host: this.source.host,
    kind: this.source.data === 'article' ? 'article' : 'feed',
    deliver: (data) => this.source.deliver(data),
    report: (problems) => this.source.host.report(problems),
    status: (state, announcement) => this.setStatus(state, announcement),
    labels: () => this.source.labels(),
    locale: () => this.source.locale(),
  };

  private setStatus(state: SourceState, announcement = ''): void {
    const { host } = this.source;
    if (state === 'loading') host.setAttribute('aria-busy', 'true');
    else host.removeAttribute('aria-busy');
    // A refresh that changed nothing costs no render.
    if (state === this.state && announcement === this.announcement) return;
    // The element's "no stories" waits while it is busy.
    if (state !== this.state) host.requestUpdate();
    this.state = state;
    this.announcement = announcement;
    this.draw();
  }

  /** What a loader without a view shows: nothing, and its live region silent. */
  static clear(source: SourceLoader): void {
    source.status.textContent = '';
    source.box.replaceChildren(source.status);
  }

  /**
   * The polite live region, the error line with its retry button, and, while loading with
   * nothing else to show, space reserved for what comes.
   */
  draw(): void {
    const { box, status } = this.source;
    if (status.textContent !== this.announcement) status.textContent = this.announcement;
    const shown: Node[] = [status];
    if (this.state === 'error') {
      if (!this.error) {
        this.error = part('p', 'error', 'source-error');
        const button = part('button', 'retry');
        button.type = 'button';
        button.addEventListener('click', this.retry);
        this.error.append(createElement('span'), button);
      }
      const labels = this.sink.labels();
      const [text, button] = this.error.children as unknown as [HTMLElement, HTMLElement];
      if (text.textContent !== labels.loadFailed) text.textContent = labels.loadFailed;
      if (button.textContent !== labels.retry) button.textContent = labels.retry;
      shown.push(this.error);
    }
    if (this.state === 'loading' && !this.source.hasContent())
      shown.push((this.placeholder ??= part('div', 'placeholder', 'source-placeholder')));
    if (shown.some((node, index) => box.childNodes[index] !== node) || box.childNodes.length !== shown.length)
      box.replaceChildren(...shown);
  }

  private error?: HTMLElement;
  private placeholder?: HTMLElement;
}

/** An element of what `SourceView` draws, named by its `part`. */
function part<K extends keyof HTMLElementTagNameMap>(tag: K, name: string, className = ''): HTMLElementTagNameMap[K] {
  const element = createElement(tag);
  element.setAttribute('part', name);
  if (className) element.className = className;
  return element;
}

/** One element's loading of one `src`: the first load, retries and refreshes, until `stop()`. */
export class SourceSession {
  /** Aborts the request in flight when the session stops (a new `src`, or the element left the page). */
  private readonly aborter = new AbortController();
  private etag?: string;
  private lastText?: string;
  private shownKeys?: Set<string>;
  private hasShown = false;
  private failures = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private dueAt = 0;
  private waitingForVisible = false;
  private stopped = false;

  constructor(
    /** The element, for its `credentials`, `timeout` and `refresh`. */
    private readonly settings: SourceSettings,
    private readonly src: string,
    private readonly sink: SourceSink,
  ) {}

  /** `again`: a retry, which asks the server past any cached answer, as a refresh does. */
  start(again = false): void {
    callMember(document, 'addEventListener', 'visibilitychange', this.onVisibilityChange);
    void this.load(again);
  }

  stop(): void {
    this.stopped = true;
    this.aborter.abort();
    clearTimeout(this.timer);
    callMember(document, 'removeEventListener', 'visibilitychange', this.onVisibilityChange);
  }

  private async load(isRefresh: boolean): Promise<void> {
    let announcement = '';
    try {
      const answer = await this.fetchAnswer(isRefresh);
      if (this.stopped) return;
      if (answer) announcement = await this.read(answer, isRefresh);
      this.failures = 0;
      if (!this.stopped) this.sink.status('loaded', announcement);
    } catch (error) {
      // Stopped: a newer `src` (or none) has the element now, and this one has nothing to say.
      if (this.stopped) return;
      this.failures += 1;
      this.sink.report(
        error instanceof LoadFailure
          ? error.problems
          : [{ field: 'src', reason: `could not be read (${String(error)})` }],
      );
      this.sink.status('error', this.sink.labels().loadFailed);
    } finally {
      if (!this.stopped) this.schedule();
    }
  }

  /** The answer's text, or undefined when it is what is shown already (a 304, or the same body). */
  private async fetchAnswer(isRefresh: boolean): Promise<Answer | undefined> {
    const src = this.src.trim();
    const check = checkUrl(src);
    const url = check.ok ? new URL(check.url, getMember(document, 'baseURI')) : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw failure(`${check.ok ? 'is not an http(s) URL' : check.reason}; nothing was loaded`);
    }
    const request = new AbortController();
    const abort = () => request.abort();
    this.aborter.signal.addEventListener('abort', abort);
    const seconds = positive(this.settings.timeout) ?? defaultTimeoutSeconds;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort();
    }, seconds * 1000);
    try {
      const credentials = this.settings.credentials as RequestCredentials;
      // Without a prototype, as every options object handed to the platform: `fetch` reads inherited
      // keys (a `method`, a `body`, an `integrity` the page added to `Object.prototype`).
      const response = await fetch(url, {
        __proto__: null,
        credentials: credentialModes.has(credentials) ? credentials : 'same-origin',
        signal: request.signal,
        // With an ETag to offer, the server's 304 comes through to us; a refresh without one
        // still asks the server, past any cached copy.
        headers: this.etag ? { 'If-None-Match': this.etag } : {},
        cache: this.etag ? 'no-store' : isRefresh ? 'no-cache' : 'default',
      } as RequestInit).catch((error: unknown) => {
        throw timedOut
          ? failure(`did not answer within ${seconds} s`)
          : failure(
              `could not be fetched (${describeFetchError(error)}: the network, the server's CORS rules, or a redirect to a URL that is not http(s))`,
            );
      });
      if (response.status === 304 && this.hasShown) return undefined;
      if (!response.ok) {
        throw failure(`answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const declared = Number(response.headers.get('Content-Length'));
      if (declared > maxFeedLength) throw failure(overLimit(megabytes(declared)));
      const text = await readLimited(response).catch((error: unknown) => {
        if (error instanceof LoadFailure) throw error;
        throw timedOut ? failure(`did not answer within ${seconds} s`) : failure(`broke off (${String(error)})`);
      });
      const etag = response.headers.get('ETag');
      if (text === this.lastText) return undefined;
      this.etag = etag ?? undefined;
      this.lastText = text;
      return { text, contentType: response.headers.get('Content-Type') ?? '', url: response.url || url.href };
    } finally {
      clearTimeout(timer);
      this.aborter.signal.removeEventListener('abort', abort);
    }
  }

  /** Reads the answer and hands the element its data; returns what to announce. */
  private async read(answer: Answer, isRefresh: boolean): Promise<string> {
    if (this.sink.kind === 'article') {
      this.sink.deliver(readArticle(answer, (problems) => this.sink.report(problems)));
      this.hasShown = true;
      return '';
    }
    const feed = sniffFeed(answer.text, answer.contentType, { __proto__: null, baseUrl: answer.url } as XmlFeedOptions);
    // Not a feed, or not one that could be read at all (XML that is not well-formed).
    const unreadable = feed.items.length === 0 && feed.problems.some((problem) => problem.field === 'feed');
    if (feed.format === undefined || unreadable) throw new LoadFailure(feed.problems);
    this.sink.report(feed.problems);
    // A feed that is empty now keeps the stories shown (a publishing glitch, most likely).
    if (feed.items.length === 0 && (this.hasShown || headlines(this.sink.host).length > 0)) return '';
    const keys = new Set(feed.items.map(storyKey));
    const fresh = isRefresh && this.shownKeys ? [...keys].filter((key) => !this.shownKeys!.has(key)).length : 0;
    this.shownKeys = keys;
    await keepInView(this.sink.host, () => this.sink.deliver(feed.items));
    this.hasShown = true;
    return fresh > 0 ? pluralText(this.sink.labels().newStories, fresh, this.sink.locale()) : '';
  }

  /** The next refresh: `refresh` seconds on, longer after failures, none while the page is hidden. */
  private schedule(): void {
    const seconds = positive(this.settings.refresh);
    if (!seconds) return;
    const base = Math.max(seconds, minRefreshSeconds) * 1000;
    const delay = this.failures > 0 ? Math.min(base * 2 ** this.failures, Math.max(base, maxBackoff)) : base;
    this.dueAt = Date.now() + delay;
    this.wait(delay);
  }

  private wait(delay: number): void {
    clearTimeout(this.timer);
    if (getMember(document, 'visibilityState') === 'hidden') {
      this.waitingForVisible = true;
      return;
    }
    this.timer = setTimeout(() => void this.load(true), delay);
  }

  private readonly onVisibilityChange = (): void => {
    if (getMember(document, 'visibilityState') === 'hidden') {
      if (this.timer === undefined) return;
      clearTimeout(this.timer);
      this.timer = undefined;
      this.waitingForVisible = true;
    } else if (this.waitingForVisible) {
      this.waitingForVisible = false;
      // Back on the page: refresh now if one fell due while it was hidden.
      this.wait(Math.max(0, this.dueAt - Date.now()));
    }
  };
}

function positive(value: number | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

function describeFetchError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The body as text, read in pieces and given up past the size limit (a `Content-Length` may be missing or wrong). */
async function readLimited(response: Response): Promise<string> {
  if (!response.body) {
    const text = await response.text();
    if (text.length > maxFeedLength) throw failure(overLimit(megabytes(text.length)));
    return text;
  }
  // Options without a prototype: WebKit reads an inherited `mode` when given none.
  const reader = response.body.getReader({
    __proto__: null,
  } as ReadableStreamGetReaderOptions) as ReadableStreamDefaultReader<Uint8Array>;
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxFeedLength) {
      void reader.cancel();
      throw failure(overLimit(`over ${megabytes(maxFeedLength)}`));
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

const htmlPage = /^\s*<(!doctype html|html)[\s>]/i;

/** An article in our JSON, or a WordPress REST post read into one. */
function readArticle(answer: Answer, report: (problems: readonly DataProblem[]) => void): unknown {
  const type = answer.contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml' || htmlPage.test(answer.text)) {
    throw failure(`is an HTML page${type ? ` (${type})` : ''}, not an article's JSON; it was not read`);
  }
  let value: unknown;
  try {
    value = JSON.parse(answer.text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw failure(`is not valid JSON${type ? ` (${type})` : ''}: ${(error as Error).message}`);
  }
  // A WordPress post: `title` is `{ rendered }` and there is a `link`.
  if (isRecord(property(value, 'title')) && property(value, 'link') !== undefined) {
    const post = fromWordPressPost(value);
    if (!post.article) throw new LoadFailure(post.problems);
    report(post.problems);
    return post.article;
  }
  return value;
}

/** Stories are the same story when they have the same link (or, without one, the same headline). */
function storyKey(item: NewsItemData): string {
  return item.url ?? `headline:${item.headline}`;
}

/**
 * Shows new stories without moving the one the reader is looking at: the headline of the first
 * story in view keeps its place on the screen (browsers without CSS scroll anchoring would let
 * it slide down when stories are inserted above it).
 */
async function keepInView(host: SourceSink['host'], update: () => void): Promise<void> {
  const before = storyInView(host);
  update();
  await host.updateComplete;
  if (!before) return;
  const after = headlines(host).find((element) => element.textContent === before.text);
  if (!after) return;
  const moved = after.getBoundingClientRect().top - before.top;
  if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
}

const headlines = (host: HTMLElement) =>
  Array.from(host.shadowRoot?.querySelectorAll<HTMLElement>('li.item .headline') ?? []);

function storyInView(host: HTMLElement): { text: string | null; top: number } | undefined {
  for (const element of headlines(host)) {
    const { top } = element.getBoundingClientRect();
    if (top >= 0 && top < window.innerHeight) return { text: element.textContent, top };
  }
  return undefined;
}

/**
 * A count in words from an ICU-style plural label, e.g. `one {# new story} other {# new stories}`:
 * the exact `=3` form, else the locale's plural category, else `other`; `#` is the number.
 * A label without forms is used as it is, with `#` replaced.
 */
export function pluralText(label: string, count: number, locale: string): string {
  const forms = new Map<string, string>();
  for (const match of label.matchAll(/(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g)) {
    forms.set(match[1]!, match[2]!);
  }
  let category = 'other';
  let number = String(count);
  try {
    category = new Intl.PluralRules(locale).select(count);
    number = new Intl.NumberFormat(locale).format(count);
  } catch {
    // An unusable locale: English-like forms and digits.
  }
  const form = forms.size === 0 ? label : (forms.get(`=${count}`) ?? forms.get(category) ?? forms.get('other') ?? '');
  return form.replace(/#/g, number).trim();
}
