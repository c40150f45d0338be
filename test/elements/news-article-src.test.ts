/**
 * `<news-article src>` against the test server (test/support/feed-server.js): our JSON and a
 * WordPress post, the bad answers a real server gives, and the races of a changing `src`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { fromWordPressPost } from '../../src/feeds.js';
import type { NewsArticle } from '../../src/index.js';
import { realDelay, until } from '../support/fake-clock.js';
import { feedServerLog, loadedFromSrc } from '../support/feed-fixtures.js';
import { captureErrors, settled, shadowPart, visibleText, type ErrorCapture } from '../support/helpers.js';

const headlineOf = (article: NewsArticle) => visibleText(shadowPart(article, 'headline') ?? article);
const seedHeadline = 'China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute';

/** Log keys of this run: the engines share the server, each asks under its own keys. */
const keys: Record<string, string> = Object.fromEntries(
  ['retry', 'script-wins'].map((name) => [name, `${name}-${Math.random().toString(36).slice(2)}`]),
);

let errors: ErrorCapture;
beforeEach(() => {
  errors = captureErrors();
});
afterEach(() => errors.restore());

describe('<news-article src>', () => {
  it('loads an article in our JSON, busy and announced politely while it loads', async () => {
    const article = await fixture<NewsArticle>(
      html`<news-article src="/feed-server/seed-article.json?delay=400"></news-article>`,
    );
    expect(article.getAttribute('aria-busy')).to.equal('true');
    // The live region comes with the loader chunk, which the server sends before the slow article.
    await until(() => shadowPart(article, 'status') !== null, 'the loader');
    const status = shadowPart(article, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('Loading…');
    expect(shadowPart(article, 'placeholder') !== null, 'space kept for the article').to.equal(true);
    await expect(article).to.be.accessible();
    await loadedFromSrc(article);
    expect(headlineOf(article)).to.equal(seedHeadline);
    expect(status.textContent).to.equal('');
    expect(shadowPart(article, 'placeholder') === null, 'absent').to.equal(true);
    expect(errors.events).to.deep.equal([]);
  });

  it('reads a WordPress REST post into the article', async () => {
    const text = await fetch('/test/fixtures/feeds/wp-post.json').then((response) => response.text());
    const expected = fromWordPressPost(text).article!;
    const article = await fixture<NewsArticle>(html`<news-article src="/feed-server/wp-post.json"></news-article>`);
    await loadedFromSrc(article);
    expect(headlineOf(article)).to.equal(expected.headline);
    const firstHeading = expected.sections!.find((section) => section.heading)!.heading!;
    expect(visibleText(shadowPart(article, 'body')!)).to.include(firstHeading);
  });

  it('takes `article` set by script over `src`, and fetches nothing', async () => {
    const own = { headline: 'Set by script' };
    const article = await fixture<NewsArticle>(
      html`<news-article .article=${own} src="/feed-server/seed-article.json?log=${keys['script-wins']}"></news-article>`,
    );
    await realDelay(300);
    await settled(article);
    expect(headlineOf(article)).to.equal('Set by script');
    expect(await feedServerLog(keys['script-wins'])).to.deep.equal([]);
    expect(article.hasAttribute('aria-busy')).to.equal(false);
  });

  const badAnswers: { name: string; src: string; reason: RegExp; timeout?: number }[] = [
    { name: 'a 404', src: '/feed-server/nothing-here.json', reason: /^answered 404/ },
    { name: 'a 500', src: '/feed-server/seed-article.json?status=500', reason: /^answered 500/ },
    {
      name: 'a timeout',
      src: '/feed-server/seed-article.json?delay=3000',
      reason: /did not answer within 1 s/,
      timeout: 1,
    },
    {
      name: 'a login page served instead of JSON',
      src: '/feed-server/login-page.html',
      reason: /is an HTML page \(text\/html\)/,
    },
    {
      name: 'HTML served as JSON',
      src: '/feed-server/login-page.html?type=application/json',
      reason: /is an HTML page/,
    },
    { name: 'invalid JSON', src: '/feed-server/broken.xml?type=application/json', reason: /is not valid JSON/ },
    {
      name: 'a 10 MB body with its length',
      src: '/feed-server/huge?declare=1',
      reason: /10\.0 MB, over the 5 MB limit/,
    },
    { name: 'a 10 MB body streamed', src: '/feed-server/huge', reason: /over the 5 MB limit/ },
    { name: 'a redirect to javascript:', src: '/feed-server/redirect-javascript', reason: /could not be fetched/ },
    {
      name: 'a javascript: src',
      src: 'javascript:alert(1)',
      reason: /disallowed scheme "javascript:"; nothing was loaded/,
    },
  ];

  for (const bad of badAnswers) {
    it(`reports ${bad.name} once, keeps the slotted content and offers a retry`, async () => {
      const article = await fixture<NewsArticle>(
        html`<news-article src=${bad.src} timeout=${bad.timeout ?? 30}>
          <h1 slot="headline">Slotted headline</h1>
          <p>Slotted body.</p>
        </news-article>`,
      );
      await loadedFromSrc(article);
      expect(errors.events.map((event) => event.field)).to.deep.equal(['src']);
      expect(errors.events[0]!.element).to.equal('news-article');
      expect(errors.events[0]!.reason).to.match(bad.reason);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.match(/^<news-article>: src /);
      const text = visibleText(article);
      expect(text).to.include('Slotted headline').and.include('Slotted body.');
      expect(visibleText(shadowPart(article, 'error')!)).to.equal('This content could not be loaded. Try again');
      expect(shadowPart(article, 'status')!.textContent).to.equal('This content could not be loaded.');
      await expect(article).to.be.accessible();
    });
  }

  it('shows the texts of `src` from its labels, for itself and a latest news inside it', async () => {
    const labels = JSON.stringify({
      loadFailed: 'Tidak dapat dimuatkan.',
      retry: 'Cuba lagi',
      loading: ['Memuatkan'],
      newStories: 3,
    });
    const article = await fixture<NewsArticle>(
      html`<news-article labels=${labels} src="/feed-server/nothing-here.json">
        <h1 slot="headline">Slotted headline</h1>
        <latest-news slot="aside" src="/feed-server/nothing-here.json"></latest-news>
      </news-article>`,
    );
    const list = article.querySelector('latest-news')!;
    await loadedFromSrc(article);
    await until(() => shadowPart(list, 'error') !== null, 'the latest news to fail');
    expect(visibleText(shadowPart(article, 'error')!)).to.equal('Tidak dapat dimuatkan. Cuba lagi');
    expect(visibleText(shadowPart(list, 'error')!)).to.equal('Tidak dapat dimuatkan. Cuba lagi');
    // Each label that is not a string (a number too) is reported once, by the article.
    const labelProblems = errors.events.filter((event) => event.field.startsWith('labels.'));
    expect(labelProblems.map((event) => [event.element, event.field, event.reason])).to.deep.equal([
      ['news-article', 'labels.loading', 'should be a string but is an array; it is ignored'],
      ['news-article', 'labels.newStories', 'should be a string but is a number; it is ignored'],
    ]);
  });

  it('keeps the article shown when a new src fails, and loads again on retry', async () => {
    const article = await fixture<NewsArticle>(
      html`<news-article src="/feed-server/seed-article.json"></news-article>`,
    );
    await loadedFromSrc(article);
    article.src = `/feed-server/seed-article.json?log=${keys['retry']}&sequence=missing.json,seed-article.json`;
    await loadedFromSrc(article);
    expect(headlineOf(article)).to.equal(seedHeadline);
    expect(errors.events.map((event) => event.reason)).to.deep.equal(['answered 404 Not Found']);
    shadowPart<HTMLButtonElement>(article, 'retry')!.click();
    await article.updateComplete;
    await loadedFromSrc(article);
    expect(errors.events.map((event) => event.reason)).to.deep.equal(['answered 404 Not Found']);
    expect(shadowPart(article, 'error') === null, 'absent').to.equal(true);
    expect((await feedServerLog(keys['retry'])).map((entry) => entry.status)).to.deep.equal([404, 200]);
    expect(errors.events).to.have.length(1);
  });

  it('never shows a late answer for an older src', async () => {
    const article = await fixture<NewsArticle>(
      html`<news-article src="/feed-server/seed-article.json?delay=1200"></news-article>`,
    );
    article.src = '/feed-server/wp-post.json';
    await loadedFromSrc(article);
    const newer = headlineOf(article);
    expect(newer).not.to.equal(seedHeadline);
    await realDelay(1500);
    await settled(article);
    expect(headlineOf(article)).to.equal(newer);
    expect(errors.events).to.deep.equal([]);
  });

  it('stops loading when it leaves the page, and says nothing', async () => {
    const article = await fixture<NewsArticle>(
      html`<news-article src="/feed-server/seed-article.json?delay=600"></news-article>`,
    );
    article.remove();
    await realDelay(900);
    expect(shadowPart(article, 'headline') === null, 'absent').to.equal(true);
    expect(errors.events).to.deep.equal([]);
  });
});
