/**
 * `<latest-news src>` against the test server (test/support/feed-server.js): every feed format
 * of test/fixtures/feeds, the bad feeds, `max-items`, and the refresh cycle on a fake clock
 * (304s, new stories announced once and inserted without moving the reader, paused while hidden,
 * slower after failures).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LatestNews } from '../../src/index.js';
import { installFakeClock, realDelay, until, type FakeClock } from '../support/fake-clock.js';
import { feedServerLog, feedsWithStories, loadedFromSrc, type ExpectedFeed } from '../support/feed-fixtures.js';
import { captureErrors, settled, shadowPart, visibleText, type ErrorCapture } from '../support/helpers.js';

const headlines = (list: LatestNews) =>
  Array.from(list.shadowRoot!.querySelectorAll('[part~="headline"]'), (element) => visibleText(element));

async function requests(key: string, count: number) {
  await until(() => false, 'never', 0).catch(() => undefined);
  for (let round = 0; round < 250; round += 1) {
    const entries = await feedServerLog(key);
    if (entries.length >= count) return entries;
    await realDelay(20);
  }
  throw new Error(`Timed out waiting for request ${count} of ${key}`);
}

/** Log keys of this run: the engines share the server, each asks under its own keys. */
const keys: Record<string, string> = Object.fromEntries(
  ['backoff', 'empty-later', 'etag', 'hidden', 'live'].map((name) => [
    name,
    `${name}-${Math.random().toString(36).slice(2)}`,
  ]),
);

let errors: ErrorCapture;
beforeEach(() => {
  errors = captureErrors();
});
afterEach(() => errors.restore());

describe('<latest-news src>: each format', () => {
  let expected: ExpectedFeed[] = [];
  before(async () => {
    expected = (await fetch('/test/fixtures/feeds/expected.json').then((response) => response.json())).feeds;
  });

  it('covers every fixture feed', () => {
    expect(expected.length).to.be.greaterThan(8);
  });

  for (const file of feedsWithStories) {
    it(`shows the stories of ${file}, reporting what it left out`, async () => {
      const feed = expected.find((entry) => entry.file === file)!;
      const src = `/feed-server/${file}?type=${encodeURIComponent(feed.contentType)}`;
      const list = await fixture<LatestNews>(html`<latest-news src=${src}></latest-news>`);
      await loadedFromSrc(list);
      expect(headlines(list)).to.deep.equal(feed.headlines);
      expect(errors.events.map((event) => event.field)).to.deep.equal(feed.problems);
      expect(errors.messages).to.have.length(feed.problems.length);
      for (const link of list.shadowRoot!.querySelectorAll('a')) expect(link.protocol).to.match(/^https?:$/);
    });
  }

  it('shows a list of our own news items', async () => {
    const list = await fixture<LatestNews>(html`<latest-news src="/feed-server/news-items.json"></latest-news>`);
    await loadedFromSrc(list);
    expect(headlines(list)).to.deep.equal([
      'Ringgit edges higher as investors await trade talks',
      'ASEAN leaders gather in Kuala Lumpur for the summit',
      'Rare-earth prices climb after Beijing widens export curbs',
    ]);
    expect(errors.events).to.deep.equal([]);
  });

  it('caps the stories of src at max-items, the attribute or the property', async () => {
    const list = await fixture<LatestNews>(
      html`<latest-news src="/feed-server/json-feed.json" max-items="2"></latest-news>`,
    );
    await loadedFromSrc(list);
    expect(headlines(list)).to.have.length(2);
    expect(list.maxItems).to.equal(2);
    list.maxItems = 3;
    await until(() => headlines(list).length === 3, 'three stories');
    expect(list.getAttribute('max-items')).to.equal('3');
    expect(errors.events).to.deep.equal([]);
  });
});

