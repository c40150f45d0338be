import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseListItems, type ListItem, type ListItemData } from '../data/index.js';
import { RichTextRenderer, htmlFieldsOf } from '../shared/rich-text.js';
import { NewsElement } from '../shared/news-element.js';
import { baseStyles } from '../shared/tokens.styles.js';
import { bulletListLightStyles, bulletListStyles } from './bullet-list.styles.js';

/**
 * A bulleted or numbered list. Items may open with a bold lead-in term and may nest.
 *
 * Its CSS custom properties include the system and reference tokens (`--news-sys-*`,
 * `--news-ref-*`) that all six elements share.
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
 *
 * @cssprop --bullet-list-marker-color - Colour of bullets and numbers. Default: the accent colour.
 * @cssprop --bullet-list-term-color - Colour of the lead-in terms. Default: the text colour.
 * @cssprop --bullet-list-indent - Indent of each list level. Default: `1.4em`.
 * @cssprop --bullet-list-item-gap - Space between items. Default: `0.6em`.
 */
export class BulletList extends NewsElement {
  /** The tag the class is registered under. */
  static readonly tagName = 'bullet-list';
  static override styles = [baseStyles, bulletListStyles];
  static override lightStyles = bulletListLightStyles;

  /**
   * The items: an array of strings or `{ term, text, html, items }` objects, or its JSON text
   * (the `items` attribute).
   */
  @property() items?: ListItemData[] | string;

  /** Numbered instead of bulleted. */
  @property({ type: Boolean, reflect: true }) ordered = false;

  @state() private model: ListItem[] = [];

  private readonly richText = new RichTextRenderer(this, (problems) => this.report(problems));

  /** Slotted bare `<li>` elements need a list around them. */
  @state() private slottedItems = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.slottedItems = this.querySelector(':scope > li') !== null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('items')) {
      this.model = this.parseInput(this.items, 'items', (value, path, problems) => {
        // From the data as given, so that a report names the item by its place in the input.
        this.richText.prepare(htmlFieldsOf(value, path, { nested: 'items' }));
        return parseListItems(value, path, problems);
      });
    }
  }

  protected renderContent(): TemplateResult {
    const slot = html`<slot @slotchange=${this.onListSlotChange}></slot>`;
    const slotted = this.slottedItems
      ? this.ordered
        ? html`<ol part="list">${slot}</ol>`
        : html`<ul part="list">${slot}</ul>`
      : slot;
    // Slotted content is never hidden: with items from data too, it follows them.
    return this.model.length > 0 ? html`${this.renderList(this.model)}${slotted}` : slotted;
  }

  private renderList(items: ListItem[]): TemplateResult {
    const entries = items.map(
      (item) =>
        html`<li part="item">${
          item.term
            ? html`<strong class="term" part="term">${item.term}</strong>${item.text || item.html ? ' ' : nothing}`
            : nothing
        }${this.richText.render(item)}${item.items.length > 0 ? this.renderList(item.items) : nothing}</li>`,
    );
    return this.ordered ? html`<ol part="list">${entries}</ol>` : html`<ul part="list">${entries}</ul>`;
  }

  private onListSlotChange(event: Event): void {
    this.onSlotChange(event);
    const slot = event.target as HTMLSlotElement;
    this.slottedItems = slot.assignedElements().some((element) => element.localName === 'li');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    [BulletList.tagName]: BulletList;
  }
}
