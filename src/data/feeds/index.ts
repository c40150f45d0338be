/**
 * Feed adapters: the feeds and APIs newsrooms publish, read into the data contract's shapes.
 * Each returns what it read and the problems met (with the field named in the feed's own
 * terms); its output is then read by `parseNewsItems` / `parseArticle` like any other data.
 */
export { fromAtom } from './atom.js';
export {
  maxBodyLength,
  maxFeedItems,
  maxFeedLength,
  type FeedArticle,
  type FeedItems,
  type FeedOptions,
} from './common.js';
export { fromJsonFeed } from './json-feed.js';
export { fromRss } from './rss.js';
export { sniffFeed, type FeedFormat, type SniffedFeed } from './sniff.js';
export { fromWordPress } from './wordpress.js';
export { fromWordPressPost } from './wordpress-post.js';
export type { DomParserClass, XmlFeedOptions } from './xml.js';
