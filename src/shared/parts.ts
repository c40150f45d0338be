/**
 * Renders rich text (`text` or `html` fields), see `RichTextRenderer`.
 *
 * The templates the elements share with `<news-article>` name their parts with a prefix: none in
 * the element's own shadow root (its documented parts: `heading`), the element's tag and a hyphen
 * where the article renders the template in its own root from JSON (`article-section-heading`).
 * There they name none of the article's own parts (`base`, `figure`, `headline`) and none of
 * another element's; the wrapper standing for the element (its `base`) takes the tag itself.
 */
export type RichText = (content: { text?: string; html?: string }) => unknown;
