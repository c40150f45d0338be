import { Problems } from '../parse.js';
import type { ImageData, NewsItemData } from '../types.js';
import {
  capItems,
  feedDate,
  feedUrl,
  type FeedItems,
  type FeedOptions,
  isRecord,
  property,
  readFeedJson,
  stringValue,
  usableBase,
} from './common.js';
import { fromRfc3339 } from './feed-dates.js';
import { collapse, shorten } from './text.js';

export const jsonFeedVersion = /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/;

/**
 * Reads a JSON Feed (1.0 or 1.1; the text or the parsed object) into stories: `title`,
 * `url` (or `external_url`), `date_published`, `image` (or `banner_image`) and `summary`, all
 * plain text as the format defines them. Relative URLs resolve against `home_page_url`, or
 * `options.baseUrl` when given.
 */
export function fromJsonFeed(json: unknown, options: FeedOptions = { __proto__: null } as FeedOptions): FeedItems {
  const problems = new Problems();
  const items: NewsItemData[] = [];
  const feed = readFeedJson(json, problems);
  if (feed === undefined) return { items, problems: problems.list };
  if (!isRecord(feed)) {
    problems.add('feed', 'is not a JSON Feed object');
    return { items, problems: problems.list };
  }
  const version = property(feed, 'version');
  if (typeof version !== 'string' || !jsonFeedVersion.test(version)) {
    problems.add('version', 'is not a JSON Feed version URL (https://jsonfeed.org/version/1.1)');
  }
  const base =
    usableBase(property(options, 'baseUrl') as string | undefined, problems) ??
    usableBase(stringValue(property(feed, 'home_page_url')), new Problems());
  const list = property(feed, 'items');
  if (!Array.isArray(list)) {
    problems.add('items', 'is missing or not a list; the feed has no stories');
    return { items, problems: problems.list };
  }
  capItems(list, 'items', problems).forEach((entry, index) => {
    const path = `items[${index}]`;
    if (!isRecord(entry)) {
      problems.add(path, 'is not a story object; it was left out');
      return;
    }
    const title = stringValue(property(entry, 'title'));
    if (title === undefined) {
      problems.add(`${path}.title`, 'is missing; the story was left out');
      return;
    }
    const item: NewsItemData = { headline: collapse(title) };
    const urlKey = property(entry, 'url') !== undefined ? 'url' : 'external_url';
    const url = feedUrl(property(entry, urlKey), `${path}.${urlKey}`, problems, base);
    if (url) item.url = url;
    const published = stringValue(property(entry, 'date_published'));
    const date = feedDate(published ? fromRfc3339(published) : undefined, `${path}.date_published`, problems);
    if (date) item.datePublished = date;
    const imageKey = property(entry, 'image') !== undefined ? 'image' : 'banner_image';
    const image: ImageData | undefined = feedUrl(property(entry, imageKey), `${path}.${imageKey}`, problems, base);
    if (image) item.image = image;
    const summary = stringValue(property(entry, 'summary'));
    if (summary) item.description = shorten(collapse(summary));
    items.push(item);
  });
  return { items, problems: problems.list };
}
