/**
 * A `<news-article>` from JSON renders its body, author cards and latest news in its own shadow
 * root, with the templates the elements use: no element per section, list, card or aside. The
 * elements' parts, custom properties and heading ids still work there.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { SectionData } from '../src/data/index.js';
import type { NewsArticle } from '../src/index.js';
import { demoArticle } from './support/fixtures.js';
import { deepQueryAll, renderArticle, settled, shadowPart as partOf } from './support/helpers.js';

/** The demo article with every kind of block, an author with a role and links, and a story with a picture. */
async function fullArticle() {
  const data = await demoArticle();
  const more: SectionData = {
    heading: 'More',
    blocks: [
      { type: 'quote', text: 'A quote', cite: 'Someone' },
      { type: 'figure', image: '/stories/assets/kuala-lumpur.svg' },
      { type: 'list', ordered: true, items: [{ text: 'Outer', items: ['Inner'] }] },
    ],
  };
  return {
    ...data,
    image: { url: '/stories/assets/kuala-lumpur.svg', alt: 'Kuala Lumpur', caption: 'The venue' },
    author: { ...data.author, jobTitle: 'Writer', sameAs: ['https://x.com/siti'] },
    sections: [...data.sections, more],
    latest: [...data.latest, { headline: 'With a picture', image: '/stories/assets/kuala-lumpur.svg' }],
  };
}

const rootOf = (article: NewsArticle) => article.shadowRoot!;

describe('<news-article> from JSON, in one shadow root', () => {
  it('has no shadow root below it but the skip link’s, and none of the other elements', async () => {
    const data = await fullArticle();
    const article = await renderArticle(html`<news-article .article=${data}></news-article>`);
    const hosts = deepQueryAll(article, '*').filter((element) => element.shadowRoot);
    expect(hosts.map((host) => host.localName)).to.deep.equal(['news-article', 'skip-link']);
    expect(deepQueryAll(article, 'article-section, bullet-list, author-card, latest-news')).to.have.length(0);
    // …and it shows them all.
    const listBlocks = data.sections
      .flatMap((section) => section.blocks)
      .filter((block) => typeof block === 'object' && block.type === 'list');
    expect(rootOf(article).querySelectorAll('[part="article-section"]')).to.have.length(data.sections.length);
    // The ordered list of the last section has a list nested in it.
    expect(rootOf(article).querySelectorAll('[part="bullet-list-list"]')).to.have.length(listBlocks.length + 1);
    expect(rootOf(article).querySelectorAll('[part="author-card"]')).to.have.length(1);
    expect(rootOf(article).querySelectorAll('[part="latest-news-item"]')).to.have.length(5);
  });

  it('names each part of the elements after the element, so the article’s own parts stay its own', async () => {
    const article = await renderArticle(html`<news-article .article=${await fullArticle()}></news-article>`);
    const parts = Array.from(rootOf(article).querySelectorAll('[part]'), (element) => element.getAttribute('part')!);
    for (const name of ['base', 'headline', 'figure']) {
      expect(
        parts.filter((part) => part.split(' ').includes(name)),
        name,
      ).to.have.length(1);
    }
    const ofElements = parts.filter((part) => /^(article-section|bullet-list|author-card|latest-news)(-|$)/.test(part));
    expect(new Set(ofElements)).to.have.keys([
      'article-section',
      'article-section-heading',
      'article-section-dateline',
      'article-section-quote',
      'article-section-figure',
      'bullet-list-list',
      'bullet-list-item',
      'bullet-list-term',
      'author-card',
      'author-card-label',
      'author-card-person',
      'author-card-photo',
      'author-card-name',
      'author-card-role',
      'author-card-bio',
      'author-card-links',
      'latest-news',
      'latest-news-label',
      'latest-news-list',
      'latest-news-item',
      'latest-news-headline',
      'latest-news-time',
      'latest-news-thumbnail',
    ]);
  });

  it('lets a page style those parts with ::part()', async () => {
    const style = document.createElement('style');
    style.textContent = `
      news-article::part(article-section-heading) { color: rgb(10, 20, 30); }
      news-article::part(bullet-list-term) { color: rgb(40, 50, 60); }
      news-article::part(author-card-name) { color: rgb(70, 80, 90); }
      news-article::part(latest-news-headline) { color: rgb(100, 110, 120); }
      news-article::part(headline) { color: rgb(130, 140, 150); }`;
    document.head.append(style);
    try {
      const article = await renderArticle(html`<news-article .article=${await demoArticle()}></news-article>`);
      const colour = (part: string) => getComputedStyle(partOf(article, part)!).color;
      expect(colour('article-section-heading')).to.equal('rgb(10, 20, 30)');
      expect(colour('bullet-list-term')).to.equal('rgb(40, 50, 60)');
      expect(colour('author-card-name')).to.equal('rgb(70, 80, 90)');
      expect(colour('latest-news-headline')).to.equal('rgb(100, 110, 120)');
      expect(colour('headline')).to.equal('rgb(130, 140, 150)');
    } finally {
      style.remove();
    }
  });

  it('applies the elements’ custom properties set on the article or above it', async () => {
    const data = await fullArticle();
    const page = await fixture<HTMLElement>(html`<div
      style="--article-section-heading-size: 40px; --bullet-list-term-color: rgb(1, 2, 3); --author-card-background: rgb(4, 5, 6)"
    >
      <news-article style="--latest-news-time-color: rgb(7, 8, 9)" .article=${data}></news-article>
    </div>`);
    const article = page.querySelector('news-article')!;
    await settled(page);
    expect(getComputedStyle(partOf(article, 'article-section-heading')!).fontSize).to.equal('40px');
    expect(getComputedStyle(partOf(article, 'bullet-list-term')!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(partOf(article, 'author-card')!).backgroundColor).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(partOf(article, 'latest-news-time')!).color).to.equal('rgb(7, 8, 9)');
  });

  it('gives every heading an id of its own in the article’s root, each linkable', async () => {
    const article = await renderArticle(html`<news-article
      .article=${{
        headline: 'Ids',
        sections: [
          { heading: 'Analysis', blocks: ['One'] },
          { heading: 'Analysis', blocks: ['Two'] },
          { heading: 'Headline', blocks: ['Three'] },
          { heading: 'Named', id: 'analysis', blocks: ['Four'] },
        ],
        latest: [{ headline: 'Elsewhere', url: '/elsewhere' }],
      }}
    ></news-article>`);
    const ids = Array.from(rootOf(article).querySelectorAll('[id]'), (element) => element.id);
    expect(new Set(ids).size, ids.join(' ')).to.equal(ids.length);
    const headings = Array.from(rootOf(article).querySelectorAll('[part="article-section-heading"]'));
    expect(headings.map((heading) => heading.id)).to.deep.equal(['analysis', 'analysis-2', 'headline-2', 'analysis-3']);
    // The aside is named by its heading, which has an id of its own.
    const latest = partOf(article, 'latest-news')!;
    expect(rootOf(article).getElementById(latest.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal(
      'Latest News',
    );
  });
});
