/**
 * Article bodies as CMSs write them (test/fixtures/cms/: WordPress core blocks, Ghost cards,
 * Markdown), slotted into <news-article> at phone and desktop widths, read like our JSON
 * rendering: nothing widens the page, media keep their proportions, headings step down, tables
 * and embeds are styled. And the seed article's typography: heading steps on a phone, the
 * measure on a desktop, one caption size.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ArticleData } from '../../src/data/index.js';
import type { NewsArticle } from '../../src/index.js';
import { loadBodyContent } from '../../src/shared/body-content-loader.js';
import { demoArticle } from '../support/fixtures.js';
import { deepQueryAll, settled, shadowPart } from '../support/helpers.js';

/** Each CMS's body, as the page gets it: straight in the article, or in an <article-section>. */
const bodies = [
  { cms: 'wordpress', wrapper: 'none' },
  { cms: 'ghost', wrapper: 'article-section' },
  { cms: 'markdown', wrapper: 'none' },
] as const;
const widths = [320, 375, 1280];

const fixtureText = new Map<string, Promise<string>>();
const fixtureHtml = (cms: string) => {
  if (!fixtureText.has(cms))
    fixtureText.set(
      cms,
      fetch(`/test/fixtures/cms/${cms}.html`).then((r) => r.text()),
    );
  return fixtureText.get(cms)!;
};

const px = (element: Element, property: string) => parseFloat(getComputedStyle(element).getPropertyValue(property));
const fontSize = (element: Element) => px(element, 'font-size');

