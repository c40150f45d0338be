import { css } from 'lit';

/**
 * Scoped by the wrapper's class, so the one sheet serves the element's own shadow root and the
 * root of a `<news-article>` that renders its lists from JSON.
 */
export const bulletListStyles = css`
  .bullet-list {
    --_bullet-list-marker-color: var(--bullet-list-marker-color, var(--_sys-color-accent));
    --_bullet-list-term-color: var(--bullet-list-term-color, var(--_sys-color-text));
    --_bullet-list-indent: var(--bullet-list-indent, 1.4em);
    --_bullet-list-item-gap: var(--bullet-list-item-gap, 0.6em);
    font-family: var(--_sys-font-body);
    line-height: var(--_sys-line-height);
    color: var(--_sys-color-text);
    overflow-wrap: anywhere;

    & :is(ul, ol),
    & ::slotted(:is(ul, ol)) {
      /* A column of flex items, not a grid: Chromium lays nested grids out again at each level, so a
         list nested eight levels deep took 2^8 times as long. A long word still wraps (overflow-wrap). */
      display: flex;
      flex-direction: column;
      gap: var(--_bullet-list-item-gap);
      margin: 0;
      padding-inline-start: var(--_bullet-list-indent);
    }
    & ul ul,
    & ol ol {
      margin-block-start: var(--_bullet-list-item-gap);
    }
    & li::marker {
      color: var(--_bullet-list-marker-color);
    }
    /* Outline numbering: 1., a., i. */
    & ol ol {
      list-style: lower-alpha;
    }
    & ol ol ol {
      list-style: lower-roman;
    }
    & ol > li::marker {
      font-family: var(--_sys-font-ui);
      font-weight: 700;
      font-size: 0.9em;
    }
    & li,
    & ::slotted(li) {
      padding-inline-start: 0.2em;
    }
    & .term {
      font-weight: 700;
      color: var(--_bullet-list-term-color);
    }
  }
`;
