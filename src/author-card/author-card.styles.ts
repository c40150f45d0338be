import { css } from 'lit';

/**
 * Scoped by the card's class, so the one sheet serves the element's own shadow root and the root
 * of a `<news-article>` that renders its author cards from JSON.
 */
export const authorCardStyles = css`
  .author-card {
    --_author-card-background: var(--author-card-background, var(--_sys-color-surface-raised));
    --_author-card-border-color: var(--author-card-border-color, var(--_sys-color-rule));
    --_author-card-photo-size: var(--author-card-photo-size, 4.5em);
    --_author-card-radius: var(--author-card-radius, var(--_sys-radius));
    font-family: var(--_sys-font-ui);
    line-height: 1.5;
    color: var(--_sys-color-text);
    padding: 1.25em;
    background: var(--_author-card-background);
    border: 1px solid var(--_author-card-border-color);
    border-radius: var(--_author-card-radius);

    /* Flex, not grid: with no photo (an empty photo slot) the details take the whole width. */
    & .person {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em 1em;
      align-items: flex-start;
    }
    & .person + .person {
      margin-block-start: 1.25em;
      padding-block-start: 1.25em;
      border-block-start: 1px solid var(--_author-card-border-color);
    }
    & .photo,
    & .initials,
    & ::slotted([slot='photo']) {
      display: block;
      flex: none;
      width: var(--_author-card-photo-size);
      height: var(--_author-card-photo-size);
      border-radius: 50%;
      object-fit: cover;
    }
    & .initials {
      display: grid;
      place-items: center;
      background: var(--_sys-color-accent);
      color: var(--_sys-color-surface);
      /* Twice the size, so the width halves the photo size to match a photo. */
      font: 700 2em / 1 var(--_sys-font-display);
      width: calc(var(--_author-card-photo-size) / 2);
      height: calc(var(--_author-card-photo-size) / 2);
    }
    & .details {
      flex: 1 1 14em;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    & .name,
    & ::slotted([slot='name']) {
      display: block;
      margin: 0;
      font: 700 1.125em / 1.3 var(--_sys-font-display);
    }
    & .role,
    & ::slotted([slot='role']) {
      display: block;
      margin: 0.15em 0 0;
      font-size: 0.875em;
      color: var(--_sys-color-text-muted);
    }
    & .bio,
    & ::slotted(:not([slot])) {
      margin: 0.6em 0 0;
      font-family: var(--_sys-font-body);
      font-size: 1em;
      line-height: var(--_sys-line-height);
    }
    & .links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0.75em 0 0;
      padding: 0;
      list-style: none;
      font-size: 0.875em;
      font-weight: 600;
    }
    & ::slotted([slot='links']) {
      display: inline-block;
      margin: 0.75em 1em 0 0;
      font-size: 0.875em;
      font-weight: 600;
    }
  }
`;
