import { expect, html } from '@open-wc/testing';
import { demoArticle, seedBio, seedHeadings, seedTerms } from '../support/fixtures.js';
import {
  deepQuery,
  deepQueryAll,
  renderArticle,
  renderReporting,
  shadowPart as partOf,
  textOf,
} from '../support/helpers.js';

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
    const terms = deepQueryAll(article, '[part="bullet-list-term"]');
    expect(terms.map((term) => term.textContent)).to.deep.equal(seedTerms);
    for (const term of terms) expect(Number(getComputedStyle(term).fontWeight)).to.be.at.least(700);
    expect(textOf(partOf(article, 'body'))).to.include(
      'Supply-chain ripple effects: China’s rare-earth controls impact industries reliant on critical minerals',
    );
  });

  it('shows one author card with the bio', async () => {
    const article = await renderArticle(html`<news-article .article=${await demoArticle()}></news-article>`);
    const cards = partOf(article, 'authors')!.querySelectorAll('[part="author-card"]');
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

  it("scrolls at once to the hash's heading, even when a page added `behavior: 'smooth'` to Object.prototype", async () => {
    const article = await renderArticle(
      html`<div><div style="height: 1500px"></div><news-article .article=${await demoArticle()}></news-article></div>`,
    );
    const prototype = Object.prototype as { behavior?: string };
    prototype.behavior = 'smooth';
    try {
      const onHashChange = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
      location.hash = '#what-to-watch';
      await onHashChange;
      // An instant scroll is done when the event has been handled; a smooth one has hardly begun.
      expect(Math.abs(deepQuery(article, '#what-to-watch')!.getBoundingClientRect().top)).to.be.below(innerHeight / 2);
    } finally {
      delete prototype.behavior;
      scrollTo(0, 0);
    }
  });

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
