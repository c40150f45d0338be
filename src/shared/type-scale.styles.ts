import { css } from 'lit';

/**
 * One type scale from the container's width (cqi: the article's width inside <news-article>), for
 * the elements that show article text. Sizes in em of the reader's size, except the headings',
 * which are in em of the body text they sit in (1.125em: a caption in the body is the small size
 * divided by it, the same size as in the header). The body's size is keyword-based on purpose: a
 * `calc()` there would stop the browser shrinking monospace `code` to its usual size. The sizes that grow with the container take their
 * share of one growth, 0 in a phone's width to 1.5em in a desktop's. The headline's and the
 * section headings' sizes have their public properties on the elements
 * (`--news-article-headline-size`, `--article-section-heading-size`).
 */
export const typeScaleStyles = css`
  :host {
    --_type-growth: clamp(0em, 3cqi - 0.55em, 1.5em);
    --_type-standfirst: var(--news-sys-type-standfirst, calc(1.125em + var(--_type-growth) / 6));
    --_type-h2: calc(1.1875em + var(--_type-growth) / 4.8);
    --_type-h3: var(--news-sys-type-h3, calc(1.0625em + var(--_type-growth) / 8));
    --_type-small: var(--news-sys-type-small, 0.875em);
  }
`;
