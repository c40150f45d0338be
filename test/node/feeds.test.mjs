/**
 * The feed adapters in Node, where there is no DOMParser: XML is read with @xmldom/xmldom, as a
 * server that renders a feed would. The fixtures and what each must give are those the browser
 * tests (test/data/feeds.test.ts) check with each engine's own DOMParser:
 * test/fixtures/feeds/expected.json.
 *
 * Run: `npm run test:node` (no build needed).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import { importSources } from '../support/import-sources.mjs';

const fixtures = resolve(import.meta.dirname, '../fixtures/feeds');
const readFixture = (name) => readFileSync(join(fixtures, name), 'utf8');
const expected = JSON.parse(readFixture('expected.json'));

const fields = (problems) => problems.map((problem) => problem.field);

let feeds;
before(async () => {
  feeds = await importSources(
    "export * from './src/feeds.ts';",
    "export { Problems, parseArticle, parseNewsItems } from './src/data/parse.ts';",
    "export { fromRfc3339, fromRfc822, fromWordPressDates } from './src/data/feeds/feed-dates.ts';",
    "export { decodeCharacterReferences as decodeEntities } from './src/data/character-references.ts';",
    "export { htmlToText } from './src/data/feeds/text.ts';",
  );
});

/** Problems the contract's own parser finds in what an adapter made: there must be none. */
function parserProblems(items) {
  const problems = new feeds.Problems();
  feeds.parseNewsItems(items, 'items', problems);
  return problems.list;
}

describe('feed adapters on the fixtures (Node, @xmldom/xmldom)', () => {
  for (const feed of expected.feeds) {
    test(`${feed.adapter} reads ${feed.file}`, () => {
      const { items, problems } = feeds[feed.adapter](readFixture(feed.file), { DOMParser });
      assert.deepEqual(fields(problems), feed.problems, 'fields reported');
      assert.deepEqual(
        items.map((item) => item.headline),
        feed.headlines,
      );
      for (const [index, item] of Object.entries(feed.items)) assert.deepEqual(items[Number(index)], item);
      assert.deepEqual(parserProblems(items), [], 'what parseNewsItems finds in the output');
    });

    test(`sniffFeed finds ${feed.format} in ${feed.file}, with and without its content type`, () => {
      const direct = feeds[feed.adapter](readFixture(feed.file), { DOMParser });
      for (const contentType of [feed.contentType, '']) {
        const sniffed = feeds.sniffFeed(readFixture(feed.file), contentType, { DOMParser });
        assert.equal(sniffed.format, feed.format, contentType);
        assert.deepEqual(sniffed.items, direct.items);
        assert.deepEqual(sniffed.problems, direct.problems);
      }
    });
  }
});

