import {
  LitElement,
  html,
  type CSSResult,
  type PropertyDeclarations,
  type RenderOptions,
  type TemplateResult,
} from 'lit';
import { Problems, readJson, type DataProblem, type NewsErrorDetail } from '../data/index.js';
import { version } from '../version.js';
import { adoptLightStyles } from './light-styles.js';
import { parsersLoaded, parsersReady } from './parsers.js';

export type Theme = 'light' | 'dark' | 'auto';

/** Where a helper hands the problems it meets, for the element to report them. */
export type ReportProblems = (problems: readonly DataProblem[]) => void;

/**
 * What every element shares: theme, error reporting, reading its data inputs, and a render that
 * never throws. The rest is in controllers that each element takes as it needs them: locale and
 * time zone (`LocaleController`), the enclosing article (`NewsContextController`), slotted
 * content (`SlotController`).
 */
export abstract class NewsElement extends LitElement {
  /** The library version, read by the guarded `define` to name both sides of a conflict. */
  static readonly version = version;
  // `theme` is the attribute itself (the accessor below), not a reactive property: the scheme is
  // CSS alone, so a change of theme renders nothing. Declared only for Lit to pass on a value set
  // on the element before it was defined.
  static override properties: PropertyDeclarations = { theme: { noAccessor: true } };

  /**
   * Without a prototype, as the options below: the platform and Lit read inherited keys, and a
   * page that added `slotAssignment` to `Object.prototype` would hide every slotted child,
   * `noAccessor` or `attribute` would unwire every property, `creationScope` break every render.
   * @internal
   */
  static override shadowRootOptions = { __proto__: null, mode: 'open' } as ShadowRootInit;

  /** @internal */
  protected static override finalize(): void {
    for (const options of Object.values(this.properties)) Object.setPrototypeOf(options, null);
    super.finalize();
  }

  /** @internal */
  override readonly renderOptions = { __proto__: null, host: this } as RenderOptions;

  /**
   * `light` or `dark` forces the colour scheme, `auto` follows the reader's system; without it,
   * the page's `color-scheme` (light if it declares none).
   * @attr theme
   * @reflect
   */
  get theme(): Theme | undefined {
    return (this.getAttribute('theme') as Theme | null) ?? undefined;
  }
  set theme(value: Theme | undefined) {
    if (value) this.setAttribute('theme', value);
    else this.removeAttribute('theme');
  }

  /**
   * Rules for the element's slotted light-DOM descendants (see `adoptLightStyles`), or a function
   * that styles them (a slotted article body's, see `styleSlottedBody`), true when it is done.
   */
  static lightStyles?: CSSResult | ((host: NewsElement) => boolean);

  override connectedCallback(): void {
    super.connectedCallback();
    // Content slotted later (a page that appends it, HTML still streaming in) adopts them then.
    // (The shadow root, not renderRoot: hydration may defer connecting, and renderRoot with it.)
    if (!this._adoptOwnLightStyles()) this.shadowRoot?.addEventListener('slotchange', this._onSlotChangeForLightStyles);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.shadowRoot?.removeEventListener('slotchange', this._onSlotChangeForLightStyles);
  }

  /** True when nothing is left to adopt: no light styles, or the tree has them. */
  private _adoptOwnLightStyles(): boolean {
    const { lightStyles } = this.constructor as typeof NewsElement;
    return (
      !lightStyles || (typeof lightStyles === 'function' ? lightStyles(this) : adoptLightStyles(this, lightStyles))
    );
  }

  private readonly _onSlotChangeForLightStyles = (): void => {
    if (this._adoptOwnLightStyles())
      this.shadowRoot?.removeEventListener('slotchange', this._onSlotChangeForLightStyles);
  };

  /**
   * The properties read with `parseInput`: while one is set, an update waits for the parsers
   * (see `parsersReady`). @internal
   */
  static dataInputs: readonly string[] = [];

  /**
   * Reads one data input (the value or its JSON text) with a parser from the data module and
   * reports what it had to skip; `empty` when there is nothing to read. A model the parser made
   * already (the part of an article that `<news-article>` hands a child) comes back as it is,
   * with nothing to report.
   */
  protected parseInput<T>(
    input: unknown,
    name: string,
    parse: (value: unknown, path: string, problems: Problems) => T,
    empty: T,
  ): T {
    const problems = new Problems();
    try {
      const value = readJson(input, name, problems);
      if (value === undefined) return empty;
      if (parsersLoaded()) return parse(value, name, problems);
      problems.add(name, 'is not shown: serve the news-elements-parse-*.js file beside news-elements.js');
    } catch (error) {
      // Parsing is written never to throw; should data still find a way, it costs only this input.
      problems.add(name, `could not be read (${describeError(error)}); it was left out`);
    } finally {
      this.report(problems.list);
    }
    return empty;
  }

  /** Announces each problem with a `news-error` event and one console message naming the element. */
  protected report(problems: readonly DataProblem[]): void {
    for (const problem of problems) {
      const detail: NewsErrorDetail = { element: this.localName, ...problem };
      console.error(`<${this.localName}>: ${problem.field} ${problem.reason}.`);
      this.dispatchEvent(new CustomEvent<NewsErrorDetail>('news-error', { detail, bubbles: true, composed: true }));
    }
  }

  /**
   * What the next update waits for besides the chunks (see `_afterChunks`), started first so that
   * both load at once: the labels of the element's language while they load, so that its text
   * appears in that language from the start; relative times. Undefined: nothing to wait for. A
   * failed load reports through `report`.
   * @internal
   */
  protected _toAwait(_report: ReportProblems): Promise<unknown> | undefined {
    return undefined;
  }

  /** The wait for the chunks the element's content needs, around `update` (see `afterChunks`). @internal */
  protected _afterChunks(update: () => unknown): unknown {
    return update();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const labels = this._toAwait((problems) => this.report(problems));
    const parsers =
      (this.constructor as typeof NewsElement).dataInputs.some((name) => this[name as keyof this] != null) &&
      parsersReady();
    const wait = labels && parsers ? Promise.all([labels, parsers]) : labels || parsers;
    const update = () => super.scheduleUpdate();
    // Whatever the wait ends in, the element renders (a failed load reports itself).
    return this._afterChunks(wait ? () => wait.then(update, update) : update) as void | Promise<unknown>;
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
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'an unexpected value was thrown';
}

declare global {
  interface HTMLElementEventMap {
    'news-error': CustomEvent<NewsErrorDetail>;
  }
}
