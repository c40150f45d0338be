import { css } from 'lit';

export const newsArticleStyles = css`
  :host {
    --_article-max-width: var(--news-article-max-width, 75em);
    --_article-padding: var(--news-article-padding, 1.5em 1.25em 3em);
    --_article-aside-width: var(--news-article-aside-width, 20em);
    --_article-headline-font: var(--news-article-headline-font, var(--_sys-font-display));
    --_article-headline-size: var(--news-article-headline-size, calc(1.75em + var(--_type-growth)));
    --_article-kicker-color: var(--news-article-kicker-color, var(--_sys-color-accent));
    --_article-header-color: var(--news-article-header-color, var(--_sys-color-text));
    --_article-header-muted-color: var(--news-article-header-muted-color, var(--_sys-color-text-muted));
    --_article-background: var(--news-article-background, var(--_sys-color-surface));
    --_article-measure: var(--news-article-measure, 42em);
    container: news-article / inline-size;
    background: var(--_article-background);
    font-family: var(--_sys-font-body) !important;
    line-height: var(--_sys-line-height) !important;
  }
  .page {
    position: relative;
    max-width: var(--_article-max-width);
    margin-inline: auto;
    padding: var(--_article-padding);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 3em;
  }
  .article {
    max-width: var(--_article-measure);
    scroll-margin-block-start: 1em;
  }
  .article:focus {
    outline: none;
  }
  .kicker,
  ::slotted([slot='kicker']) {
    margin: 0 0 0.75em;
    font: 700 0.8125em / 1.2 var(--_sys-font-ui);
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_article-kicker-color);
  }
  /* h1: the stories of the latest news made from JSON have headlines too. */
  h1.headline,
  ::slotted([slot='headline']) {
    margin: 0;
    font-family: var(--_article-headline-font);
    font-size: var(--_article-headline-size);
    font-weight: 700;
    line-height: 1.12;
    letter-spacing: -0.015em;
    text-wrap: balance;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .standfirst,
  ::slotted([slot='standfirst']) {
    margin: 0.75em 0 0;
    font-size: calc(1.125em + var(--_type-growth) / 6);
    line-height: 1.45;
    color: var(--_article-header-muted-color);
    text-wrap: pretty;
    overflow-wrap: anywhere;
  }
  .byline,
  ::slotted([slot='byline']) {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 1.25em 0 0;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_sys-color-rule);
    font: 0.875em / 1.4 var(--_sys-font-ui);
    color: var(--_article-header-muted-color);
    overflow-wrap: anywhere;
  }
  .byline > * {
    min-width: 0;
  }
  .header {
    color: var(--_article-header-color);
  }
  .names {
    font-weight: 700;
    color: var(--_article-header-color);
  }
  .lead-image figure {
    margin: 1.5em 0 0;
  }
  .lead-image figcaption {
    color: var(--_article-header-muted-color);
  }
  /*
   * The body text's size and measure (60–75 characters a line): set here, so that slotted HTML
   * inherits them as the JSON sections do. A section inside takes the body's size as it is.
   */
  .body {
    --_section-font-size: 1em;
    max-width: var(--news-article-text-measure, 29em);
    margin-block-start: 1.75em;
    overflow-wrap: break-word;
    font-size: var(--article-section-font-size, 1.125em);
  }
  .authors {
    display: grid;
    gap: 1em;
    margin-block-start: 2.5em;
  }
  .aside {
    min-width: 0;
  }
  @container news-article (min-width: 56em) {
    .layout.has-aside {
      grid-template-columns: minmax(0, 1fr) var(--_article-aside-width);
      gap: 4em;
    }
    .aside {
      position: sticky;
      top: 1.5em;
      align-self: start;
    }
  }
  @container news-article (max-width: 30em) {
    .page {
      padding: var(--news-article-padding, 1em 1em 2em);
    }
  }
  @media print {
    :host {
      background: none;
    }
    .page {
      max-width: none;
      padding: 0;
    }
    .layout {
      display: block;
    }
    .aside {
      display: none;
    }
    .article {
      max-width: none;
    }
  }
`;
