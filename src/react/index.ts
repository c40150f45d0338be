/**
 * React wrappers for the six elements, made with `@lit/react`: props reach the elements as
 * properties (so `article={data}` hands over an object, not a string) and `onNewsError` listens
 * to `news-error`. Importing this module defines the six tags, which the wrappers render.
 *
 * ```tsx
 * import { NewsArticle } from 'news-elements/react';
 * <NewsArticle article={data} onNewsError={(event) => log(event.detail)} />
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ArticleSection as ArticleSectionElement } from '../article-section/article-section.js';
import { AuthorCard as AuthorCardElement } from '../author-card/author-card.js';
import { BulletList as BulletListElement } from '../bullet-list/bullet-list.js';
import '../define/index.js';
import type { NewsErrorDetail } from '../data/types.js';
import { LatestNews as LatestNewsElement } from '../latest-news/latest-news.js';
import { NewsArticle as NewsArticleElement } from '../news-article/news-article.js';
import { SkipLink as SkipLinkElement } from '../skip-link/skip-link.js';

/** The events every wrapper maps to a React prop. */
const events = { onNewsError: 'news-error' as EventName<CustomEvent<NewsErrorDetail>> };

/** The wrapper of an element class, rendering the tag the class names. */
const wrap = <Element extends HTMLElement>(elementClass: (new () => Element) & { tagName: string }) =>
  createComponent({ react: React, tagName: elementClass.tagName, elementClass, events });

export const NewsArticle = wrap(NewsArticleElement);
export const ArticleSection = wrap(ArticleSectionElement);
export const BulletList = wrap(BulletListElement);
export const AuthorCard = wrap(AuthorCardElement);
export const LatestNews = wrap(LatestNewsElement);
export const SkipLink = wrap(SkipLinkElement);
