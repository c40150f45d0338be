import { css } from 'lit';

/**
 * Scoped by the wrapper's class, so the one sheet serves the element's own shadow root and the
 * root of a `<news-article>` that renders its sections from JSON (where `::slotted()` has no slot
 * inside the wrapper to match).
 */
export const articleSectionStyles = css`
  .article-section {
    --_article-section-heading-font: var(--article-section-heading-font, var(--_sys-font-display));
    --_article-section-heading-size: var(--article-section-heading-size, 1.5em);
    --_article-section-block-gap: var(--article-section-block-gap, 1.1em);
    font-family: var(--_sys-font-body);
    line-height: var(--_sys-line-height);
    color: var(--_sys-color-text);
    overflow-wrap: break-word;
    /* On the wrapper, not the host: the host's size comes from the reader's default, never the page's. */
    font-size: var(--article-section-font-size, 1.125em);

    & .heading,
    & ::slotted(:is(h2, h3, h4, h5, h6)) {
      margin: 1.6em 0 0.5em;
      font-family: var(--_article-section-heading-font);
      font-size: var(--_article-section-heading-size);
      font-weight: 700;
      line-height: 1.2;
      letter-spacing: -0.01em;
      color: var(--_sys-color-text);
      text-wrap: balance;
      scroll-margin-block-start: 1em;
    }
    & .heading:first-child,
    & ::slotted(:is(h2, h3, h4, h5, h6):first-child) {
      margin-block-start: 0;
    }
    & p,
    & ::slotted(p) {
      margin: 0 0 var(--_article-section-block-gap);
    }
    & :is(bullet-list, .bullet-list),
    & ::slotted(:is(ul, ol, bullet-list)) {
      margin: 0 0 var(--_article-section-block-gap);
    }
    & ::slotted(:is(ul, ol)) {
      padding-inline-start: 1.4em;
    }
    & .dateline,
    & ::slotted(.dateline) {
      font-family: var(--_sys-font-ui);
      font-size: 0.85em;
      font-weight: 700;
      letter-spacing: 0.02em;
      text-transform: uppercase;
    }
    & .dateline time {
      text-transform: none;
    }
    & ::slotted(figure) {
      margin: 1.6em 0;
    }
    & .quote {
      margin: 1.6em 0;
      padding-inline-start: 1em;
      border-inline-start: 0.2em solid var(--_sys-color-accent);
    }
    & .quote blockquote {
      margin: 0;
      font-family: var(--_sys-font-display);
      font-size: 1.25em;
      line-height: 1.4;
      font-style: italic;
    }
    & .quote blockquote p {
      margin: 0;
    }
    & .quote figcaption {
      font-size: 0.85em;
    }
    & ::slotted(blockquote) {
      margin: 1.6em 0;
      padding-inline-start: 1em;
      border-inline-start: 0.2em solid var(--_sys-color-accent);
      font-style: italic;
    }
  }
`;

/**
 * Slotted HTML equivalents of the v1.1 blocks (`h3`/`h4` subheadings, `hr`, `.note`), styled as
 * the JSON blocks are (see blocks.ts); light-DOM rules, inside the layer of `articleSectionLightStyles`.
 */
export const slottedBlockStyles = css`
  article-section > h3 {
    font-size: 1.25em;
  }
  article-section > h4 {
    font-size: 1.05em;
  }
  article-section > hr {
    margin: 2em auto;
    inline-size: 30%;
    border: 0;
    border-block-start: 1px solid var(--_sys-color-rule);
  }
  article-section > .note {
    margin: 1.6em 0;
    padding: 0.8em 1em;
    border-inline-start: 0.2em solid var(--_sys-color-accent);
    background: var(--_sys-color-surface-raised);
    font-size: 0.9em;
    & > p {
      margin: 0;
    }
    & > .note-label {
      font-family: var(--_sys-font-ui);
      font-size: 0.85em;
      font-weight: 700;
      letter-spacing: 0.02em;
      text-transform: uppercase;
    }
  }
`;

/** The dateline, links and list markers of slotted HTML (see `adoptLightStyles`). */
export const articleSectionLightStyles = css`
  @layer news-elements {
    ${slottedBlockStyles}
    article-section > * > .dateline {
      font-family: var(--_sys-font-ui);
      font-size: 0.85em;
      font-weight: 700;
      letter-spacing: 0.02em;
      text-transform: uppercase;
    }
    article-section > * > .dateline time {
      text-transform: none;
    }
    article-section > :is(p, ul, ol, blockquote) a {
      color: var(--_sys-color-link);
      text-decoration-thickness: 0.0625em;
      text-underline-offset: 0.18em;
    }
    article-section > :is(ul, ol) > li {
      margin-block-end: 0.6em;
      padding-inline-start: 0.2em;
    }
    article-section > :is(ul, ol) > li::marker {
      color: var(--_sys-color-accent);
    }
    /* A CMS writes the image's size into it (WordPress: width="1024"): keep it inside the column. */
    article-section :is(img, video) {
      max-inline-size: 100%;
      block-size: auto;
    }
    /* A slotted figure's caption looks like a JSON figure's (see figureStyles). */
    article-section > figure > figcaption {
      margin-block-start: 0.5em;
      font-family: var(--_sys-font-ui);
      font-size: 0.8em;
      line-height: 1.45;
      color: var(--_sys-color-text-muted);
    }
    /* A long line of code scrolls in its block rather than widening the page. */
    article-section pre {
      overflow-x: auto;
    }
  }
`;
