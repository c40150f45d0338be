import { expect, fixture, html } from '@open-wc/testing';
import type { LatestNews } from '../../src/index.js';
import type { NewsItemData } from '../../src/data/index.js';
import { seedUrl, seedWithLatest } from '../support/fixtures.js';
import { captureErrors, renderSettled, settled, visibleText } from '../support/helpers.js';
import { runBadInputSuite, runInputModeSuite, type ElementSpec } from '../support/suites.js';

const stories: NewsItemData[] = [
  {
    headline: 'Ringgit firms as trade talks near',
    url: 'https://news.example/2025/10/ringgit-firms',
    datePublished: '2025-10-23T06:30:00Z',
  },
  {
    headline: 'ASEAN leaders gather in Kuala Lumpur',
    url: '/2025/10/asean-leaders',
    datePublished: '2025-10-22',
    description: 'The summit opens on Sunday.',
  },
];

const spec: ElementSpec = {
  tag: 'latest-news',
  attribute: 'items',
  property: 'items',
  data: stories,
  dataTexts: [
    'Latest News',
    'Ringgit firms as trade talks near',
    'ASEAN leaders gather in Kuala Lumpur',
    'The summit opens on Sunday.',
  ],
  changedData: [{ headline: 'Rare-earth prices climb', url: '/2025/10/rare-earths' }],
  changedText: 'Rare-earth prices climb',
  slotted: '<ul><li><a href="/2025/10/palm-oil">Palm oil exports rise</a></li><li><a href="/x">Story</a></li></ul>',
  slottedTexts: ['Palm oil exports rise', 'Story'],
  invalid: [
    { name: 'invalid JSON', value: '[{"headline": ', field: 'items' },
    { name: 'a wrong type', value: '{"headline": "Not in an array"}', field: 'items' },
    { name: 'a wrong item type', value: '["Just a headline"]', field: 'items[0]' },
    { name: 'an item without a headline', value: '[{"url": "/2025/10/x"}]', field: 'items[0].headline' },
  ],
};

runInputModeSuite(spec);
runBadInputSuite(spec);

