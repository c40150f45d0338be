import { expect, html } from '@open-wc/testing';
import { demoArticle, latestStories, seedBio, type SeedArticle } from '../support/fixtures.js';
import {
  deepQuery,
  deepQueryAll,
  isPresent,
  renderReporting,
  shadowPart as partOf,
  textOf,
  timeOf,
} from '../support/helpers.js';

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
    const data: Record<string, unknown> = { ...(await demoArticle()) };
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

  it('reports a headline and a label given as numbers, and shows neither', async () => {
    const { article, events } = await renderReporting(
      html`<news-article article='{"headline": 42, "author": {"name": "Siti"}}' labels='{"by": 5}'>
        <h1 slot="headline">Trade talks open</h1>
      </news-article>`,
    );
    expect(events.map(({ field, reason }) => [field, reason])).to.have.deep.members([
      ['headline', 'should be a string but is a number'],
      ['headline', 'is missing; the article has no title'],
      ['labels.by', 'should be a string but is a number'],
    ]);
    // The slotted headline stands in for the refused one; the byline keeps its built-in label.
    expect(textOf(partOf(article, 'header'))).to.equal('Trade talks open By Siti');
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
    (data.sections[1].blocks as unknown[]).splice(1, 0, { type: 'video', src: '/talks.mp4' });
    const { article, fields } = await renderReporting(html`<news-article .article=${data}></news-article>`);
    expect(fields).to.deep.equal(['sections[1].blocks[1].type']);
    const body = textOf(partOf(article, 'body'));
    expect(body).to.include('The talks will bring China’s top economic envoy');
    expect(body).to.include('China’s curbs on rare-earth exports come in reaction');
    expect(isPresent(deepQuery(article, 'video'))).to.equal(false);
  });

  it('reports a missing headline, renders the rest, and shows a slotted headline instead', async () => {
    const data: Partial<SeedArticle> = await demoArticle();
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
  const unsafeUrls: { where: string; field: string; change: (data: SeedArticle) => void }[] = [
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
    const expected = new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(new Date(data.datePublished));
    expect(textOf(partOf(article, 'byline'))).to.equal(`Published ${expected}`);
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
