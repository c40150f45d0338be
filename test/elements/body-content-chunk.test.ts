/**
 * The styles of a slotted article body (HTML from a CMS) are a chunk of their own: an article
 * rendered from JSON never fetches it; an article with a slotted body does, and is first shown with
 * those styles already applied (no restyle a moment later, no layout shift). A table wider than
 * the column can then be scrolled from the keyboard.
 *
 * The JSON test comes first: once a slotted body has loaded the chunk, it stays loaded.
 */
import { expect } from '@open-wc/testing';
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

  it('is fetched for a slotted body, which is first shown with its styles', async () => {
    const article = document.createElement('news-article');
    article.innerHTML = `<h1 slot="headline">Port operators race to digitise customs paperwork</h1>
      <p>Customs forms move online.</p>
      <table><tr><th>Port</th><td align="right">12</td></tr></table>`;
    // What each frame showed: the element rendered or not yet, and whether the page had the sheet.
    const frames: string[] = [];
    let watching = true;
    const watch = () => {
      if (!watching) return;
      frames.push(`${article.shadowRoot ? 'rendered' : 'waiting'} ${pageHasBodySheet() ? 'styled' : 'unstyled'}`);
      requestAnimationFrame(watch);
    };
    inContainer(article, 600);
    watch();
    await settled(article);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    watching = false;

    expect(chunkRequests()).to.have.length(1);
    expect(frames, 'frames').to.not.include('rendered unstyled');
    expect(frames.at(-1)).to.equal('rendered styled');
    const cell = article.querySelector('td')!;
    expect(parseFloat(getComputedStyle(cell).paddingLeft), 'a table cell’s padding').to.be.at.least(6);
    expect(article.shadowRoot!.querySelector('h1, slot[name="headline"]')).to.exist;
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
