import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleSection, BulletList } from '../../src/index.js';
import { loadSanitizer } from '../../src/data/sanitize.js';
import { captureErrors, deepQuery, renderSettled, settled, visibleText } from '../support/helpers.js';

describe('<article-section> blocks', () => {
  it('renders a paragraph from a string and from a text object, as text', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section
        .blocks=${['First <b>paragraph</b>.', { type: 'paragraph', text: 'Second paragraph.' }]}
      ></article-section>`,
    );
    const paragraphs = section.shadowRoot!.querySelectorAll('p');
    expect(Array.from(paragraphs, (paragraph) => paragraph.textContent!.trim())).to.deep.equal([
      'First <b>paragraph</b>.',
      'Second paragraph.',
    ]);
    expect(section.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('renders an html paragraph as sanitised inline HTML, reporting the removed image', async () => {
    const errors = captureErrors();
    let section: ArticleSection;
    try {
      section = await fixture<ArticleSection>(
        html`<article-section
          .blocks=${[{ type: 'paragraph', html: 'Markets <em>rallied</em> <img src="x" onerror="window.hacked = true">today.' }]}
        ></article-section>`,
      );
      await loadSanitizer();
      await settled(section);
    } finally {
      errors.restore();
    }
    expect(visibleText(section)).to.equal('Markets rallied today.');
    expect(section.shadowRoot!.querySelector('p > em')!.textContent).to.equal('rallied');
    expect(section.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { hacked?: boolean }).hacked).to.equal(undefined);
    expect(errors.events).to.have.length(1);
    expect(errors.events[0]).to.include({ element: 'article-section', field: 'blocks[0].html' });
    expect(errors.events[0]!.reason).to.contain('<img>');
    await expect(section).to.be.accessible();
  });

  it('renders a list block through <bullet-list> with its terms', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section
        .blocks=${[
          {
            type: 'list',
            ordered: true,
            items: [
              { term: 'Supply-chain ripple effects:', text: 'Electronics makers watch closely.' },
              { term: 'Trade-policy signals:', text: 'A breakthrough could ease tensions.' },
            ],
          },
        ]}
      ></article-section>`,
    );
    const list = section.shadowRoot!.querySelector<BulletList>('bullet-list')!;
    expect(list).to.exist;
    expect(list.ordered).to.equal(true);
    const terms = list.shadowRoot!.querySelectorAll('[part="term"]');
    expect(Array.from(terms, (term) => term.textContent)).to.deep.equal([
      'Supply-chain ripple effects:',
      'Trade-policy signals:',
    ]);
    expect(list.shadowRoot!.querySelectorAll('ol > li')).to.have.length(2);
    expect(visibleText(section)).to.equal(
      'Supply-chain ripple effects: Electronics makers watch closely. Trade-policy signals: A breakthrough could ease tensions.',
    );
    await expect(section).to.be.accessible();
  });

  it('renders a quote in a blockquote with its cite', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section
        .blocks=${[{ type: 'quote', text: 'Dialogue is the only way.', cite: 'ASEAN chair' }]}
      ></article-section>`,
    );
    const quote = section.shadowRoot!.querySelector('figure[part="quote"]')!;
    expect(quote.querySelector('blockquote')!.textContent!.trim()).to.equal('Dialogue is the only way.');
    expect(quote.querySelector('figcaption cite')!.textContent).to.equal('ASEAN chair');
    expect(visibleText(section)).to.equal('Dialogue is the only way. — ASEAN chair');
    await expect(section).to.be.accessible();
  });

  it('renders a quote without cite with no caption', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section .blocks=${[{ type: 'quote', text: 'Dialogue is the only way.' }]}></article-section>`,
    );
    expect(section.shadowRoot!.querySelector('figcaption')).to.equal(null);
    expect(visibleText(section)).to.equal('Dialogue is the only way.');
  });

  it('renders a figure with alt, size, lazy loading, caption and credit', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section
        .blocks=${[
          {
            type: 'figure',
            image: {
              url: '/images/port-klang.jpg',
              alt: 'Containers stacked at Port Klang',
              caption: 'Port Klang, Malaysia’s busiest port.',
              credit: 'Photo: Reuters',
              width: 1200,
              height: 800,
            },
          },
        ]}
      ></article-section>`,
    );
    const image = section.shadowRoot!.querySelector('figure img')!;
    expect(image.getAttribute('src')).to.equal('/images/port-klang.jpg');
    expect(image.getAttribute('alt')).to.equal('Containers stacked at Port Klang');
    expect(image.getAttribute('width')).to.equal('1200');
    expect(image.getAttribute('height')).to.equal('800');
    expect(image.getAttribute('loading')).to.equal('lazy');
    const caption = section.shadowRoot!.querySelector('figcaption')!;
    expect(caption.querySelector('.credit')!.textContent).to.equal('Photo: Reuters');
    expect(visibleText(caption)).to.equal('Port Klang, Malaysia’s busiest port. Photo: Reuters');
    await expect(section).to.be.accessible();
  });

  it('renders a figure from a bare URL with an empty alt and no caption', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section .blocks=${[{ type: 'figure', image: '/images/skyline.jpg' }]}></article-section>`,
    );
    const image = section.shadowRoot!.querySelector('figure img')!;
    expect(image.getAttribute('alt')).to.equal('');
    expect(image.hasAttribute('width')).to.equal(false);
    expect(section.shadowRoot!.querySelector('figcaption')).to.equal(null);
    await expect(section).to.be.accessible();
  });

  it('renders every block type in order', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section
        heading="Implications for Asia-Pacific"
        .blocks=${[
          'Several implications:',
          { type: 'list', items: ['Supply chains', 'Markets'] },
          { type: 'quote', text: 'Watch closely.', cite: 'An analyst' },
          {
            type: 'figure',
            image: { url: '/images/chart.png', alt: 'Rare-earth exports by month', credit: 'Chart: Staff' },
          },
          { type: 'paragraph', html: '<strong>Last</strong> word.' },
        ]}
      ></article-section>`,
    );
    expect(visibleText(section)).to.equal(
      'Implications for Asia-Pacific Several implications: Supply chains Markets Watch closely. — An analyst Chart: Staff Last word.',
    );
    const order = Array.from(
      section.shadowRoot!.querySelector('[part="base"]')!.children,
      (child) => child.localName,
    ).filter((name) => name !== 'slot');
    expect(order).to.deep.equal(['h2', 'p', 'bullet-list', 'figure', 'figure', 'p']);
    await expect(section).to.be.accessible();
  });

  it('reports an unknown block type, skips it and renders the other blocks', async () => {
    const errors = captureErrors();
    let section: ArticleSection;
    try {
      section = await renderSettled<ArticleSection>(
        html`<article-section
          heading="What’s on the Agenda"
          blocks='["Before the video.", {"type": "video", "url": "/v.mp4"}, "After the video."]'
        ></article-section>`,
      );
    } finally {
      errors.restore();
    }
    expect(errors.events).to.have.length(1);
    expect(errors.events[0]).to.include({ element: 'article-section', field: 'blocks[1].type' });
    expect(errors.events[0]!.reason).to.include('video');
    expect(errors.messages).to.have.length(1);
    expect(visibleText(section)).to.equal('What’s on the Agenda Before the video. After the video.');
    await expect(section).to.be.accessible();
  });

  it('reports an unsafe figure URL and leaves the figure out', async () => {
    const errors = captureErrors();
    let section: ArticleSection;
    try {
      section = await renderSettled<ArticleSection>(
        html`<article-section
          .blocks=${[{ type: 'figure', image: { url: 'javascript:alert(1)', alt: 'x' } }, 'Text stays.']}
        ></article-section>`,
      );
    } finally {
      errors.restore();
    }
    expect(errors.events.map((detail) => detail.field)).to.deep.equal(['blocks[0].image.url']);
    expect(section.shadowRoot!.querySelector('img')).to.equal(null);
    expect(visibleText(section)).to.equal('Text stays.');
  });

  it('shows JSON blocks before slotted content', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section .blocks=${['From JSON.']}><p>From the page.</p></article-section>`,
    );
    expect(visibleText(section)).to.equal('From JSON. From the page.');
  });
});

describe('<article-section> text size', () => {
  it("follows the reader's default size, not the host page's, and nests without compounding", async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="font-size: 10px">
      <article-section .blocks=${['Standalone paragraph', { type: 'list', items: ['Listed'] }]}></article-section>
      <article-section><p>Slotted paragraph</p></article-section>
    </div>`);
    await settled(wrapper);
    const [fromData, slotted] = Array.from(wrapper.querySelectorAll('article-section'));
    const paragraph = fromData!.shadowRoot!.querySelector('p')!;
    const listItem = deepQuery(fromData!, 'li')!;
    const readerDefault = 16 * 1.125;
    expect(parseFloat(getComputedStyle(paragraph).fontSize)).to.equal(readerDefault);
    expect(parseFloat(getComputedStyle(listItem).fontSize)).to.equal(readerDefault);
    expect(parseFloat(getComputedStyle(slotted!.querySelector('p')!).fontSize)).to.equal(readerDefault);
  });
});
