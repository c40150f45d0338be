import { expect, fixture, html } from '@open-wc/testing';
import { seedArticle } from '../support/fixtures.js';
import { headingOf, settled, visibleText } from '../support/helpers.js';

describe('<article-section> inside <news-article>', () => {
  it('takes its heading level 2 and the article’s locale from the context', async () => {
    const seed = await seedArticle();
    seed.inLanguage = 'fr';
    seed.sections = [];
    const article = await fixture<HTMLElement>(
      html`<news-article .article=${seed}>
        <article-section
          heading="Ce qui est à l’ordre du jour"
          dateline="Paris"
          date="2025-10-23"
          .blocks=${['Texte.']}
        ></article-section>
      </news-article>`,
    );
    await settled(article);
    const section = article.querySelector('article-section')!;
    expect(headingOf(section)!.localName).to.equal('h2');
    expect(section.shadowRoot!.querySelector('time')!.textContent).to.equal('23 octobre 2025');
    await expect(article).to.be.accessible();
  });

  it('keeps its own level and locale over the context', async () => {
    const seed = await seedArticle();
    seed.inLanguage = 'fr';
    const article = await fixture<HTMLElement>(
      html`<news-article .article=${seed}>
        <article-section heading="Annex" level="3" locale="en-GB" date="2025-10-23" .blocks=${['Text.']}></article-section>
      </news-article>`,
    );
    await settled(article);
    const section = article.querySelector('article-section')!;
    expect(headingOf(section)!.localName).to.equal('h3');
    expect(section.shadowRoot!.querySelector('time')!.textContent).to.equal('23 October 2025');
  });

  it('renders the seed’s sections with the dateline at the start of the body', async () => {
    const article = await fixture<HTMLElement>(html`<news-article .article=${await seedArticle()}></news-article>`);
    await settled(article);
    const [first, agenda] = article.shadowRoot!.querySelectorAll('[part="article-section"]');
    expect(visibleText(first!.querySelector('p')!)).to.match(
      /^Kuala Lumpur, 23 October 2025 — China’s Vice Premier He Lifeng/,
    );
    const agendaHeading = agenda!.querySelector('[part="article-section-heading"]')!;
    expect(agendaHeading.localName).to.equal('h2');
    expect(agendaHeading.id).to.equal('what-s-on-the-agenda');
  });
});
