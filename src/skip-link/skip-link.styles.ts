import { css } from 'lit';

export const skipLinkStyles = css`
  :host {
    --_skip-background: var(--skip-link-background, var(--_color-text));
    --_skip-color: var(--skip-link-color, var(--_color-surface));
    --_skip-radius: var(--skip-link-radius, var(--_radius));
    position: relative;
    z-index: var(--skip-link-z-index, 1000);
  }
  .link {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-start: 0.5em;
    padding: 0.75em 1.25em;
    border-radius: var(--_skip-radius);
    background: var(--_skip-background);
    color: var(--_skip-color);
    font: 600 1em / 1.2 var(--_font-ui);
    text-decoration: underline;
    white-space: nowrap;
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.25);
  }
  .link:hover {
    color: var(--_skip-color);
  }
  /* Out of sight but still in the accessibility tree until keyboard focus reaches it. */
  .link:not(:focus) {
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    box-shadow: none;
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