/** Resolves once every image in the article has loaded (or failed) and been laid out. */
async function imagesLoaded(root: Element): Promise<void> {
  const images = deepQueryAll<HTMLImageElement>(root, 'img');
  await Promise.all(
    images.map((image) => {
      // Lazy images below the fold would wait for ever: the test looks at their boxes, not their pixels.
      image.loading = 'eager';
      return image.decode().catch(() => undefined);
    }),
  );
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Puts `article` on the page in a container `width` px wide at most, and waits for its render. */
async function mountAtWidth(article: NewsArticle, width: number): Promise<void> {
  const container = document.createElement('div');
  container.className = 'page-width';
  container.style.cssText = `width: ${width}px; max-width: 100%`;
  container.append(article);
  document.body.append(container);
  await settled(article);
}

/**
 * A fresh <news-article> holding a CMS body, its `slot`ted figure in the header, in a container
 * `width` px wide at most. The container is the viewport's width where the browser's window can be
 * made that narrow; WebKitGTK's cannot go below about 450 px, and our layout follows the
 * container's width, not the viewport's.
 */
async function renderBody(cms: string, wrapper: string, width = 800): Promise<NewsArticle> {
  const template = document.createElement('template');
  template.innerHTML = await fixtureHtml(cms);
  const article = document.createElement('news-article');
  article.setAttribute('lang', 'en');
  article.setAttribute('no-skip-link', '');
  article.innerHTML = '<h1 slot="headline">Port operators race to digitise customs paperwork</h1>';
  const body = wrapper === 'none' ? article : article.appendChild(document.createElement(wrapper));
  for (const node of [...template.content.childNodes]) {
    (node instanceof Element && node.hasAttribute('slot') ? article : body).append(node);
  }
  await mountAtWidth(article, width);
  // The body is styled once the body-content chunk is in (the first test loads it).
  await loadBodyContent();
  await imagesLoaded(article);
  return article;
}

/** How far the page scrolls sideways. */
const pageOverflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

function expectWithin(inner: DOMRect, outer: DOMRect, what: string): void {
  expect(inner.left, `${what}: left edge`).to.be.at.least(outer.left - 0.5);
  expect(inner.right, `${what}: right edge`).to.be.at.most(outer.right + 0.5);
}

afterEach(async () => {
  for (const container of document.querySelectorAll('body > .page-width')) container.remove();
  await setViewport({ width: 800, height: 600 });
});

for (const { cms, wrapper } of bodies) {
  describe(`A ${cms} body in <news-article>`, () => {
    for (const width of widths) {
      it(`at ${width} px: no sideways scroll, media in proportion and inside the column`, async () => {
        await setViewport({ width, height: 800 });
        const article = await renderBody(cms, wrapper, width);
        expect(innerWidth, "the viewport's width").to.be.at.least(width);
        expect(pageOverflow(), 'the page scrolls sideways by').to.equal(0);
        const container = article.parentElement!;
        expect(container.scrollWidth, 'the article sticks out of its container by').to.equal(container.clientWidth);

        const column = shadowPart(article, 'body')!.getBoundingClientRect();
        expect(column.width).to.be.above(width / 3);
        const images = [...article.querySelectorAll<HTMLImageElement>('img[width][height]')];
        expect(images.length).to.be.at.least(3);
        for (const image of images) {
          const box = image.getBoundingClientRect();
          const ratio = box.width / box.height;
          const intended = Number(image.getAttribute('width')) / Number(image.getAttribute('height'));
          expect(
            Math.abs(ratio / intended - 1),
            `${image.alt || image.className}: ${box.width}×${box.height}`,
          ).to.be.below(0.01);
          if (image.slot !== 'image' && !image.closest('[slot]')) expectWithin(box, column, image.alt);
        }

        const players = [...article.querySelectorAll('iframe')];
        expect(players).to.have.length(1);
        for (const player of players) {
          const box = player.getBoundingClientRect();
          expectWithin(box, column, player.title);
          expect(box.width, 'an embedded player fills the column').to.be.closeTo(column.width, 1);
          expect(Math.abs(box.width / box.height / (16 / 9) - 1), `${box.width}×${box.height}`).to.be.below(0.01);
        }
        for (const video of article.querySelectorAll('video')) {
          const box = video.getBoundingClientRect();
          expectWithin(box, column, 'video');
          const intended = Number(video.getAttribute('width')) / Number(video.getAttribute('height'));
          expect(Math.abs(box.width / box.height / intended - 1)).to.be.below(0.01);
        }
        // A table wider than the column scrolls in its own box.
        for (const table of article.querySelectorAll('table'))
          expectWithin(table.getBoundingClientRect(), column, 'table');
        for (const code of article.querySelectorAll('pre')) expectWithin(code.getBoundingClientRect(), column, 'pre');
      });

      it(`at ${width} px: h2 > h3 > body text, one caption size, styled tables and lists`, async () => {
        await setViewport({ width, height: 800 });
        const article = await renderBody(cms, wrapper, width);
        const [h2, h3, h4] = ['h2', 'h3', 'h4'].map((tag) => article.querySelector(tag)!);
        const paragraph = [...article.querySelectorAll('p')].find((p) => !p.closest('[slot], blockquote'))!;
        const body = fontSize(paragraph);
        expect(fontSize(h2!), 'h2 over h3').to.be.above(fontSize(h3!) * 1.05);
        expect(fontSize(h3!), 'h3 over the body text').to.be.above(body * 1.05);
        expect(fontSize(h4!), 'h4 at least the body text').to.be.at.least(body);
        expect(body, 'body text').to.be.within(16, 20);
        // A heading has clearly more space above it than paragraphs have between them.
        expect(px(h2!, 'margin-top')).to.be.above(1.5 * px(paragraph, 'margin-bottom'));

        const captions = [...article.querySelectorAll('figcaption, caption')];
        expect(captions.length).to.be.at.least(cms === 'markdown' ? 1 : 3);
        expect(new Set(captions.map(fontSize)), 'caption sizes').to.have.property('size', 1);
        expect(fontSize(captions[0]!)).to.be.below(body);

        const cells = [...article.querySelectorAll('th, td')];
        expect(cells.length).to.be.at.least(8);
        for (const cell of cells) {
          expect(px(cell, 'padding-left'), 'cell padding').to.be.at.least(6);
          expect(px(cell, 'padding-top'), 'cell padding').to.be.at.least(4);
          expect(px(cell, 'border-bottom-width'), 'a rule under each row').to.be.at.least(1);
        }
        // Numbers line up: right-aligned columns keep their alignment.
        const numeric = article.querySelector('td:nth-child(2)')!;
        expect(getComputedStyle(numeric).textAlign).to.match(/right|end/); // -webkit-right, -moz-right for align="right"
        expect(getComputedStyle(numeric).fontVariantNumeric).to.include('tabular-nums');

        // Outline numbering for nested ordered lists: 1., a., i.
        const nested = article.querySelector(':scope ol ol ol, article-section ol ol ol')!;
        expect(getComputedStyle(nested.parentElement!.closest('ol')!).listStyleType).to.equal('lower-alpha');
        expect(getComputedStyle(nested).listStyleType).to.equal('lower-roman');

        const link = paragraph.querySelector('a') ?? article.querySelector('p a')!;
        expect(getComputedStyle(link).color).to.not.equal('rgb(0, 0, 238)');
      });
    }

    it('is accessible', async () => {
      await setViewport({ width: 375, height: 800 });
      const article = await renderBody(cms, wrapper, 375);
      await expect(article).to.be.accessible();
    });
  });
}

describe('Slotted CMS HTML and the host page', () => {
  it('gives way to a plain rule of the host’s', async () => {
    const style = document.createElement('style');
    style.textContent = 'news-article h3 { font-size: 40px } news-article table td { padding: 0 }';
    document.head.append(style);
    try {
      const article = await renderBody('wordpress', 'none');
      expect(fontSize(article.querySelector('h3')!)).to.equal(40);
      expect(px(article.querySelector('td')!, 'padding-left')).to.equal(0);
    } finally {
      style.remove();
    }
  });
});

describe('The seed article’s typography', () => {
  const image = {
    url: '/stories/assets/port-klang.svg',
    alt: 'Port Klang',
    width: 1600,
    height: 900,
    caption: 'Port Klang.',
    credit: 'Photo: The Straits Ledger',
  };

  async function renderSeed(width: number, change?: (seed: ArticleData) => void): Promise<NewsArticle> {
    await setViewport({ width, height: 800 });
    const seed: ArticleData = await demoArticle();
    change?.(seed);
    const article = document.createElement('news-article');
    article.article = seed;
    await mountAtWidth(article, width);
    return article;
  }

  const sectionHeadings = (article: NewsArticle) => deepQueryAll(article, '.article-section h2');

  for (const width of widths) {
    it(`at ${width} px the headline, section headings and body text step down`, async () => {
      const article = await renderSeed(width);
      const h1 = fontSize(shadowPart(article, 'headline')!);
      const h2 = fontSize(sectionHeadings(article)[0]!);
      const body = fontSize(deepQueryAll(article, '.article-section p')[0]!);
      expect(h1).to.be.above(h2 * 1.2);
      expect(h2).to.be.above(body * 1.1);
    });
  }

  it('at 375 px a section heading is at most 0.75 × the headline', async () => {
    const article = await renderSeed(375, (seed) => {
      seed.description = 'China’s Vice Premier meets senior U.S. officials for a new round of trade talks.';
    });
    const h1 = fontSize(shadowPart(article, 'headline')!);
    const h2 = fontSize(sectionHeadings(article)[0]!);
    expect(h2 / h1).to.be.at.most(0.75);
    // The standfirst shrinks on a phone too, staying over the body text.
    const standfirst = fontSize(shadowPart(article, 'standfirst')!);
    expect(standfirst).to.be.below(19);
    expect(standfirst).to.be.above(fontSize(deepQueryAll(article, '.article-section p')[0]!));
  });

  it('at 1280 px a body line holds 60–75 characters', async () => {
    const article = await renderSeed(1280);
    const paragraphs = deepQueryAll(article, '.article-section p').filter((p) => (p.textContent ?? '').length > 200);
    expect(paragraphs.length).to.be.at.least(2);
    // Characters of each line, found by where each character's box sits; the last, short line is left out.
    const lineLengths: number[] = [];
    const range = document.createRange();
    for (const paragraph of paragraphs) {
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let index = 0; index < (node.textContent ?? '').length; index += 1) {
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const box = range.getClientRects()[0];
          if (box) lines.set(Math.round(box.bottom), (lines.get(Math.round(box.bottom)) ?? 0) + 1);
        }
      }
      lineLengths.push(...[...lines.values()].slice(0, -1));
    }
    const average = lineLengths.reduce((sum, length) => sum + length, 0) / lineLengths.length;
    expect(lineLengths.length).to.be.at.least(4);
    expect(average, `characters a line: ${lineLengths.join(', ')}`).to.be.within(60, 75);
  });

  it('has one caption size: the lead image, a figure and a quote', async () => {
    const article = await renderSeed(1280, (seed) => {
      seed.image = image;
      seed.sections![0]!.blocks.push({ type: 'figure', image }, { type: 'quote', text: 'A quote.', cite: 'A source' });
    });
    const captions = deepQueryAll(article, 'figcaption');
    expect(captions).to.have.length(3);
    expect(new Set(captions.map(fontSize)), 'caption sizes').to.have.property('size', 1);
  });

  it('numbers nested ordered lists 1., a., i.', async () => {
    const item = (text: string, items: unknown[] = []) => ({ text, items });
    const article = await renderSeed(800, (seed) => {
      seed.sections![0]!.blocks.push({
        type: 'list',
        ordered: true,
        items: [item('One', [item('One a', [item('One a i')])])],
      } as never);
    });
    const lists = deepQueryAll(article, '.bullet-list ol');
    const nested = lists.find((list) => list.parentElement?.closest('ol')?.parentElement?.closest('ol'))!;
    expect(getComputedStyle(nested.parentElement!.closest('ol')!).listStyleType).to.equal('lower-alpha');
    expect(getComputedStyle(nested).listStyleType).to.equal('lower-roman');
    expect(getComputedStyle(nested.parentElement!.closest('ol')!.parentElement!.closest('ol')!).listStyleType).to.equal(
      'decimal',
    );
  });
});
