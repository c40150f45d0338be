/**
 * The typography of the scripts without italic or case (Arabic, Hebrew, Chinese, Japanese,
 * Korean, Devanagari, Bengali, Thai; see `scripts.styles.ts`): a chunk of its own, loaded by
 * `afterChunks` only for an element whose language is written in one of them. It imports nothing
 * from the rest of the library (Lit included), or the build would move what it shares out of the
 * CDN file into another chunk.
 */
import { scriptsLightCss, scriptsShadowCss } from './scripts.styles.js';

/** Made here, when the chunk loads: an element that has connected loads it, in a browser. */
const shadowSheet = new CSSStyleSheet();
shadowSheet.replaceSync(scriptsShadowCss);
const lightSheet = new CSSStyleSheet();
lightSheet.replaceSync(scriptsLightCss);

/** Adds the sheet to the tree, once: the page may have replaced the list since we added to it. */
function adopt(root: Node | null | undefined, sheet: CSSStyleSheet): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  // Through the prototype, as shared/host-document.ts does (this chunk imports nothing): the
  // page's markup can shadow a document's `adoptedStyleSheets`.
  const prototype = Object.getPrototypeOf(root) as object;
  const sheets = Reflect.get(prototype, 'adoptedStyleSheets', root) as CSSStyleSheet[];
  if (!sheets.includes(sheet)) Reflect.set(prototype, 'adoptedStyleSheets', [...sheets, sheet], root);
}

/**
 * Styles the element's shadow root and, in the tree it lives in, its slotted content. The light
 * sheet goes in with the first element, whatever its content: content slotted later is styled too.
 */
export function styleScripts(host: Element): void {
  adopt(host.shadowRoot, shadowSheet);
  adopt(host.getRootNode(), lightSheet);
}