describe('<latest-news src>: bad feeds', () => {
  it('shows the empty state for a feed with no stories, and says so', async () => {
    const list = await fixture<LatestNews>(html`<latest-news src="/feed-server/zero"></latest-news>`);
    await loadedFromSrc(list);
    expect(visibleText(shadowPart(list, 'empty')!)).to.equal('No recent stories.');
    expect(errors.events.map((event) => `${event.field} ${event.reason}`)).to.deep.equal(['items has no stories']);
  });

  it('keeps the stories shown when the feed comes back empty', async () => {
    const list = await fixture<LatestNews>(
      html`<latest-news src="/feed-server/json-feed.json?log=${keys['empty-later']}&sequence=json-feed.json,zero"></latest-news>`,
    );
    await loadedFromSrc(list);
    const before = headlines(list);
    list.src = '/feed-server/zero';
    await loadedFromSrc(list);
    expect(headlines(list)).to.deep.equal(before);
    expect(errors.events.map((event) => event.field)).to.deep.equal(['items']);
  });

  it('leaves out a story without a title, and keeps a story with a bad date without its date', async () => {
    const list = await fixture<LatestNews>(html`<latest-news src="/feed-server/untitled"></latest-news>`);
    await loadedFromSrc(list);
    expect(headlines(list)).to.deep.equal(['Story number 1']);
    expect(errors.events.map((event) => event.field)).to.deep.equal(['items[1].title']);
    const dated = await fixture<LatestNews>(html`<latest-news src="/feed-server/bad-dates"></latest-news>`);
    await loadedFromSrc(dated);
    expect(headlines(dated)).to.deep.equal(['Story number 1', 'Story number 2']);
    expect(dated.shadowRoot!.querySelectorAll('time')).to.have.length(0);
    expect(errors.events.slice(1).map((event) => event.field)).to.deep.equal([
      'items[0].date_published',
      'items[1].date_published',
    ]);
  });

  it('reads the first 500 of 10,000 stories, and shows max-items of them', async () => {
    const list = await fixture<LatestNews>(html`<latest-news src="/feed-server/many" max-items="5"></latest-news>`);
    await loadedFromSrc(list);
    expect(headlines(list)).to.deep.equal([1, 2, 3, 4, 5].map((index) => `Story number ${index}`));
    expect(errors.events.map((event) => event.reason)).to.deep.equal([
      'has 10000 stories; only the first 500 were read',
    ]);
  });

  const badFeeds: { name: string; src: string; field: string; reason: RegExp }[] = [
    { name: 'a 500', src: '/feed-server/json-feed.json?status=500', field: 'src', reason: /^answered 500/ },
    { name: 'an HTML page', src: '/feed-server/login-page.html', field: 'feed', reason: /is an HTML page/ },
    { name: 'invalid XML', src: '/feed-server/broken.xml?type=application/rss%2Bxml', field: 'feed', reason: /./ },
    {
      name: 'invalid JSON',
      src: '/feed-server/broken.xml?type=application/json',
      field: 'feed',
      reason: /not valid JSON/,
    },
    { name: 'a 10 MB body', src: '/feed-server/huge', field: 'src', reason: /over the 5 MB limit/ },
    {
      name: 'a redirect to javascript:',
      src: '/feed-server/redirect-javascript',
      field: 'src',
      reason: /could not be fetched/,
    },
  ];

  for (const bad of badFeeds) {
    it(`reports ${bad.name}, keeps the slotted list and offers a retry`, async () => {
      const list = await fixture<LatestNews>(
        html`<latest-news src=${bad.src}><ul><li><a href="/kept">Kept story</a></li></ul></latest-news>`,
      );
      await loadedFromSrc(list);
      expect(errors.events.map((event) => event.field)).to.deep.equal([bad.field]);
      expect(errors.events[0]!.reason).to.match(bad.reason);
      expect(errors.messages[0]).to.match(/^<latest-news>: /);
      expect(visibleText(list)).to.include('Kept story');
      expect(shadowPart(list, 'retry') !== null, 'present').to.equal(true);
      await expect(list).to.be.accessible();
    });
  }
});

/** The browser's `visibilityState`, which the elements read from the prototype (never the document's own). */
const visibilityState = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;

