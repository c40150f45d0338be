import { Problems } from '../parse.js';
import type { ImageData, NewsItemData } from '../types.js';
import {
  capItems,
  feedDate,
  feedUrl,
  type FeedItems,
  isRecord,
  type JsonRecord,
  pixels,
  property,
  readFeedJson,
  stringValue,
} from './common.js';
import { fromWordPressDates } from './feed-dates.js';
import { descriptionFromHtml, htmlToText } from './text.js';

/**
 * The excerpt without the "Continue reading" link themes append to it (`class="more-link"`),
 * which is no part of the story's description.
 */
export function excerptMarkup(post: JsonRecord): string {
  const markup = rendered(property(post, 'excerpt')) ?? '';
  const moreLink = markup.indexOf('more-link');
  const linkStart = moreLink === -1 ? -1 : markup.lastIndexOf('<a', moreLink);
  return linkStart === -1 ? markup : markup.slice(0, linkStart);
}

/** `title.rendered` and the like: HTML (entities at least) read as plain text. */
export const renderedText = (value: unknown): string => {
  const markup = property(value, 'rendered');
  return typeof markup === 'string' ? htmlToText(markup) : '';
};

/** `content.rendered` and the like, as the markup it is. */
export const rendered = (value: unknown): string | undefined => stringValue(property(value, 'rendered'));

/** A WordPress error response (`{ code, message, data: { status } }`), reported as the feed's problem. */
export function isErrorResponse(value: unknown, problems: Problems): boolean {
  const code = stringValue(property(value, 'code'));
  if (code === undefined || property(value, 'id') !== undefined) return false;
  problems.add('feed', `is a WordPress error (${code}: ${htmlToText(String(property(value, 'message') ?? ''))})`);
  return true;
}

/** `_embedded[key]`: a list of embedded objects, errors (e.g. a private image) left out. */
export function embedded(post: JsonRecord, key: string): JsonRecord[] {
  const list = property(property(post, '_embedded'), key);
  return Array.isArray(list) ? list.filter((entry) => isRecord(entry) && property(entry, 'code') === undefined) : [];
}

export function date(
  post: JsonRecord,
  local: string,
  gmt: string,
  path: string,
  problems: Problems,
): string | undefined {
  return feedDate(fromWordPressDates(property(post, local), property(post, gmt)), `${path}${gmt}`, problems);
}

/** The featured image: the original with its size for an article, a smaller rendition for a list. */
export function featuredImage(
  post: JsonRecord,
  path: string,
  problems: Problems,
  forArticle: boolean,
): Exclude<ImageData, string> | undefined {
  const media = embedded(post, 'wp:featuredmedia')[0];
  if (!media) return undefined;
  const details = property(media, 'media_details');
  const sizes = property(details, 'sizes');
  const rendition = forArticle
    ? undefined
    : ['medium_large', 'large', 'medium'].map((size) => property(sizes, size)).find(isRecord);
  const source = rendition ?? media;
  const url = feedUrl(property(source, 'source_url'), `${path}_embedded.wp:featuredmedia[0].source_url`, problems);
  if (!url) return undefined;
  const image: Exclude<ImageData, string> = { url, alt: stringValue(property(media, 'alt_text')) ?? '' };
  const width = pixels(property(rendition ?? details, 'width'));
  const height = pixels(property(rendition ?? details, 'height'));
  if (width && height) Object.assign(image, { width, height });
  if (forArticle) {
    const caption = renderedText(property(media, 'caption'));
    if (caption) image.caption = caption;
    const credit = stringValue(property(property(details, 'image_meta'), 'credit'));
    if (credit) image.credit = htmlToText(credit);
  }
  return image;
}

/**
 * Reads a WordPress REST posts list (`/wp-json/wp/v2/posts?_embed`; the text or the parsed
 * list) into stories: `title.rendered` (entities decoded, as text), `link`, the date (`date`
 * and `date_gmt`, kept at the site's offset), `excerpt.rendered` as plain text, and the
 * featured image from `_embedded['wp:featuredmedia']`.
 */
export function fromWordPress(json: unknown): FeedItems {
  const problems = new Problems();
  const items: NewsItemData[] = [];
  const posts = readFeedJson(json, problems);
  if (posts === undefined || isErrorResponse(posts, problems)) return { items, problems: problems.list };
  if (!Array.isArray(posts)) {
    problems.add('feed', 'is not a list of WordPress posts');
    return { items, problems: problems.list };
  }
  capItems(posts, 'posts', problems).forEach((post, index) => {
    const path = `posts[${index}].`;
    if (!isRecord(post)) {
      problems.add(`posts[${index}]`, 'is not a post object; it was left out');
      return;
    }
    const headline = renderedText(property(post, 'title'));
    if (!headline) {
      problems.add(`${path}title.rendered`, 'is missing; the story was left out');
      return;
    }
    const story: NewsItemData = { headline };
    const url = feedUrl(property(post, 'link'), `${path}link`, problems);
    if (url) story.url = url;
    const published = date(post, 'date', 'date_gmt', path, problems);
    if (published) story.datePublished = published;
    const image = featuredImage(post, path, problems, false);
    if (image) story.image = image;
    const description = descriptionFromHtml(excerptMarkup(post));
    if (description) story.description = description;
    items.push(story);
  });
  return { items, problems: problems.list };
}
