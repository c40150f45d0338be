/**
 * Hostile sizes meet documented limits (src/data/parse.ts, README's security model): an `html`
 * field's length and the nesting of its markup, the nesting and number of list items, the blocks
 * of one element's input and the stories shown. Each is applied before the costly work, reported
 * once (one `news-error`, one console message naming the element and the limit), and what fits is
 * shown. How long the main thread is busy at and past them is measured by
 * `npm run bench:long-tasks`, not here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ArticleSection, AuthorCard, BulletList, LatestNews, NewsArticle } from '../../src/index.js';
import type { NewsErrorDetail } from '../../src/data/index.js';
import {
  maxBlocks,
  maxHtmlLength,
  maxListDepth,
  maxListItems,
  maxMarkupDepth,
  maxNewsItems,
  maxPeople,
  maxProfileLinks,
  maxStoriesGiven,
  maxTableColumns,
  maxTableRows,
} from '../../src/data/parse.js';
import { loadSanitizer } from '../../src/data/sanitize.js';
import { captureErrors, deepQuery, deepQueryAll, settled, visibleText } from '../support/helpers.js';

/** One paragraph's markup: `count` nested `<span>`s around a word (100,000 of them: 1.3 MB). */
const nestedSpans = (count: number) => `${'<span>'.repeat(count)}deep${'</span>'.repeat(count)}`;

/** A list `levels` deep, one item with text at each level. */
function nestedItems(levels: number): unknown[] {
  let items: unknown[] = [{ text: `Level ${levels}` }];
  for (let level = levels - 1; level >= 1; level -= 1) items = [{ text: `Level ${level}`, items }];
  return items;
}

/** The HTML of a `<ul>` `levels` deep, as a page would have it. */
const nestedListMarkup = (levels: number) =>
  `${Array.from({ length: levels }, (_, index) => `<ul><li>Level ${index + 1}`).join('')}${'</li></ul>'.repeat(levels)}`;

/** How many lists nest from the root's first list down, following first items. */
function listDepth(root: ParentNode): number {
  let depth = 0;
  let list = root.querySelector('ul, ol');
  while (list) {
    depth += 1;
    list = list.querySelector(':scope > li > ul, :scope > li > ol');
  }
  return depth;
}

/** An item's own text, without its nested lists'. */
const ownText = (item: Element): string =>
  Array.from(item.childNodes, (node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : ''))
    .join('')
    .trim();

interface Rendered<E> {
  element: E;
  events: NewsErrorDetail[];
  messages: string[];
}

/** Renders and waits until it settles (the sanitiser in), recording what is reported. */
async function renderReporting<E extends HTMLElement>(template: TemplateResult): Promise<Rendered<E>> {
  const errors = captureErrors();
  try {
    const element = await fixture<E>(template);
    await loadSanitizer();
    await settled(element);
    await settled(element);
    return { element, events: errors.events, messages: errors.messages };
  } finally {
    errors.restore();
  }
}

/** Each problem reported once: one event and one console message naming the element, field and reason. */
function expectReports(
  rendered: Rendered<HTMLElement>,
  expected: { element: string; field: string; reason: RegExp }[],
) {
  expect(rendered.events.map((event) => event.field)).to.deep.equal(expected.map((report) => report.field));
  expected.forEach((report, index) => {
    const event = rendered.events[index]!;
    expect(event.element).to.equal(report.element);
    expect(event.reason).to.match(report.reason);
    expect(rendered.messages[index]).to.equal(`<${report.element}>: ${event.field} ${event.reason}.`);
  });
  expect(rendered.messages).to.have.length(expected.length);
}

