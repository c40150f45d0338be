import { css } from 'lit';

export const authorCardStyles = css`
  :host {
    --_background: var(--author-card-background, var(--_color-surface-raised));
    --_border-color: var(--author-card-border-color, var(--_color-rule));
    --_photo-size: var(--author-card-photo-size, 4.5em);
    --_card-radius: var(--author-card-radius, var(--_radius));
    font-family: var(--_font-ui);
    line-height: 1.5;
    color: var(--_color-text);
  }
  .card {
    padding: 1.25em;
    background: var(--_background);
    border: 1px solid var(--_border-color);
    border-radius: var(--_card-radius);
  }
  /* Flex, not grid: with no photo (an empty photo slot) the details take the whole width. */
  .person {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: flex-start;
  }
  .person + .person {
    margin-block-start: 1.25em;
    padding-block-start: 1.25em;
    border-block-start: 1px solid var(--_border-color);
  }
  .photo,
  .initials,
  ::slotted([slot='photo']) {
    display: block;
    flex: none;
    width: var(--_photo-size);
    height: var(--_photo-size);
    border-radius: 50%;
    object-fit: cover;
  }
  .initials {
    display: grid;
    place-items: center;
    background: var(--_color-accent);
    color: var(--_color-surface);
    /* Twice the size, so the width halves the photo size to match a photo. */
    font: 700 2em / 1 var(--_font-display);
    width: calc(var(--_photo-size) / 2);
    height: calc(var(--_photo-size) / 2);
  }
  .details {
    flex: 1 1 14em;
    min-width: 0;
  }
  .name,
  ::slotted([slot='name']) {
    margin: 0;
    font: 700 1.125em / 1.3 var(--_font-display);
  }
  .role,
  ::slotted([slot='role']) {
    margin: 0.15em 0 0;
    font-size: 0.875em;
    color: var(--_color-text-muted);
  }
  .bio,
  ::slotted(:not([slot])) {
    margin: 0.6em 0 0;
    font-family: var(--_font-body);
    font-size: 1em;
    line-height: var(--_line-height);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.75em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    font-weight: 600;
  }
  ::slotted([slot='links']) {
    display: inline-block;
    margin: 0.75em 1em 0 0;
    font-size: 0.875em;
    font-weight: 600;
  }
`;
