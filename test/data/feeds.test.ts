/**
 * The feed adapters in each browser, with its own DOMParser, on the fixtures the Node tests
 * read with @xmldom/xmldom (test/node/feeds.test.mjs): test/fixtures/feeds/expected.json says
 * what each must give. Then what a reader sees when the elements show an adapter's output.
 */
import { expect, html } from '@open-wc/testing';
import {
  fromAtom,
  fromJsonFeed,
  fromRss,
  fromWordPress,
  fromWordPressPost,
  sniffFeed,
  type DomParserClass,
  type FeedItems,
} from '../../src/feeds.js';
import { Problems, parseArticle, parseNewsItems, type DataProblem } from '../../src/data/index.js';
import { feedFixtures, type ExpectedFeed } from '../support/feed-fixtures.js';
import { captureErrors, deepQueryAll, renderArticle, renderSettled, visibleText } from '../support/helpers.js';

const adapters: { [name in ExpectedFeed['adapter']]: (text: string) => FeedItems } = {
  fromJsonFeed,
  fromRss,
  fromAtom,
  fromWordPress,
};

const fixture = (name: string) => fetch(`/test/fixtures/feeds/${name}`).then((response) => response.text());
const fields = (problems: DataProblem[]) => problems.map((problem) => problem.field);

/** The fixtures test/fixtures/feeds/expected.json describes (checked to be all of them). */
const files = feedFixtures;

describe('feed adapters on the fixtures (the browser’s DOMParser)', () => {
  const expected = new Map<string, ExpectedFeed>();
  before(async () => {
    const described: { feeds: ExpectedFeed[] } = await (await fetch('/test/fixtures/feeds/expected.json')).json();
    described.feeds.forEach((feed) => expected.set(feed.file, feed));
  });

  it('covers every fixture expected.json describes', () => {
    expect([...expected.keys()]).to.deep.equal(files);
  });

  for (const file of files) {
    it(`reads ${file} as expected.json says, and parseNewsItems finds nothing wrong in the result`, async () => {
      const feed = expected.get(file)!;
      const { items, problems } = adapters[feed.adapter](await fixture(file));
      expect(fields(problems), 'fields reported').to.deep.equal(feed.problems);
      expect(items.map((item) => item.headline)).to.deep.equal(feed.headlines);
      for (const [index, item] of Object.entries(feed.items)) expect(items[Number(index)]).to.deep.equal(item);
      const parsed = new Problems();
      parseNewsItems(items, 'items', parsed);
      expect(parsed.list).to.deep.equal([]);
    });

    it(`sniffFeed finds the format of ${file}, with and without its content type`, async () => {
      const feed = expected.get(file)!;
      const text = await fixture(file);
      const direct = adapters[feed.adapter](text);
      for (const contentType of [feed.contentType, '']) {
        const sniffed = sniffFeed(text, contentType);
        expect(sniffed.format, contentType).to.equal(feed.format);
        expect(sniffed.items).to.deep.equal(direct.items);
        expect(sniffed.problems).to.deep.equal(direct.problems);
      }
    });
  }
});

describe('XML is read as XML, away from the page', () => {
  it('runs no script and loads nothing the feed carries', async () => {
    const probe = window as unknown as { feedScriptRan?: boolean; feedImageFailed?: boolean };
    const rss = `<rss version="2.0" xmlns:x="http://www.w3.org/1999/xhtml"><channel><item>
      <title>Inert</title>
      <x:script>window.feedScriptRan = true</x:script>
      <x:img src="/test/fixtures/feeds/no-such-image.png" onerror="window.feedImageFailed = true"/>
    </item></channel></rss>`;
    const { items } = fromRss(rss);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(items.map((item) => item.headline)).to.deep.equal(['Inert']);
    expect(probe.feedScriptRan).to.equal(undefined);
    expect(probe.feedImageFailed).to.equal(undefined);
  });

  it('refuses entity declarations before parsing, and reports what the engine cannot parse', async () => {
    let made = 0;
    const CountingParser = class extends DOMParser {
      constructor() {
        super();
        made += 1;
      }
    } as DomParserClass;
    const refused = fromRss(await fixture('entities.xml'), { DOMParser: CountingParser });
    expect(made).to.equal(0);
    expect(refused.problems[0]!.reason).to.match(/declares entities in a DOCTYPE/);
    // `&nbsp;` is HTML's, not XML's: the engine's parsererror document is a problem, not stories.
    const html = fromRss('<rss><channel><item><title>a&nbsp;b</title></item></channel></rss>', {
      DOMParser: CountingParser,
    });
    expect(made).to.equal(1);
    expect(html.items).to.deep.equal([]);
    expect(fields(html.problems)).to.deep.equal(['feed']);
    expect(html.problems[0]!.reason).to.match(/^is not well-formed XML/);
  });

  it("reads its caller's options, never keys a page added to Object.prototype", async () => {
    const rss = '<rss><channel><item><title>Ferries</title><link>/ferries</link></item></channel></rss>';
    const jsonFeed = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ id: '1', title: 'Ferries', url: '/ferries' }],
    };
    const atom =
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Ferries</title><link href="/ferries"/></entry></feed>';
    let parsedByGadget = 0;
    const prototype = Object.prototype as { baseUrl?: string; DOMParser?: DomParserClass };
    prototype.baseUrl = 'https://attacker.example/';
    prototype.DOMParser = class extends DOMParser {
      constructor() {
        super();
        parsedByGadget += 1;
      }
    } as DomParserClass;
    try {
      const options = { baseUrl: undefined };
      const urls = [fromRss(rss, {}), fromAtom(atom, {}), fromJsonFeed(jsonFeed, {}), fromRss(rss, options)].map(
        (read) => read.items.map((item) => item.url),
      );
      expect(urls).to.deep.equal([['/ferries'], ['/ferries'], ['/ferries'], ['/ferries']]);
      expect(parsedByGadget).to.equal(0);
    } finally {
      delete prototype.baseUrl;
      delete prototype.DOMParser;
    }
  });
});

