import { expect, fixture, html } from '@open-wc/testing';
import type { Article, NewsArticleJsonLd } from '../src/data/index.js';
import { jsonLdText, loadStructuredData, type NewsArticle } from '../src/index.js';
import { seedArticle } from './support/fixtures.js';
import { captureErrors, renderSettled, settled, visibleText } from './support/helpers.js';

/** The JSON-LD children of an element, parsed. */
function jsonLdOf(element: Element): NewsArticleJsonLd[] {
  return Array.from(element.querySelectorAll(':scope > script[type="application/ld+json"]'), (script) =>
    JSON.parse(script.textContent!),
  );
}

/** Checks a value against the shape search engines expect of a schema.org `NewsArticle`. */
function expectNewsArticleShape(data: NewsArticleJsonLd): void {
  expect(data['@context']).to.equal('https://schema.org');
  expect(data['@type']).to.equal('NewsArticle');
  expect(data.headline).to.be.a('string').and.not.empty;
  for (const key of ['datePublished', 'dateModified'] as const) {
    if (key in data) expect(Number.isNaN(Date.parse(data[key]!)), key).to.be.false;
  }
  for (const key of ['url', 'mainEntityOfPage'] as const) {
    if (key in data) expect(new URL(data[key]!).protocol).to.match(/^https?:$/);
  }
  if ('image' in data) {
    expect(data.image).to.be.an('array').that.is.not.empty;
    for (const image of data.image!) {
      expect(image['@type']).to.equal('ImageObject');
      expect(new URL(image.url).protocol).to.match(/^https?:$/);
    }
  }
  if ('author' in data) {
    expect(data.author).to.be.an('array').that.is.not.empty;
    for (const person of data.author!) {
      expect(person['@type']).to.equal('Person');
      expect(person.name).to.be.a('string').and.not.empty;
    }
  }
  // JSON-LD carries no empty values.
  for (const value of Object.values(data)) expect(value).to.not.be.oneOf([undefined, null, '']);
}