describe('limits: an html field', function () {
  // A 1.3 MB field is built and cut on every engine; WebKit on a busy machine is slow at it.
  this.timeout(120_000);

  it(`longer than ${maxHtmlLength} characters is shown as its text, cut at the limit`, async () => {
    const markup = nestedSpans(100_000);
    const rendered = await renderReporting<ArticleSection>(
      html`<article-section .blocks=${[{ type: 'paragraph', html: markup }, 'After it.']}></article-section>`,
    );
    const paragraphs = rendered.element.shadowRoot!.querySelectorAll('p');
    expect(paragraphs).to.have.length(2);
    expect(paragraphs[0]!.querySelector('span'), 'markup left').to.equal(null);
    // The first 10,000 characters are spans only: their text is empty, and the cut shows.
    expect(visibleText(paragraphs[0]!)).to.equal('…');
    expect(visibleText(paragraphs[1]!)).to.equal('After it.');
    expectReports(rendered, [
      {
        element: 'article-section',
        field: 'blocks[0].html',
        reason: new RegExp(`^has ${markup.length} characters, more than the ${maxHtmlLength} allowed;`),
      },
    ]);
  });

  it('keeps the text that fits before the cut', async () => {
    const sentence = 'Talks were <em>calm</em> &amp; long. ';
    const markup = sentence.repeat(Math.ceil((2 * maxHtmlLength) / sentence.length));
    const rendered = await renderReporting<ArticleSection>(
      html`<article-section .blocks=${[{ type: 'paragraph', html: markup }]}></article-section>`,
    );
    const text = visibleText(rendered.element.shadowRoot!.querySelector('p')!);
    expect(text.startsWith('Talks were calm & long. Talks were calm & long.')).to.equal(true);
    expect(text.endsWith('…')).to.equal(true);
    // The text of the first `maxHtmlLength` characters: 24 of every 37.
    expect(text.length).to.be.within(0.6 * maxHtmlLength, maxHtmlLength);
    expect(rendered.events).to.have.length(1);
  });

  it("shown as text reads WordPress's character references as a parser would", async () => {
    // wptexturize writes quotes and dashes as decimal references; other editors use hex ones.
    const sentence =
      '<p>Traders said the ringgit&#8217;s rise &#8220;reflects confidence&#8221; &#8211; for now &amp; <a href="/fx">more</a>&#x2026; 5 &lt; 6 < 7. </p>';
    const rendered = await renderReporting<ArticleSection>(
      html`<article-section
        .blocks=${[{ type: 'paragraph', html: sentence.repeat(Math.ceil(maxHtmlLength / sentence.length) + 1) }]}
      ></article-section>`,
    );
    const text = visibleText(rendered.element.shadowRoot!.querySelector('p')!);
    expect(
      text.startsWith('Traders said the ringgit’s rise “reflects confidence” – for now & more… 5 < 6 < 7.'),
    ).to.equal(true, text.slice(0, 120));
    expect(text).not.to.match(/&#|&amp;|&lt;/);
    expect(rendered.events).to.have.length(1);
  });

  it(`nesting its markup deeper than ${maxMarkupDepth} levels is shown as its text`, async () => {
    const deep = `Before ${'<em>'.repeat(maxMarkupDepth + 1)}deep${'</em>'.repeat(maxMarkupDepth + 1)} after`;
    const fits = `Before ${'<em>'.repeat(maxMarkupDepth)}deep${'</em>'.repeat(maxMarkupDepth)} after`;
    const rendered = await renderReporting<ArticleSection>(
      html`<article-section
        .blocks=${[
          { type: 'paragraph', html: deep },
          { type: 'paragraph', html: fits },
        ]}
      ></article-section>`,
    );
    const [tooDeep, rich] = Array.from(rendered.element.shadowRoot!.querySelectorAll('p'));
    expect(visibleText(tooDeep!)).to.equal('Before deep after');
    expect(tooDeep!.querySelector('em')).to.equal(null);
    expect(rich!.querySelectorAll('em')).to.have.length(maxMarkupDepth);
    expectReports(rendered, [
      {
        element: 'article-section',
        field: 'blocks[0].html',
        reason: new RegExp(`^nests its markup deeper than ${maxMarkupDepth} levels; it is shown as text$`),
      },
    ]);
  });

  it('counts end tags as a parser does: stray ones close nothing', async () => {
    const markup = `${'<span></b>'.repeat(maxMarkupDepth + 1)}deep`;
    const rendered = await renderReporting<ArticleSection>(
      html`<article-section .blocks=${[{ type: 'paragraph', html: markup }]}></article-section>`,
    );
    expect(rendered.element.shadowRoot!.querySelector('p span')).to.equal(null);
    expect(rendered.events.map((event) => event.reason)).to.deep.equal([
      `nests its markup deeper than ${maxMarkupDepth} levels; it is shown as text`,
    ]);
  });

  it('in a list item, a note or a table cell is held to the same limits', async () => {
    const long = `<b>x</b>${'y'.repeat(maxHtmlLength)}`;
    const rendered = await renderReporting<ArticleSection>(
      html`<article-section
        .blocks=${[
          { type: 'list', items: [{ html: long }] },
          { type: 'note', html: long },
          { type: 'table', rows: [[{ html: long }, 'Fits']] },
        ]}
      ></article-section>`,
    );
    expect(deepQueryAll(rendered.element, 'b')).to.have.length(0);
    expect(visibleText(deepQuery(rendered.element, 'li')!).endsWith('y…')).to.equal(true);
    expect(rendered.events.map((event) => event.field)).to.deep.equal([
      'blocks[0].items[0].html',
      'blocks[1].html',
      'blocks[2].rows[0][0].html',
    ]);
  });
});

describe('limits: lists', function () {
  this.timeout(120_000);

  it(`show a list nested 10,000 levels deep ${maxListDepth} levels deep, the deeper items at level ${maxListDepth}`, async () => {
    const rendered = await renderReporting<BulletList>(html`<bullet-list .items=${nestedItems(10_000)}></bullet-list>`);
    const root = rendered.element.shadowRoot!;
    expect(listDepth(root)).to.equal(maxListDepth);
    const items = Array.from(root.querySelectorAll('li'), ownText);
    // Reading order kept; the item count limit ends the list.
    expect(items).to.have.length(maxListItems);
    expect(items.slice(0, 10)).to.deep.equal(Array.from({ length: 10 }, (_, index) => `Level ${index + 1}`));
    expect(items.at(-1)).to.equal(`Level ${maxListItems}`);
    expectReports(rendered, [
      {
        element: 'bullet-list',
        field: `items${'[0].items'.repeat(maxListDepth)}`,
        reason: new RegExp(
          `^nests lists deeper than ${maxListDepth} levels; the deeper items are shown at level ${maxListDepth}$`,
        ),
      },
      {
        element: 'bullet-list',
        field: `items${'[0].items'.repeat(maxListDepth)}`,
        reason: new RegExp(`^is past the ${maxListItems} items a list may have; the rest were left out$`),
      },
    ]);
  });

  it('flatten what is deeper than the limit, losing no item', async () => {
    const rendered = await renderReporting<BulletList>(
      html`<bullet-list items=${JSON.stringify(nestedItems(20))}></bullet-list>`,
    );
    const root = rendered.element.shadowRoot!;
    expect(listDepth(root)).to.equal(maxListDepth);
    expect(root.querySelectorAll('li')).to.have.length(20);
    const deepest = Array.from(root.querySelectorAll('li')).filter((item) => !item.querySelector('ul'));
    expect(deepest.map((item) => visibleText(item))).to.deep.equal(
      Array.from({ length: 20 - maxListDepth + 1 }, (_, index) => `Level ${index + maxListDepth}`),
    );
    expect(rendered.events).to.have.length(1);
  });

  it(`show the first ${maxListItems} items of a longer list`, async () => {
    const items = Array.from({ length: 100_000 }, (_, index) => `Point ${index + 1}`);
    const rendered = await renderReporting<BulletList>(html`<bullet-list .items=${items}></bullet-list>`);
    const shown = rendered.element.shadowRoot!.querySelectorAll('li');
    expect(shown).to.have.length(maxListItems);
    expect(visibleText(shown[maxListItems - 1]!)).to.equal(`Point ${maxListItems}`);
    expectReports(rendered, [
      {
        element: 'bullet-list',
        field: `items[${maxListItems}]`,
        reason: new RegExp(`^is past the ${maxListItems} items a list may have; the rest were left out$`),
      },
    ]);
  });

  it('of bad entries stop being read at the same count', async () => {
    const rendered = await renderReporting<BulletList>(
      html`<bullet-list .items=${[...Array.from({ length: 100_000 }, () => 7), 'Never read']}></bullet-list>`,
    );
    // One report per entry read, then one for the rest: not 100,000 messages.
    expect(rendered.events).to.have.length(maxListItems + 1);
    expect(rendered.element.shadowRoot!.querySelectorAll('li')).to.have.length(0);
  });

  it('slotted as HTML nested 10,000 levels deep are all shown', async () => {
    // The browser's HTML parser nests no deeper than a few hundred levels; the rest become siblings.
    const rendered = await renderReporting<BulletList>(
      html`<bullet-list .innerHTML=${nestedListMarkup(10_000)}></bullet-list>`,
    );
    const items = rendered.element.querySelectorAll('li');
    expect(items).to.have.length(10_000);
    expect(items[9_999]!.firstChild!.textContent).to.equal('Level 10000');
    expect(rendered.element.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    expect(rendered.events).to.deep.equal([]);
  });
});

describe('limits: blocks, sections and stories', function () {
  this.timeout(120_000);

  it(`show the first ${maxBlocks} blocks an element is given`, async () => {
    const blocks = Array.from({ length: 100_000 }, (_, index) => `Paragraph ${index + 1}.`);
    const rendered = await renderReporting<ArticleSection>(html`<article-section .blocks=${blocks}></article-section>`);
    const paragraphs = rendered.element.shadowRoot!.querySelectorAll('p');
    expect(paragraphs).to.have.length(maxBlocks);
    expect(visibleText(paragraphs[maxBlocks - 1]!)).to.equal(`Paragraph ${maxBlocks}.`);
    expectReports(rendered, [
      {
        element: 'article-section',
        field: 'blocks',
        reason: new RegExp(`^has 100000 blocks, more than the ${maxBlocks} allowed; the rest were left out$`),
      },
    ]);
  });

  it(`show an article's first ${maxBlocks} sections and blocks, counted together`, async () => {
    const sections = Array.from({ length: 2_000 }, (_, index) => ({
      heading: `Section ${index + 1}`,
      blocks: [`First of ${index + 1}.`, `Second of ${index + 1}.`],
    }));
    const rendered = await renderReporting<NewsArticle>(
      html`<news-article .article=${{ headline: 'Long', sections }}></news-article>`,
    );
    const root = rendered.element.shadowRoot!;
    // 333 sections of three (a heading and two blocks), then the 334th's heading alone.
    expect(root.querySelectorAll('[part="article-section"]')).to.have.length(334);
    expect(root.querySelectorAll('[part="article-section"] p')).to.have.length(666);
    expectReports(rendered, [
      {
        element: 'news-article',
        field: 'sections',
        reason: new RegExp(`^have more than the ${maxBlocks} sections and blocks allowed; the rest were left out$`),
      },
    ]);
  });

  const stories = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ headline: `Story ${index + 1}`, url: `/stories/${index + 1}` }));

  it(`show ${maxNewsItems} stories by default, and max-items of them`, async () => {
    const rendered = await renderReporting<LatestNews>(html`<latest-news .items=${stories(100_000)}></latest-news>`);
    const list = rendered.element;
    expect(list.shadowRoot!.querySelectorAll('li')).to.have.length(maxNewsItems);
    expectReports(rendered, [
      {
        element: 'latest-news',
        field: 'items',
        reason: new RegExp(
          `^has 100000 stories, more than the ${maxStoriesGiven} allowed; only the first ${maxNewsItems} are shown$`,
        ),
      },
    ]);
    list.maxItems = 3;
    await settled(list);
    expect(list.getAttribute('max-items')).to.equal('3');
    expect(Array.from(list.shadowRoot!.querySelectorAll('li'), (item) => visibleText(item))).to.deep.equal([
      'Story 1',
      'Story 2',
      'Story 3',
    ]);
  });

  it('max-items as an attribute, with stories as JSON text, unreported; one that is not a number is the default', async () => {
    const rendered = await renderReporting<LatestNews>(
      html`<latest-news max-items="2" items=${JSON.stringify(stories(5))}></latest-news>`,
    );
    expect(rendered.element.shadowRoot!.querySelectorAll('li')).to.have.length(2);
    // Showing the first few of a longer list is what max-items is for, not a problem with the data.
    expect(rendered.events).to.deep.equal([]);
    const bad = await renderReporting<LatestNews>(
      html`<latest-news max-items="many" .items=${stories(maxNewsItems + 1)}></latest-news>`,
    );
    expect(bad.element.shadowRoot!.querySelectorAll('li')).to.have.length(maxNewsItems);
  });

  it(`show an article's first ${maxNewsItems} latest stories, and a latest-news in it its max-items`, async () => {
    const rendered = await renderReporting<NewsArticle>(
      html`<news-article .article=${{ headline: 'Busy day', latest: stories(100_000) }}>
        <latest-news slot="aside" max-items="4"></latest-news>
      </news-article>`,
    );
    expectReports(rendered, [
      {
        element: 'news-article',
        field: 'latest',
        reason: new RegExp(
          `^has 100000 stories, more than the ${maxStoriesGiven} allowed; only the first ${maxNewsItems} are shown$`,
        ),
      },
    ]);
    const aside = rendered.element.querySelector('latest-news')!;
    expect(aside.shadowRoot!.querySelectorAll('li')).to.have.length(4);
    const own = await renderReporting<NewsArticle>(
      html`<news-article .article=${{ headline: 'Busy day', latest: stories(100_000) }}></news-article>`,
    );
    expect(own.element.shadowRoot!.querySelectorAll('[part="latest-news-item"]')).to.have.length(maxNewsItems);
  });
});

