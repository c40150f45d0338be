import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { parsedHtmlFields, type ListItem, type ListItemData } from '../data/index.js';
import { styleSlottedBody } from '../shared/body-content-loader.js';
import { afterScriptChunks } from '../shared/script-chunks.js';
import { parseListItems } from '../shared/parsers.js';
import { NewsElement } from '../shared/news-element.js';
import { RichTextRenderer } from '../shared/rich-text.js';
import { SlotController } from '../shared/slot-controller.js';
import { baseStyles } from '../shared/tokens.styles.js';
import { bulletListStyles } from './bullet-list.styles.js';
import { renderList, type ListTemplateContext } from './list-template.js';

/**
 * A bulleted or numbered list. Items may open with a bold lead-in term and may nest.
 *
 * Its CSS custom properties (`--bullet-list-*`, and the system and reference tokens `--news-sys-*` and
 * `--news-ref-*` that all six elements share) are defined, with their defaults, in
 * src/shared/tokens.ts.
 *
 * @summary A list whose items can carry a bold lead-in term.
 *
 * @slot - A `<ul>` or `<ol>` (or bare `<li>` elements), used when `items` is not set.
 *
 * @csspart list - The rendered `<ul>` or `<ol>`.
 * @csspart item - Each rendered `<li>`.
 * @csspart term - The bold lead-in of an item.
 *
 * @event news-error - Bad `items` data; `detail` is `{ element, field, reason }`.
 */
export class BulletList extends NewsElement {
  /** The tag the class is registered under. */
  static readonly tagName = 'bullet-list';
  static override styles = [baseStyles, bulletListStyles];
  static override lightStyles = styleSlottedBody;
  /** @internal */
  static override dataInputs = ['items'];
  static override properties: PropertyDeclarations = {
    items: {},
    ordered: { type: Boolean, reflect: true },
    model: { state: true },
  };

  /**
   * The items: an array of strings or `{ term, text, html, items }` objects, or its JSON text
   * (the `items` attribute).
   */
  items?: ListItemData[] | string;

  /** Numbered instead of bulleted. */
  ordered = false;

  private model: ListItem[] = [];

  private readonly _richText = new RichTextRenderer(this, (problems) => this.report(problems));
  private readonly _slots = new SlotController(this);

  /** Waits for the typography of its script and, with slotted content, its styles (see `afterScriptChunks`). @internal */
  protected override _afterChunks(update: () => unknown): unknown {
    return afterScriptChunks(this, update);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('items')) {
      this.model = this.parseInput(this.items, 'items', parseListItems, []);
      this._richText.prepare(parsedHtmlFields(this.model));
    }
  }

  protected renderContent(): TemplateResult {
    const slot = html`<slot></slot>`;
    // Slotted bare `<li>` elements need a list around them.
    const slotted = this._slots.hasChild('li')
      ? this.ordered
        ? html`<ol part="list">${slot}</ol>`
        : html`<ul part="list">${slot}</ul>`
      : slot;
    // Slotted content is never hidden: with items from data too, it follows them.
    return html`<div class="bullet-list">${
      this.model.length > 0 ? renderList(this.model, this.ordered, this._listContext) : nothing
    }${slotted}</div>`;
  }

  private readonly _listContext: ListTemplateContext = {
    prefix: '',
    richText: (content) => this._richText.render(content),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    [BulletList.tagName]: BulletList;
  }
}
