/**
 * What a slotted article body needs and an article from JSON never does: its light-DOM sheet and
 * keyboard access to its scrolling boxes. A chunk of its own, loaded by `loadBodyContent`. It
 * imports nothing from the rest of the library (Lit included), or the build would move what it
 * shares out of the CDN file into another chunk.
 */
import { bodyContentLightCss } from './body-content.styles.js';
import type { adoptLightStyles } from './light-styles.js';
import { ScrollFocusController } from './scroll-focus-controller.js';

/** The body sheet. Made here, when the chunk loads: an element that has connected loads it, in a browser. */
export const styleSheet = new CSSStyleSheet();
styleSheet.replaceSync(bodyContentLightCss);

const watched = new WeakSet<Element>();

/**
 * Styles the slotted body of `host` (with the library's `adoptLightStyles`, passed in) and makes
 * its scrolling boxes focusable. True when done: the host has light-DOM content.
 */
export function styleBody(
  host: ConstructorParameters<typeof ScrollFocusController>[0],
  adopt: typeof adoptLightStyles,
): boolean {
  if (!adopt(host, { styleSheet })) return false;
  if (!watched.has(host)) {
    watched.add(host);
    new ScrollFocusController(host);
  }
  return true;
}