describe('limits: authors, profile links and tables', function () {
  this.timeout(120_000);

  it(`show an author card's first ${maxPeople} people, each with their first ${maxProfileLinks} profile links`, async () => {
    const sameAs = Array.from({ length: 100_000 }, (_, index) => `https://example.com/profile/${index + 1}`);
    const people = Array.from({ length: 100_000 }, (_, index) => ({ name: `Reporter ${index + 1}`, sameAs }));
    const rendered = await renderReporting<AuthorCard>(html`<author-card .author=${people}></author-card>`);
    const shown = rendered.element.shadowRoot!.querySelectorAll('[part="person"]');
    expect(shown).to.have.length(maxPeople);
    expect(visibleText(shown[maxPeople - 1]!.querySelector('[part="name"]')!)).to.equal(`Reporter ${maxPeople}`);
    for (const person of shown) expect(person.querySelectorAll('[part="links"] a')).to.have.length(maxProfileLinks);
    expectReports(rendered, [
      {
        element: 'author-card',
        field: 'author',
        reason: new RegExp(`^is past the ${maxPeople} people allowed; the rest were left out$`),
      },
      {
        element: 'author-card',
        field: 'author[0].sameAs',
        reason: new RegExp(`^is past the ${maxProfileLinks} profile links allowed; the rest were left out$`),
      },
    ]);
  });

  it(`show a table's first ${maxTableRows} rows and ${maxTableColumns} columns`, async () => {
    const cells = Array.from({ length: 1_000 }, (_, index) => `Cell ${index + 1}`);
    const table = {
      type: 'table',
      caption: 'Shipments',
      head: cells,
      rows: Array.from({ length: 100_000 }, (_, index) => [`Row ${index + 1}`, ...cells.slice(1)]),
    };
    const rendered = await renderReporting<ArticleSection>(
      html`<article-section .blocks=${[table, 'After the table.']}></article-section>`,
    );
    const shown = rendered.element.shadowRoot!.querySelector('table')!;
    expect(shown.querySelectorAll('thead th')).to.have.length(maxTableColumns);
    const rows = shown.querySelectorAll('tbody tr');
    expect(rows).to.have.length(maxTableRows);
    expect(rows[maxTableRows - 1]!.querySelectorAll('td, th')).to.have.length(maxTableColumns);
    expect(visibleText(rows[maxTableRows - 1]!.firstElementChild!)).to.equal(`Row ${maxTableRows}`);
    expect(visibleText(rendered.element.shadowRoot!.querySelector('p')!)).to.equal('After the table.');
    expectReports(rendered, [
      {
        element: 'article-section',
        field: 'blocks[0].head',
        reason: new RegExp(`^is past the ${maxTableColumns} cells allowed; the rest were left out$`),
      },
      {
        element: 'article-section',
        field: 'blocks[0].rows',
        reason: new RegExp(`^is past the ${maxTableRows} rows allowed; the rest were left out$`),
      },
    ]);
  });
});

