/**
 * Applies the print rules of every shadow root under `container` on screen: each adopted style
 * sheet is replaced by a copy in which `@media print` rules apply to all media and
 * `@media screen` rules are left out. Only the story's own instances change (a copy per root),
 * so other stories keep their screen styles. Stories only.
 */
export async function showPrintStyles(container: Element): Promise<void> {
  const done = new WeakSet<ShadowRoot>();
  // Nested elements render after their parents: look again until no new shadow root appears.
  for (let round = 0; round < 10; round += 1) {
    const roots = shadowRootsUnder(container).filter((root) => !done.has(root));
    if (round > 0 && roots.length === 0) break;
    await Promise.all(
      roots.map((root) => (root.host as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete),
    );
    for (const root of roots) {
      root.adoptedStyleSheets = root.adoptedStyleSheets.map(asPrinted);
      done.add(root);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function shadowRootsUnder(node: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const element of [node, ...node.querySelectorAll('*')]) {
    if (!element.shadowRoot) continue;
    roots.push(element.shadowRoot);
    for (const child of element.shadowRoot.children) roots.push(...shadowRootsUnder(child));
  }
  return roots;
}

const printedCopies = new WeakMap<CSSStyleSheet, CSSStyleSheet>();

function asPrinted(sheet: CSSStyleSheet): CSSStyleSheet {
  let copy = printedCopies.get(sheet);
  if (copy) return copy;
  copy = new CSSStyleSheet();
  copy.replaceSync([...sheet.cssRules].map(printedText).join('\n'));
  printedCopies.set(sheet, copy);
  return copy;
}

function printedText(rule: CSSRule): string {
  if (!(rule instanceof CSSMediaRule)) return rule.cssText;
  const media = rule.media.mediaText.trim();
  if (media === 'print') return [...rule.cssRules].map(printedText).join('\n');
  if (media === 'screen') return '';
  return `@media ${media} { ${[...rule.cssRules].map(printedText).join('\n')} }`;
}
