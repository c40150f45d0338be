import { css } from 'lit';

/**
 * One type scale from the container's width (cqi: the article's width inside <news-article>), for
 * the elements that show article text: the sizes that grow take their share of one growth, 0 in
 * a phone's width to 1.5em in a desktop's (the headline all of it, the standfirst a sixth, h2 and
 * h3 less, in em of the body text they sit in). The body text stays at 1.125em and captions at
 * 0.875em of the reader's size (0.875em / 1.125 in the body): keyword-based sizes, as a `calc()`
 * there would stop the browser giving monospace `code` its usual smaller size. The public
 * properties are the elements' own (`--news-article-headline-size`, `--article-section-font-size`,
 * `--article-section-heading-size`).
 */
export const typeScaleStyles = css`
  :host {
    --_type-growth: clamp(0em, 3cqi - 0.55em, 1.5em);
    --_type-h2: calc(1.1875em + var(--_type-growth) / 4.8);
    --_type-h3: calc(1.0625em + var(--_type-growth) / 8);
  }
`;
