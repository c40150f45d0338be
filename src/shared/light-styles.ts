import type { CSSResult } from 'lit';

const adoptedByRoot = new WeakMap<Document | ShadowRoot, Set<CSSResult>>();

/**
 * Slotted HTML keeps living in the host's tree, where `::slotted()` reaches only the top-level
 * children: a link inside a slotted list keeps the browser's blue. An element that upgrades
 * slotted HTML therefore adds rules for its light-DOM descendants to the tree it lives in, once
 * per tree. They are scoped by tag name and sit in the `news-elements` cascade layer, so any
 * plain rule of the host's still wins.
 */
export function adoptLightStyles(root: Node, styles: CSSResult): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  let adopted = adoptedByRoot.get(root);
  if (!adopted) adoptedByRoot.set(root, (adopted = new Set()));
  if (adopted.has(styles)) return;
  adopted.add(styles);
  const sheet = styles.styleSheet;
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