const parts = (element: Element, name: string) =>
  Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`));

const headlines = (element: Element) => parts(element, 'headline').map((headline) => headline.textContent);

describe('<latest-news> from data', () => {
  it('shows a labelled list of linked headlines with their times', async () => {
    const list = await renderSettled<LatestNews>(
      html`<latest-news locale="en-GB" time-zone="Asia/Kuala_Lumpur" .items=${stories}></latest-news>`,
    );
    const heading = parts(list, 'label')[0]!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent!.trim()).to.equal('Latest News');
    expect(list.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby')).to.equal(heading.id);

    const listElement = parts(list, 'list')[0]!;
    expect(listElement.localName).to.equal('ul');
    expect(listElement.getAttribute('role')).to.equal('list');
    expect(parts(list, 'item')).to.have.length(2);

    const links = parts(list, 'headline').map((link) => [link.localName, link.textContent, link.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['a', 'Ringgit firms as trade talks near', 'https://news.example/2025/10/ringgit-firms'],
      ['a', 'ASEAN leaders gather in Kuala Lumpur', '/2025/10/asean-leaders'],
    ]);

    // Stories older than a day show their date; the title has the time with its zone.
    const times = parts(list, 'time').map((time) => [time.getAttribute('datetime'), time.textContent, time.title]);
    expect(times).to.deep.equal([
      ['2025-10-23T06:30:00Z', '23 Oct 2025', '23 Oct 2025, 14:30 GMT+8'],
      ['2025-10-22', '22 Oct 2025', '22 Oct 2025'],
    ]);
    expect(visibleText(list)).to.equal(
      'Latest News Ringgit firms as trade talks near 23 Oct 2025 ASEAN leaders gather in Kuala Lumpur The summit opens on Sunday. 22 Oct 2025',
    );
    await expect(list).to.be.accessible();
  });

  it('shows an instant in the configured time zone', async () => {
    const item = { headline: 'Markets open', datePublished: '2025-10-23T06:30:00Z' };
    const inLondon = await renderSettled<LatestNews>(
      html`<latest-news locale="en-GB" time-zone="Europe/London" .items=${[item]}></latest-news>`,
    );
    expect(parts(inLondon, 'time')[0]!.title).to.equal('23 Oct 2025, 07:30 BST');
    const inLosAngeles = await renderSettled<LatestNews>(
      html`<latest-news locale="en-GB" time-zone="America/Los_Angeles" .items=${[item]}></latest-news>`,
    );
    expect(parts(inLosAngeles, 'time')[0]!.textContent).to.equal('22 Oct 2025');
    expect(parts(inLosAngeles, 'time')[0]!.title).to.equal('22 Oct 2025, 23:30 GMT-7');
  });

  it('keeps a date without a time on its day in every time zone', async () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const list = await renderSettled<LatestNews>(
        html`<latest-news
          locale="en-GB"
          time-zone=${zone}
          .items=${[{ headline: 'Summit opens', datePublished: '2025-10-22' }]}
        ></latest-news>`,
      );
      expect(parts(list, 'time')[0]!.textContent).to.equal('22 Oct 2025');
    }
  });

  it('shows a headline without a URL as text, not as a link', async () => {
    const list = await renderSettled<LatestNews>(
      html`<latest-news .items=${[{ headline: 'Briefing: what to watch' }]}></latest-news>`,
    );
    const [headline] = parts(list, 'headline');
    expect(headline!.localName).to.equal('span');
    expect(headline!.textContent).to.equal('Briefing: what to watch');
    expect(list.shadowRoot!.querySelector('a')).to.equal(null);
    expect(parts(list, 'time')).to.have.length(0);
    await expect(list).to.be.accessible();
  });

  it('shows a thumbnail with its alt, size and lazy loading', async () => {
    const list = await renderSettled<LatestNews>(
      html`<latest-news
        .items=${[
          {
            headline: 'Port Klang volumes rise',
            url: '/2025/10/port-klang',
            image: { url: '/images/port-klang-thumb.jpg', alt: 'Cranes at Port Klang', width: 160, height: 160 },
          },
        ]}
      ></latest-news>`,
    );
    const [thumbnail] = parts(list, 'thumbnail');
    expect(thumbnail!.getAttribute('src')).to.equal('/images/port-klang-thumb.jpg');
    expect(thumbnail!.getAttribute('alt')).to.equal('Cranes at Port Klang');
    expect(thumbnail!.getAttribute('width')).to.equal('160');
    expect(thumbnail!.getAttribute('height')).to.equal('160');
    expect(thumbnail!.getAttribute('loading')).to.equal('lazy');
    await expect(list).to.be.accessible();
  });

  it('shows the headline as text, never as markup', async () => {
    const list = await renderSettled<LatestNews>(
      html`<latest-news .items=${[{ headline: '<img src=x onerror=alert(1)>Hi' }]}></latest-news>`,
    );
    expect(headlines(list)).to.deep.equal(['<img src=x onerror=alert(1)>Hi']);
    expect(list.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('shows "No recent stories." when the list is empty', async () => {
    const list = await renderSettled<LatestNews>(html`<latest-news items="[]"></latest-news>`);
    expect(parts(list, 'empty')[0]!.textContent).to.equal('No recent stories.');
    expect(parts(list, 'list')).to.have.length(0);
    expect(visibleText(list)).to.equal('Latest News No recent stories.');
    await expect(list).to.be.accessible();
  });

  it('shows the empty-label text when given', async () => {
    const list = await renderSettled<LatestNews>(html`<latest-news empty-label="Nothing new yet."></latest-news>`);
    expect(visibleText(list)).to.equal('Latest News Nothing new yet.');
    await expect(list).to.be.accessible();
  });

  it('replaces "Latest News" with the label attribute, at the level given', async () => {
    const list = await renderSettled<LatestNews>(
      html`<latest-news label="Berita Terkini" level="3" .items=${stories}></latest-news>`,
    );
    const heading = parts(list, 'label')[0]!;
    expect(heading.localName).to.equal('h3');
    expect(heading.textContent!.trim()).to.equal('Berita Terkini');
    expect(visibleText(list)).not.to.include('Latest News');
    await expect(list).to.be.accessible();
  });

  it('keeps the default texts when label and empty-label are blank', async () => {
    const list = await renderSettled<LatestNews>(html`<latest-news label="" empty-label=" "></latest-news>`);
    expect(visibleText(list)).to.equal('Latest News No recent stories.');
    await expect(list).to.be.accessible();
  });

  it('renders more than the default 50 stories with max-items', async () => {
    const many = Array.from({ length: 60 }, (_, index) => ({
      headline: `Story ${index + 1}`,
      url: `/2025/10/story-${index + 1}`,
      datePublished: `2025-10-${String((index % 28) + 1).padStart(2, '0')}`,
    }));
    const list = await renderSettled<LatestNews>(
      html`<latest-news locale="en-GB" max-items="60" .items=${many}></latest-news>`,
    );
    expect(parts(list, 'item')).to.have.length(60);
    expect(headlines(list)[0]).to.equal('Story 1');
    expect(headlines(list)[59]).to.equal('Story 60');
    expect(parts(list, 'time')[59]!.textContent).to.equal('4 Oct 2025');
    await expect(list).to.be.accessible();
  });

  it('reports a bad item, skips it and shows the others', async () => {
    const errors = captureErrors();
    let list: LatestNews;
    try {
      list = await renderSettled<LatestNews>(
        html`<latest-news
          items=${JSON.stringify([
            { headline: 'Kept' },
            { url: '/no-headline' },
            { headline: 'Unsafe link', url: 'javascript:alert(1)' },
            { headline: 'Bad date', datePublished: 'yesterday' },
          ])}
        ></latest-news>`,
      );
    } finally {
      errors.restore();
    }
    expect(errors.events.map((detail) => detail.field)).to.deep.equal([
      'items[1].headline',
      'items[2].url',
      'items[3].datePublished',
    ]);
    expect(errors.events.every((detail) => detail.element === 'latest-news')).to.equal(true);
    expect(errors.messages).to.have.length(3);
    expect(headlines(list)).to.deep.equal(['Kept', 'Unsafe link', 'Bad date']);
    expect(list.shadowRoot!.querySelector('a')).to.equal(null);
    expect(parts(list, 'time')).to.have.length(0);
    await expect(list).to.be.accessible();
  });

  it('shows its own items before slotted content', async () => {
    const list = await renderSettled<LatestNews>(
      html`<latest-news .items=${[{ headline: 'From JSON' }]}><ul><li><a href="/x">From the page</a></li></ul></latest-news>`,
    );
    expect(visibleText(list)).to.equal('Latest News From JSON From the page');
  });
});

describe('<latest-news> from slotted HTML', () => {
  it('shows the slotted links under the label, with no empty text', async () => {
    const list = await renderSettled<LatestNews>(
      html`<latest-news label="Berita Terkini">
        <ul>
          <li><a href="/2025/10/palm-oil">Palm oil exports rise</a></li>
          <li><a href="/x">Story</a></li>
        </ul>
      </latest-news>`,
    );
    expect(visibleText(list)).to.equal('Berita Terkini Palm oil exports rise Story');
    expect(parts(list, 'empty')).to.have.length(0);
    const links = list.querySelectorAll('a');
    expect(Array.from(links, (link) => link.getAttribute('href'))).to.deep.equal(['/2025/10/palm-oil', '/x']);
    await expect(list).to.be.accessible();
  });

  it('shows the empty text once the slotted list is removed', async () => {
    const list = await renderSettled<LatestNews>(
      html`<latest-news><ul><li><a href="/x">Story</a></li></ul></latest-news>`,
    );
    list.querySelector('ul')!.remove();
    await settled(list);
    expect(visibleText(list)).to.equal('Latest News No recent stories.');
  });
});

describe('<latest-news> inside <news-article>', () => {
  it('shows the article’s latest stories without the article itself', async () => {
    const seed = await seedWithLatest();
    const article = await fixture<HTMLElement>(
      html`<news-article .article=${seed} locale="en-GB" time-zone="Asia/Kuala_Lumpur">
        <latest-news slot="aside"></latest-news>
      </news-article>`,
    );
    await settled(article);
    const list = article.querySelector('latest-news')!;
    expect(parts(list, 'label')[0]!.localName).to.equal('h2');
    expect(headlines(list)).to.deep.equal([
      'Ringgit firms as trade talks near',
      'ASEAN leaders gather in Kuala Lumpur',
    ]);
    expect(parts(list, 'time')[0]!.title).to.equal('23 Oct 2025, 14:30 GMT+8');
    await expect(article).to.be.accessible();
  });

  it('leaves the article out when its latest entry gives the same URL as a path', async () => {
    const seed = await seedWithLatest();
    seed.url = new URL('/2025/10/trade-talks-malaysia', location.href).href;
    seed.latest[1].url = '/2025/10/trade-talks-malaysia';
    const article = await fixture<HTMLElement>(
      html`<news-article .article=${seed}><latest-news slot="aside"></latest-news></news-article>`,
    );
    await settled(article);
    expect(headlines(article.querySelector('latest-news')!)).to.deep.equal([
      'Ringgit firms as trade talks near',
      'ASEAN leaders gather in Kuala Lumpur',
    ]);
  });

  it('leaves the article out when its latest entry links to a fragment of it', async () => {
    const seed = await seedWithLatest();
    seed.latest[1].url = `${seedUrl}#comments`;
    const article = await fixture<HTMLElement>(
      html`<news-article .article=${seed}><latest-news slot="aside"></latest-news></news-article>`,
    );
    await settled(article);
    expect(headlines(article.querySelector('latest-news')!)).to.have.length(2);
  });

  it('shows the empty text when the article is its only latest story', async () => {
    const seed = await seedWithLatest();
    seed.latest = [seed.latest[1]];
    const article = await fixture<HTMLElement>(
      html`<news-article .article=${seed}><latest-news slot="aside"></latest-news></news-article>`,
    );
    await settled(article);
    expect(visibleText(article.querySelector('latest-news')!)).to.equal('Latest News No recent stories.');
    await expect(article).to.be.accessible();
  });

  it('uses the article’s noLatestNews label for the empty text', async () => {
    const seed = await seedWithLatest();
    seed.latest = [seed.latest[1]];
    const article = await fixture<HTMLElement>(
      html`<news-article .article=${seed} labels='{"noLatestNews": "Tiada berita terkini."}'>
        <latest-news slot="aside"></latest-news>
      </news-article>`,
    );
    await settled(article);
    expect(visibleText(article.querySelector('latest-news')!)).to.equal('Latest News Tiada berita terkini.');
  });

  it('is made by the article from its latest stories when the host gives no aside', async () => {
    const article = await fixture<HTMLElement>(html`<news-article .article=${await seedWithLatest()}></news-article>`);
    await settled(article);
    const list = article.shadowRoot!.querySelectorAll('[part="latest-news-headline"]');
    expect(Array.from(list, (headline) => headline.textContent)).to.deep.equal([
      'Ringgit firms as trade talks near',
      'ASEAN leaders gather in Kuala Lumpur',
    ]);
  });

  it('uses the article’s latestNews label, and its own label over it', async () => {
    const article = await fixture<HTMLElement>(
      html`<news-article .article=${await seedWithLatest()} labels='{"latestNews": "Berita Terkini"}'>
        <latest-news slot="aside"></latest-news>
        <latest-news slot="aside" label="Pilihan editor" .items=${[{ headline: 'Editor’s pick' }]}></latest-news>
      </news-article>`,
    );
    await settled(article);
    const [fromContext, own] = article.querySelectorAll('latest-news');
    expect(parts(fromContext!, 'label')[0]!.textContent!.trim()).to.equal('Berita Terkini');
    expect(visibleText(own!)).to.equal('Pilihan editor Editor’s pick');
  });

  it('shows its own items over the article’s latest', async () => {
    const article = await fixture<HTMLElement>(
      html`<news-article .article=${await seedWithLatest()}>
        <latest-news slot="aside" .items=${[{ headline: 'Editor’s pick', url: '/picks/1' }]}></latest-news>
      </news-article>`,
    );
    await settled(article);
    expect(headlines(article.querySelector('latest-news')!)).to.deep.equal(['Editor’s pick']);
  });

  it('shows its slotted links over the article’s latest', async () => {
    const article = await fixture<HTMLElement>(
      html`<news-article .article=${await seedWithLatest()}>
        <latest-news slot="aside"><ul><li><a href="/x">Story</a></li></ul></latest-news>
      </news-article>`,
    );
    await settled(article);
    const list = article.querySelector('latest-news')!;
    expect(visibleText(list)).to.equal('Latest News Story');
    expect(parts(list, 'item')).to.have.length(0);
    await expect(article).to.be.accessible();
  });
});

