import type { Article, ArticleImage, Person } from './types.js';

/** A schema.org `NewsArticle` as JSON-LD: what search engines read about the article. */
export type NewsArticleJsonLd = {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline: string;
  mainEntityOfPage?: string;
  image?: ImageObjectJsonLd[];
  author?: PersonJsonLd[];
} & Pick<
  Article,
  'description' | 'articleSection' | 'dateline' | 'datePublished' | 'dateModified' | 'inLanguage' | 'url'
>;

export interface ImageObjectJsonLd {
  '@type': 'ImageObject';
  url: string;
  caption?: string;
  width?: number;
  height?: number;
}

export interface PersonJsonLd {
  '@type': 'Person';
  name: string;
  url?: string;
  jobTitle?: string;
  description?: string;
  image?: string;
  sameAs?: string[];
}

/**
 * The article's structured data, from the parsed (checked) model: every URL in it has passed
 * `checkUrl` and is made absolute against `base` (the page's URL), as search engines expect.
 * Without a headline there is no article to describe: `undefined`.
 */
export function structuredData(article: Article, base?: string): NewsArticleJsonLd | undefined {
  if (!article.headline) return undefined;
  const url = article.url && absoluteUrl(article.url, base);
  return withoutEmpty<NewsArticleJsonLd>({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.description,
    articleSection: article.articleSection,
    dateline: article.dateline,
    datePublished: article.datePublished,
    dateModified: article.dateModified,
    inLanguage: article.inLanguage,
    url,
    mainEntityOfPage: url,
    image: article.image && [imageObject(article.image, base)],
    author: article.author.length > 0 ? article.author.map((person) => personObject(person, base)) : undefined,
  });
}

/**
 * JSON for the inside of a `<script type="application/ld+json">`: `<` (and `>`, `&`, the two
 * line separators) escaped, so no string in the data can close the script or open a comment.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function imageObject(image: ArticleImage, base: string | undefined): ImageObjectJsonLd {
  return withoutEmpty<ImageObjectJsonLd>({
    '@type': 'ImageObject',
    url: absoluteUrl(image.url, base),
    caption: image.caption || image.alt || undefined,
    width: image.width,
    height: image.height,
  });
}

function personObject(person: Person, base: string | undefined): PersonJsonLd {
  return withoutEmpty<PersonJsonLd>({
    '@type': 'Person',
    name: person.name,
    url: person.url && absoluteUrl(person.url, base),
    jobTitle: person.jobTitle,
    description: person.description,
    image: person.image && absoluteUrl(person.image.url, base),
    sameAs: person.sameAs.length > 0 ? person.sameAs.map((link) => absoluteUrl(link, base)) : undefined,
  });
}

/** A checked URL made absolute; without a base (or with a bad one) it stays as written. */
function absoluteUrl(url: string, base: string | undefined): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** The object without its `undefined` and empty-string values, which JSON-LD should not carry. */
function withoutEmpty<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== '')) as T;
}
