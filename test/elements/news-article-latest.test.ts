import { expect, html } from '@open-wc/testing';
import { demoArticle, latestStories, seedArticle } from '../support/fixtures.js';
import { isPresent, renderArticle, settled, shadowPart as partOf, textOf } from '../support/helpers.js';

describe('<news-article> latest news', () => {
  it('shows the latest-news aside when latest has stories', async () => {
    const article = await renderArticle(html`<news-article .article=${await demoArticle()}></news-article>`);
    const aside = partOf(article, 'aside')!;
    expect(aside.localName).to.equal('aside');
    expect(aside.getAttribute('aria-label')).to.equal('Latest News');
    const headlines = Array.from(aside.querySelectorAll('[part="latest-news-headline"]'), (headline) =>
      headline.textContent!.trim(),
    );
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
    expect(partOf(article, 'aside')!.querySelectorAll('[part="latest-news-item"]')).to.have.length(4);
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
