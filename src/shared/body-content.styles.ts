import { css } from './css-text.js';

/**
 * The look of an article body written as HTML, by hand or by a CMS (WordPress's core blocks,
 * Ghost's cards, Markdown), slotted into `<news-article>` or `<article-section>`: it reads like
 * the same content made from JSON. Added to the tree the elements live in (see
 * `adoptLightStyles`), in the `news-elements` layer, so that any plain rule of the host's still wins.
 *
 * The scope is the slotted body and everything in it, and the slotted content of `<bullet-list>`,
 * `<author-card>` and `<latest-news>`, in the body or alone on a page. No rule may make the body wider than its column: media shrink to it, and what cannot
 * (a wide table, a long line of code) scrolls in its own box.
 *
 * Text, not a Lit `CSSResult`: it is part of the body-content chunk, which imports nothing.
 */
export const bodyContentLightCss = css`
  @layer news-elements {
    news-article > [slot='byline'] :is(strong, b) {
      font-weight: 700;
      color: var(--_article-header-color);
    }
    /* The lead image, sized by the column whatever its width and height attributes say. */
    news-article > [slot='image'] {
      margin: 1.5em 0 0;
      & img,
      &:is(img) {
        display: block;
        inline-size: 100%;
        block-size: auto;
      }
      & figcaption {
        margin-block-start: 0.5em;
        font: 0.875em / 1.45 var(--_sys-font-ui);
        color: var(--_article-header-muted-color);
      }
    }
    /* The slotted equivalents of the v1.1 subheading, divider and note blocks look like them (see blocks.ts). */
    article-section > h4 {
      font-size: 1.05em;
    }
    article-section > hr {
      margin: 2em auto;
      inline-size: 30%;
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
        font: 700 0.85em var(--_sys-font-ui);
        letter-spacing: 0.02em;
        text-transform: uppercase;
      }
    }
    /* A <bullet-list> slotted in the body numbers its nested lists as the body does: 1., a., i. */
    :is(news-article, article-section) > bullet-list ol {
      & ol {
        list-style-type: lower-alpha;
      }
      & ol ol {
        list-style-type: lower-roman;
      }
    }
    :is(news-article, article-section) > :not([slot], article-section, bullet-list, author-card, latest-news) {
      :where(&) {
        margin: 0 0 var(--_article-section-block-gap, 1.1em);
      }

      :where(&, & *):is(.dateline) {
        font: 700 0.85em var(--_sys-font-ui);
        letter-spacing: 0.02em;
        text-transform: uppercase;
      }
      :where(&, & *):is(.dateline) time {
        text-transform: none;
      }
      :where(&, & *):is(h2, h3, h4, h5, h6) {
        margin: 1.75em 0 0.5em;
        font: 700 1em / 1.2 var(--article-section-heading-font, var(--_sys-font-display));
        letter-spacing: -0.01em;
        color: var(--_sys-color-text);
        text-wrap: balance;
        scroll-margin-block-start: 1em;
      }
      :where(&, & *):is(h2) {
        font-size: var(--article-section-heading-size, var(--_type-h2));
      }
      :where(&, & *):is(h3) {
        font-size: var(--_type-h3);
      }
      &:is(h2, h3, h4, h5, h6):first-child {
        margin-block-start: 0;
      }
      & a,
      &:is(a) {
        color: var(--_sys-color-link);
        text-decoration-thickness: 0.0625em;
        text-underline-offset: 0.18em;
      }
      :where(&, & *):is(img, video, iframe, embed, object, svg) {
        max-inline-size: 100%;
      }
      :where(&, & *):is(img, video) {
        block-size: auto;
      }
      :where(&, & *):is(figure, picture) :is(img, video),
      & :is(iframe, video) {
        display: block;
      }
      /* Embedded players: as wide as the column, 16:9 (WordPress and Ghost give 640×360, 200×113…). */
      :where(&, & *):is(iframe, embed, object) {
        inline-size: 100%;
        block-size: auto;
        aspect-ratio: 16 / 9;
        border: 0;
      }
      :where(&, & *):is(video) {
        inline-size: 100%;
      }
      :where(&, & *):is(figure) {
        margin: 1.6em 0;
      }
      /* One caption size on the page: the reader's size × the caption's, whatever the body's. */
      :where(&, & *):is(figcaption, caption) {
        margin-block-start: 0.5em;
        text-align: start;
        font: calc(0.875em / 1.125) / 1.45 var(--_sys-font-ui);
        color: var(--_sys-color-text-muted);
      }
      & caption {
        margin-block: 0 0.5em;
      }
      :where(&, & *):is(ul, ol) {
        padding-inline-start: 1.4em;
      }
      & li {
        margin-block-end: 0.6em;
        padding-inline-start: 0.2em;
      }
      & li::marker {
        color: var(--_sys-color-accent);
      }
      & li > :is(ul, ol) {
        margin-block: 0.6em 0;
      }
      /* Outline numbering: 1., a., i. */
      :where(&, & *):is(ol) ol {
        list-style-type: lower-alpha;
      }
      :where(&, & *):is(ol) ol ol {
        list-style-type: lower-roman;
      }
      :where(&, & *):is(blockquote):not(.wp-block-pullquote *) {
        margin: 1.6em 0;
        padding-inline-start: 1em;
        border-inline-start: 0.2em solid var(--_sys-color-accent);
        font-style: italic;
      }
      & blockquote p {
        margin: 0 0 0.5em;
      }
      & cite {
        display: block;
        font: 0.875em var(--_sys-font-ui);
        color: var(--_sys-color-text-muted);
      }
      /* Pull quotes: WordPress's block, Ghost's alternative quote. */
      :where(&, & *):is(.wp-block-pullquote, .kg-blockquote-alt) {
        margin: 1.6em 0;
        padding: 0.75em 0;
        border: solid var(--_sys-color-accent);
        border-width: 0.2em 0;
        font: italic 1.25em / 1.4 var(--_sys-font-display);
        text-align: center;
      }
      & .wp-block-pullquote blockquote {
        margin: 0;
      }
      /* A table scrolls in its own box: a wide one never widens the page. */
      :where(&, & *):is(table) {
        display: block;
        max-inline-size: 100%;
        overflow-x: auto;
        border-collapse: collapse;
        font-family: var(--_sys-font-ui);
        font-variant-numeric: tabular-nums;
      }
      & :is(th, td) {
        font-size: calc(0.875em / 1.125);
        line-height: 1.4;
        padding: 0.5em 0.75em;
        border-block-end: 1px solid var(--_sys-color-rule);
        vertical-align: top;
      }
      & th:where(:not([align])) {
        text-align: start;
      }
      & thead th {
        border-block-end: 2px solid var(--_sys-color-rule-strong);
      }
      & .has-text-align-right {
        text-align: right;
      }
      & .has-text-align-center {
        text-align: center;
      }
      :where(&, & *):is(hr) {
        block-size: 0;
        margin: 2em 0;
        border: 0;
        border-block-start: 1px solid var(--_sys-color-rule);
      }
      :where(&, & *):is(pre, code, kbd, samp) {
        font-family: ui-monospace, monospace;
        font-size: 0.875em;
      }
      :where(&, & *):is(pre) {
        overflow-x: auto;
        padding: 0.75em 1em;
        background: var(--_sys-color-surface-raised);
        border-radius: var(--_sys-radius);
      }
      & pre code {
        font-size: 1em;
      }
      & dt {
        font-weight: 700;
      }
      & dd {
        margin: 0 0 0.6em;
        padding-inline-start: 1.4em;
      }
      /* Footnote marks and formulas leave the line height alone. */
      & :is(sup, sub) {
        line-height: 0;
      }
      /* Ghost's cards. */
      :where(&, & *):is(.kg-callout-card, .kg-bookmark-container) {
        display: flex;
        gap: 0.75em;
        padding: 1em;
        background: var(--_sys-color-surface-raised);
        border-radius: var(--_sys-radius);
        font: 0.875em / 1.45 var(--_sys-font-ui);
      }
      & .kg-bookmark-container {
        color: inherit;
        text-decoration: none;
      }
      & :is(.kg-bookmark-content, .kg-gallery-image) {
        flex: 1 1 0;
        min-width: 0;
      }
      & .kg-bookmark-title {
        font-weight: 700;
      }
      & .kg-bookmark-metadata {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em;
        margin-block-start: 0.5em;
        color: var(--_sys-color-text-muted);
      }
      & .kg-bookmark-icon {
        inline-size: 1.25em;
      }
      & .kg-bookmark-thumbnail {
        flex: 0 0 30%;
      }
      & .kg-gallery-row {
        display: flex;
        gap: 0.5em;
        margin-block-end: 0.5em;
      }
    }
    /* A slotted <bullet-list>: its markers and nesting. */
    bullet-list li {
      padding-inline-start: 0.2em;
    }
    bullet-list li::marker {
      color: var(--_bullet-list-marker-color);
    }
    bullet-list ol > li::marker {
      font-family: var(--_sys-font-ui);
      font-weight: 700;
      font-size: 0.9em;
    }
    /* A column of flex items, as in the element's own lists (see bullet-list.styles.ts): nested grids cost 2^depth. */
    bullet-list li > :is(ul, ol) {
      display: flex;
      flex-direction: column;
      gap: var(--_bullet-list-item-gap);
      margin: var(--_bullet-list-item-gap) 0 0;
      padding-inline-start: var(--_bullet-list-indent);
    }
    bullet-list li > strong:first-child {
      color: var(--_bullet-list-term-color);
    }
    /* A slotted <author-card>: links in its name or among its links look like those made from JSON. */
    author-card > :is([slot='name'], [slot='links']) a,
    author-card > a[slot='links'] {
      color: var(--_sys-color-link);
      text-decoration-thickness: 0.0625em;
      text-underline-offset: 0.18em;
    }
    author-card > :is(p, div):not([slot]) {
      overflow-wrap: anywhere;
    }
    /* A slotted <latest-news>: its list of links looks like the one made from JSON. */
    latest-news > :is(ul, ol) {
      margin: 0;
      padding: 0;
      list-style: none;
      font-family: var(--_sys-font-ui);
    }
    latest-news > :is(ul, ol) > li {
      display: grid;
      gap: 0.25em;
      padding-block: 0.8em;
      border-block-end: 1px solid var(--_latest-news-divider-color);
    }
    latest-news > :is(ul, ol) > li:first-child {
      padding-block-start: 0;
    }
    latest-news > :is(ul, ol) a {
      font: 700 1.0625em / 1.3 var(--_latest-news-headline-font);
      color: var(--_sys-color-text);
      text-decoration: none;
      overflow-wrap: anywhere;
    }
    latest-news > :is(ul, ol) a:hover {
      color: var(--_sys-color-accent);
      text-decoration: underline;
    }
    latest-news > :is(ul, ol) time {
      font-size: 0.8125em;
      color: var(--_latest-news-time-color);
    }
  }
`;
