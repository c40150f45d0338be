import { expect, html, waitUntil } from '@open-wc/testing';
import { demoArticle } from '../support/fixtures.js';
import {
  deepQuery,
  deepQueryAll,
  isPresent,
  renderArticle,
  shadowPart as partOf,
  textOf,
  visibleText,
} from '../support/helpers.js';

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
    // Clicked before any focus or pointer loaded what activation does: focus moves once it is in.
    skipLink.shadowRoot!.querySelector('a')!.click();
    await waitUntil(() => article.shadowRoot!.activeElement === partOf(article, 'article'), 'focus moved', {
      timeout: 3000,
    });
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

  it('joins two authors in the article language: "By Ana and Ben", in one card "About the authors"', async () => {
    const data = {
      ...(await demoArticle()),
      author: [
        { name: 'Ana', description: 'Ana covers trade.' },
        { name: 'Ben', description: 'Ben covers markets.', jobTitle: 'Markets editor' },
      ],
    };
    const article = await renderArticle(html`<news-article .article=${data}></news-article>`);
    expect(textOf(partOf(article, 'byline'))).to.equal('By Ana and Ben');
    const cards = partOf(article, 'authors')!.querySelectorAll('[part="author-card"]');
    expect(cards).to.have.length(1);
    expect(textOf(cards[0])).to.match(/^About the authors A Ana Ana covers trade\. B Ben Markets editor/);
    expect(cards[0]!.querySelectorAll('[part="author-card-label"]')).to.have.length(1);
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
