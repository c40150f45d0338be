import { css } from 'lit';

/**
 * One type scale from the container's width (cqi: the article's width inside <news-article>), for
 * the elements that show article text. Sizes in em of the reader's size, except the headings',
 * which are in em of the body text they sit in; the body's is a factor, so that a caption can be
 * the same size in the header and in the body.
 */
export const typeScaleStyles = css`
  :host {
    --_type-headline: var(--news-sys-type-headline, clamp(1.75em, 1.2em + 3cqi, 3.25em));
    --_type-standfirst: var(--news-sys-type-standfirst, clamp(1.125em, 1em + 0.6cqi, 1.375em));
    --_type-body: var(--news-sys-type-body, 1.125);
    --_type-h2: var(--news-sys-type-h2, clamp(1.1875em, 1.1em + 0.5cqi, 1.5em));
    --_type-h3: var(--news-sys-type-h3, clamp(1.0625em, 1.05em + 0.25cqi, 1.25em));
    --_type-h4: var(--news-sys-type-h4, 1em);
    --_type-caption: var(--news-sys-type-caption, 0.875em);
    --_type-ui: var(--news-sys-type-ui, 0.875em);
  }
`;
