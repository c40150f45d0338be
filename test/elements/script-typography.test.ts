/**
 * Scripts without italic or case (Arabic, Hebrew, Chinese, Japanese, Devanagari, Thai…): the same
 * article in each language has no slanted text, no tracking and no case transform, and its fonts
 * start with the script's own stack. The typography chunk that does it is fetched only for such a
 * language, and the article waits for it before its first render. An English article keeps its
 * italics.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ArticleData } from '../../src/index.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import { deepQuery, settled } from '../support/helpers.js';

/** Requests for the chunk's module (not for its loader, which the elements import). */
const chunkRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => /\/shared\/scripts\.[jt]s(\?|$)/.test(entry.name));

const article = (inLanguage?: string): ArticleData => ({
  headline: 'مفاوضات التجارة تتقدم',
  articleSection: 'اقتصاد',
  ...(inLanguage ? { inLanguage } : {}),
  author: { name: 'Siti' },
  sections: [
    {
      heading: 'Why Malaysia',
      blocks: [
        { type: 'paragraph', html: 'A paragraph with <em>emphasis</em> and <i>a term</i>.' },
        { type: 'quote', text: 'A pull quote.' },
      ],
    },
  ],
});

const style = (element: Element | null | undefined): CSSStyleDeclaration => getComputedStyle(element!);
const firstFont = (element: Element | null | undefined): string =>
  style(element)
    .fontFamily.split(',')[0]!
    .trim()
    .replace(/^["']|["']$/g, '');

/** What the reader sees of the article's text: slant, tracking, case, fonts. */
function typography(host: NewsArticle) {
  const root = host.shadowRoot!;
  const quote = root.querySelector('blockquote');
  return {
    emphasis: [...root.querySelectorAll('em, i')].map((element) => style(element).fontStyle),
    emphasisWeight: [...root.querySelectorAll('em, i')].map((element) => Number(style(element).fontWeight)),
    quote: style(quote).fontStyle,
    quoteWeight: Number(style(quote).fontWeight),
    kickerSpacing: style(root.querySelector('.kicker')).letterSpacing,
    kickerCase: style(root.querySelector('.kicker')).textTransform,
    headlineSpacing: style(root.querySelector('h1')).letterSpacing,
    bodyFont: firstFont(root.querySelector('.article-section p')),
    quoteFont: firstFont(quote),
    uiFont: firstFont(root.querySelector('.kicker')),
  };
}

const cases = [
  { language: 'ar', body: 'Noto Naskh Arabic', ui: 'Noto Sans Arabic' },
  { language: 'he', body: 'Noto Serif Hebrew', ui: 'Noto Sans Hebrew' },
  { language: 'zh-Hans', body: 'PingFang SC', ui: 'PingFang SC' },
  { language: 'zh-Hant', body: 'PingFang TC', ui: 'PingFang TC' },
  { language: 'ja', body: 'Hiragino Sans', ui: 'Hiragino Sans' },
  { language: 'ko', body: 'Apple SD Gothic Neo', ui: 'Apple SD Gothic Neo' },
  { language: 'hi', body: 'Noto Serif Devanagari', ui: 'Noto Sans Devanagari' },
  { language: 'bn', body: 'Noto Serif Bengali', ui: 'Noto Sans Bengali' },
  { language: 'th', body: 'Noto Serif Thai', ui: 'Noto Sans Thai' },
];

describe('Typography of scripts without italic or case', () => {
  // First, before any other test has loaded the chunk.
  it('is not fetched for an article in English, which keeps its italics', async () => {
    const host = await fixture<NewsArticle>(html`<news-article .article=${article('en')}></news-article>`);
    // The sanitiser is a chunk of its own, fetched by this first article with html.
    await waitUntil(() => host.shadowRoot!.querySelector('em'), 'the html paragraph is rendered', { timeout: 10_000 });
    await settled(host);
    const seen = typography(host);
    expect(seen.emphasis).to.deep.equal(['italic', 'italic']);
    expect(seen.quote).to.equal('italic');
    expect(seen.kickerCase).to.equal('uppercase');
    expect(seen.kickerSpacing).to.not.equal('normal');
    expect(seen.bodyFont).to.equal('Charter');
    expect(chunkRequests(), 'requests for the typography chunk').to.have.length(0);
  });

  for (const { language, body, ui } of cases) {
    it(`sets an article in ${language} upright, untracked, in its script's fonts, from its first render`, async () => {
      const host = await fixture<NewsArticle>(html`<news-article .article=${article(language)}></news-article>`);
      // No settling: the first render already has the styles.
      const seen = typography(host);
      expect(seen.emphasis, 'em and i').to.deep.equal(['normal', 'normal']);
      expect(Math.min(...seen.emphasisWeight), 'em and i, by weight').to.be.at.least(700);
      expect(seen.quote, 'the pull quote').to.equal('normal');
      expect(seen.quoteWeight, 'the pull quote, by weight').to.be.at.least(700);
      expect(seen.kickerSpacing, 'the kicker’s tracking').to.equal('normal');
      expect(seen.headlineSpacing, 'the headline’s tracking').to.equal('normal');
      expect(seen.kickerCase, 'the kicker’s case').to.equal('none');
      expect(seen.bodyFont, 'the body’s first font').to.equal(body);
      expect(seen.quoteFont, 'the quote’s first font').to.equal(body);
      expect(seen.uiFont, 'the kicker’s first font').to.equal(ui);
      expect(chunkRequests(), 'requests for the typography chunk').to.have.length(1);
    });
  }

  it('follows the page’s lang when the article has no inLanguage, slotted HTML included', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar">
      <news-article .article=${article()}>
        <article-section>
          <p>Slotted <em>emphasis</em>.</p>
          <blockquote><p>A slotted quote.</p></blockquote>
          <p class="dateline">القاهرة</p>
        </article-section>
      </news-article>
    </div>`);
    const host = wrapper.querySelector('news-article')!;
    await settled(wrapper);
    const seen = typography(host);
    expect(seen.emphasis).to.deep.equal(['normal', 'normal']);
    expect(seen.quote).to.equal('normal');
    expect(seen.bodyFont).to.equal('Noto Naskh Arabic');
    const slotted = host.querySelector('article-section')!;
    expect(style(slotted.querySelector('em')).fontStyle, 'slotted em').to.equal('normal');
    expect(style(slotted.querySelector('blockquote')).fontStyle, 'slotted blockquote').to.equal('normal');
    const dateline = style(slotted.querySelector('.dateline'));
    expect([dateline.letterSpacing, dateline.textTransform], 'slotted dateline').to.deep.equal(['normal', 'none']);
    expect(firstFont(slotted.querySelector('p')), 'slotted paragraph').to.equal('Noto Naskh Arabic');
  });

  it('styles a standalone <article-section> on a page in Japanese', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ja">
      <article-section
        heading="なぜマレーシアか"
        .blocks=${[
          { type: 'quote', text: '引用。' },
          { type: 'paragraph', html: '<em>強調</em>' },
        ]}
      ></article-section>
    </div>`);
    const section = wrapper.querySelector('article-section')!;
    await settled(wrapper);
    expect(style(deepQuery(section, 'blockquote')).fontStyle).to.equal('normal');
    expect(style(deepQuery(section, 'em')).fontStyle).to.equal('normal');
    expect(firstFont(deepQuery(section, 'blockquote'))).to.equal('Hiragino Sans');
  });

  // The elements that also stand alone: their labels are tracked capitals in Latin.
  for (const [language, scriptFont] of [
    ['he', 'Noto Serif Hebrew'],
    ['ar', 'Noto Naskh Arabic'],
  ] as const) {
    it(`styles standalone <latest-news>, <author-card> and <bullet-list> on a page in ${language}`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${language}>
        <latest-news .items=${[{ headline: 'כותרת', url: '/a', datePublished: '2025-10-23T16:40:00+08:00' }]}></latest-news>
        <author-card .author=${{ name: 'سيتي', jobTitle: 'مراسلة' }}></author-card>
        <bullet-list .items=${[{ term: 'מונח:', text: 'טקסט' }]}></bullet-list>
      </div>`);
      await settled(wrapper);
      for (const tag of ['latest-news', 'author-card']) {
        const label = style(deepQuery(wrapper.querySelector(tag)!, '.label'));
        expect([label.letterSpacing, label.textTransform], `${tag} label`).to.deep.equal(['normal', 'none']);
      }
      expect(firstFont(deepQuery(wrapper.querySelector('bullet-list')!, 'li')), 'list item').to.equal(scriptFont);
    });
  }

  it('keeps a host’s own font token first', async () => {
    const host = await fixture<NewsArticle>(
      html`<news-article style="--news-sys-font-body: Georgia" .article=${article('ar')}></news-article>`,
    );
    expect(firstFont(host.shadowRoot!.querySelector('.article-section p'))).to.equal('Georgia');
    expect(style(host.shadowRoot!.querySelector('em')).fontStyle).to.equal('normal');
  });
});
