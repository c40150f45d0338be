import { Problems } from '../parse.js';
import type { ArticleData, ImageData, NewsItemData, PersonData } from '../types.js';
import {
  capItems,
  feedDate,
  feedUrl,
  type FeedArticle,
  type FeedItems,
  isRecord,
  type JsonRecord,
  pixels,
  property,
  readFeedJson,
  stringValue,
} from './common.js';
import { fromWordPressDates } from './feed-dates.js';
import { sectionsFromHtml } from './html-blocks.js';
import { descriptionFromHtml, htmlToText } from './text.js';

/**
 * The excerpt without the "Continue reading" link themes append to it (`class="more-link"`),
 * which is no part of the story's description.
 */
function excerptMarkup(post: JsonRecord): string {
  const markup = rendered(property(post, 'excerpt')) ?? '';
  const moreLink = markup.indexOf('more-link');
  const linkStart = moreLink === -1 ? -1 : markup.lastIndexOf('<a', moreLink);
  return linkStart === -1 ? markup : markup.slice(0, linkStart);
}

/** `title.rendered` and the like: HTML (entities at least) read as plain text. */
const renderedText = (value: unknown): string => {
  const rendered = property(value, 'rendered');
  return typeof rendered === 'string' ? htmlToText(rendered) : '';
};

const rendered = (value: unknown): string | undefined => stringValue(property(value, 'rendered'));

/** A WordPress error response (`{ code, message, data: { status } }`), reported as the feed's problem. */
function isErrorResponse(value: unknown, problems: Problems): boolean {
  const code = stringValue(property(value, 'code'));
  if (code === undefined || property(value, 'id') !== undefined) return false;
  problems.add('feed', `is a WordPress error (${code}: ${htmlToText(String(property(value, 'message') ?? ''))})`);
  return true;
}

/** `_embedded[key]`: a list of embedded objects, errors (e.g. a private image) left out. */
function embedded(post: JsonRecord, key: string): JsonRecord[] {
  const list = property(property(post, '_embedded'), key);
  return Array.isArray(list) ? list.filter((entry) => isRecord(entry) && property(entry, 'code') === undefined) : [];
}

function date(post: JsonRecord, local: string, gmt: string, path: string, problems: Problems): string | undefined {
  return feedDate(fromWordPressDates(property(post, local), property(post, gmt)), `${path}${gmt}`, problems);
}

/** The featured image: the original with its size for an article, a smaller rendition for a list. */
function featuredImage(
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

function author(person: JsonRecord, path: string, problems: Problems): PersonData | undefined {
  const name = htmlToText(stringValue(property(person, 'name')) ?? '');
  if (!name) return undefined;
  const data: PersonData = { name };
  const bio = htmlToText(stringValue(property(person, 'description')) ?? '');
  if (bio) data.description = bio;
  const archive = feedUrl(property(person, 'link'), `${path}.link`, problems);
  if (archive) data.url = archive;
  const website = feedUrl(property(person, 'url'), `${path}.url`, problems);
  if (website) data.sameAs = [website];
  const avatars = property(person, 'avatar_urls');
  const avatar = feedUrl(property(avatars, '96') ?? property(avatars, '48'), `${path}.avatar_urls`, problems);
  if (avatar) data.image = { url: avatar, alt: '', width: 96, height: 96 };
  return data;
}

/** The first category (not WordPress's default "Uncategorized"), as the article's kicker. */
function category(post: JsonRecord): string | undefined {
  // `wp:term` is a list of lists, one for each taxonomy.
  const groups = property(property(post, '_embedded'), 'wp:term');
  for (const group of Array.isArray(groups) ? groups : []) {
    if (!Array.isArray(group)) continue;
    for (const term of group) {
      if (property(term, 'taxonomy') !== 'category' || property(term, 'slug') === 'uncategorized') continue;
      const name = htmlToText(stringValue(property(term, 'name')) ?? '');
      if (name) return name;
    }
  }
  return undefined;
}

/**
 * Reads one WordPress REST post (`/wp-json/wp/v2/posts/<id>?_embed`; the text or the parsed
 * object) into an article: the headline, standfirst (a hand-written excerpt only), dates,
 * link, first category, featured image with caption, authors from `_embedded.author`, and
 * `content.rendered` as sections: each heading starts one, paragraphs keep their inline HTML
 * (sanitised when shown), lists, quotes and images become their blocks, an embedded player a
 * plain link. What cannot be shown (a script, a form) is left out and reported.
 */
export function fromWordPressPost(json: unknown): FeedArticle {
  const problems = new Problems();
  const post = readFeedJson(json, problems);
  if (post === undefined || isErrorResponse(post, problems)) return { article: undefined, problems: problems.list };
  if (!isRecord(post)) {
    problems.add('feed', 'is not a WordPress post object');
    return { article: undefined, problems: problems.list };
  }
  const headline = renderedText(property(post, 'title'));
  if (!headline) problems.add('title.rendered', 'is missing; the article has no title');
  const article: ArticleData = { headline };
  const content = property(post, 'content');
  const body = rendered(content) ?? '';
  const bodyText = htmlToText(body);
  const excerpt = descriptionFromHtml(excerptMarkup(post));
  // WordPress makes an excerpt of the body's first words when none is written: that is no standfirst.
  const opening = excerpt?.replace(/…$/, '').slice(0, 60);
  if (excerpt && opening && !bodyText.startsWith(opening)) article.description = excerpt;
  const section = category(post);
  if (section) article.articleSection = section;
  const published = date(post, 'date', 'date_gmt', '', problems);
  if (published) article.datePublished = published;
  const modified = date(post, 'modified', 'modified_gmt', '', problems);
  if (modified && modified !== published) article.dateModified = modified;
  const url = feedUrl(property(post, 'link'), 'link', problems);
  if (url) article.url = url;
  const image = featuredImage(post, '', problems, true);
  if (image) article.image = image;
  const authors = embedded(post, 'author')
    .map((person, index) => author(person, `_embedded.author[${index}]`, problems))
    .filter((person): person is PersonData => person !== undefined);
  if (authors.length > 0) article.author = authors;
  if (property(content, 'protected') === true) {
    problems.add('content.protected', 'is true: the post needs a password; its body was left out');
  } else {
    article.sections = sectionsFromHtml(body, 'content.rendered', problems);
  }
  return { article, problems: problems.list };
}