describe('fromWordPressPost', () => {
  test('reads a post with _embed into an article the contract parser accepts without a problem', () => {
    const { article, problems } = feeds.fromWordPressPost(readFixture('wp-post.json'));
    assert.deepEqual(problems, []);
    const parsed = new feeds.Problems();
    feeds.parseArticle(article, parsed);
    assert.deepEqual(parsed.list, []);
    assert.equal(article.headline, 'China and U.S. to resume talks in Kuala Lumpur – ‘a result before year-end’');
    assert.equal(article.articleSection, 'Economy');
    assert.equal(article.datePublished, '2026-11-30T16:05:00+08:00');
    assert.equal(article.dateModified, '2026-11-30T18:40:10+08:00');
    assert.deepEqual(
      article.author.map((person) => [person.name, person.url]),
      [
        ['Siti Rahman', 'https://straitsledger.com.my/author/siti/'],
        ['Ravi Menon', 'https://straitsledger.com.my/author/ravi-menon/'],
      ],
    );
    assert.deepEqual(article.author[0].sameAs, ['https://sitirahman.my']);
    assert.equal(article.author[1].description, 'Ravi is the paper’s Singapore correspondent.');
    assert.deepEqual(article.image, {
      url: 'https://straitsledger.com.my/wp-content/uploads/2026/11/kl-skyline-talks.jpg',
      alt: 'Kuala Lumpur skyline at dusk',
      width: 2400,
      height: 1600,
      caption: 'The talks are held at the convention centre.',
      credit: 'Ahmad Yusof',
    });
  });

  test('turns content.rendered into sections: headings, paragraphs, lists, a figure, a quote, a link for the player', () => {
    const { article } = feeds.fromWordPressPost(readFixture('wp-post.json'));
    assert.deepEqual(
      article.sections.map((section) => [section.heading, section.id, section.blocks.map((block) => block.type)]),
      [
        [undefined, undefined, ['paragraph', 'paragraph']],
        ['What is on the table', 'what-is-on-the-table', ['list', 'figure', 'quote']],
        ['Why Kuala Lumpur', undefined, ['paragraph', 'paragraph']],
      ],
    );
    const [opening, table, why] = article.sections;
    assert.match(opening.blocks[0].html, /^Malaysia&#8217;s trade minister .* <a href="https:\/\/straitsledger/);
    assert.deepEqual(table.blocks[0].items, [
      { html: '<strong>Rare earths:</strong> licences for magnets and refined metals.' },
      { html: 'Port fees on Chinese-built ships', items: [{ html: 'a 90-day pause is under discussion' }] },
    ]);
    assert.deepEqual(table.blocks[1].image, {
      url: 'https://straitsledger.com.my/wp-content/uploads/2026/11/klcc-talks-1024x683.jpg',
      alt: 'Delegates arrive at the convention centre',
      width: 1024,
      height: 683,
      caption: 'Delegates arrive for the previous round in October.',
    });
    assert.deepEqual(table.blocks[2], {
      type: 'quote',
      text: '“Both sides want a result before the year ends.”',
      cite: 'A Malaysian official',
    });
    assert.deepEqual(why.blocks[1], {
      type: 'paragraph',
      html: '<a href="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed">Trade talks explained in 90 seconds</a>',
    });
  });

  test('reports what a hostile post tries, and what it keeps passes the contract parser but for the limits', () => {
    const { article, problems } = feeds.fromWordPressPost(readFixture('wp-post-hostile.json'));
    assert.deepEqual(fields(problems), [
      'modified_gmt',
      'link',
      '_embedded.author[0].url',
      '_embedded.author[0].avatar_urls',
      'content.rendered',
      'content.rendered',
      'content.rendered',
      'content.rendered',
      'content.rendered',
      'content.rendered',
      'content.rendered',
    ]);
    assert.deepEqual(
      problems.filter((problem) => problem.field === 'content.rendered').map((problem) => problem.reason),
      [
        '<script> was left out',
        '<style> was left out',
        '<form> was left out',
        'an <img> src URL that uses the disallowed scheme "javascript:"; it was left out',
        'an <iframe> src URL that uses the disallowed scheme "javascript:"; it was left out',
        'a <table> was shown as one paragraph a row',
        '<object> was left out',
      ],
    );
    // Entities in title.rendered are text, not markup.
    assert.equal(article.headline, '<script>alert(1)</script> Headline & more');
    assert.deepEqual(article.author, [{ name: 'Mallory', url: 'https://straitsledger.com.my/author/mallory/' }]);
    const parsed = new feeds.Problems();
    feeds.parseArticle(article, parsed);
    // Its paragraph of <b> nested hundreds deep is past the limit on markup depth: shown as text.
    assert.deepEqual(parsed.list, [
      { field: 'sections[0].blocks[3].html', reason: 'nests its markup deeper than 20 levels; it is shown as text' },
    ]);
    const markup = article.sections.flatMap((section) => section.blocks.map((block) => block.html ?? '')).join('\n');
    assert.doesNotMatch(markup, /alert\(3\)|display:none|password/);
    // A tag cut off by the end of the body is not kept half-written.
    assert.doesNotMatch(markup, /unterminated/);
  });

  test('a password-protected post keeps its head and reports its body', () => {
    const post = JSON.parse(readFixture('wp-post.json'));
    post.content = { rendered: '', protected: true };
    const { article, problems } = feeds.fromWordPressPost(post);
    assert.deepEqual(fields(problems), ['content.protected']);
    assert.equal(article.sections, undefined);
    assert.equal(article.articleSection, 'Economy');
  });

  test('a body over maxBodyLength is left out, and the rest of the post kept', () => {
    const post = JSON.parse(readFixture('wp-post.json'));
    post.content.rendered = '<p><b>x'.repeat(Math.ceil(feeds.maxBodyLength / 7) + 1);
    const { article, problems } = feeds.fromWordPressPost(post);
    assert.deepEqual(problems, [
      { field: 'content.rendered', reason: 'is 1.0 MB, over the 1 MB limit; the body was left out' },
    ]);
    assert.equal(article.sections, undefined);
    assert.equal(article.author.length, 2);
  });

  test('a WordPress error response is reported with its code', () => {
    const error = '{"code":"rest_post_invalid_id","message":"Invalid post ID.","data":{"status":404}}';
    const { article, problems } = feeds.fromWordPressPost(error);
    assert.equal(article, undefined);
    assert.deepEqual(problems, [
      { field: 'feed', reason: 'is a WordPress error (rest_post_invalid_id: Invalid post ID.)' },
    ]);
    assert.deepEqual(fields(feeds.sniffFeed(error, 'application/json').problems), ['feed']);
  });
});

/** A DOMParser that counts its instances and reads nothing: for checks that must not parse at all. */
function countingParser() {
  const counter = { made: 0 };
  counter.DOMParser = class {
    constructor() {
      counter.made += 1;
    }
    parseFromString() {
      throw new Error('not expected to parse');
    }
  };
  return counter;
}

const rssWith = (count) =>
  `<rss version="2.0"><channel><title>Big</title>${Array.from(
    { length: count },
    (_, index) => `<item><title>Story ${index}</title><link>https://big.example/${index}</link></item>`,
  ).join('')}</channel></rss>`;

describe('RSS 1.0', () => {
  test('reads items beside the channel, with dc:date', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://slashdot.example/"><title>Tech</title><link>https://slashdot.example/</link></channel>
  <item rdf:about="https://slashdot.example/story/1">
    <title>Kernel 7.2 released</title>
    <description>With a new scheduler &amp;amp; more.</description>
    <dc:date>2026-11-30T04:10:00+00:00</dc:date>
  </item>
</rdf:RDF>`;
    const sniffed = feeds.sniffFeed(rdf, 'application/rdf+xml', { DOMParser });
    assert.equal(sniffed.format, 'rss');
    assert.deepEqual(sniffed.problems, []);
    assert.deepEqual(sniffed.items, [
      {
        headline: 'Kernel 7.2 released',
        url: 'https://slashdot.example/story/1',
        datePublished: '2026-11-30T04:10:00+00:00',
        description: 'With a new scheduler & more.',
      },
    ]);
  });
});

