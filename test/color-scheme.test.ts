import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LatestNews } from '../src/index.js';
import { elements } from '../src/elements.js';
import type { NewsElement } from '../src/shared/news-element.js';
import { itWithMediaEmulation } from './support/engines.js';
import { demoArticle } from './support/fixtures.js';
import { settled, shadowPart } from './support/helpers.js';

/** WCAG relative luminance of a computed `rgb()` colour. */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((channel) => {
      const value = Number(channel) / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(foreground: string, background: string): number {
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

const tags = elements.map((element) => element.tagName);

/**
 * Every element in a page area with the given style, the article with its JSON so that its
 * surface and header are there; the scheme each shows as its text colour (dark ink: light).
 */
async function schemes(areaStyle: string, attributes = ''): Promise<Record<string, 'light' | 'dark'>> {
  const area = await fixture<HTMLElement>(
    `<div style="${areaStyle}">${tags.map((tag) => `<${tag} ${attributes}></${tag}>`).join('')}</div>`,
  );
  const article = area.querySelector('news-article')!;
  article.article = await demoArticle();
  await Promise.all([...area.children].map((element) => settled(element)));
  const shown: Record<string, 'light' | 'dark'> = {};
  for (const element of area.children) {
    shown[element.localName] = luminance(getComputedStyle(element).color) < 0.2 ? 'light' : 'dark';
  }
  // The article's surface goes with its text.
  const surface = luminance(getComputedStyle(article).backgroundColor) > 0.5 ? 'light' : 'dark';
  expect(surface, 'the article surface goes with its text').to.equal(shown['news-article']);
  return shown;
}

const all = (scheme: 'light' | 'dark') => Object.fromEntries(tags.map((tag) => [tag, scheme]));

describe('colour scheme', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  itWithMediaEmulation(
    'is light on a page that declares no color-scheme, even for a reader whose system is dark',
    async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect(await schemes('')).to.deep.equal(all('light'));
    },
  );

  itWithMediaEmulation("follows the reader's system on a page with color-scheme: light dark", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(await schemes('color-scheme: light dark')).to.deep.equal(all('dark'));
    await emulateMedia({ colorScheme: 'light' });
    expect(await schemes('color-scheme: light dark')).to.deep.equal(all('light'));
  });

  it('takes a page’s single scheme, dark or light', async () => {
    expect(await schemes('color-scheme: dark')).to.deep.equal(all('dark'));
    expect(await schemes('color-scheme: light')).to.deep.equal(all('light'));
  });

  it('theme="light" and theme="dark" win over the page’s scheme', async () => {
    expect(await schemes('color-scheme: dark', 'theme="light"')).to.deep.equal(all('light'));
    expect(await schemes('', 'theme="dark"')).to.deep.equal(all('dark'));
  });

  itWithMediaEmulation('theme="light", "dark" and "auto" win over the page and the reader', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(await schemes('color-scheme: light dark', 'theme="light"')).to.deep.equal(all('light'));
    expect(await schemes('', 'theme="auto"')).to.deep.equal(all('dark'));
    expect(await schemes('color-scheme: only light', 'theme="auto"')).to.deep.equal(all('dark'));
    await emulateMedia({ colorScheme: 'light' });
    expect(await schemes('color-scheme: dark', 'theme="auto"')).to.deep.equal(all('light'));
  });

  it('changes with theme at once, without rendering again', async () => {
    const article = await fixture<NewsElement>('<news-article></news-article>');
    (article as HTMLElementTagNameMap['news-article']).article = await demoArticle();
    await settled(article);
    let renders = 0;
    const render = (article as unknown as { render(): unknown }).render;
    (article as unknown as { render(): unknown }).render = function (this: NewsElement) {
      renders += 1;
      return render.call(this);
    };
    const light = getComputedStyle(article).color;

    article.theme = 'dark';
    expect(article.getAttribute('theme')).to.equal('dark');
    expect(article.isUpdatePending).to.equal(false);
    const dark = getComputedStyle(article).color;
    expect(luminance(dark)).to.be.above(luminance(light));
    article.removeAttribute('theme');
    expect(article.theme).to.equal(undefined);
    expect(getComputedStyle(article).color).to.equal(light);
    await article.updateComplete;
    expect(renders).to.equal(0);
  });

  it('keeps a theme set on the element before it was defined', async () => {
    class Early extends LatestNews {}
    const element = document.createElement('latest-news-early') as NewsElement;
    (element as { theme?: string }).theme = 'dark';
    customElements.define('latest-news-early', Early);
    customElements.upgrade(element);
    document.body.append(element);
    try {
      await settled(element);
      expect(element.getAttribute('theme')).to.equal('dark');
      expect(luminance(getComputedStyle(element).color)).to.be.above(0.5);
    } finally {
      element.remove();
    }
  });
});

