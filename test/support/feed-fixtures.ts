/**
 * What the feed and `src` tests share: the fixtures of test/fixtures/feeds (expected.json says
 * what each must give), the wait for an element loading its `src`, and the test server's request
 * log (test/support/feed-server.js).
 */
import type { NewsItemData } from '../../src/data/index.js';
import { until } from './fake-clock.js';
import { settled } from './helpers.js';

/** One entry of test/fixtures/feeds/expected.json. */
export interface ExpectedFeed {
  file: string;
  adapter: 'fromJsonFeed' | 'fromRss' | 'fromAtom' | 'fromWordPress';
  contentType: string;
  format: string;
  headlines: string[];
  items: { [index: string]: NewsItemData };
  problems: string[];
}

/** The fixture feeds that have stories to show. */
export const feedsWithStories = [
  'json-feed.json',
  'json-feed-hostile.json',
  'rss-media-ja.xml',
  'rss-wordpress-ar.xml',
  'atom-fr.xml',
  'rss-hostile.xml',
  'wp-posts.json',
];

/** Every fixture feed expected.json describes: those with stories, an empty one and broken ones. */
export const feedFixtures = [...feedsWithStories, 'rss-empty.xml', 'entities.xml', 'broken.xml'];

/** Resolves once `element` is no longer busy loading its `src`, and has rendered what it loaded. */
export async function loadedFromSrc(element: HTMLElement): Promise<void> {
  await (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  // Up to 25 s (the test's own limit is 30): WebKitGTK reads a streamed 10 MB body for seconds on a busy machine.
  await until(() => !element.hasAttribute('aria-busy'), `<${element.localName}> to finish loading`, 25_000);
  await settled(element);
}

/** The requests the test server has logged under `key`. */
export const feedServerLog = (key: string): Promise<{ ifNoneMatch?: string; status: number }[]> =>
  fetch(`/feed-server-log/${key}`).then((response) => response.json());
