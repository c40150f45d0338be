/**
 * The rules for slotted light-DOM content are added to the tree around an element only when the
 * element has such content, and once per tree: setting a tree's `adoptedStyleSheets` restyles it.
 */
import { expect } from '@open-wc/testing';
import { styleSheet as bodySheet } from '../src/shared/body-content.js';
import { seedArticle } from './support/fixtures.js';
import { settled } from './support/helpers.js';

// Every element with slotted content takes its rules from the one sheet of the body-content chunk.
const lightSheets = [bodySheet];

/** A tree of its own (a shadow root on a fresh host), with a count of writes to its `adoptedStyleSheets`. */
function isolatedTree(): { root: ShadowRoot; writes: () => number } {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  let prototype: object | null = root;
  let descriptor: PropertyDescriptor | undefined;
  while (prototype && !descriptor) {
    prototype = Object.getPrototypeOf(prototype);
    descriptor = prototype ? Object.getOwnPropertyDescriptor(prototype, 'adoptedStyleSheets') : undefined;
  }
  let writes = 0;
  // On a prototype of the root's own: the elements read the list through the prototype.
  const counting = Object.create(Object.getPrototypeOf(root) as object, {
    adoptedStyleSheets: {
      configurable: true,
      get: () => descriptor!.get!.call(root),
      set: (sheets: CSSStyleSheet[]) => {
        writes += 1;
        descriptor!.set!.call(root, sheets);
      },
    },
  }) as object;
  Object.setPrototypeOf(root, counting);
  return { root, writes: () => writes };
}

async function renderInto(root: ShadowRoot, markup: string): Promise<void> {
  root.innerHTML = markup;
  for (const element of root.querySelectorAll('*')) await settled(element);
}

const lightSheetsIn = (root: DocumentOrShadowRoot) =>
  root.adoptedStyleSheets.filter((sheet) => lightSheets.includes(sheet));

afterEach(() => {
  for (const host of document.body.querySelectorAll(':scope > div')) host.remove();
});

describe('light-DOM styles', () => {
  it('a JSON article adds none, to the tree around it or to its own', async () => {
    const { root, writes } = isolatedTree();
    const article = document.createElement('news-article');
    article.article = await seedArticle();
    root.append(article);
    await settled(article);
    expect(lightSheetsIn(root)).to.have.length(0);
    expect(lightSheetsIn(article.shadowRoot!)).to.have.length(0);
    expect(writes()).to.equal(0);
  });

  it('elements with slotted content add the sheet to the tree once, however many and of whatever kind', async () => {
    const { root, writes } = isolatedTree();
    await renderInto(
      root,
      `<article-section><p>One <a href="#a">link</a></p></article-section>
      <article-section><p>Two</p></article-section>
      <article-section><p>Three</p></article-section>
      <bullet-list><ul><li>Item</li></ul></bullet-list>
      <bullet-list><ul><li>Item</li></ul></bullet-list>`,
    );
    expect(lightSheetsIn(root)).to.deep.equal([bodySheet]);
    expect(writes()).to.equal(1);
    // The rules reach the slotted link: the link colour is the text colour, not the browser's blue.
    const link = root.querySelector('a')!;
    expect(getComputedStyle(link).color).to.equal(getComputedStyle(link.parentElement!).color);

    await renderInto(root, `${root.innerHTML}<article-section><p>Four</p></article-section>`);
    expect(writes(), 'elements connected again into a tree that has the sheet').to.equal(1);
  });

  it('an element without content adds nothing, and adds its sheet once content is slotted into it', async () => {
    const { root, writes } = isolatedTree();
    await renderInto(root, `<article-section heading="Later"></article-section><bullet-list></bullet-list>`);
    expect(writes()).to.equal(0);

    const section = root.querySelector('article-section')!;
    section.append(Object.assign(document.createElement('p'), { textContent: 'Slotted later' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(section);
    expect(lightSheetsIn(root)).to.deep.equal([bodySheet]);
    expect(writes()).to.equal(1);

    section.append(Object.assign(document.createElement('p'), { textContent: 'And more' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(writes()).to.equal(1);
  });

  it('keeps the sheets a page adopted itself, and adds none twice after the page replaced the list', async () => {
    const { root, writes } = isolatedTree();
    const pageSheet = new CSSStyleSheet();
    root.adoptedStyleSheets = [pageSheet];
    await renderInto(root, `<author-card><p>Bio</p></author-card>`);
    expect(root.adoptedStyleSheets).to.deep.equal([pageSheet, bodySheet]);

    root.adoptedStyleSheets = [pageSheet];
    await renderInto(root, `<author-card><p>Bio</p></author-card><author-card><p>Bio</p></author-card>`);
    expect(root.adoptedStyleSheets).to.deep.equal([pageSheet, bodySheet]);
    expect(writes()).to.equal(4);
  });
});