describe('a dark article header', () => {
  /** The README's rebrand: a dark header band, its text colours through the header tokens. */
  const darkHeader = `
    news-article::part(header) { padding: 1em; background: #0b1d2c; }
    news-article {
      --news-article-header-color: #fff;
      --news-article-header-muted-color: #c5d0dc;
      --news-article-kicker-color: #ffd166;
    }`;
  /** The same band with `color-scheme: dark` instead: the header's colours take their dark values. */
  const darkSchemeHeader = `news-article::part(header) { padding: 1em; background: #0b1d2c; color-scheme: dark; }`;
  /** A background alone: the header's text keeps its light-scheme ink. */
  const backgroundOnly = `news-article::part(header) { padding: 1em; background: #0b1d2c; }`;

  async function header(css: string) {
    const area = await fixture<HTMLElement>(
      `<div><style>${css}</style><news-article theme="light"></news-article></div>`,
    );
    const article = area.querySelector('news-article')!;
    article.article = {
      ...(await demoArticle()),
      articleSection: 'Economy',
      description: 'Talks resume in Kuala Lumpur amid a dispute over rare earths.',
      dateModified: '2025-10-24T10:00:00+08:00',
      image: {
        url: '/stories/assets/kuala-lumpur.svg',
        alt: 'The Kuala Lumpur skyline',
        caption: 'Kuala Lumpur, where the talks resume.',
        credit: 'Illustration: News Elements',
      },
    };
    await settled(article);
    const band = getComputedStyle(shadowPart(article, 'header')!).backgroundColor;
    const inHeader = (selector: string) => shadowPart(article, 'header')!.querySelector<HTMLElement>(selector)!;
    const texts = {
      kicker: inHeader('[part="kicker"]'),
      headline: inHeader('[part="headline"]'),
      standfirst: inHeader('[part="standfirst"]'),
      names: inHeader('.names'),
      date: inHeader('[part="byline"] time'),
      caption: inHeader('figcaption'),
    };
    const ratios = Object.fromEntries(
      Object.entries(texts).map(([name, element]) => {
        expect(element, name).to.be.instanceOf(HTMLElement);
        return [name, contrast(getComputedStyle(element).color, band)];
      }),
    );
    return { article, ratios };
  }

  for (const [name, css] of [
    ['the header tokens', darkHeader],
    ['color-scheme: dark on the header', darkSchemeHeader],
  ]) {
    it(`keeps byline names, dates and the caption readable with ${name}`, async () => {
      const { article, ratios } = await header(css!);
      for (const [text, ratio] of Object.entries(ratios)) expect(ratio, text).to.be.at.least(4.5);
      await expect(article).to.be.accessible();
    });
  }

  it('with a background alone, the names and caption are what the tokens are for', async () => {
    const { ratios } = await header(backgroundOnly);
    expect(ratios.names).to.be.below(4.5);
    expect(ratios.caption).to.be.below(4.5);
  });
});
