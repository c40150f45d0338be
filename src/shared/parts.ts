/**
 * The part names of one element's template. In the element's own shadow root they are its
 * documented parts (`heading`). Where `<news-article>` renders the same template in its own root
 * (its JSON content), each carries the element's tag (`article-section-heading`), and `base`
 * becomes the tag itself (`article-section`): they then name none of the article's own parts
 * (`base`, `figure`, `headline`) and none of another element's.
 */
export function partNames<Name extends string>(names: readonly Name[], tag?: string): Record<Name, string> {
  const parts = {} as Record<Name, string>;
  for (const name of names) parts[name] = !tag ? name : name === 'base' ? tag : `${tag}-${name}`;
  return parts;
}

/** Renders rich text (`text` or `html` fields), see `RichTextRenderer`. */
export type RichText = (content: { text?: string; html?: string }) => unknown;
