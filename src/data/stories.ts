import type { Article, NewsItem } from './types.js';

/** A base no real page has: it stands for "the site the article is on" when its URL is relative. */
const unknownSite = 'https://relative.invalid/';

/** A page address without its fragment, or undefined when it cannot be parsed. */
function pageAddress(url: string, base: string): URL | undefined {
  try {
    const parsed = new URL(url, base);
    parsed.hash = '';
    return parsed;
  } catch {
    return undefined;
  }
}

/**
 * The article's latest stories without the article itself: `/2025/10/story`, its absolute form
 * and `…#comments` are one article. A story's relative URL resolves against the article's URL;
 * an article whose own URL is relative matches any site's same path. Pure data: it runs on a
 * server as in a browser.
 */
export function otherStories(article: Article | undefined): NewsItem[] {
  const latest = article?.latest ?? [];
  const articleAddress = article?.url === undefined ? undefined : pageAddress(article.url, unknownSite);
  if (!articleAddress) return latest;
  const siteKnown = articleAddress.origin !== new URL(unknownSite).origin;
  return latest.filter((story) => {
    const address = story.url === undefined ? undefined : pageAddress(story.url, articleAddress.href);
    if (!address) return true;
    return siteKnown
      ? address.href !== articleAddress.href
      : address.pathname + address.search !== articleAddress.pathname + articleAddress.search;
  });
}
