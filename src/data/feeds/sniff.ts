import { Problems } from '../parse.js';
import type { NewsItemData } from '../types.js';
import { capItems, type FeedItems, isRecord, property, readFeedJson, withinLength } from './common.js';
import { fromAtom } from './atom.js';
import { fromJsonFeed, jsonFeedVersion } from './json-feed.js';
import { fromRss } from './rss.js';
import { fromWordPress } from './wordpress.js';
import type { XmlFeedOptions } from './xml.js';

/** The formats `sniffFeed` reads: `news-items` is the contract's own `NewsItem[]`. */
export type FeedFormat = 'json-feed' | 'rss' | 'atom' | 'wordpress' | 'news-items';

/** Stories read from a feed of a format found by `sniffFeed` (undefined when none was). */
export interface SniffedFeed extends FeedItems {
  format: FeedFormat | undefined;
}

/** True for a WordPress REST post: `title` and the like are `{ rendered }` objects. */
const isWordPressPost = (value: unknown) => isRecord(property(value, 'title')) && property(value, 'link') !== undefined;

function jsonFormat(value: unknown): FeedFormat | undefined {
  if (isRecord(value)) {
    const version = property(value, 'version');
    if (typeof version === 'string' && jsonFeedVersion.test(version)) return 'json-feed';
    // A WordPress error response is read (and reported) by the WordPress adapter.
    if (typeof property(value, 'code') === 'string' && property(value, 'data') !== undefined) return 'wordpress';
    return undefined;
  }
  if (!Array.isArray(value)) return undefined;
  const first = value.find(isRecord);
  if (first === undefined) return value.length === 0 ? 'news-items' : undefined;
  if (isWordPressPost(first)) return 'wordpress';
  return property(first, 'headline') !== undefined ? 'news-items' : undefined;
}

/** The XML format from the first kilobytes: the root element's name (and Atom's namespace). */
function xmlFormat(text: string): FeedFormat | undefined {
  const head = text.slice(0, 4096);
  if (/<rss[\s>]/.test(head) || /<rdf:RDF[\s>]/.test(head)) return 'rss';
  if (/<feed[\s>][^>]*xmlns\s*=\s*["']http:\/\/www\.w3\.org\/2005\/Atom["']/.test(head)) return 'atom';
  return undefined;
}

const jsonTypes = /^application\/(?:feed\+)?json$|\+json$/;
const xmlTypes = /^(?:application|text)\/(?:rss\+xml|atom\+xml|rdf\+xml|xml)$/;

/**
 * Reads the stories of a feed whose format is not known in advance (a response body and its
 * `Content-Type`): JSON Feed, RSS, Atom, a WordPress REST posts list or the contract's own
 * `NewsItem[]`. The content type says JSON or XML, the text says which: JSON Feed's `version`
 * URL, WordPress's `{ rendered }` titles, `headline` keys, the `<rss>` or Atom `<feed>` root.
 * HTML (a login page or an error page served instead) is refused and reported.
 */
export function sniffFeed(
  text: string,
  contentType = '',
  options: XmlFeedOptions = { __proto__: null } as XmlFeedOptions,
): SniffedFeed {
  const problems = new Problems();
  const none = (): SniffedFeed => ({ format: undefined, items: [], problems: problems.list });
  if (!withinLength(text, problems)) return none();
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const body = text.replace(/^\ufeff/, '').trimStart();
  if (type === 'text/html' || type === 'application/xhtml+xml' || /^<(!doctype html|html)[\s>]/i.test(body)) {
    problems.add('feed', `is an HTML page${type ? ` (${type})` : ''}, not a feed; it was not read`);
    return none();
  }
  const looksLikeJson = jsonTypes.test(type) || (!xmlTypes.test(type) && /^[[{]/.test(body));
  if (looksLikeJson) {
    const value = readFeedJson(body, problems);
    if (value === undefined) return none();
    const format = jsonFormat(value);
    if (format === 'json-feed') return { format, ...fromJsonFeed(value, options) };
    if (format === 'wordpress') return { format, ...fromWordPress(value) };
    if (format === 'news-items') {
      const items = capItems(value as NewsItemData[], 'items', problems);
      return { format, items: [...items], problems: problems.list };
    }
    problems.add('feed', 'is JSON, but neither a JSON Feed, a WordPress posts list nor a list of news items');
    return none();
  }
  const format = xmlFormat(body);
  if (format === 'rss') return { format, ...fromRss(body, options) };
  if (format === 'atom') return { format, ...fromAtom(body, options) };
  problems.add('feed', `is ${type ? `${type} that is ` : ''}neither RSS, Atom nor JSON; it was not read`);
  return none();
}
