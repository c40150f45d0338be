import { Problems } from '../parse.js';
import type { ImageData, NewsItemData } from '../types.js';
import { capItems, feedDate, feedUrl, type FeedItems, pixels, property, usableBase } from './common.js';
import { fromRfc3339, fromRfc822 } from './feed-dates.js';
import { descriptionFromHtml, htmlToText } from './text.js';
import {
  childElements,
  childText,
  firstChild,
  namespaces,
  parseXml,
  rssNamespaces,
  type XmlElement,
  type XmlFeedOptions,
} from './xml.js';

const media = [namespaces.media];

/** True for a `media:content` or `enclosure` that says it is an image (or, saying nothing, looks like one). */
function isImage(element: XmlElement): boolean {
  const type = element.getAttribute('type') ?? '';
  const medium = element.getAttribute('medium') ?? '';
  if (type || medium) return type.startsWith('image/') || medium === 'image';
  return /\.(avif|gif|jpe?g|png|webp)(\?|#|$)/i.test(element.getAttribute('url') ?? '');
}

/** The story's picture: `media:content` (also in a `media:group`), `media:thumbnail`, or an image `enclosure`. */
function itemImage(item: XmlElement, path: string, problems: Problems, base?: string): ImageData | undefined {
  const groups = childElements(item, 'group', media);
  const candidates: [XmlElement, string][] = [
    ...[item, ...groups].flatMap((parent) => childElements(parent, 'content', media).filter(isImage)),
    ...[item, ...groups].flatMap((parent) => childElements(parent, 'thumbnail', media)),
    ...childElements(item, 'enclosure', rssNamespaces).filter(isImage),
  ].map((element) => [
    element,
    `${path}.${element.namespaceURI === namespaces.media ? 'media:' : ''}${element.localName}`,
  ]);
  for (const [element, elementPath] of candidates) {
    const url = feedUrl(element.getAttribute('url'), `${elementPath}.url`, problems, base);
    if (!url) continue;
    const width = pixels(element.getAttribute('width'));
    const height = pixels(element.getAttribute('height'));
    return width && height ? { url, width, height } : url;
  }
  return undefined;
}

/** The permalink of an item without a `link`: its `guid`, unless that says it is not one. */
function permalink(item: XmlElement): string | undefined {
  const guid = firstChild(item, 'guid', rssNamespaces);
  if (!guid || guid.getAttribute('isPermaLink') === 'false') return undefined;
  return guid.textContent?.trim() || undefined;
}

/**
 * Reads RSS 2.0 (and RSS 1.0) text into stories: `title`, `link` (or a permalink `guid`),
 * `pubDate` (RFC 822; or `dc:date`), `description` (HTML, read as plain text) and the image
 * from `media:content`, `media:thumbnail` or an image `enclosure`. Titles are read as text
 * with entities decoded and stray tags removed, as feeds often escape HTML twice.
 *
 * XML is parsed with the global `DOMParser`, or `options.DOMParser` (in Node); relative links
 * resolve against `options.baseUrl`, else the channel's `link`.
 */
export function fromRss(xmlText: string, options: XmlFeedOptions = { __proto__: null } as XmlFeedOptions): FeedItems {
  const problems = new Problems();
  const items: NewsItemData[] = [];
  const root = parseXml(xmlText, options, problems);
  if (!root) return { items, problems: problems.list };
  const rdf = root.localName === 'RDF' && root.namespaceURI === namespaces.rdf;
  const channel = rdf ? root : root.localName === 'rss' ? firstChild(root, 'channel', rssNamespaces) : undefined;
  if (!channel) {
    problems.add('feed', `is not an RSS feed (its root element is <${root.localName}>)`);
    return { items, problems: problems.list };
  }
  const listPath = rdf ? 'item' : 'channel.item';
  const channelElement = rdf ? firstChild(root, 'channel', rssNamespaces) : channel;
  const base =
    usableBase(property(options, 'baseUrl') as string | undefined, problems) ??
    usableBase(channelElement && childText(channelElement, 'link', rssNamespaces), new Problems());
  capItems(childElements(channel, 'item', rssNamespaces), listPath, problems).forEach((item, index) => {
    const path = `${listPath}[${index}]`;
    const title = htmlToText(childText(item, 'title', rssNamespaces) ?? '');
    if (!title) {
      problems.add(`${path}.title`, 'is missing; the story was left out');
      return;
    }
    const story: NewsItemData = { headline: title };
    const link = childText(item, 'link', rssNamespaces);
    const url = link
      ? feedUrl(link, `${path}.link`, problems, base)
      : feedUrl(permalink(item) ?? (rdf ? item.getAttribute('rdf:about') : undefined), `${path}.guid`, problems, base);
    if (url) story.url = url;
    const pubDate = childText(item, 'pubDate', rssNamespaces);
    const dcDate = childText(item, 'date', [namespaces.dc]);
    const date = pubDate
      ? feedDate(fromRfc822(pubDate), `${path}.pubDate`, problems)
      : feedDate(dcDate ? fromRfc3339(dcDate) : undefined, `${path}.dc:date`, problems);
    if (date) story.datePublished = date;
    const image = itemImage(item, path, problems, base);
    if (image) story.image = image;
    const description = descriptionFromHtml(childText(item, 'description', rssNamespaces) ?? '');
    if (description) story.description = description;
    items.push(story);
  });
  return { items, problems: problems.list };
}
