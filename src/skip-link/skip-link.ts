import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Problems } from '../data/index.js';
import { NewsContextController } from '../shared/context.js';
import { NewsElement, settingText, type ReportProblems } from '../shared/news-element.js';
import { SlotController } from '../shared/slot-controller.js';
import { baseStyles } from '../shared/tokens.styles.js';
import type * as SkipChunk from './skip.js';
import { skipLinkStyles } from './skip-link.styles.js';

/**
 * "Skip to content" for keyboard users: hidden until focused; Enter or click moves focus to the
 * article's main content and scrolls it into view, also when that content sits in a shadow
 * root, where a plain `#id` link cannot reach.
 *
 * Without `target`, it skips to the `<news-article>` it belongs to, or else the first one on
 * the page.
 *
 * Its CSS custom properties (`--skip-link-*`, and the system and reference tokens `--news-sys-*` and
 * `--news-ref-*` that all six elements share) are defined, with their defaults, in
 * src/shared/tokens.ts.
 *
 * @summary "Skip to content" that reaches into shadow roots.
 *
 * @slot - The label. Default: "Skip to content" in the article's or page's language (or the article's `labels.skipToContent`).
 *
 * @csspart link - The link.
 *
 * @event news-error - No element to skip to, its activation file or labels that did not load; `detail` is
 * `{ element, field, reason }`.
 */
export class SkipLink extends NewsElement {
  /** The tag the class is registered under. */
  static readonly tagName = 'skip-link';
  static override styles = [baseStyles, skipLinkStyles];
  static override properties: PropertyDeclarations = { target: {} };

  /** Id of an element in the host page to skip to, instead of the article's content. */
  target?: string;

  /** The target id when it is a usable string (a property may have been given anything). */
  private _targetId?: string;

  private readonly _context = new NewsContextController(this);
  private readonly _slots = new SlotController(this);

  /** @internal */
  protected override _toAwait(report: ReportProblems): Promise<unknown> | undefined {
    return this._context.labelsReady(report);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('target')) {
      const problems = new Problems();
      this._targetId = settingText(this.target, 'target', problems);
      this.report(problems.list);
    }
  }

  protected renderContent(): TemplateResult {
    // Whitespace-only children (pretty-printed markup) still take the slot and would hide its
    // fallback, leaving a link with no name: the label is shown unless the host gave real content.
    return html`<a class="link" part="link" href="#${this._targetId ?? 'content'}"
      @click=${this._skip}
      @focus=${this._loadSkip}
      @pointerenter=${this._loadSkip}
      ><slot></slot>${this._slots.has() ? nothing : this._context.labels.skipToContent}</a
    >`;
  }

  /**
   * Loads what activation does (see `skip.ts`), once for the page: on the link's first focus or
   * pointer, since a keyboard reader focuses it before pressing Enter. A chunk that did not load
   * is reported once, by the link that asked first.
   */
  private _loadSkip(): Promise<typeof SkipChunk | null> {
    return (loading ??= import('./skip.js').then(
      (chunk) => (skipChunk = chunk),
      () => {
        this.report([
          {
            field: 'activation',
            reason: 'only follows its #id: serve the news-elements-skip-*.js file beside news-elements.js',
          },
        ]);
        return (skipChunk = null);
      },
    ));
  }

  private _skip(event: MouseEvent): void {
    const skipTo = (chunk: typeof SkipChunk | null) =>
      chunk?.skip(this, this._targetId, (problems) => this.report(problems));
    // Not loaded: the link follows its `#id` as a plain link does, which reaches a target in the
    // page's own tree.
    if (skipChunk !== null) event.preventDefault();
    // Still loading (activated before a focus, or at once after it): focus moves once it is in.
    if (skipChunk === undefined) void this._loadSkip().then(skipTo);
    else skipTo(skipChunk);
  }
}

/** The skip chunk once it is in; `null` when it could not load. */
let skipChunk: typeof SkipChunk | null | undefined;
let loading: Promise<typeof SkipChunk | null> | undefined;

declare global {
  interface HTMLElementTagNameMap {
    [SkipLink.tagName]: SkipLink;
  }
}
