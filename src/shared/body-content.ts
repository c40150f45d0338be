/**
 * What a body of slotted HTML needs and a JSON article never does: its light-DOM sheet and the
 * keyboard access to its scrolling boxes. A chunk of its own, loaded by `loadBodyContent`.
 */
export { bodyContentLightCss } from './body-content.styles.js';
export { ScrollFocusController } from './scroll-focus-controller.js';
