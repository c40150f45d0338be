import type { CSSResult } from 'lit';
import { getMember, setMember } from './host-document.js';

/** Light-DOM children that are data, not content: the JSON-LD `<news-article>` adds, for one. */
export const notContent = new Set(['script', 'style', 'template']);

/** True when the host has a child element its light styles could reach (they all start at one). */
export function hasLightContent(host: Element): boolean {
  for (const child of host.children) if (!notContent.has(child.localName)) return true;
  return false;
}

/**
 * Slotted HTML keeps living in the host's tree, where `::slotted()` reaches only the top-level
 * children: a link inside a slotted list keeps the browser's blue. An element that upgrades
 * slotted HTML therefore adds rules for its light-DOM descendants to the tree it lives in. They
 * are scoped by tag name and sit in the `news-elements` cascade layer, so any plain rule of the
 * host's still wins.
 *
 * Setting `adoptedStyleSheets` makes the browser restyle the whole tree, so it is done only for
 * a host with light-DOM content, and once per tree and sheet: elements rendered from JSON never
 * touch their parent's tree. Returns true when the tree has the sheet.
 */
export function adoptLightStyles(host: Element, styles: Pick<CSSResult, 'styleSheet'>): boolean {
  if (!hasLightContent(host)) return false;
  const root = host.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return false;
  const sheet = styles.styleSheet;
  // Without constructable sheets Lit puts <style> elements in shadow roots; light rules are left out.
  if (!sheet) return true;
  // Read from the tree itself: a page may have replaced the list since we added to it.
  // Through the prototype: the page's markup can shadow a document's `adoptedStyleSheets`.
  const sheets = getMember(root, 'adoptedStyleSheets');
  if (!sheets.includes(sheet)) setMember(root, 'adoptedStyleSheets', [...sheets, sheet]);
  return true;
}
