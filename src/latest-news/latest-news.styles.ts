import { css } from 'lit';

/**
 * Scoped by the wrapper's class, so the one sheet serves the element's own shadow root and the
 * root of a `<news-article>` that renders its latest news from JSON.
 */
export const latestNewsStyles = css`
  .latest-news {
    --_latest-news-time-color: var(--latest-news-time-color, var(--_sys-color-text-muted));
    --_latest-news-divider-color: var(--latest-news-divider-color, var(--_sys-color-rule));
    --_latest-news-headline-font: var(--latest-news-headline-font, var(--_sys-font-display));
    font-family: var(--_sys-font-ui);
    line-height: 1.4;
    color: var(--_sys-color-text);

    & .list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    & .item {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 0.25em 0.75em;
      padding-block: 0.8em;
      border-block-end: 1px solid var(--_latest-news-divider-color);
    }
    & .item:first-child {
      padding-block-start: 0;
    }
    & .headline {
      grid-column: 1;
      font: 700 1.0625em / 1.3 var(--_latest-news-headline-font);
      color: var(--_sys-color-text);
      text-decoration: none;
      overflow-wrap: anywhere;
    }
    & a.headline:hover {
      text-decoration: underline;
      color: var(--_sys-color-accent);
    }
    & .description {
      grid-column: 1;
      margin: 0;
      overflow-wrap: anywhere;
      font-size: 0.875em;
      color: var(--_latest-news-time-color);
    }
    & .time {
      grid-column: 1;
      font-size: 0.8125em;
      color: var(--_latest-news-time-color);
    }
    & .thumb {
      grid-column: 2;
      grid-row: 1 / span 3;
      width: 4.5em;
      height: 4.5em;
      object-fit: cover;
      border-radius: var(--_sys-radius);
    }
    & .empty {
      margin: 0;
      font-size: 0.9375em;
      color: var(--_latest-news-time-color);
    }
  }
`;
