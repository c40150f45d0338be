/**
 * The whole seed page, composed both ways the demo shows it: from JSON (demo/index.html) and
 * as plain HTML (demo/slotted.html). A reader must get the same article from either.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { NewsArticle } from '../src/index.js';
import { seedArticle } from './support/fixtures.js';
import { settled, shadowPart, textWithoutScript, visibleText } from './support/helpers.js';

/** Every headline, paragraph, heading, list item and the bio of the seed, as the seed text has them. */
const seedTexts = [
  'China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute',
  'Kuala Lumpur, 23 October 2025 — China’s Vice Premier He Lifeng is scheduled to meet senior U.S. officials from 24 to 27 October in Kuala Lumpur for a new round of trade negotiations, amid escalating tensions between the two largest global economies.',
  'The Chinese Commerce Ministry announced the delegation’s visit as part of preparations for the upcoming Association of Southeast Asian Nations (ASEAN) summit hosted in Malaysia, where regional and global trade issues will also be discussed.',
  'What’s on the Agenda',
  'The talks will bring China’s top economic envoy He Lifeng together with U.S. Treasury Secretary Scott Bessent and U.S. Trade Representative Jamieson Greer. The discussions are expected to focus heavily on Beijing’s recently expanded export curbs on rare-earth elements and Washington’s response via technology export restrictions.',
  'China’s curbs on rare-earth exports come in reaction to the U.S. adding Chinese companies to its restricted technology access list, a move that disrupted what looked to be a thawing of ties earlier this year.',
  'Why Malaysia',
  'Malaysia serves as a strategic venue for the talks. The timing coincides with the ASEAN summit, offering both countries a neutral regional platform. Kuala Lumpur’s selection underscores Southeast Asia’s growing role in global trade diplomacy and supply-chain realignment amid the U.S.–China competition.',
  'Implications for Asia-Pacific',
  'For Asian economies and investors, the discussions have several noteworthy implications:',
  'Supply-chain ripple effects: China’s rare-earth controls impact industries reliant on critical minerals, especially electronics and clean-energy equipment. Asian manufacturers should monitor developments closely.',
  'Trade-policy signals: A meaningful breakthrough could ease tensions and boost market sentiment across the region; continued escalation could disrupt trade flows and raise strategic uncertainty.',
  'Regional diplomacy boost: Malaysia’s role as host highlights ASEAN’s increasing geopolitical significance. It may accelerate regional trade frameworks or supply-chain diversification away from China-U.S. bilateral dependence.',
  'Investor caution: Markets may remain volatile in the short term as participants assess whether the talks quell escalation or simply delay confrontation.',
  'What to Watch',
  'Announcement of outcomes or joint statements after the talks.',
  'Any adjustment in China’s rare-earth export policy or U.S. responses via tech-export controls.',
  'Impact on commodity markets and global supply chains, especially in Asia.',
  'Broader diplomatic developments ahead of the upcoming summit between China’s President Xi Jinping and U.S. President Donald Trump expected in South Korea.',
  'Siti is a news writer specialising in Asian economics, Islamic finance, international relations and policy, offering in-depth analysis and perspectives on the region’s evolving dynamics.',
];

const seedHeadings = ['What’s on the Agenda', 'Why Malaysia', 'Implications for Asia-Pacific', 'What to Watch'];

interface DemoPage {
  markup: string;
  document: Document;
}

async function loadPage(path: string): Promise<DemoPage> {
  const response = await fetch(path);
  expect(response.ok, `${path} is served`).to.equal(true);
  const markup = await response.text();
  return { markup, document: new DOMParser().parseFromString(markup, 'text/html') };
}

/** The page's `<news-article>`, copied into this document (where the elements are defined) and rendered. */
async function composeArticle(page: DemoPage): Promise<NewsArticle> {
  const article = document.adoptNode(page.document.querySelector('news-article')!.cloneNode(true) as Element);
  const main = await fixture<HTMLElement>(html`<main style="width: 1200px">${article}</main>`);
  await settled(main);
  return article as NewsArticle;
}