describe('<latest-news src refresh>', () => {
  let clock: FakeClock;
  beforeEach(() => {
    clock = installFakeClock();
  });
  afterEach(() => {
    clock.restore();
    Object.defineProperty(Document.prototype, 'visibilityState', visibilityState);
  });

  it('asks again with If-None-Match; a 304 keeps the list and renders nothing', async () => {
    const list = await fixture<LatestNews>(
      html`<latest-news refresh="60" src="/feed-server/json-feed.json?etag=v1&log=${keys['etag']}"></latest-news>`,
    );
    await loadedFromSrc(list);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(list.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    clock.tick(59_000);
    expect(await feedServerLog(keys['etag'])).to.have.length(1);
    clock.tick(1_000);
    const entries = await requests(keys['etag'], 2);
    expect(entries.map((entry) => [entry.ifNoneMatch, entry.status])).to.deep.equal([
      [undefined, 200],
      ['"v1"', 304],
    ]);
    await realDelay(100);
    await settled(list);
    observer.disconnect();
    expect(changes).to.deep.equal([]);
    expect(headlines(list)).to.have.length(4);
    expect(errors.events).to.deep.equal([]);
  });

  it('announces new stories once, inserted without moving the story in view', async () => {
    const list = await fixture<LatestNews>(
      html`<div style="padding-block: 40vh 150vh">
        <latest-news refresh="60" src="/feed-server/json-feed.json?log=${keys['live']}&sequence=json-feed.json,more.json"></latest-news>
      </div>`,
    ).then((wrapper) => wrapper.querySelector('latest-news')!);
    await loadedFromSrc(list);
    const items = () => Array.from(list.shadowRoot!.querySelectorAll('li'));
    const watched = items()[1]!;
    const watchedText = watched.textContent;
    watched.scrollIntoView({ block: 'start' });
    await realDelay(50);
    const top = watched.getBoundingClientRect().top;
    clock.tick(60_000);
    await requests(keys['live'], 2);
    await until(() => items().length === 7, 'the new stories');
    await settled(list);
    await realDelay(50);
    const after = items().find((item) => item.textContent === watchedText)!;
    expect(Math.abs(after.getBoundingClientRect().top - top)).to.be.lessThan(2);
    expect(headlines(list).slice(0, 3)).to.deep.equal(['Breaking story 1', 'Breaking story 2', 'Breaking story 3']);
    expect(shadowPart(list, 'status')!.textContent).to.equal('3 new stories');
    // axe waits on timers of its own.
    clock.restore();
    await expect(list).to.be.accessible();
    window.scrollTo(0, 0);
  });

  it('pauses while the page is hidden and catches up when it is shown', async () => {
    const list = await fixture<LatestNews>(
      html`<latest-news refresh="60" src="/feed-server/json-feed.json?log=${keys['hidden']}"></latest-news>`,
    );
    await loadedFromSrc(list);
    Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    clock.tick(300_000);
    await realDelay(200);
    expect(await feedServerLog(keys['hidden'])).to.have.length(1);
    Object.defineProperty(Document.prototype, 'visibilityState', visibilityState);
    document.dispatchEvent(new Event('visibilitychange'));
    clock.tick(0);
    await requests(keys['hidden'], 2);
  });

  it('backs off after a failure: twice the wait, then back to the refresh', async () => {
    const list = await fixture<LatestNews>(
      html`<latest-news
        refresh="15"
        src="/feed-server/json-feed.json?log=${keys['backoff']}&sequence=json-feed.json,missing.json,json-feed.json"
      ></latest-news>`,
    );
    await loadedFromSrc(list);
    clock.tick(15_000);
    await requests(keys['backoff'], 2);
    await until(() => shadowPart(list, 'retry') !== null, 'the error');
    expect(headlines(list)).to.have.length(4);
    clock.tick(15_000);
    await realDelay(200);
    expect(await feedServerLog(keys['backoff'])).to.have.length(2);
    clock.tick(15_000);
    await requests(keys['backoff'], 3);
    await until(() => shadowPart(list, 'retry') === null, 'the error to clear');
    expect(errors.events.map((event) => event.reason)).to.deep.equal(['answered 404 Not Found']);
  });
});
