import { css } from 'lit';

/**
 * Design tokens in three tiers. Hosts may set any of them on our elements or an ancestor:
 * - reference (`--news-ref-*`): the raw palette and type families;
 * - system (`--news-sys-*`): roles built from the reference tier (text, surface, accent…);
 * - component (`--news-article-*`, `--bullet-list-*`, …): set in each element's styles.
 * Each public property is read once, into a private one named like it without `news-`
 * (`--news-sys-color-text` → `--_sys-color-text`, `--bullet-list-indent` → `--_bullet-list-indent`),
 * with our default as the fallback, so a host value set on an ancestor always wins; a reference
 * colour is read in the system colours made from it. Colours pair a light and a dark value with
 * `light-dark()`, which follows the element's `color-scheme` (see `themeStyles`).
 */
export const tokenStyles = css`
  :host {
    --_ref-font-serif: var(
      --news-ref-font-serif,
      Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Liberation Serif', serif
    );
    --_ref-font-sans: var(
      --news-ref-font-sans,
      system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Liberation Sans', Arial, sans-serif
    );

    --_sys-color-text: var(--news-sys-color-text, light-dark(var(--news-ref-color-neutral-10, #161514), var(--news-ref-color-night-94, #eceef1)));
    --_sys-color-text-muted: var(
      --news-sys-color-text-muted,
      light-dark(var(--news-ref-color-neutral-45, #5f5b55), var(--news-ref-color-night-75, #b9bcc3))
    );
    --_sys-color-surface: var(--news-sys-color-surface, light-dark(var(--news-ref-color-neutral-100, #ffffff), var(--news-ref-color-night-10, #121316)));
    --_sys-color-surface-raised: var(
      --news-sys-color-surface-raised,
      light-dark(var(--news-ref-color-neutral-96, #f6f3ee), var(--news-ref-color-night-18, #1d1f24))
    );
    --_sys-color-rule: var(--news-sys-color-rule, light-dark(var(--news-ref-color-neutral-88, #ddd8cf), var(--news-ref-color-night-30, #3a3d44)));
    --_sys-color-rule-strong: var(--news-sys-color-rule-strong, light-dark(var(--news-ref-color-neutral-10, #161514), var(--news-ref-color-night-94, #eceef1)));
    --_sys-color-accent: var(--news-sys-color-accent, light-dark(var(--news-ref-color-accent-40, #a3231a), var(--news-ref-color-accent-80, #ff9d8f)));
    --_sys-color-link: var(--news-sys-color-link, var(--_sys-color-text));
    --_sys-color-focus: var(--news-sys-color-focus, light-dark(var(--news-ref-color-focus-50, #1a5fd0), var(--news-ref-color-focus-80, #8fb8ff)));
    --_sys-font-body: var(--news-sys-font-body, var(--_ref-font-serif));
    --_sys-font-display: var(--news-sys-font-display, var(--_ref-font-serif));
    --_sys-font-ui: var(--news-sys-font-ui, var(--_ref-font-sans));
    --_sys-line-height: var(--news-sys-line-height, 1.6);
    --_sys-radius: var(--news-sys-radius, 0.25em);

    /*
     * The reader's default size, never the host's root size (html { font-size: 62.5% } is
     * common). Nested inside another of our elements, an element keeps its parent's size.
     */
    font-size: var(--_nested-font-size, var(--news-sys-font-size, medium)) !important;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
`;

/**
 * `theme="light" | "dark"` forces a colour scheme and `theme="auto"` follows the reader's system.
 * Without it an element takes the scheme of the page around it (`color-scheme` inherits): light
 * on a page that declares none, the reader's on a page with `color-scheme: light dark`. A change
 * is CSS alone: `light-dark()` resolves where a colour is used, so nothing re-renders. Print is
 * always light, whatever the theme or the page says.
 */
export const themeStyles = css`
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  @media print {
    :host {
      color-scheme: light !important;
    }
  }
`;

/** Shared with every element: tokens, theme, `hidden`, a visible focus ring. */
export const baseStyles = css`
  ${tokenStyles}
  ${themeStyles}
  /*
   * A page's universal rules (\`* { color: red; letter-spacing: .3em }\` is not rare) reach our
   * host element and beat \`:host\`, and everything inside would inherit them. Our host
   * declarations of inherited text properties are therefore important (a shadow tree's
   * important rules win over the page's normal ones); the custom properties are the way to
   * restyle us.
   */
  :host {
    display: block;
    color: var(--_sys-color-text) !important;
    box-sizing: border-box !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  *,
  ::slotted(*) {
    --_nested-font-size: 1em;
  }
  :focus-visible {
    outline: 0.1875em solid var(--_sys-color-focus);
    outline-offset: 0.125em;
    border-radius: 0.125em;
  }
  a {
    color: var(--_sys-color-link);
    text-decoration-thickness: 0.0625em;
    text-underline-offset: 0.18em;
  }
  a:hover {
    color: var(--_sys-color-accent);
    text-decoration-thickness: 0.125em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** Shared by the elements that show a small heading above their content (author card, latest news). */
export const labelHeadingStyles = css`
  .label {
    margin: 0 0 0.75em;
    padding-block-start: 0.5em;
    border-block-start: 0.1875em solid var(--_sys-color-rule-strong);
    font: 700 0.8125em / 1.3 var(--_sys-font-ui);
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_sys-color-text);
  }
`;