const partOf = (article: NewsArticle, name: string): HTMLElement => shadowPart(article, name)!;

/**
 * Elements matching `selector` in the order a reader meets them: shadow trees instead of light
 * children, and slots replaced by what is assigned to them (or their fallback).
 */
function flatQueryAll<E extends Element = HTMLElement>(root: Element, selector: string): E[] {
  const found: E[] = [];
  const visit = (element: Element) => {
    if (element.matches(selector)) found.push(element as E);
    const shown =
      element instanceof HTMLSlotElement && element.assignedNodes().length > 0
        ? element.assignedElements()
        : Array.from((element.shadowRoot ?? element).children);
    shown.forEach(visit);
  };
  visit(root);
  return found;
}

const textsOf = (elements: Element[]): string[] => elements.map((element) => visibleText(element));

/**
 * A part of an element, wherever it is rendered: in the element's shadow root (slotted HTML) or,
 * named after the element, in the article's (JSON).
 */
const part = (tag: string, name: string) => `[part="${name}"], [part="${tag}-${name}"]`;

/** What a reader takes from each part of the page; the same whichever way the page was written. */
function readerView(article: NewsArticle) {
  const body = partOf(article, 'body');
  const latest = flatQueryAll(partOf(article, 'aside'), 'latest-news, [part="latest-news"]');
  const stories = latest.flatMap((list) => flatQueryAll(list, 'a'));
  const cards = flatQueryAll(partOf(article, 'authors'), 'author-card, [part="author-card"]');
  return {
    header: visibleText(partOf(article, 'header')),
    body: visibleText(body),
    headings: textsOf(flatQueryAll(body, 'h2, h3, h4, h5, h6')),
    dateline: textsOf(flatQueryAll(body, 'time[datetime="2025-10-23"]')),
    terms: textsOf(flatQueryAll(body, 'li strong')),
    authorLabels: textsOf(cards.flatMap((card) => flatQueryAll(card, part('author-card', 'label')))),
    authorNames: textsOf(cards.flatMap((card) => flatQueryAll(card, `${part('author-card', 'name')}, [slot="name"]`))),
    bios: textsOf(cards.flatMap((card) => flatQueryAll(card, `${part('author-card', 'bio')}, author-card > p`))),
    latestLabels: textsOf(latest.flatMap((list) => flatQueryAll(list, part('latest-news', 'label')))),
    storyHeadlines: textsOf(stories),
    storyLinks: stories.map((link) => link.getAttribute('href')),
    storyDates: latest.flatMap((list) => flatQueryAll<HTMLTimeElement>(list, 'time')).map((time) => time.dateTime),
  };
}

