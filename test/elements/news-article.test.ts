import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { NewsArticle } from '../../src/index.js';
import {
  captureErrors,
  deepQuery,
  deepQueryAll,
  renderSettled,
  seedArticle,
  settled,
  shadowPart,
  visibleText,
} from '../support/helpers.js';
import { runBadInputSuite, runInputModeSuite, type ElementSpec } from '../support/suites.js';

/** The four stories the demo pages show beside the seed article. */
const latestStories = [
  {
    headline: 'Ringgit edges higher as investors await Kuala Lumpur trade talks',
    url: '/markets/ringgit-edges-higher',
    datePublished: '2025-10-23T16:40:00+08:00',
  },
  {
    headline: 'ASEAN leaders gather for summit with trade and the South China Sea on the agenda',
    url: '/asia/asean-summit-opens',
    datePublished: '2025-10-23T11:15:00+08:00',
  },
  {
    headline: 'Rare-earth prices climb after Beijing widens export curbs',
    url: '/commodities/rare-earth-prices',
    datePublished: '2025-10-22T19:05:00+08:00',
  },
  {
    headline: 'Malaysia’s exports beat forecasts on electronics demand',
    url: '/economy/malaysia-exports',
    datePublished: '2025-10-21T09:30:00+08:00',
  },
];

const seedHeadings = ['What’s on the Agenda', 'Why Malaysia', 'Implications for Asia-Pacific', 'What to Watch'];
const seedTerms = [
  'Supply-chain ripple effects:',
  'Trade-policy signals:',
  'Regional diplomacy boost:',
  'Investor caution:',
];
const seedBio =
  'Siti is a news writer specialising in Asian economics, Islamic finance, international relations and policy, offering in-depth analysis and perspectives on the region’s evolving dynamics.';

const spec: ElementSpec = {
  tag: 'news-article',
  attribute: 'article',
  property: 'article',
  data: {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute',
    dateline: 'Kuala Lumpur',
    datePublished: '2025-10-23',
    inLanguage: 'en-GB',
    author: { name: 'Siti', description: seedBio },
    sections: [
      { blocks: ['China’s Vice Premier He Lifeng is scheduled to meet senior U.S. officials.'] },
      { heading: 'What’s on the Agenda', blocks: ['The talks will bring China’s top economic envoy He Lifeng.'] },
    ],
    latest: latestStories.slice(0, 2),
  },
  dataTexts: [
    'China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute',
    'By Siti',
    'Kuala Lumpur, 23 October 2025 — China’s Vice Premier',
    'What’s on the Agenda',
    seedBio,
    'Latest News',
    'Ringgit edges higher as investors await Kuala Lumpur trade talks',
  ],
  changedData: { headline: 'Talks end with a joint statement' },
  changedText: 'Talks end with a joint statement',
  slotted:
    '<h1 slot="headline">Trade talks open in Kuala Lumpur</h1>' +
    '<p slot="byline"><span>By <strong>Siti</strong></span></p>' +
    '<article-section><h2>Why Malaysia</h2><p>A neutral regional platform.</p></article-section>' +
    '<author-card slot="author"><span slot="name">Siti</span><p>Siti writes about Asian economics.</p></author-card>' +
    '<latest-news slot="aside"><ul><li><a href="/markets/ringgit">Ringgit edges higher</a></li></ul></latest-news>',
  slottedTexts: [
    'Trade talks open in Kuala Lumpur',
    'By Siti',
    'Why Malaysia',
    'A neutral regional platform.',
    'Siti writes about Asian economics.',
    'Ringgit edges higher',
  ],
  invalid: [
    { name: 'invalid JSON', value: '{"headline": ', field: 'article' },
    { name: 'an array instead of an object', value: '["China and U.S."]', field: 'article' },
    { name: 'a headline of the wrong type', value: '{"headline": {"text": "Trade talks"}}', field: 'headline' },
    { name: 'a missing headline', value: '{"description": "No title here"}', field: 'headline' },
    {
      name: 'an unknown block type',
      value: '{"sections": [{"blocks": [{"type": "video"}]}]}',
      field: 'sections[0].blocks[0].type',
    },
    { name: 'a javascript: URL', value: '{"url": "javascript:alert(1)"}', field: 'url' },
    { name: 'an inLanguage that is no language tag', value: '{"inLanguage": "not a language!"}', field: 'inLanguage' },
  ],
};

runInputModeSuite(spec);
runBadInputSuite(spec);

/** The seed article with the demo's four latest stories, as the demo page shows it. */
async function demoArticle(): Promise<Record<string, any>> {
  return { ...(await seedArticle()), latest: structuredClone(latestStories) };
}

async function renderArticle(template: TemplateResult): Promise<NewsArticle> {
  const rendered = await fixture<HTMLElement>(template);
  const article = rendered.localName === 'news-article' ? rendered : rendered.querySelector('news-article')!;
  await settled(rendered);
  return article as NewsArticle;
}

const partOf = shadowPart;

/** Checked as a boolean: a failing assertion on an element would have the runner serialise the whole tree. */
const isPresent = (element: Element | null | undefined): boolean => element !== null && element !== undefined;

const textOf = (element: Element | null | undefined): string => (element ? visibleText(element) : '');

/** Elements matching `selector` in the trees of the elements matching `host` (shadow roots included). */
const within = (root: Element, host: string, selector: string): HTMLElement[] =>
  deepQueryAll(root, host).flatMap((element) => deepQueryAll(element, selector));

const timeOf = (article: NewsArticle, datetime: string): HTMLTimeElement | undefined =>
  deepQuery<HTMLTimeElement>(article, `time[datetime="${datetime}"]`);

