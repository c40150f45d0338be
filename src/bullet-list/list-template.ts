import { html, nothing, type TemplateResult } from 'lit';
import type { ListItem } from '../data/index.js';
import type { RichText } from '../shared/parts.js';

export interface ListTemplateContext {
  /** Before each part name: `` in the element's root, `bullet-list-` in the article's. */
  prefix: string;
  richText: RichText;
}

/**
 * A list and the lists nested in it: the template of `<bullet-list>`, which `<news-article>`
 * renders in its own shadow root for the lists of its JSON sections (inside a `.bullet-list`
 * wrapper, the element's styles' scope).
 */
export function renderList(items: readonly ListItem[], ordered: boolean, context: ListTemplateContext): TemplateResult {
  const { prefix, richText } = context;
  const entries = items.map(
    (item) =>
      html`<li part="${prefix}item">${
        item.term
          ? html`<strong class="term" part="${prefix}term">${item.term}</strong>${item.text || item.html ? ' ' : nothing}`
          : nothing
      }${richText(item)}${item.items.length > 0 ? renderList(item.items, ordered, context) : nothing}</li>`,
  );
  return ordered ? html`<ol part="${prefix}list">${entries}</ol>` : html`<ul part="${prefix}list">${entries}</ul>`;
}