describe('the seed page, from JSON and from plain HTML', () => {
  let jsonPage: DemoPage;
  let slottedPage: DemoPage;

  before(async () => {
    [jsonPage, slottedPage] = await Promise.all([loadPage('/demo/index.html'), loadPage('/demo/slotted.html')]);
  });

  it('gives the reader the same headline, byline, dateline, sections, list, author and latest news', async () => {
    const fromJson = readerView(await composeArticle(jsonPage));
    const fromHtml = readerView(await composeArticle(slottedPage));
    expect(fromHtml).to.deep.equal(fromJson);
    // Guard against two equally empty pages.
    expect(fromJson.headings).to.deep.equal(seedHeadings);
    expect(fromJson.dateline).to.deep.equal(['23 October 2025']);
    expect(fromJson.terms).to.have.length(4);
    expect(fromJson.authorNames).to.deep.equal(['Siti']);
    expect(fromJson.bios).to.deep.equal([seedTexts.at(-1)]);
    expect(fromJson.authorLabels).to.deep.equal(['About the author']);
    expect(fromJson.latestLabels).to.deep.equal(['Latest News']);
    expect(fromJson.storyHeadlines).to.have.length(4);
    expect(fromJson.header).to.equal('China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute By Siti');
  });

  for (const [name, page] of [
    ['JSON', () => jsonPage],
    ['plain HTML', () => slottedPage],
  ] as const) {
    it(`shows every paragraph of the seed when written as ${name}`, async () => {
      const article = await composeArticle(page());
      const text = visibleText(article);
      for (const expected of seedTexts) expect(text, expected.slice(0, 40)).to.include(expected);
    });

    it(`passes axe when written as ${name}`, async () => {
      const article = await composeArticle(page());
      await expect(article).to.be.accessible();
    });

    it(`has one h1 and the section headings as h2, in order, when written as ${name}`, async () => {
      const article = await composeArticle(page());
      const headings = flatQueryAll(article, 'h1, h2, h3, h4, h5, h6');
      expect(headings.map((heading) => `${heading.localName} ${heading.textContent!.trim()}`)).to.deep.equal([
        'h1 China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute',
        ...seedHeadings.map((heading) => `h2 ${heading}`),
        'h2 About the author',
        'h2 Latest News',
      ]);
      expect(headings.slice(1, 5).map((heading) => heading.id)).to.deep.equal([
        'what-s-on-the-agenda',
        'why-malaysia',
        'implications-for-asia-pacific',
        'what-to-watch',
      ]);
    });
  }

  it('reads as the whole article without JavaScript when written as plain HTML', async () => {
    const text = await textWithoutScript(slottedPage.document.body.innerHTML);
    for (const expected of seedTexts) expect(text, expected.slice(0, 40)).to.include(expected);
    expect(text).to.include('By Siti');
    for (const story of (await demoLatest()).map((item) => item.headline)) expect(text).to.include(story);
  });

  it('writes the article as slotted HTML with no JSON', () => {
    const article = slottedPage.document.querySelector('news-article')!;
    expect(article.hasAttribute('article')).to.equal(false);
    expect(article.getAttribute('lang')).to.equal('en-GB');
    expect(slottedPage.document.querySelector('news-article h1[slot="headline"]')!.textContent).to.equal(
      'China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute',
    );
    const dateline = slottedPage.document.querySelector(
      'article-section:first-of-type > p:first-child > strong.dateline',
    )!;
    expect(dateline.textContent).to.equal('Kuala Lumpur, 23 October 2025 —');
    expect(dateline.querySelector('time')!.dateTime).to.equal('2025-10-23');
  });

  it('embeds demo/seed-article.json in the JSON page, with four latest stories', async () => {
    const embedded = JSON.parse(jsonPage.document.querySelector('news-article')!.getAttribute('article')!);
    const seed = await seedArticle();
    expect(seed.latest).to.deep.equal([]);
    expect(embedded.latest).to.have.length(4);
    expect({ ...embedded, latest: [] }).to.deep.equal(seed);
  });

  it('lists the same four latest stories on both pages, with their times as written', async () => {
    const embedded = JSON.parse(jsonPage.document.querySelector('news-article')!.getAttribute('article')!);
    const written = await demoLatest();
    expect(written).to.deep.equal(embedded.latest);
    // The plain page shows each time as the newsroom in Kuala Lumpur wrote it.
    const kualaLumpur = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Asia/Kuala_Lumpur',
    });
    for (const time of slottedPage.document.querySelectorAll<HTMLTimeElement>('latest-news time')) {
      expect(time.textContent).to.equal(kualaLumpur.format(new Date(time.dateTime)));
    }
  });

  /** The latest stories as the plain HTML page writes them. */
  async function demoLatest() {
    return Array.from(slottedPage.document.querySelectorAll('latest-news li'), (item) => ({
      headline: item.querySelector('a')!.textContent!,
      url: item.querySelector('a')!.getAttribute('href')!,
      datePublished: item.querySelector('time')!.getAttribute('datetime')!,
    }));
  }
});
