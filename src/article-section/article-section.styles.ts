import { css } from 'lit';

/**
 * Scoped by the wrapper's class, so the one sheet serves the element's own shadow root and the
 * root of a `<news-article>` that renders its sections from JSON (where `::slotted()` has no slot
 * inside the wrapper to match). Slotted HTML is styled by the body sheet (`bodyContentLightCss`),
 * which is there before the element first renders it; only the elements slotted here are not.
 */
export const articleSectionStyles = css`
  .article-section {
    --_article-section-heading-font: var(--article-section-heading-font, var(--_sys-font-display));
    --_article-section-block-gap: var(--article-section-block-gap, 1.1em);
    font-family: var(--_sys-font-body);
    line-height: var(--_sys-line-height);
    color: var(--_sys-color-text);
    overflow-wrap: break-word;
    /*
     * On the wrapper, not the host: the host's size comes from the reader's default, never the
     * page's. Inside a news-article, whose body already has this size, 1em.
     */
    font-size: var(--_section-font-size, var(--article-section-font-size, 1.125em));

    & .heading {
      margin: 1.75em 0 0.5em;
      font-family: var(--_article-section-heading-font);
      font-size: 1em;
      font-weight: 700;
      line-height: 1.2;
      letter-spacing: -0.01em;
      color: var(--_sys-color-text);
      text-wrap: balance;
      scroll-margin-block-start: 1em;
    }
    & h2.heading {
      font-size: var(--article-section-heading-size, var(--_type-h2));
    }
    & h3.heading {
      font-size: var(--_type-h3);
    }
    & .heading:first-child {
      margin-block-start: 0;
    }
    & :is(p, bullet-list, .bullet-list),
    & ::slotted(bullet-list) {
      margin: 0 0 var(--_article-section-block-gap);
    }
    & .dateline {
      font-family: var(--_sys-font-ui);
      font-size: 0.85em;
      font-weight: 700;
      letter-spacing: 0.02em;
      text-transform: uppercase;
    }
    & .dateline time {
      text-transform: none;
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
    /* One caption size on the page: the reader's size × the caption's, whatever the body's. */
    & figcaption {
      font-size: calc(0.875em / 1.125);
    }
  }
`;
