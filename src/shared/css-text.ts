/**
 * The text of a CSS literal, for a lazy chunk that must not import Lit (it would pull Lit out of
 * the CDN file into a chunk of its own). The build minifies these literals as it does Lit's `css`
 * and drops the tag; the CSS takes no interpolations.
 */
export const css = (strings: TemplateStringsArray): string => strings.join('');
