import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { NewsArticle } from '../../src/index.js';
import { demoArticle, latestStories } from '../support/fixtures.js';
import {
  isPresent,
  renderArticle,
  renderSettled,
  shadowPart as partOf,
  visibleText,
  within,
} from '../support/helpers.js';
import { itWithMediaEmulation } from '../support/engines.js';

/** WCAG relative luminance of a computed `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const channels = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
  const [r, g, b] = channels.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(foreground: string, background: string): number {
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

const isOpaque = (color: string) => color !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(color);

/** The first opaque background behind an element, walking up the flat tree. */
function backgroundBehind(element: Element): string {
  for (let current: Element | null = element; current;) {
    const background = getComputedStyle(current).backgroundColor;
    if (isOpaque(background)) return background;
    const root = current.getRootNode();
    current = current.assignedSlot ?? current.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return 'rgb(255, 255, 255)';
}

describe('<news-article> layout and theme', () => {
  it('puts body and aside side by side in a wide container', async () => {
    const article = await renderArticle(
      html`<div style="width: 1200px"><news-article .article=${await demoArticle()}></news-article></div>`,
    );
    const body = partOf(article, 'article')!.getBoundingClientRect();
    const aside = partOf(article, 'aside')!.getBoundingClientRect();
    expect(aside.left).to.be.at.least(body.right);
    expect(aside.top).to.be.below(body.top + 50);
    expect(aside.width).to.be.greaterThan(200);
    await expect(article).to.be.accessible();
  });

  it('stacks body and aside in a narrow container, without overflow', async () => {
    const article = await renderArticle(
      html`<div style="width: 375px"><news-article .article=${await demoArticle()}></news-article></div>`,
    );
    const body = partOf(article, 'article')!.getBoundingClientRect();
    const aside = partOf(article, 'aside')!.getBoundingClientRect();
    expect(aside.top).to.be.at.least(body.bottom);
    expect(Math.abs(aside.left - body.left)).to.be.below(1);
    expect(article.scrollWidth).to.be.at.most(375);
    expect(partOf(article, 'base')!.scrollWidth).to.be.at.most(375);
    await expect(article).to.be.accessible();
  });

  it('changes background and text colours with theme="dark"', async () => {
    const data = await demoArticle();
    const light = await renderArticle(html`<news-article theme="light" .article=${data}></news-article>`);
    const dark = await renderArticle(html`<news-article theme="dark" .article=${data}></news-article>`);
    const lightStyle = getComputedStyle(light);
    const darkStyle = getComputedStyle(dark);
    expect(darkStyle.backgroundColor).to.not.equal(lightStyle.backgroundColor);
    expect(darkStyle.color).to.not.equal(lightStyle.color);
    expect(luminance(darkStyle.backgroundColor)).to.be.below(luminance(lightStyle.backgroundColor));
    expect(luminance(darkStyle.color)).to.be.above(luminance(darkStyle.backgroundColor));
    const paragraph = (article: NewsArticle) =>
      getComputedStyle(within(article, '[part="article-section"]', 'p')[0]!).color;
    expect(paragraph(dark)).to.not.equal(paragraph(light));
    await expect(dark).to.be.accessible();
  });

  for (const theme of ['light', 'dark']) {
    it(`keeps a contrast of at least 4.5:1 for every text in the ${theme} theme`, async () => {
      const data = {
        ...(await demoArticle()),
        articleSection: 'Economy',
        description: 'Talks in Kuala Lumpur.',
        dateModified: '2025-10-24',
      };
      const article = await renderArticle(html`<news-article theme=${theme} .article=${data}></news-article>`);
      const texts: [host: string, selector: string][] = [
        ['news-article', '[part="kicker"]'],
        ['news-article', '[part="headline"]'],
        ['news-article', '[part="standfirst"]'],
        ['news-article', '[part="byline"]'],
        ['news-article', '.names'],
        ['[part="article-section"]', 'p'],
        ['[part="article-section"]', 'h2'],
        ['news-article', '[part="article-section-dateline"]'],
        ['news-article', '[part="bullet-list-term"]'],
        ['news-article', '[part="bullet-list-item"]'],
        ['news-article', '[part="author-card-label"]'],
        ['news-article', '[part="author-card-name"]'],
        ['news-article', '[part="author-card-bio"]'],
        ['news-article', '[part="latest-news-label"]'],
        ['news-article', '[part="latest-news-headline"]'],
        ['news-article', '[part="latest-news-time"]'],
      ];
      for (const [host, selector] of texts) {
        const element = within(article, host, selector)[0];
        expect(isPresent(element), `${host} ${selector}`).to.equal(true);
        const ratio = contrast(getComputedStyle(element!).color, backgroundBehind(element!));
        expect(ratio, `${host} ${selector} contrast`).to.be.at.least(4.5);
      }
    });
  }
});

describe('<news-article> in print', () => {
  afterEach(() => emulateMedia({ media: 'screen', colorScheme: 'light' }));

  itWithMediaEmulation(
    'prints the article light, without the aside or the skip link, whatever its theme and page',
    async () => {
      const page = await renderSettled<HTMLElement>(
        html`<div style="color-scheme: dark">
        <news-article theme="dark" .article=${await demoArticle()}></news-article>
        <latest-news theme="dark" .items=${latestStories}></latest-news>
      </div>`,
      );
      const article = page.querySelector('news-article')!;
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(partOf(article, 'aside')!).display).to.equal('none');
      expect(getComputedStyle(partOf(article, 'skip-link')!).display).to.equal('none');
      for (const element of [article, page.querySelector('latest-news')!]) {
        expect(getComputedStyle(element).colorScheme, element.localName).to.equal('light');
        expect(getComputedStyle(element).color, element.localName).to.equal('rgb(22, 21, 20)');
      }
      expect(getComputedStyle(article).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      const paragraph = partOf(article, 'article-section')!.querySelector('p')!;
      expect(getComputedStyle(paragraph).color).to.equal('rgb(22, 21, 20)');
      expect(visibleText(partOf(article, 'body')!)).to.include('What to Watch');
    },
  );
});

describe('<news-article> with very long words', () => {
  it('wraps them in the headline, standfirst and byline instead of widening the page', async () => {
    const longWord = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';
    const data = {
      ...(await demoArticle()),
      headline: longWord,
      description: `${longWord} ${longWord}`,
      author: { name: longWord },
    };
    const column = await renderSettled<HTMLElement>(
      html`<div style="width: 343px"><news-article .article=${data}></news-article></div>`,
    );
    const article = column.querySelector('news-article')!;
    expect(article.scrollWidth).to.be.at.most(343);
    for (const name of ['headline', 'standfirst', 'byline']) {
      expect(partOf(article, name)!.scrollWidth, `${name} fits`).to.be.at.most(partOf(article, name)!.clientWidth + 1);
    }
  });
});
