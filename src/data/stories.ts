import type { Article, NewsItem } from './types.js';

/**
 * The page a URL leads to from here: `/2025/10/story`, its absolute form and `…#comments` are
 * one article.
 */
function pageUrl(url: string): string {
  // A link resolves against the document's base and, unlike `new URL`, never throws.
  const link = document.createElement('a');
  link.href = url;
  link.hash = '';
  return link.href;
}

/** The article's latest stories without the article itself. */
export function otherStories(article: Article | undefined): NewsItem[] {
  const latest = article?.latest ?? [];
  if (!article?.url) return latest;
  const articleUrl = pageUrl(article.url);
  return latest.filter((story) => !story.url || pageUrl(story.url) !== articleUrl);
}
