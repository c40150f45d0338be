import { css } from 'lit';

export const skipLinkStyles = css`
  :host {
    --_skip-link-background: var(--skip-link-background, var(--_sys-color-text));
    --_skip-link-color: var(--skip-link-color, var(--_sys-color-surface));
    --_skip-link-radius: var(--skip-link-radius, var(--_sys-radius));
    position: relative;
    z-index: var(--skip-link-z-index, 1000);
  }
  .link {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-start: 0.5em;
    padding: 0.75em 1.25em;
    border-radius: var(--_skip-link-radius);
    background: var(--_skip-link-background);
    color: var(--_skip-link-color);
    font: 600 1em / 1.2 var(--_sys-font-ui);
    text-decoration: underline;
    white-space: nowrap;
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.25);
  }
  .link:hover {
    color: var(--_skip-link-color);
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
