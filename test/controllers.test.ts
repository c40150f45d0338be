/**
 * Behaviour the elements take from controllers: locale and time zone only where dates or names
 * are formatted, slotted content tracked as it changes, the article's context read by the
 * elements inside it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { AuthorCard, NewsArticle, SkipLink } from '../src/index.js';
import { captureErrors, deepQuery, renderSettled, settled, shadowPart, visibleText } from './support/helpers.js';

describe('locale and time zone', () => {
  const attributesOf = (tag: string) => (customElements.get(tag) as unknown as typeof LitElement).observedAttributes;

  for (const tag of ['news-article', 'article-section', 'latest-news']) {
    it(`<${tag}> formats dates, and takes locale and time-zone`, () => {
      expect(attributesOf(tag)).to.include.members(['locale', 'time-zone']);
    });
  }

  for (const tag of ['bullet-list', 'author-card', 'skip-link']) {
    it(`<${tag}> formats no date, and takes neither locale nor time-zone`, async () => {
      expect(attributesOf(tag)).to.not.include.members(['locale']);
      expect(attributesOf(tag)).to.not.include.members(['time-zone']);
      const errors = captureErrors();
      try {
        const element = await fixture<HTMLElement>(
          `<${tag} locale="not a locale!" time-zone="Mars/Olympus_Mons"></${tag}>`,
        );
        await settled(element);
      } finally {
        errors.restore();
      }
      expect(errors.events).to.deep.equal([]);
    });
  }

  it("the article's locale and time zone reach a slotted element, and follow a change", async () => {
    const article = await renderSettled<NewsArticle>(html`<news-article
      locale="de"
      time-zone="Asia/Kuala_Lumpur"
      .article=${{ headline: 'Zones' }}
      ><latest-news
        slot="aside"
        .items=${[{ headline: 'Story', datePublished: '2025-10-23T16:40:00Z' }]}
      ></latest-news
    ></news-article>`);
    const time = () => shadowPart(article.querySelector('latest-news')!, 'time')!.title;
    expect(time()).to.equal('24. Okt. 2025, 00:40 GMT+8');
    article.timeZone = 'Europe/London';
    article.locale = 'en-GB';
    await settled(article);
    expect(time()).to.equal('23 Oct 2025, 17:40 BST');
  });
});

describe('slotted content', () => {
  it('<news-article> makes room for an aside slotted after the first render, and gives it back', async () => {
    const article = await renderSettled<NewsArticle>(
      html`<news-article .article=${{ headline: 'Aside' }}></news-article>`,
    );
    const layout = () => article.shadowRoot!.querySelector('.layout')!;
    expect(layout().classList.contains('has-aside')).to.equal(false);
    const aside = Object.assign(document.createElement('p'), { slot: 'aside', textContent: 'Our aside' });
    article.append(aside);
    await settled(article);
    expect(layout().classList.contains('has-aside')).to.equal(true);
    expect(visibleText(article)).to.include('Our aside');
    aside.remove();
    await settled(article);
    expect(layout().classList.contains('has-aside')).to.equal(false);
  });

  it('<author-card> shows a slotted name rather than its data, and its data once the name is gone', async () => {
    const card = await renderSettled<AuthorCard>(
      html`<author-card .author=${{ name: 'From data' }}><span slot="name">Slotted name</span></author-card>`,
    );
    expect(visibleText(card)).to.include('Slotted name');
    expect(visibleText(card)).to.not.include('From data');
    card.querySelector('span')!.remove();
    await settled(card);
    expect(visibleText(card)).to.include('From data');
  });

  it('<skip-link> shows its own label while it has no slotted text, and the slotted one when given', async () => {
    const link = await renderSettled<SkipLink>(html`<skip-link> </skip-link>`);
    expect(visibleText(link)).to.equal('Skip to content');
    link.append('Jump to the story');
    await settled(link);
    expect(visibleText(link)).to.equal('Jump to the story');
  });
});

describe('the article context', () => {
  it("reaches the elements the article renders and those slotted into it, with the article's labels", async () => {
    const article = await renderSettled<NewsArticle>(html`<news-article
      .labels=${{ skipToContent: 'Zum Inhalt', aboutTheAuthor: 'Über die Autorin' }}
      .article=${{ headline: 'Labels', author: { name: 'Siti' } }}
      ><author-card slot="author" .author=${{ name: 'Slotted' }}></author-card
    ></news-article>`);
    expect(visibleText(deepQuery(article, 'skip-link')!)).to.equal('Zum Inhalt');
    expect(visibleText(article.querySelector('author-card')!)).to.include('Über die Autorin');
  });

  it('leaves an element outside any article with the default labels and level', async () => {
    const card = await renderSettled<AuthorCard>(html`<author-card .author=${{ name: 'Alone' }}></author-card>`);
    expect(shadowPart(card, 'label')!.localName).to.equal('h2');
    expect(shadowPart(card, 'label')!.textContent!.trim()).to.equal('About the author');
  });
});