describe('limits: slotted elements given data', function () {
  this.timeout(120_000);

  it('a slotted bullet-list nested 10,000 levels deep and a slotted section with a 1.3 MB html paragraph', async () => {
    const rendered = await renderReporting<NewsArticle>(
      html`<news-article .article=${{ headline: 'Hostile sizes' }}>
        <article-section heading="Deep" .blocks=${[{ type: 'paragraph', html: nestedSpans(100_000) }]}></article-section>
        <bullet-list .items=${nestedItems(10_000)}></bullet-list>
      </news-article>`,
    );
    const section = rendered.element.querySelector('article-section')!;
    expect(visibleText(section.shadowRoot!.querySelector('p')!)).to.equal('…');
    const list = rendered.element.querySelector('bullet-list')!;
    expect(listDepth(list.shadowRoot!)).to.equal(maxListDepth);
    // The elements render side by side: their reports come in either order.
    expect(rendered.events.map((event) => `<${event.element}> ${event.field}`).sort()).to.deep.equal([
      '<article-section> blocks[0].html',
      `<bullet-list> items${'[0].items'.repeat(maxListDepth)}`,
      `<bullet-list> items${'[0].items'.repeat(maxListDepth)}`,
    ]);
    expect(rendered.messages).to.have.length(3);
  });
});