describe('limits and bad input', () => {
  test('10,000 stories: the first 500 are read and the rest reported once', () => {
    const jsonFeed = {
      version: 'https://jsonfeed.org/version/1.1',
      items: Array.from({ length: 10_000 }, (_, index) => ({ id: `${index}`, title: `Story ${index}` })),
    };
    for (const { items, problems } of [
      feeds.fromJsonFeed(jsonFeed),
      feeds.fromRss(rssWith(10_000), { DOMParser }),
      feeds.sniffFeed(JSON.stringify(jsonFeed.items.map((item) => ({ headline: item.title }))), 'application/json'),
    ]) {
      assert.equal(items.length, feeds.maxFeedItems);
      assert.equal(items.at(-1).headline, 'Story 499');
      assert.equal(problems.length, 1);
      assert.match(problems[0].reason, /^has 10000 stories; only the first 500 were read$/);
    }
  });

  test('a 10 MB body is refused before any parsing', () => {
    const padding = ' '.repeat(10 * 1024 * 1024);
    const huge = rssWith(1).replace('<channel>', `<channel>${padding}`);
    const counter = countingParser();
    for (const result of [
      feeds.fromRss(huge, { DOMParser: counter.DOMParser }),
      feeds.fromAtom(huge, { DOMParser: counter.DOMParser }),
      feeds.sniffFeed(huge, 'application/rss+xml', { DOMParser: counter.DOMParser }),
      feeds.fromJsonFeed(`{"items": [${padding}]}`),
      feeds.fromWordPress(`[${padding}]`),
    ]) {
      assert.deepEqual(result.items, []);
      assert.deepEqual(fields(result.problems), ['feed']);
      assert.match(result.problems[0].reason, /^is 10\.0 MB, over the 5 MB limit; it was not read$/);
    }
    assert.equal(counter.made, 0, 'DOMParsers made');
    assert.equal(feeds.maxFeedLength, 5 * 1024 * 1024);
  });

  test('without a DOMParser, the XML adapters say how to give them one', () => {
    for (const read of [feeds.fromRss, feeds.fromAtom]) {
      const { items, problems } = read(readFixture('rss-media-ja.xml'));
      assert.deepEqual(items, []);
      assert.deepEqual(fields(problems), ['feed']);
      assert.match(problems[0].reason, /no DOMParser here .*options\.DOMParser.*@xmldom\/xmldom/);
    }
  });

  test('entity declarations are refused before parsing; a broken document is reported, not thrown', () => {
    const counter = countingParser();
    const refused = feeds.fromRss(readFixture('entities.xml'), { DOMParser: counter.DOMParser });
    assert.equal(counter.made, 0);
    assert.match(refused.problems[0].reason, /declares entities in a DOCTYPE/);
    const broken = feeds.fromRss(readFixture('broken.xml'), { DOMParser });
    assert.match(broken.problems[0].reason, /^is not well-formed XML \(.+\); it was not read$/);
  });

  test('an HTML page, invalid JSON, unknown JSON and the wrong kind of XML are each reported', () => {
    const cases = [
      [readFixture('login-page.html'), 'text/html; charset=utf-8', /^is an HTML page \(text\/html\), not a feed/],
      [readFixture('login-page.html'), '', /^is an HTML page, not a feed/],
      ['{"items": [', 'application/feed+json', /^is not valid JSON/],
      ['{"stories": []}', 'application/json', /^is JSON, but neither/],
      ['<opml version="2.0"><body/></opml>', 'text/xml', /^is text\/xml that is neither RSS, Atom nor JSON/],
      ['', '', /neither RSS, Atom nor JSON/],
    ];
    for (const [text, contentType, reason] of cases) {
      const { format, items, problems } = feeds.sniffFeed(text, contentType, { DOMParser });
      assert.equal(format, undefined);
      assert.deepEqual(items, []);
      assert.deepEqual(fields(problems), ['feed']);
      assert.match(problems[0].reason, reason);
    }
    assert.match(
      feeds.fromAtom(readFixture('rss-media-ja.xml'), { DOMParser }).problems[0].reason,
      /^is not an Atom feed \(its root element is <rss>\)$/,
    );
    assert.match(
      feeds.fromRss(readFixture('atom-fr.xml'), { DOMParser }).problems[0].reason,
      /^is not an RSS feed \(its root element is <feed>\)$/,
    );
  });

  test('relative links resolve against options.baseUrl; a base that is not http(s) is reported', () => {
    const feed = JSON.parse(readFixture('json-feed.json'));
    const fromPartner = feeds.fromJsonFeed(feed, { baseUrl: 'https://mirror.example/science/feed.json' });
    assert.equal(fromPartner.items[1].url, 'https://mirror.example/science/2026/11/29/fusion-test-reactor-record');
    const { problems } = feeds.fromJsonFeed(feed, { baseUrl: 'javascript:alert(1)//' });
    assert.deepEqual(fields(problems), ['baseUrl']);
  });
});