describe('what a reader sees of an adapter’s output', () => {
  it('<latest-news> shows a hostile feed’s markup as text and links none of its scripts', async () => {
    const { items } = fromJsonFeed(await fixture('json-feed-hostile.json'));
    const list = await renderSettled<HTMLElement>(html`<latest-news .items=${items}></latest-news>`);
    const text = visibleText(list);
    expect(text).to.contain('<img src=x onerror=alert(1)> Council approves budget');
    expect(text).to.contain('<script>alert(2)</script>Approved 7–2.');
    expect(deepQueryAll(list, 'img, script')).to.have.length(0);
    const links = deepQueryAll<HTMLAnchorElement>(list, 'a').map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(['https://feeds.example.org/stories/3', 'https://feeds.example.org/stories/4']);
  });

  it('<latest-news> shows a Japanese RSS feed with its pictures and times', async () => {
    const { items } = fromRss(await fixture('rss-media-ja.xml'));
    const list = await renderSettled<HTMLElement>(
      html`<latest-news lang="ja" locale="ja-JP" time-zone="Asia/Tokyo" .items=${items}></latest-news>`,
    );
    const headlines = deepQueryAll(list, '[part~="headline"]').map((headline) => headline.textContent);
    expect(headlines).to.deep.equal(items.map((item) => item.headline));
    const times = deepQueryAll<HTMLTimeElement>(list, 'time').map((time) => time.dateTime);
    expect(times[0]).to.equal('2026-11-30T16:45:00+09:00');
    expect(deepQueryAll<HTMLImageElement>(list, 'img')[0]!.getAttribute('src')).to.equal(
      'https://img.minato-shimpo.jp/2026/11/30/boj-1280.jpg',
    );
  });

  it('<news-article> shows a WordPress post: headline, kicker, authors, sections, figure and quote', async () => {
    const { article, problems } = fromWordPressPost(await fixture('wp-post.json'));
    expect(problems).to.deep.equal([]);
    const parsed = new Problems();
    parseArticle(article, parsed);
    expect(parsed.list).to.deep.equal([]);
    const element = await renderArticle(html`<news-article .article=${article}></news-article>`);
    const heading = deepQueryAll(element, 'h1')[0]!;
    expect(heading.textContent!.trim()).to.equal(
      'China and U.S. to resume talks in Kuala Lumpur – ‘a result before year-end’',
    );
    const text = visibleText(element);
    for (const shown of [
      'Economy',
      'Siti Rahman',
      'Ravi Menon',
      'What is on the table',
      'Why Kuala Lumpur',
      'Rare earths: licences for magnets and refined metals.',
      '“Both sides want a result before the year ends.”',
      'Delegates arrive for the previous round in October.',
      'Malaysia chairs ASEAN this year & has hosted two earlier rounds.',
      'Trade talks explained in 90 seconds',
    ]) {
      expect(text, shown).to.contain(shown);
    }
    const figure = deepQueryAll<HTMLImageElement>(element, 'img').find((image) => image.src.includes('klcc-talks'));
    expect(figure?.alt).to.equal('Delegates arrive at the convention centre');
  });

  it('<news-article> shows a hostile post’s title as text, runs none of its body and reports what it removed', async () => {
    const probe = window as unknown as { hostilePostRan?: boolean };
    const post = JSON.parse(await fixture('wp-post-hostile.json'));
    post.content.rendered = `<p><img src=x onerror="window.hostilePostRan = true">First words</p>${post.content.rendered}`;
    const { article } = fromWordPressPost(post);
    const errors = captureErrors();
    let element: HTMLElement;
    try {
      element = await renderArticle(html`<news-article .article=${article}></news-article>`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      errors.restore();
    }
    expect(deepQueryAll(element, 'h1')[0]!.textContent!.trim()).to.equal('<script>alert(1)</script> Headline & more');
    expect(visibleText(element)).to.contain('First words');
    expect(visibleText(element)).to.contain('Intro with an inline image and a bad link.');
    expect(probe.hostilePostRan).to.equal(undefined);
    expect(
      deepQueryAll(element, 'script:not([type="application/ld+json"]), iframe, form, object, img[onerror]').length,
    ).to.equal(0);
    const hrefs = deepQueryAll<HTMLAnchorElement>(element, 'a[href]').map((link) => link.getAttribute('href')!);
    expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).to.deep.equal([]);
    // The paragraph nested hundreds of <b> deep is shown as text (a limit, reported as it is read),
    // then the sanitiser's reports, one a paragraph, as for any other article.
    expect(errors.events.map((event) => [event.element, event.field])).to.deep.equal([
      ['news-article', 'sections[0].blocks[4].html'],
      ['news-article', 'sections[0].blocks[0].html'],
      ['news-article', 'sections[0].blocks[1].html'],
    ]);
    expect(errors.events[0]!.reason).to.equal('nests its markup deeper than 20 levels; it is shown as text');
    expect(errors.events[2]!.reason).to.contain('javascript:');
  });
});
