/**
 * The styles of a slotted article body (HTML from a CMS) are a chunk of their own: an article
 * rendered from JSON never fetches it; an article with a slotted body does, and its body is styled
 * before the element first renders (the pages check, test/pages/bundle-alone-slotted.html, covers
 * a page whose own HTML holds the body). A table wider than the column can then be scrolled from
 * the keyboard.
 *
 * The JSON test comes first: once a slotted body has loaded the chunk, it stays loaded.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { demoArticle } from '../support/fixtures.js';
import { settled } from '../support/helpers.js';

/** Requests for the chunk's module (not for its loader, which every element imports). */
const chunkRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => /\/body-content\.[jt]s(\?|$)/.test(entry.name));

/** Whether the page has the body sheet: a rule only it has, for Ghost's callout cards. */
const pageHasBodySheet = () =>
  document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('kg-callout')));

function inContainer(element: HTMLElement, width: number): HTMLElement {
  const container = document.createElement('div');
  container.className = 'page-width';
  container.style.width = `${width}px`;
  container.append(element);
  document.body.append(container);
  return element;
}

afterEach(() => {
  for (const container of document.querySelectorAll('body > .page-width')) container.remove();
});

describe('The slotted body styles chunk', () => {
  it('is never fetched for an article or a section rendered from JSON', async () => {
    const article = document.createElement('news-article');
    article.article = await demoArticle();
    const section = document.createElement('article-section');
    section.setAttribute('heading', 'Why Malaysia');
    section.setAttribute('blocks', JSON.stringify(['A paragraph.', { type: 'quote', text: 'A quote.' }]));
    inContainer(article, 800);
    inContainer(section, 800);
    await settled(article);
    await settled(section);
    // The article has its JSON-LD in its light DOM: data, not a body.
    expect(article.querySelector('script[type="application/ld+json"]'), 'the JSON-LD').to.exist;
    expect(article.shadowRoot!.textContent).to.include('Why Malaysia');
    expect(chunkRequests().map((entry) => entry.name)).to.deep.equal([]);
    expect(pageHasBodySheet()).to.equal(false);
  });

  it('is fetched once for a slotted body, which it styles', async () => {
    const article = document.createElement('news-article');
    article.innerHTML = `<h1 slot="headline">Port operators race to digitise customs paperwork</h1>
      <p>Customs forms move online.</p>
      <table><tr><th>Port</th><td align="right">12</td></tr></table>`;
    const section = document.createElement('article-section');
    section.innerHTML = '<p>Exporters welcome the change.</p>';
    inContainer(article, 600);
    inContainer(section, 600);
    await settled(article);
    await settled(section);
    await Promise.all([article.updateComplete, section.updateComplete]);
    // The elements waited for the chunk before their first render, so the body was styled by then.
    expect(pageHasBodySheet(), 'the page has the body sheet').to.equal(true);

    expect(chunkRequests()).to.have.length(1);
    const cell = article.querySelector('td')!;
    expect(parseFloat(getComputedStyle(cell).paddingLeft), 'a table cell’s padding').to.be.at.least(6);
    expect(article.shadowRoot!.querySelector('h1, slot[name="headline"]')).to.exist;
  });

  it('numbers the nested lists of a <bullet-list> slotted in the body 1., a., i.', async () => {
    const article = document.createElement('news-article');
    article.innerHTML = `<h1 slot="headline">Agenda</h1>
      <bullet-list><ol><li>One<ol><li>One a<ol><li>One a i</li></ol></li></ol></li></ol></bullet-list>`;
    inContainer(article, 600);
    await settled(article);
    await waitUntil(pageHasBodySheet, 'the page gets the body sheet');
    const types = [...article.querySelectorAll('ol')].map((list) => getComputedStyle(list).listStyleType);
    expect(types).to.deep.equal(['decimal', 'lower-alpha', 'lower-roman']);
  });

  it('makes a slotted table wider than the column focusable, and only that one', async () => {
    const article = document.createElement('news-article');
    article.innerHTML = `<h1 slot="headline">Tariffs by port</h1>
      <table class="wide"><tr><td><span style="display: inline-block; width: 1500px">Port Klang</span></td></tr></table>
      <table class="narrow"><tr><td>Penang</td></tr></table>`;
    inContainer(article, 500);
    await settled(article);
    // The boxes are measured when the article's size settles (a resize observation).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const wide = article.querySelector('table.wide')!;
    expect(wide.scrollWidth, 'the wide table scrolls').to.be.above(wide.clientWidth);
    expect(wide.getAttribute('tabindex')).to.equal('0');
    expect(article.querySelector('table.narrow')!.hasAttribute('tabindex')).to.equal(false);
  });
});