/** Renders with bad data while recording `news-error` events, console messages and uncaught errors. */
async function renderReporting(template: TemplateResult) {
  const uncaught: unknown[] = [];
  const onUncaught = (event: ErrorEvent | PromiseRejectionEvent) =>
    uncaught.push('error' in event ? event.error : event.reason);
  window.addEventListener('error', onUncaught);
  window.addEventListener('unhandledrejection', onUncaught);
  const errors = captureErrors();
  let article: NewsArticle;
  try {
    article = await renderArticle(template);
  } finally {
    errors.restore();
    window.removeEventListener('error', onUncaught);
    window.removeEventListener('unhandledrejection', onUncaught);
  }
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
  expect(errors.messages, 'one console message per problem').to.have.length(errors.events.length);
  expect(errors.messages.every((message) => message.includes('<news-article>'))).to.equal(true);
  return { article, fields: errors.events.map((detail) => detail.field), events: errors.events };
}

describe('<news-article> header', () => {
  it('shows the headline as the only h1, with the article named by it', async () => {
    const article = await renderArticle(html`<news-article .article=${await demoArticle()}></news-article>`);
    const headings = deepQueryAll(article, 'h1');
    expect(headings).to.have.length(1);
    expect(headings[0]!.textContent!.trim()).to.equal(
      'China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute',
    );
    const labelId = partOf(article, 'article')!.getAttribute('aria-labelledby')!;
    const label = article.shadowRoot!.getElementById(labelId)!;
    expect(label.contains(headings[0]!)).to.equal(true);
    expect(visibleText(label)).to.equal(visibleText(headings[0]!));
    await expect(article).to.be.accessible();
  });

  it('never hides slotted parts: a slotted headline and byline replace those from the JSON', async () => {
    const article = await renderArticle(html`<news-article .article=${await demoArticle()}>
      <h1 slot="headline">Host headline</h1>
      <p slot="byline">By <strong>The desk</strong></p>
    </news-article>`);
    // The JSON's h1 stays as the slot's fallback content, which is not rendered.
    const headings = deepQueryAll(article, 'h1').filter((heading) => heading.getClientRects().length > 0);
    expect(headings).to.have.length(1);
    expect(headings[0]!.textContent).to.equal('Host headline');
    expect(headings[0]!.assignedSlot).to.not.equal(null);
    expect(visibleText(article)).to.include('By The desk');
    expect(visibleText(article)).to.not.include('By Siti');
    expect(visibleText(article)).to.include('What’s on the Agenda');
    await expect(article).to.be.accessible();
  });

  it('shows the kicker from articleSection above the headline, and none without it', async () => {
    const data = await demoArticle();
    const withKicker = await renderArticle(
      html`<news-article .article=${{ ...data, articleSection: 'Economy' }}></news-article>`,
    );
    const kicker = partOf(withKicker, 'kicker')!;
    expect(kicker.textContent!.trim()).to.equal('Economy');
    expect(kicker.compareDocumentPosition(partOf(withKicker, 'headline')!)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    await expect(withKicker).to.be.accessible();

    const withoutKicker = await renderArticle(html`<news-article .article=${data}></news-article>`);
    expect(isPresent(partOf(withoutKicker, 'kicker'))).to.equal(false);
    expect(textOf(partOf(withoutKicker, 'header'))).to.equal(
      'China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute By Siti',
    );
  });

  it('shows the description as the standfirst under the headline', async () => {
    const description = 'China’s Vice Premier meets senior U.S. officials in Kuala Lumpur.';
    const article = await renderArticle(
      html`<news-article .article=${{ ...(await demoArticle()), description }}></news-article>`,
    );
    const standfirst = partOf(article, 'standfirst')!;
    expect(standfirst.textContent!.trim()).to.equal(description);
    expect(partOf(article, 'headline')!.compareDocumentPosition(standfirst)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    await expect(article).to.be.accessible();
  });

  it('starts with a skip link that moves focus to the article', async () => {
    const article = await renderArticle(html`<news-article .article=${await demoArticle()}></news-article>`);
    const skipLink = partOf(article, 'skip-link')!;
    expect(skipLink.localName).to.equal('skip-link');
    expect(skipLink.compareDocumentPosition(partOf(article, 'article')!)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    skipLink.shadowRoot!.querySelector('a')!.click();
    expect(article.shadowRoot!.activeElement === partOf(article, 'article')).to.equal(true);
    expect(article.skipTarget === partOf(article, 'article')).to.equal(true);
  });

  it('shows the byline "By Siti"', async () => {
    const article = await renderArticle(html`<news-article .article=${await demoArticle()}></news-article>`);
    expect(textOf(partOf(article, 'byline'))).to.equal('By Siti');
  });

  it('shows the names of a slotted byline as it shows those of the JSON byline', async () => {
    const fromJson = await renderArticle(
      html`<news-article theme="light" .article=${await demoArticle()}></news-article>`,
    );
    const fromHtml = await renderArticle(
      html`<news-article theme="light"><p slot="byline"><span>By <strong>Siti</strong></span></p></news-article>`,
    );
    const jsonNames = getComputedStyle(partOf(fromJson, 'byline')!.querySelector('.names')!);
    const slottedNames = getComputedStyle(fromHtml.querySelector('strong')!);
    expect(slottedNames.color).to.equal(jsonNames.color);
    expect(slottedNames.fontWeight).to.equal(jsonNames.fontWeight);
    expect(getComputedStyle(fromHtml.querySelector('p')!).color).to.equal(
      getComputedStyle(partOf(fromJson, 'byline')!).color,
    );
  });

  it('joins two authors in the article language: "By Ana and Ben", with a card each', async () => {
    const data = {
      ...(await demoArticle()),
      author: [
        { name: 'Ana', description: 'Ana covers trade.' },
        { name: 'Ben', description: 'Ben covers markets.', jobTitle: 'Markets editor' },
      ],
    };
    const article = await renderArticle(html`<news-article .article=${data}></news-article>`);
    expect(textOf(partOf(article, 'byline'))).to.equal('By Ana and Ben');
    const cards = partOf(article, 'authors')!.querySelectorAll('author-card');
    expect(cards).to.have.length(2);
    expect(textOf(cards[0])).to.include('Ana covers trade.');
    expect(textOf(cards[1])).to.include('Markets editor');
    await expect(article).to.be.accessible();
  });

  it('leaves out its skip link with no-skip-link, for a page that has its own', async () => {
    const article = await renderArticle(
      html`<news-article no-skip-link .article=${await demoArticle()}></news-article>`,
    );
    expect(deepQuery(article, 'skip-link') === undefined).to.equal(true);
    expect(partOf(article, 'headline')!.textContent).to.include('China and U.S.');
  });

  it('shows the lead image, eagerly loaded, with its caption and credit', async () => {
    const image = {
      url: '/demo/lead.jpg',
      alt: 'Delegates in Kuala Lumpur',
      caption: 'The venue.',
      credit: 'Photo: Agency',
    };
    const article = await renderArticle(
      html`<news-article .article=${{ ...(await demoArticle()), image }}></news-article>`,
    );
    const img = partOf(article, 'header')!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('/demo/lead.jpg');
    expect(img.alt).to.equal('Delegates in Kuala Lumpur');
    expect(img.loading).to.equal('eager');
    expect(textOf(partOf(article, 'header'))).to.include('The venue. Photo: Agency');
  });
});

describe('<news-article> dates', () => {
  it('shows the dateline with the date in a <time datetime="2025-10-23"> reading "23 October 2025"', async () => {
    const article = await renderArticle(html`<news-article .article=${await demoArticle()}></news-article>`);
    const time = timeOf(article, '2025-10-23')!;
    expect(time.textContent).to.equal('23 October 2025');
    const dateline = deepQuery(article, '[part="dateline"]')!;
    expect(dateline.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Kuala Lumpur, 23 October 2025');
    expect(textOf(partOf(article, 'body'))).to.match(/^Kuala Lumpur, 23 October 2025 — China’s Vice Premier/);
    // The dateline carries the date, so the byline does not repeat it.
    expect(isPresent(partOf(article, 'byline')!.querySelector('time'))).to.equal(false);
  });

  it('shows the published date in the byline when there is no dateline', async () => {
    const data = await demoArticle();
    delete data.dateline;
    const article = await renderArticle(html`<news-article .article=${data}></news-article>`);
    const time = partOf(article, 'byline')!.querySelector('time')!;
    expect(time.dateTime).to.equal('2025-10-23');
    expect(time.textContent).to.equal('23 October 2025');
  });

  it('shows the published date in the byline when there is a dateline but no section to carry it', async () => {
    const data = { headline: 'Talks open', dateline: 'Kuala Lumpur', datePublished: '2025-10-23', inLanguage: 'en-GB' };
    const article = await renderArticle(html`<news-article .article=${data}></news-article>`);
    expect(timeOf(article, '2025-10-23')?.textContent).to.equal('23 October 2025');
  });

  it('shows "Updated …" only when dateModified is later than datePublished', async () => {
    const data = await demoArticle();
    const later = await renderArticle(
      html`<news-article .article=${{ ...data, dateModified: '2025-10-24' }}></news-article>`,
    );
    expect(textOf(partOf(later, 'byline'))).to.equal('By Siti Updated 24 October 2025');
    expect(timeOf(later, '2025-10-24')!.textContent).to.equal('24 October 2025');
    await expect(later).to.be.accessible();

    for (const dateModified of ['2025-10-23', '2025-10-22', '2025-10-22T23:00:00Z']) {
      const notLater = await renderArticle(html`<news-article .article=${{ ...data, dateModified }}></news-article>`);
      expect(textOf(partOf(notLater, 'byline')), dateModified).to.equal('By Siti');
    }
  });

  it('formats dates for the locale attribute over inLanguage (en-US "October 23, 2025")', async () => {
    const data = await demoArticle();
    const article = await renderArticle(html`<news-article locale="en-US" .article=${data}></news-article>`);
    expect(timeOf(article, '2025-10-23')!.textContent).to.equal('October 23, 2025');
    // The content stays British English: only the formatting follows the locale.
    expect(partOf(article, 'base')!.lang).to.equal('en-GB');

    article.locale = 'de-DE';
    await settled(article);
    expect(timeOf(article, '2025-10-23')!.textContent).to.equal('23. Oktober 2025');

    article.removeAttribute('locale');
    await settled(article);
    expect(timeOf(article, '2025-10-23')!.textContent).to.equal('23 October 2025');
  });

  it('formats dates for inLanguage when there is no locale attribute', async () => {
    const article = await renderArticle(
      html`<news-article .article=${{ ...(await demoArticle()), inLanguage: 'en-US' }}></news-article>`,
    );
    expect(timeOf(article, '2025-10-23')!.textContent).to.equal('October 23, 2025');
  });

  it('shows an instant on the day and at the time of the time-zone attribute', async () => {
    const data = { headline: 'Talks open', inLanguage: 'en-GB', datePublished: '2025-10-23T23:30:00Z', author: 'Siti' };
    const kualaLumpur = await renderArticle(
      html`<news-article time-zone="Asia/Kuala_Lumpur" .article=${data}></news-article>`,
    );
    const kualaLumpurText = textOf(partOf(kualaLumpur, 'byline'));
    expect(kualaLumpurText).to.include('24 October 2025').and.include('07:30');

    const newYork = await renderArticle(
      html`<news-article time-zone="America/New_York" .article=${data}></news-article>`,
    );
    const newYorkText = textOf(partOf(newYork, 'byline'));
    expect(newYorkText).to.include('23 October 2025').and.include('19:30');

    newYork.timeZone = 'Asia/Kuala_Lumpur';
    await settled(newYork);
    expect(textOf(partOf(newYork, 'byline'))).to.equal(kualaLumpurText);
  });

  it('moves the dateline of an instant to the day in the time-zone attribute', async () => {
    const data = {
      headline: 'Talks open',
      dateline: 'Kuala Lumpur',
      datePublished: '2025-10-23T23:30:00Z',
      inLanguage: 'en-GB',
      sections: [{ blocks: ['The delegation arrived.'] }],
    };
    const kualaLumpur = await renderArticle(
      html`<news-article time-zone="Asia/Kuala_Lumpur" .article=${data}></news-article>`,
    );
    expect(textOf(deepQuery(kualaLumpur, '[part="dateline"]'))).to.equal('Kuala Lumpur, 24 October 2025');
    const honolulu = await renderArticle(
      html`<news-article time-zone="Pacific/Honolulu" .article=${data}></news-article>`,
    );
    expect(textOf(deepQuery(honolulu, '[part="dateline"]'))).to.equal('Kuala Lumpur, 23 October 2025');
  });

  for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
    it(`shows a date-only value as the same day in ${timeZone}`, async () => {
      const data = await demoArticle();
      const article = await renderArticle(
        html`<news-article time-zone=${timeZone} .article=${{ ...data, dateModified: '2025-10-24' }}></news-article>`,
      );
      expect(timeOf(article, '2025-10-23')!.textContent).to.equal('23 October 2025');
      expect(timeOf(article, '2025-10-24')!.textContent).to.equal('24 October 2025');
    });
  }
});

describe('<news-article> body', () => {
  it('shows every section heading of the seed as an h2, in order, with a linkable id', async () => {
    const article = await renderArticle(html`<news-article .article=${await demoArticle()}></news-article>`);
    const headings = deepQueryAll(partOf(article, 'body')!, 'h2, h3, h4, h5, h6');
    expect(headings.map((heading) => heading.localName)).to.deep.equal(['h2', 'h2', 'h2', 'h2']);
    expect(headings.map((heading) => heading.textContent!.trim())).to.deep.equal(seedHeadings);
    expect(headings.map((heading) => heading.id)).to.deep.equal([
      'what-s-on-the-agenda',
      'why-malaysia',
      'implications-for-asia-pacific',
      'what-to-watch',
    ]);
  });

  it('uses a section id from the data for its heading', async () => {
    const data = await demoArticle();
    data.sections[2].id = 'venue';
    const article = await renderArticle(html`<news-article .article=${data}></news-article>`);
    expect(deepQuery(article, '#venue')!.textContent!.trim()).to.equal('Why Malaysia');
  });

  it('shows the lead-in terms of the list in bold', async () => {
    const article = await renderArticle(html`<news-article .article=${await demoArticle()}></news-article>`);
    const terms = deepQueryAll(article, '[part="term"]');
    expect(terms.map((term) => term.textContent)).to.deep.equal(seedTerms);
    for (const term of terms) expect(Number(getComputedStyle(term).fontWeight)).to.be.at.least(700);
    expect(textOf(partOf(article, 'body'))).to.include(
      'Supply-chain ripple effects: China’s rare-earth controls impact industries reliant on critical minerals',
    );
  });

  it('shows one author card with the bio', async () => {
    const article = await renderArticle(html`<news-article .article=${await demoArticle()}></news-article>`);
    const cards = partOf(article, 'authors')!.querySelectorAll('author-card');
    expect(cards).to.have.length(1);
    expect(textOf(cards[0])).to.include('About the author').and.include('Siti').and.include(seedBio);
  });

  it('scrolls a section heading named by the location hash into view', async () => {
    const spacer = 'height: 1500px';
    history.replaceState(null, '', '#why-malaysia');
    try {
      const article = await renderArticle(
        html`<div><div style=${spacer}></div><news-article .article=${await demoArticle()}></news-article></div>`,
      );
      const whyMalaysia = deepQuery(article, '#why-malaysia')!;
      expect(Math.abs(whyMalaysia.getBoundingClientRect().top)).to.be.below(innerHeight / 2);

      const onHashChange = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
      location.hash = '#what-to-watch';
      await onHashChange;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const whatToWatch = deepQuery(article, '#what-to-watch')!;
      expect(Math.abs(whatToWatch.getBoundingClientRect().top)).to.be.below(innerHeight / 2);
      expect(whyMalaysia.getBoundingClientRect().bottom).to.be.below(0);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
      scrollTo(0, 0);
    }
  });
});

describe('<news-article> location hash', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('lets no exception escape for a hash that is not valid percent-encoding', async () => {
    history.replaceState(null, '', '#%E0%A4%A');
    const { article } = await renderReporting(html`<news-article .article=${await demoArticle()}></news-article>`);
    expect(textOf(partOf(article, 'body'))).to.include('Why Malaysia');

    const uncaught: unknown[] = [];
    const onUncaught = (event: ErrorEvent) => {
      uncaught.push(event.message);
      event.preventDefault();
    };
    addEventListener('error', onUncaught);
    try {
      const onHashChange = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
      location.hash = '#100%';
      await onHashChange;
    } finally {
      removeEventListener('error', onUncaught);
    }
    expect(uncaught).to.deep.equal([]);
  });
});

describe('<news-article> latest news', () => {
  it('shows the latest-news aside when latest has stories', async () => {
    const article = await renderArticle(html`<news-article .article=${await demoArticle()}></news-article>`);
    const aside = partOf(article, 'aside')!;
    expect(aside.localName).to.equal('aside');
    expect(aside.getAttribute('aria-label')).to.equal('Latest News');
    const headlines = within(aside, 'latest-news', '[part="headline"]').map((headline) => headline.textContent!.trim());
    expect(headlines).to.deep.equal(latestStories.map((story) => story.headline));
    await expect(article).to.be.accessible();
  });

  it('shows no aside when latest is empty, and the article takes the whole width', async () => {
    const article = await renderArticle(html`<news-article .article=${await seedArticle()}></news-article>`);
    expect(isPresent(partOf(article, 'aside'))).to.equal(false);
    expect(textOf(article)).to.not.include('Latest News');
  });

  it('leaves the article itself out of its latest news', async () => {
    const data = await demoArticle();
    data.url = 'https://news.example/economy/trade-talks';
    data.latest.push({ headline: 'This very article', url: data.url });
    const article = await renderArticle(html`<news-article .article=${data}></news-article>`);
    expect(textOf(partOf(article, 'aside'))).to.not.include('This very article');
    expect(within(partOf(article, 'aside')!, 'latest-news', '[part="item"]')).to.have.length(4);
  });

  it('shows no aside when the only latest story is the article itself', async () => {
    const url = 'https://news.example/economy/trade-talks';
    const data = { ...(await seedArticle()), url, latest: [{ headline: 'This very article', url }] };
    const article = await renderArticle(html`<news-article .article=${data}></news-article>`);
    expect(isPresent(partOf(article, 'aside'))).to.equal(false);
    expect(textOf(article)).to.not.include('This very article');
    expect(partOf(article, 'base')!.querySelector('.layout')!.classList.contains('has-aside')).to.equal(false);
  });

  it('knows the article in latest by its resolved address, whatever the fragment', async () => {
    const url = `${location.origin}/economy/trade-talks`;
    const data = {
      ...(await seedArticle()),
      url,
      latest: [{ headline: 'This very article', url: '/economy/trade-talks#comments' }],
    };
    const article = await renderArticle(html`<news-article .article=${data}></news-article>`);
    expect(isPresent(partOf(article, 'aside'))).to.equal(false);
  });

  it('shows an aside the host slots in later, and drops it when removed', async () => {
    const article = await renderArticle(html`<news-article .article=${await seedArticle()}></news-article>`);
    expect(isPresent(partOf(article, 'aside'))).to.equal(false);
    const slotted = document.createElement('latest-news');
    slotted.slot = 'aside';
    slotted.setAttribute('items', JSON.stringify(latestStories.slice(0, 1)));
    article.append(slotted);
    await settled(article);
    expect(textOf(partOf(article, 'aside'))).to.include(latestStories[0]!.headline);
    slotted.remove();
    await settled(article);
    expect(isPresent(partOf(article, 'aside'))).to.equal(false);
  });
});

describe('<news-article> labels', () => {
  const german = {
    skipToContent: 'Zum Inhalt springen',
    latestNews: 'Neueste Nachrichten',
    noLatestNews: 'Keine neuen Meldungen.',
    aboutTheAuthor: 'Über die Autorin',
    updated: 'Aktualisiert',
    by: 'Von',
    email: 'E-Mail',
    phone: 'Telefon',
  };

  function expectGermanLabels(article: NewsArticle): void {
    expect(textOf(deepQuery(article, 'skip-link'))).to.equal('Zum Inhalt springen');
    expect(textOf(partOf(article, 'byline'))).to.equal('Von Siti Aktualisiert 24 October 2025');
    expect(partOf(article, 'aside')!.getAttribute('aria-label')).to.equal('Neueste Nachrichten');
    expect(textOf(partOf(article, 'aside'))).to.match(/^Neueste Nachrichten /);
    expect(textOf(partOf(article, 'authors'))).to.match(/^Über die Autorin /);
    const text = textOf(article);
    for (const english of ['Skip to content', 'Latest News', 'About the author', 'Updated', 'By ', 'Email', 'Phone']) {
      expect(text).to.not.include(english);
    }
  }

  it('replaces every label from the labels attribute', async () => {
    const data: Record<string, any> = { ...(await demoArticle()), dateModified: '2025-10-24' };
    data.author = { ...data.author, sameAs: ['mailto:siti@news.example', 'tel:+60312345678'] };
    const article = await renderArticle(
      html`<news-article labels=${JSON.stringify(german)} .article=${data}></news-article>`,
    );
    expectGermanLabels(article);
    expect(textOf(partOf(article, 'authors')))
      .to.include('E-Mail')
      .and.include('Telefon');
    await expect(article).to.be.accessible();
  });

  it('replaces the labels from the labels property, also after the first render', async () => {
    const data = { ...(await demoArticle()), dateModified: '2025-10-24' };
    const article = await renderArticle(html`<news-article .article=${data}></news-article>`);
    expect(textOf(partOf(article, 'byline'))).to.equal('By Siti Updated 24 October 2025');
    article.labels = german;
    await settled(article);
    expectGermanLabels(article);
  });

  it('gives its label for "no stories" to a slotted latest-news without stories', async () => {
    const article = await renderArticle(
      html`<news-article .labels=${german} .article=${await seedArticle()}
        ><latest-news slot="aside"></latest-news
      ></news-article>`,
    );
    expect(textOf(partOf(article, 'aside'))).to.equal('Neueste Nachrichten Keine neuen Meldungen.');
  });

  it('keeps the other labels when one label is of the wrong type, and reports it', async () => {
    const { article, fields } = await renderReporting(
      html`<news-article labels='{"by": true, "updated": "Aktualisiert"}' .article=${{
        ...(await demoArticle()),
        dateModified: '2025-10-24',
      }}></news-article>`,
    );
    expect(fields).to.deep.equal(['labels.by']);
    expect(textOf(partOf(article, 'byline'))).to.equal('By Siti Aktualisiert 24 October 2025');
  });

  it('reports labels that are not valid JSON and keeps the default labels', async () => {
    const { article, fields } = await renderReporting(
      html`<news-article labels='{"by": ' .article=${await demoArticle()}></news-article>`,
    );
    expect(fields).to.deep.equal(['labels']);
    expect(textOf(partOf(article, 'byline'))).to.equal('By Siti');
  });
});

describe('<news-article> language and direction', () => {
  const cases = [
    { language: 'ar', direction: 'rtl' },
    { language: 'he', direction: 'rtl' },
    { language: 'en', direction: 'ltr' },
    { language: 'en-GB', direction: 'ltr' },
  ];
  for (const { language, direction } of cases) {
    it(`sets lang="${language}" and dir="${direction}" on the page wrapper for inLanguage "${language}"`, async () => {
      const article = await renderArticle(
        html`<news-article .article=${{ ...(await demoArticle()), inLanguage: language }}></news-article>`,
      );
      const base = partOf(article, 'base')!;
      expect(base.getAttribute('lang')).to.equal(language);
      expect(base.getAttribute('dir')).to.equal(direction);
      expect(getComputedStyle(partOf(article, 'article')!).direction).to.equal(direction);
      await expect(article).to.be.accessible();
    });
  }

  it('takes the language from the locale attribute when the data has none', async () => {
    const data = await demoArticle();
    delete data.inLanguage;
    const article = await renderArticle(html`<news-article locale="ar-EG" .article=${data}></news-article>`);
    expect(partOf(article, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(partOf(article, 'base')!.getAttribute('lang')).to.equal('ar-EG');
  });
});

describe('<news-article> bad input', () => {
  it('reports invalid JSON and still shows the slotted content', async () => {
    const { article, fields } = await renderReporting(
      html`<news-article article='{"headline": "Trade talks"'>
        <h1 slot="headline">Trade talks open</h1>
        <article-section><h2>Why Malaysia</h2><p>A neutral venue.</p></article-section>
      </news-article>`,
    );
    expect(fields).to.deep.equal(['article']);
    expect(textOf(partOf(article, 'article'))).to.equal('Trade talks open Why Malaysia A neutral venue.');
    await expect(article).to.be.accessible();
  });

  it('reports fields of the wrong type and renders the rest', async () => {
    const data = await demoArticle();
    data.description = ['not', 'text'];
    data.datePublished = 'yesterday';
    data.latest = { headline: 'not a list' };
    const { article, fields } = await renderReporting(html`<news-article .article=${data}></news-article>`);
    expect(fields).to.have.members(['description', 'datePublished', 'latest']);
    expect(isPresent(partOf(article, 'standfirst'))).to.equal(false);
    expect(isPresent(partOf(article, 'aside'))).to.equal(false);
    expect(textOf(partOf(article, 'body'))).to.match(/^Kuala Lumpur — China’s Vice Premier/);
    expect(deepQueryAll(partOf(article, 'body')!, 'h2')).to.have.length(4);
    await expect(article).to.be.accessible();
  });

  it('reports sections that are not a list, and still shows headline, byline and author', async () => {
    const { article, fields } = await renderReporting(
      html`<news-article .article=${{ ...(await demoArticle()), sections: 'Body text' }}></news-article>`,
    );
    expect(fields).to.deep.equal(['sections']);
    expect(textOf(partOf(article, 'body'))).to.equal('');
    expect(textOf(partOf(article, 'header'))).to.include('By Siti');
    expect(textOf(partOf(article, 'authors'))).to.include(seedBio);
  });

  it('reports an unknown block type and shows the other blocks', async () => {
    const data = await demoArticle();
    data.sections[1].blocks.splice(1, 0, { type: 'video', src: '/talks.mp4' });
    const { article, fields } = await renderReporting(html`<news-article .article=${data}></news-article>`);
    expect(fields).to.deep.equal(['sections[1].blocks[1].type']);
    const body = textOf(partOf(article, 'body'));
    expect(body).to.include('The talks will bring China’s top economic envoy');
    expect(body).to.include('China’s curbs on rare-earth exports come in reaction');
    expect(isPresent(deepQuery(article, 'video'))).to.equal(false);
  });

  it('reports a missing headline, renders the rest, and shows a slotted headline instead', async () => {
    const data = await demoArticle();
    delete data.headline;
    const { article, fields } = await renderReporting(
      html`<news-article .article=${data}><h1 slot="headline">Trade talks in Malaysia</h1></news-article>`,
    );
    expect(fields).to.deep.equal(['headline']);
    expect(deepQueryAll(article, 'h1')).to.have.length(1);
    expect(textOf(partOf(article, 'header'))).to.equal('Trade talks in Malaysia By Siti');
    expect(deepQueryAll(partOf(article, 'body')!, 'h2')).to.have.length(4);
    await expect(article).to.be.accessible();
  });

  const scriptUrl = 'javascript:alert(document.domain)';
  const unsafeUrls: { where: string; field: string; change: (data: Record<string, any>) => void }[] = [
    { where: 'the article url', field: 'url', change: (data) => (data.url = scriptUrl) },
    { where: 'an author url', field: 'author.url', change: (data) => (data.author.url = scriptUrl) },
    { where: 'a latest story url', field: 'latest[1].url', change: (data) => (data.latest[1].url = ` ${scriptUrl}`) },
    { where: 'the lead image', field: 'image', change: (data) => (data.image = scriptUrl) },
  ];
  for (const { where, field, change } of unsafeUrls) {
    it(`reports a javascript: URL in ${where}, links nowhere with it, and renders the rest`, async () => {
      const data = await demoArticle();
      change(data);
      const { article, fields } = await renderReporting(html`<news-article .article=${data}></news-article>`);
      expect(fields).to.deep.equal([field]);
      const urls = deepQueryAll(article, '[href], [src]').map(
        (element) => element.getAttribute('href') ?? element.getAttribute('src'),
      );
      expect(urls.filter((url) => /javascript/i.test(url ?? ''))).to.deep.equal([]);
      const text = textOf(article);
      expect(text).to.include('China and U.S. Set for Trade Talks');
      expect(text).to.include(seedBio);
      for (const story of latestStories) expect(text).to.include(story.headline);
      await expect(article).to.be.accessible();
    });
  }

  it('reports a bad locale and formats for the article language', async () => {
    const { article, fields } = await renderReporting(
      html`<news-article locale="not a locale!" .article=${await demoArticle()}></news-article>`,
    );
    expect(fields).to.deep.equal(['locale']);
    expect(timeOf(article, '2025-10-23')!.textContent).to.equal('23 October 2025');
    expect(partOf(article, 'base')!.getAttribute('lang')).to.equal('en-GB');
  });

  it('reports a bad time zone and shows the time in the reader’s zone', async () => {
    const data = { headline: 'Talks open', inLanguage: 'en-GB', datePublished: '2025-10-23T23:30:00Z' };
    const { article, fields } = await renderReporting(
      html`<news-article time-zone="Mars/Olympus_Mons" .article=${data}></news-article>`,
    );
    expect(fields).to.deep.equal(['time-zone']);
    const expected = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(data.datePublished),
    );
    expect(textOf(partOf(article, 'byline'))).to.equal(expected);
  });

  it('lets no exception escape for hostile data', async () => {
    const hostile = {
      headline: '<img src=x onerror=alert(1)>',
      ['__proto__']: { polluted: true },
      author: [null, 7, { name: { first: 'Ana' } }, 'Ben'],
      sections: [
        null,
        { blocks: 'text' },
        { heading: 5, blocks: [[], { type: 'list', items: 'x' }, { type: 'quote' }] },
      ],
      latest: [{}, { headline: 'Only headline' }],
      image: { alt: 'no url' },
    };
    const { article, fields } = await renderReporting(html`<news-article .article=${hostile}></news-article>`);
    expect(fields.length).to.be.greaterThan(5);
    expect(isPresent(deepQuery(article, 'img'))).to.equal(false);
    expect(partOf(article, 'headline')!.textContent!.trim()).to.equal('<img src=x onerror=alert(1)>');
    expect(textOf(partOf(article, 'byline'))).to.equal('By Ben');
    expect(textOf(partOf(article, 'aside'))).to.include('Only headline');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('<news-article> context', () => {
  it('gives a section slotted inside it an h2 and its locale and time zone', async () => {
    const article = await renderArticle(
      html`<news-article locale="en-US" time-zone="Asia/Kuala_Lumpur" .article=${{ headline: 'Talks open' }}>
        <article-section heading="From the venue" dateline="Kuala Lumpur" date="2025-10-23T20:00:00Z" .blocks=${[
          'Delegates arrived.',
        ]}></article-section>
      </news-article>`,
    );
    const section = article.querySelector('article-section')!;
    expect(section.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('From the venue');
    expect(textOf(section)).to.equal('From the venue Kuala Lumpur, October 24, 2025 — Delegates arrived.');
    await expect(article).to.be.accessible();
  });

  it('fills an <author-card slot="author"> without data with the article author', async () => {
    const article = await renderArticle(
      html`<news-article .article=${await demoArticle()}><author-card slot="author"></author-card></news-article>`,
    );
    const card = article.querySelector('author-card')!;
    expect(isPresent(card.assignedSlot)).to.equal(true);
    expect(textOf(card)).to.include('Siti').and.include(seedBio);
    // The slotted card replaces the one made from the data: the bio is shown once.
    expect(textOf(article).split(seedBio)).to.have.length(2);
    await expect(article).to.be.accessible();
  });

  it('fills a <latest-news slot="aside"> without items with the article’s latest stories', async () => {
    const article = await renderArticle(
      html`<news-article .article=${await demoArticle()}><latest-news slot="aside"></latest-news></news-article>`,
    );
    const aside = textOf(partOf(article, 'aside'));
    for (const story of latestStories) expect(aside.split(story.headline)).to.have.length(2);
  });
});

/** WCAG relative luminance of a computed `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const channels = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
  const [r, g, b] = channels.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(foreground: string, background: string): number {
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

const isOpaque = (color: string) => color !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(color);

/** The first opaque background behind an element, walking up the flat tree. */
function backgroundBehind(element: Element): string {
  for (let current: Element | null = element; current;) {
    const background = getComputedStyle(current).backgroundColor;
    if (isOpaque(background)) return background;
    const root = current.getRootNode();
    current = current.assignedSlot ?? current.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return 'rgb(255, 255, 255)';
}

describe('<news-article> layout and theme', () => {
  it('puts body and aside side by side in a wide container', async () => {
    const article = await renderArticle(
      html`<div style="width: 1200px"><news-article .article=${await demoArticle()}></news-article></div>`,
    );
    const body = partOf(article, 'article')!.getBoundingClientRect();
    const aside = partOf(article, 'aside')!.getBoundingClientRect();
    expect(aside.left).to.be.at.least(body.right);
    expect(aside.top).to.be.below(body.top + 50);
    expect(aside.width).to.be.greaterThan(200);
    await expect(article).to.be.accessible();
  });

  it('stacks body and aside in a narrow container, without overflow', async () => {
    const article = await renderArticle(
      html`<div style="width: 375px"><news-article .article=${await demoArticle()}></news-article></div>`,
    );
    const body = partOf(article, 'article')!.getBoundingClientRect();
    const aside = partOf(article, 'aside')!.getBoundingClientRect();
    expect(aside.top).to.be.at.least(body.bottom);
    expect(Math.abs(aside.left - body.left)).to.be.below(1);
    expect(article.scrollWidth).to.be.at.most(375);
    expect(partOf(article, 'base')!.scrollWidth).to.be.at.most(375);
    await expect(article).to.be.accessible();
  });

  it('changes background and text colours with theme="dark"', async () => {
    const data = await demoArticle();
    const light = await renderArticle(html`<news-article theme="light" .article=${data}></news-article>`);
    const dark = await renderArticle(html`<news-article theme="dark" .article=${data}></news-article>`);
    const lightStyle = getComputedStyle(light);
    const darkStyle = getComputedStyle(dark);
    expect(darkStyle.backgroundColor).to.not.equal(lightStyle.backgroundColor);
    expect(darkStyle.color).to.not.equal(lightStyle.color);
    expect(luminance(darkStyle.backgroundColor)).to.be.below(luminance(lightStyle.backgroundColor));
    expect(luminance(darkStyle.color)).to.be.above(luminance(darkStyle.backgroundColor));
    const paragraph = (article: NewsArticle) => getComputedStyle(within(article, 'article-section', 'p')[0]!).color;
    expect(paragraph(dark)).to.not.equal(paragraph(light));
    await expect(dark).to.be.accessible();
  });

  for (const theme of ['light', 'dark']) {
    it(`keeps a contrast of at least 4.5:1 for every text in the ${theme} theme`, async () => {
      const data = {
        ...(await demoArticle()),
        articleSection: 'Economy',
        description: 'Talks in Kuala Lumpur.',
        dateModified: '2025-10-24',
      };
      const article = await renderArticle(html`<news-article theme=${theme} .article=${data}></news-article>`);
      const texts: [host: string, selector: string][] = [
        ['news-article', '[part="kicker"]'],
        ['news-article', '[part="headline"]'],
        ['news-article', '[part="standfirst"]'],
        ['news-article', '[part="byline"]'],
        ['news-article', '.names'],
        ['article-section', 'p'],
        ['article-section', 'h2'],
        ['article-section', '[part="dateline"]'],
        ['bullet-list', '[part="term"]'],
        ['bullet-list', 'li'],
        ['author-card', '[part="label"]'],
        ['author-card', '[part="name"]'],
        ['author-card', '[part="bio"]'],
        ['latest-news', '[part="label"]'],
        ['latest-news', '[part="headline"]'],
        ['latest-news', '[part="time"]'],
      ];
      for (const [host, selector] of texts) {
        const element = within(article, host, selector)[0];
        expect(isPresent(element), `${host} ${selector}`).to.equal(true);
        const ratio = contrast(getComputedStyle(element!).color, backgroundBehind(element!));
        expect(ratio, `${host} ${selector} contrast`).to.be.at.least(4.5);
      }
    });
  }
});

describe('<news-article> in print', () => {
  afterEach(() => emulateMedia({ media: 'screen', colorScheme: 'light' }));

  it('prints the article in black on white, without the aside or the skip link', async () => {
    const article = await renderArticle(
      html`<news-article theme="dark" .article=${await demoArticle()}></news-article>`,
    );
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(partOf(article, 'aside')!).display).to.equal('none');
    expect(getComputedStyle(partOf(article, 'skip-link')!).display).to.equal('none');
    expect(getComputedStyle(article).color).to.equal('rgb(0, 0, 0)');
    const paragraph = deepQuery(deepQuery(article, 'article-section')!.shadowRoot!, 'p')!;
    expect(getComputedStyle(paragraph).color).to.equal('rgb(22, 21, 20)');
    expect(visibleText(partOf(article, 'body')!)).to.include('What to Watch');
  });
});

describe('<news-article> with very long words', () => {
  it('wraps them in the headline, standfirst and byline instead of widening the page', async () => {
    const longWord = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';
    const data = {
      ...(await demoArticle()),
      headline: longWord,
      description: `${longWord} ${longWord}`,
      author: { name: longWord },
    };
    const column = await renderSettled<HTMLElement>(
      html`<div style="width: 343px"><news-article .article=${data}></news-article></div>`,
    );
    const article = column.querySelector('news-article')!;
    expect(article.scrollWidth).to.be.at.most(343);
    for (const name of ['headline', 'standfirst', 'byline']) {
      expect(partOf(article, name)!.scrollWidth, `${name} fits`).to.be.at.most(partOf(article, name)!.clientWidth + 1);
    }
  });
});
