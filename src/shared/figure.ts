import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArticleImage } from '../data/index.js';

/** A figure with its caption and credit; lazy unless it is above the fold. */
export function renderFigure(image: ArticleImage, part: string, eager = false): TemplateResult {
  const caption = image.caption || image.credit;
  return html`<figure part=${part}>
    <img
      src=${image.url}
      alt=${image.alt}
      width=${ifDefined(image.width)}
      height=${ifDefined(image.height)}
      loading=${eager ? 'eager' : 'lazy'}
      decoding="async"
    />
    ${
      caption
        ? html`<figcaption>
          ${image.caption}${image.caption && image.credit ? ' ' : nothing}${
            image.credit ? html`<span class="credit">${image.credit}</span>` : nothing
          }
        </figcaption>`
        : nothing
    }
  </figure>`;
}

export const figureStyles = css`
  figure {
    margin: 1.6em 0;
  }
  figure img {
    display: block;
    width: 100%;
    height: auto;
    background: var(--_sys-color-surface-raised);
  }
  figcaption {
    margin-block-start: 0.5em;
    font-family: var(--_sys-font-ui);
    font-size: 0.875em;
    line-height: 1.45;
    color: var(--_sys-color-text-muted);
  }
  .credit {
    font-style: italic;
  }
`;