describe('structured data (JSON-LD)', () => {
  it('describes the seed article as a schema.org NewsArticle in the light DOM', async () => {
    const article = await seedArticle();
    const element = await renderSettled<NewsArticle>(html`<news-article .article=${article}></news-article>`);
    const [data, ...others] = jsonLdOf(element);
    expect(others).to.be.empty;
    expectNewsArticleShape(data);
    expect(data.headline).to.equal(article.headline);
    expect(data.dateline).to.equal('Kuala Lumpur');
    expect(data.datePublished).to.equal(article.datePublished);
    expect(data.author!.map((person) => person.name)).to.deep.equal(['Siti']);
    expect(data.author![0]!.description).to.match(/^Siti is a news writer/);
  });

  it('carries every listed field, with URLs made absolute against the page', async () => {
    const element = await renderSettled<NewsArticle>(html`<news-article
      .article=${{
        headline: 'Talks open',
        description: 'Envoys meet in Kuala Lumpur.',
        articleSection: 'Economy',
        dateline: 'Kuala Lumpur',
        datePublished: '2025-10-23T09:00:00+08:00',
        dateModified: '2025-10-23T12:30:00+08:00',
        inLanguage: 'en-GB',
        url: '/2025/10/talks-open',
        image: { url: 'https://example.com/lead.jpg', alt: 'Delegates', width: 1200, height: 800 },
        author: [
          { name: 'Siti', url: '/authors/siti', sameAs: ['https://x.com/siti'] },
          { name: 'Wei Ling', jobTitle: 'Reporter' },
        ],
      }}
    ></news-article>`);
    const [data] = jsonLdOf(element);
    expectNewsArticleShape(data);
    expect(data).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Talks open',
      description: 'Envoys meet in Kuala Lumpur.',
      articleSection: 'Economy',
      dateline: 'Kuala Lumpur',
      datePublished: '2025-10-23T09:00:00+08:00',
      dateModified: '2025-10-23T12:30:00+08:00',
      inLanguage: 'en-GB',
      url: new URL('/2025/10/talks-open', document.baseURI).href,
      mainEntityOfPage: new URL('/2025/10/talks-open', document.baseURI).href,
      image: [
        { '@type': 'ImageObject', url: 'https://example.com/lead.jpg', caption: 'Delegates', width: 1200, height: 800 },
      ],
      author: [
        {
          '@type': 'Person',
          name: 'Siti',
          url: new URL('/authors/siti', document.baseURI).href,
          sameAs: ['https://x.com/siti'],
        },
        { '@type': 'Person', name: 'Wei Ling', jobTitle: 'Reporter' },
      ],
    });
  });

  it('escapes < so no string can close the script, and leaves out rejected URLs', async () => {
    const errors = captureErrors();
    const hostile = '</script><script>window.__jsonLdRan = true</script><!--';
    const element = await renderSettled<NewsArticle>(html`<news-article
      .article=${{ headline: hostile, url: 'javascript:alert(1)', author: { name: hostile } }}
    ></news-article>`);
    errors.restore();
    const script = element.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).to.not.include('<');
    expect(script.textContent).to.include('\\u003c/script\\u003e');
    const [data] = jsonLdOf(element);
    expect(data.headline).to.equal(hostile);
    expect(data).to.not.have.property('url');
    expect((window as { __jsonLdRan?: boolean }).__jsonLdRan).to.be.undefined;
    expect(errors.events.map((detail) => detail.field)).to.include('url');
  });

  it('escapes every character that could end the script or break a line', () => {
    expect(jsonLdText({ text: '<>&\u2028\u2029' })).to.equal('{"text":"\\u003c\\u003e\\u0026\\u2028\\u2029"}');
    expect(JSON.parse(jsonLdText({ text: '<>&\u2028\u2029' })).text).to.equal('<>&\u2028\u2029');
  });

  it('follows the article: replaced when it changes, removed when there is no headline', async () => {
    const element = await renderSettled<NewsArticle>(
      html`<news-article .article=${{ headline: 'First' }}></news-article>`,
    );
    const script = element.querySelector('script[type="application/ld+json"]');
    element.article = { headline: 'Second' };
    await settled(element);
    expect(jsonLdOf(element).map((data) => data.headline)).to.deep.equal(['Second']);
    expect(element.querySelector('script[type="application/ld+json"]')).to.equal(script);
    const errors = captureErrors();
    element.article = '{not json';
    await settled(element);
    errors.restore();
    expect(jsonLdOf(element)).to.be.empty;
  });

  it('is left out with no-structured-data, and comes back without it', async () => {
    const element = await renderSettled<NewsArticle>(
      html`<news-article no-structured-data .article=${{ headline: 'Quiet' }}></news-article>`,
    );
    expect(jsonLdOf(element)).to.be.empty;
    element.noStructuredData = false;
    await settled(element);
    expect(jsonLdOf(element).map((data) => data.headline)).to.deep.equal(['Quiet']);
    element.setAttribute('no-structured-data', '');
    await settled(element);
    expect(jsonLdOf(element)).to.be.empty;
  });

  it('is not content: slotted HTML still shows, JSON-only articles keep their fallback', async () => {
    const element = await renderSettled<NewsArticle>(
      html`<news-article .article=${{ headline: 'Only JSON', sections: [{ blocks: ['Body text.'] }] }}></news-article>`,
    );
    expect(visibleText(element)).to.include('Body text.');
    expect(visibleText(element)).to.not.include('schema.org');
    await expect(element).to.be.accessible();
  });

  it('is not made from slotted HTML, which has no data to describe', async () => {
    const element = await fixture<NewsArticle>(html`<news-article><h1 slot="headline">Slotted</h1></news-article>`);
    await settled(element);
    expect(jsonLdOf(element)).to.be.empty;
  });
});

describe('structured data after the first render', () => {
  it('is in the light DOM once updateComplete resolves, though built in a chunk of its own', async () => {
    const element = await fixture<NewsArticle>(html`<news-article .article=${{ headline: 'Later' }}></news-article>`);
    // updateComplete waits for the JSON-LD as well as the render.
    expect(jsonLdOf(element).map((data) => data.headline)).to.deep.equal(['Later']);
    expect(visibleText(element)).to.include('Later');
  });

  it('is built by loadStructuredData, the loader a page or server awaits', async () => {
    const { structuredData, jsonLdText: text } = await loadStructuredData();
    expect(text(structuredData({ headline: 'Loaded', author: [] } as unknown as Article)!)).to.equal(
      '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Loaded"}',
    );
  });

  it('leaves structuredData, jsonLdText, parseArticle and the server loader out of the CDN file, which has their loaders', async () => {
    const cdn = await import('../src/news-elements.js');
    const all = await import('../src/index.js');
    // loadScriptTypography is for a server; a browser loads that typography by itself. The
    // parsers are a chunk of the CDN file's own (loadParsers).
    const leftOut = new Set(['structuredData', 'jsonLdText', 'loadScriptTypography', 'parseArticle']);
    expect(Object.keys(cdn).sort()).to.deep.equal(
      [...Object.keys(all).filter((name) => !leftOut.has(name)), 'loadParsers'].sort(),
    );
    const { parseArticle, Problems } = await cdn.loadParsers();
    const problems = new Problems();
    const article = parseArticle({ headline: 'Loaded', url: 'javascript:alert(1)' }, problems);
    expect(article).to.include({ headline: 'Loaded', url: undefined });
    expect(problems.list.map(({ field }) => field)).to.deep.equal(['url']);
  });
});
