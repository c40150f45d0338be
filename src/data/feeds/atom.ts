import { Problems } from '../parse.js';
import type { ImageData, NewsItemData } from '../types.js';
import { capItems, feedDate, feedUrl, type FeedItems, pixels, property, usableBase } from './common.js';
import { fromRfc3339 } from './feed-dates.js';
import { collapse, descriptionFromHtml, htmlToText, shorten } from './text.js';
import {
  childElements,
  childText,
  firstChild,
  namespaces,
  parseXml,
  type XmlElement,
  type XmlFeedOptions,
} from './xml.js';

const atom = [namespaces.atom];

/** An Atom text construct as plain text: `type="text"` as it is, `html` and `xhtml` without their markup. */
function textConstruct(element: XmlElement | undefined): string {
  if (!element) return '';
  const type = element.getAttribute('type') ?? 'text';
  const content = element.textContent ?? '';
  return type === 'html' ? htmlToText(content) : collapse(content);
}

/** `xml:base` of the element resolved against the base it is in. */
function baseOf(element: XmlElement, outer: string | undefined): string | undefined {
  const declared = element.getAttribute('xml:base');
  if (!declared) return outer;
  try {
    const resolved = new URL(declared, outer).href;
    return /^https?:/.test(resolved) ? resolved : outer;
  } catch {
    return outer;
  }
}

/** The entry's page: the `alternate` link (a link without `rel` is one), HTML first. */
function alternateLink(entry: XmlElement): XmlElement | undefined {
  const alternates = childElements(entry, 'link', atom).filter(
    (link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate',
  );
  return alternates.find((link) => (link.getAttribute('type') ?? 'text/html') === 'text/html') ?? alternates[0];
}

function entryImage(entry: XmlElement, path: string, problems: Problems, base?: string): ImageData | undefined {
  const enclosure = childElements(entry, 'link', atom).find(
    (link) => link.getAttribute('rel') === 'enclosure' && (link.getAttribute('type') ?? '').startsWith('image/'),
  );
  if (enclosure) {
    const url = feedUrl(enclosure.getAttribute('href'), `${path}.link[rel=enclosure].href`, problems, base);
    if (url) return url;
  }
  // YouTube and others put Media RSS elements in Atom entries.
  const media = [entry, ...childElements(entry, 'group', [namespaces.media])];
  for (const parent of media) {
    const thumbnail = firstChild(parent, 'thumbnail', [namespaces.media]);
    if (!thumbnail) continue;
    const url = feedUrl(thumbnail.getAttribute('url'), `${path}.media:thumbnail.url`, problems, base);
    if (!url) continue;
    const width = pixels(thumbnail.getAttribute('width'));
    const height = pixels(thumbnail.getAttribute('height'));
    return width && height ? { url, width, height } : url;
  }
  return undefined;
}

/**
 * Reads Atom 1.0 text into stories: `title`, the `alternate` link, `published` (or `updated`),
 * `summary` as plain text (whatever its `type`) and an image `enclosure` link or
 * `media:thumbnail`. Links resolve against `xml:base` and `options.baseUrl`.
 *
 * XML is parsed with the global `DOMParser`, or `options.DOMParser` (in Node).
 */
export function fromAtom(xmlText: string, options: XmlFeedOptions = { __proto__: null } as XmlFeedOptions): FeedItems {
  const problems = new Problems();
  const items: NewsItemData[] = [];
  const root = parseXml(xmlText, options, problems);
  if (!root) return { items, problems: problems.list };
  if (root.localName !== 'feed' || root.namespaceURI !== namespaces.atom) {
    problems.add('feed', `is not an Atom feed (its root element is <${root.localName}>)`);
    return { items, problems: problems.list };
  }
  const feedBase = baseOf(root, usableBase(property(options, 'baseUrl') as string | undefined, problems));
  capItems(childElements(root, 'entry', atom), 'entry', problems).forEach((entry, index) => {
    const path = `entry[${index}]`;
    const base = baseOf(entry, feedBase);
    const title = textConstruct(firstChild(entry, 'title', atom));
    if (!title) {
      problems.add(`${path}.title`, 'is missing; the story was left out');
      return;
    }
    const story: NewsItemData = { headline: title };
    const url = feedUrl(alternateLink(entry)?.getAttribute('href'), `${path}.link.href`, problems, base);
    if (url) story.url = url;
    const published = childText(entry, 'published', atom);
    const dateKey = published ? 'published' : 'updated';
    const dateText = published ?? childText(entry, 'updated', atom);
    const date = feedDate(dateText ? fromRfc3339(dateText) : undefined, `${path}.${dateKey}`, problems);
    if (date) story.datePublished = date;
    const image = entryImage(entry, path, problems, base);
    if (image) story.image = image;
    const summary = firstChild(entry, 'summary', atom);
    const description =
      summary?.getAttribute('type') === 'html'
        ? descriptionFromHtml(summary.textContent ?? '')
        : shorten(textConstruct(summary)) || undefined;
    if (description) story.description = description;
    items.push(story);
  });
  return { items, problems: problems.list };
}