describe('feed dates', () => {
  test('RFC 822 in the styles RSS feeds write it, at the offset written', () => {
    const cases = {
      'Mon, 30 Nov 2026 17:27:37 GMT': '2026-11-30T17:27:37+00:00',
      'Mon, 30 Nov 2026 17:27:37 +0800': '2026-11-30T17:27:37+08:00',
      'Mon, 30 Nov 2026 09:05 EST': '2026-11-30T09:05:00-05:00',
      'Tue, 2 Jun 2026 9:05:00 PDT': '2026-06-02T09:05:00-07:00',
      '30 Nov 26 17:27 UT': '2026-11-30T17:27:00+00:00',
      'Monday, 30 November 2026 17:27:37 +0530': '2026-11-30T17:27:37+05:30',
      'Sun, 1 Mar 2026 00:00:00 z': '2026-03-01T00:00:00+00:00',
      '2026-11-30T17:27:37+01:00': '2026-11-30T17:27:37+01:00',
    };
    for (const [written, iso] of Object.entries(cases)) assert.deepEqual(feeds.fromRfc822(written), { ok: true, iso });
    for (const wrong of ['yesterday', 'Mon, 30 Nov 2026', 'Mon, 30 Foo 2026 10:00 GMT', 'Mon, 31 Nov 2026 10:00 GMT']) {
      assert.equal(feeds.fromRfc822(wrong).ok, false, wrong);
    }
    assert.match(feeds.fromRfc822('Mon, 30 Nov 2026 10:00:00 +2500').reason, /unknown time zone/);
  });

  test('RFC 3339 for Atom and JSON Feed; a calendar date stays one; a time without a zone is refused', () => {
    assert.deepEqual(feeds.fromRfc3339('2026-11-30T17:27:37Z'), { ok: true, iso: '2026-11-30T17:27:37+00:00' });
    assert.deepEqual(feeds.fromRfc3339('2026-11-30 17:27:37.123456-03:00'), {
      ok: true,
      iso: '2026-11-30T17:27:37.123-03:00',
    });
    assert.deepEqual(feeds.fromRfc3339('2026-11-30'), { ok: true, iso: '2026-11-30' });
    assert.match(feeds.fromRfc3339('2026-11-30T17:27:37').reason, /has no time zone/);
    assert.match(feeds.fromRfc3339('2026-02-29T10:00:00Z').reason, /is not a real date/);
    assert.match(feeds.fromRfc3339('30 Nov 2026').reason, /is not an RFC 3339 date/);
  });

  test('WordPress: date_gmt is UTC, and date gives the site offset, which is kept', () => {
    assert.deepEqual(feeds.fromWordPressDates('2026-11-30T16:05:00', '2026-11-30T08:05:00'), {
      ok: true,
      iso: '2026-11-30T16:05:00+08:00',
    });
    assert.deepEqual(feeds.fromWordPressDates('2026-11-30T03:35:00', '2026-11-30T09:05:00'), {
      ok: true,
      iso: '2026-11-30T03:35:00-05:30',
    });
    // An offset no zone has: the UTC date alone.
    assert.deepEqual(feeds.fromWordPressDates('2026-11-30T08:06:07', '2026-11-30T08:05:00'), {
      ok: true,
      iso: '2026-11-30T08:05:00+00:00',
    });
    assert.equal(feeds.fromWordPressDates(undefined, undefined), undefined);
    assert.match(feeds.fromWordPressDates('2026-11-30T08:05:00', null).reason, /has no UTC date/);
  });
});

describe('feed text', () => {
  test('entities become characters, tags and script content go, white space collapses', () => {
    assert.equal(
      feeds.decodeEntities('Rock &amp; roll &#8211; it&#146;s &eacute;t&eacute; &bogus; &#x1F600;'),
      'Rock & roll – it’s été &bogus; 😀',
    );
    assert.equal(feeds.decodeEntities('&amp;lt;b&amp;gt;'), '&lt;b&gt;');
    assert.equal(feeds.decodeEntities('&#0; &#xD800; &#99999999;'), '\ufffd \ufffd \ufffd');
    assert.equal(
      feeds.htmlToText('<p>One</p><p>two &lt;b&gt;<script>alert("<p>")</script><style>p{}</style>\n three</p>'),
      'One two <b> three',
    );
    assert.equal(feeds.htmlToText('a < b and c > d'), 'a < b and c > d');
    assert.equal(feeds.htmlToText('<img alt="x > y" src=z>caption<!-- hidden -->'), 'caption');
    assert.equal(feeds.htmlToText('text <a href="never closed'), 'text');
  });
});
