import { css } from 'lit';

export const bulletListStyles = css`
  :host {
    --_marker-color: var(--bullet-list-marker-color, var(--_color-accent));
    --_term-color: var(--bullet-list-term-color, inherit);
    --_indent: var(--bullet-list-indent, 1.4em);
    --_item-gap: var(--bullet-list-item-gap, 0.6em);
    font-family: var(--_font-body);
    line-height: var(--_line-height);
    color: var(--_color-text);
  }
  ul,
  ol,
  ::slotted(ul),
  ::slotted(ol) {
    display: grid;
    gap: var(--_item-gap);
    margin: 0;
    padding-inline-start: var(--_indent);
  }
  ul ul,
  ol ol {
    margin-block-start: var(--_item-gap);
  }
  li::marker {
    color: var(--_marker-color);
  }
  ol > li::marker {
    font-family: var(--_font-ui);
    font-weight: 700;
    font-size: 0.9em;
  }
  li {
    padding-inline-start: 0.2em;
  }
  .term {
    font-weight: 700;
    color: var(--_term-color);
  }
  ::slotted(li) {
    padding-inline-start: 0.2em;
  }
`;

/** Markers and nesting for a slotted list (see `adoptLightStyles`). */
export const bulletListLightStyles = css`
  @layer news-elements {
    bullet-list li {
      padding-inline-start: 0.2em;
    }
    bullet-list li::marker {
      color: var(--_marker-color);
    }
    bullet-list ol > li::marker {
      font-family: var(--_font-ui);
      font-weight: 700;
      font-size: 0.9em;
    }
    bullet-list li > :is(ul, ol) {
      display: grid;
      gap: var(--_item-gap);
      margin: var(--_item-gap) 0 0;
      padding-inline-start: var(--_indent);
    }
    bullet-list li > strong:first-child {
      color: var(--_term-color);
    }
  }
`;