describe('<latest-news> slotted list styling', () => {
  it('styles the links and times of a slotted list like its own, and a plain host rule still wins', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <style>
        .host-override a { color: rgb(0, 128, 0); }
      </style>
      <latest-news theme="light"><ul><li><a href="/a">Story A</a> <time datetime="2025-10-23">23 Oct</time></li></ul></latest-news>
      <latest-news class="host-override"><ul><li><a href="/b">Story B</a></li></ul></latest-news>
    </div>`);
    const [styled, overridden] = Array.from(wrapper.querySelectorAll('latest-news'));
    await settled(styled!);
    const link = styled!.querySelector('a')!;
    const ownHeadline = getComputedStyle(styled!.shadowRoot!.querySelector('[part="label"]')!);
    expect(getComputedStyle(link).color).to.equal(ownHeadline.color);
    expect(getComputedStyle(link).textDecorationLine).to.equal('none');
    expect(getComputedStyle(link).fontWeight).to.equal('700');
    expect(getComputedStyle(styled!.querySelector('li')!).listStyleType).to.equal('none');
    expect(getComputedStyle(styled!.querySelector('time')!).display).to.equal('block');
    expect(getComputedStyle(overridden!.querySelector('a')!).color).to.equal('rgb(0, 128, 0)');
  });
});
