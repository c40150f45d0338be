import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Problems } from '../data/index.js';
import { NewsContextController } from '../shared/context.js';
import { NewsElement, settingText, type ReportProblems } from '../shared/news-element.js';
import { isSkipTarget } from '../shared/skip-target.js';
import { SlotController } from '../shared/slot-controller.js';
import { baseStyles } from '../shared/tokens.styles.js';
import { skipLinkStyles } from './skip-link.styles.js';

/**
 * "Skip to content" for keyboard users: hidden until focused; Enter or click moves focus to the
 * article's main content and scrolls it into view, also when that content sits in a shadow
 * root, where a plain `#id` link cannot reach.
 *
 * Without `target`, it skips to the `<news-article>` it belongs to, or else the first one on
 * the page.
 *
 * Its CSS custom properties include the system and reference tokens (`--news-sys-*`,
 * `--news-ref-*`) that all six elements share.
 *
 * @summary "Skip to content" that reaches into shadow roots.
 *
 * @slot - The label. Default: "Skip to content" in the article's or page's language (or the article's `labels.skipToContent`).
 *
 * @csspart link - The link.
 *
 * @event news-error - No element to skip to, or labels that did not load; `detail` is `{ element, field, reason }`.
 *
 * @cssprop --skip-link-background - Background of the visible link. Default: the text colour.
 * @cssprop --skip-link-color - Text colour of the visible link. Default: the surface colour.
 * @cssprop --skip-link-radius - Corner radius. Default: the system radius.
 * @cssprop --skip-link-z-index - Stacking order above the page. Default: `1000`.
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
  protected override toAwait(report: ReportProblems): Promise<unknown> | undefined {
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
    return html`<a class="link" part="link" href="#${this._targetId ?? 'content'}" @click=${this._skip}
      ><slot></slot>${this._slots.has() ? nothing : this._context.labels.skipToContent}</a
    >`;
  }

  /**
   * The element focus moves to: the named target, the enclosing article, or the page's first article.
   * Called on activation, in a browser only.
   */
  findTarget(): HTMLElement | null {
    /* eslint-disable no-restricted-globals -- runs on activation, never on a server */
    if (this._targetId) {
      const root = this.getRootNode() as Document | ShadowRoot;
      return root.getElementById(this._targetId) ?? document.getElementById(this._targetId);
    }
    for (let root = this.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      if (isSkipTarget(root.host)) return root.host.skipTarget;
    }
    const article = this.closest('news-article') ?? document.querySelector('news-article');
    return isSkipTarget(article) ? article.skipTarget : null;
    /* eslint-enable no-restricted-globals */
  }

  private _skip(event: MouseEvent): void {
    event.preventDefault();
    const target = this.findTarget();
    if (!target) {
      this.report([
        {
          field: 'target',
          reason: this._targetId
            ? `names no element ("${this._targetId}" not found)`
            : 'is not set and there is no <news-article> to skip to',
        },
      ]);
      return;
    }
    // A non-interactive element takes programmatic focus only with a tabindex.
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    // eslint-disable-next-line no-restricted-globals -- a click handler, browser only.
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    [SkipLink.tagName]: SkipLink;
  }
}
