import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleSection, BulletList } from '../../src/index.js';
import type { BlockData } from '../../src/data/index.js';
import { loadSanitizer } from '../../src/data/sanitize.js';
import { captureErrors, deepQuery, renderSettled, seedArticle, settled, visibleText } from '../support/helpers.js';
import { runBadInputSuite, runInputModeSuite, type ElementSpec } from '../support/suites.js';

const agendaBlocks: BlockData[] = [
  'The talks will bring China’s top economic envoy He Lifeng together with U.S. Treasury Secretary Scott Bessent.',
  {
    type: 'list',
    items: [{ term: 'Supply-chain ripple effects:', text: 'China’s rare-earth controls impact industries.' }],
  },
  { type: 'quote', text: 'We are ready to talk.', cite: 'He Lifeng' },
];

const spec: ElementSpec = {
  tag: 'article-section',
  attribute: 'blocks',
  property: 'blocks',
  data: agendaBlocks,
  dataTexts: [
    'The talks will bring China’s top economic envoy He Lifeng',
    'Supply-chain ripple effects:',
    'China’s rare-earth controls impact industries.',
    'We are ready to talk.',
    'He Lifeng',
  ],
  changedData: ['Malaysia serves as a strategic venue for the talks.'],
  changedText: 'Malaysia serves as a strategic venue for the talks.',
  slotted:
    '<h2>What’s on the Agenda</h2><p>The discussions are expected to focus heavily on rare-earth export curbs.</p>',
  slottedTexts: ['What’s on the Agenda', 'The discussions are expected to focus heavily on rare-earth export curbs.'],
  invalid: [
    { name: 'invalid JSON', value: '["A paragraph", ', field: 'blocks' },
    { name: 'a wrong type', value: '{"type": "paragraph", "text": "not in an array"}', field: 'blocks' },
    { name: 'a wrong block type', value: '[42]', field: 'blocks[0]' },
    { name: 'an unknown block type', value: '[{"type": "video", "url": "/v.mp4"}]', field: 'blocks[0].type' },
    { name: 'a quote without text', value: '[{"type": "quote", "cite": "Nobody"}]', field: 'blocks[0].text' },
  ],
};

runInputModeSuite(spec);
runBadInputSuite(spec);

/** The rendered `h2`–`h6` of a section, from its shadow root. */
function headingOf(section: Element): HTMLHeadingElement | null {
  return section.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6');
}

describe('<article-section> heading', () => {
  it('is an h2 by default, with an id derived from its text', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section heading="What’s on the Agenda" .blocks=${['Talks begin on Friday.']}></article-section>`,
    );
    const heading = headingOf(section)!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent!.trim()).to.equal('What’s on the Agenda');
    expect(heading.id).to.equal('what-s-on-the-agenda');
    expect(visibleText(section)).to.equal('What’s on the Agenda Talks begin on Friday.');
    await expect(section).to.be.accessible();
  });

  it('takes its level from the level attribute', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section heading="Why Malaysia" level="4" .blocks=${['A neutral venue.']}></article-section>`,
    );
    expect(headingOf(section)!.localName).to.equal('h4');
    section.level = 3;
    await settled(section);
    expect(headingOf(section)!.localName).to.equal('h3');
    await expect(section).to.be.accessible();
  });

  it('uses heading-id for the id when given', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section
        heading="Implications for Asia-Pacific"
        heading-id="implications"
        .blocks=${['Text.']}
      ></article-section>`,
    );
    expect(headingOf(section)!.id).to.equal('implications');
    expect(section.shadowRoot!.getElementById('implications-for-asia-pacific')).to.equal(null);
  });

  it('derives an id from headings in any script', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section heading="Café Économie 2025" .blocks=${['Text.']}></article-section>`,
    );
    expect(headingOf(section)!.id).to.equal('cafe-economie-2025');
  });

  it('gives a heading with no letters or digits no id', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section heading="★ ★ ★" .blocks=${['Text.']}></article-section>`,
    );
    expect(headingOf(section)!.hasAttribute('id')).to.equal(false);
    expect(headingOf(section)!.textContent!.trim()).to.equal('★ ★ ★');
  });

  it('shows no empty heading for a blank heading attribute', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section heading="   " .blocks=${['Opening paragraph.']}></article-section>`,
    );
    expect(headingOf(section)).to.equal(null);
    await expect(section).to.be.accessible();
  });

  it('shows no heading when there is none, as in the opening section', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section .blocks=${['Opening paragraph.']}></article-section>`,
    );
    expect(headingOf(section)).to.equal(null);
    expect(visibleText(section)).to.equal('Opening paragraph.');
    await expect(section).to.be.accessible();
  });

  it('shows the heading as text, never as markup', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section heading="<em>Rare</em> earths" .blocks=${['Text.']}></article-section>`,
    );
    expect(headingOf(section)!.textContent!.trim()).to.equal('<em>Rare</em> earths');
    expect(section.shadowRoot!.querySelector('em')).to.equal(null);
  });

  for (const level of ['1', '7', 'two']) {
    it(`reports level="${level}" and still shows a heading from h2 to h6`, async () => {
      const errors = captureErrors();
      let section: ArticleSection;
      try {
        section = await renderSettled<ArticleSection>(
          html`<article-section heading="Why Malaysia" level=${level} .blocks=${['A neutral venue.']}></article-section>`,
        );
      } finally {
        errors.restore();
      }
      const reported = errors.events.filter((detail) => detail.field === 'level');
      expect(reported).to.have.length(1);
      expect(reported[0]!.element).to.equal('article-section');
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.include('<article-section>');
      expect(headingOf(section)!.localName).to.match(/^h[2-6]$/);
      expect(visibleText(section)).to.equal('Why Malaysia A neutral venue.');
      await expect(section).to.be.accessible();
    });
  }

  it('reports a level that is not a whole number', async () => {
    const errors = captureErrors();
    try {
      await renderSettled<ArticleSection>(
        html`<article-section heading="Why Malaysia" level="3.5" .blocks=${['Text.']}></article-section>`,
      );
    } finally {
      errors.restore();
    }
    expect(errors.events.map((detail) => detail.field)).to.deep.equal(['level']);
  });
});

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

describe('<article-section> dateline', () => {
  it('starts the first paragraph with place, date and a dash', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section
        dateline="Kuala Lumpur"
        date="2025-10-23"
        locale="en-GB"
        time-zone="Asia/Kuala_Lumpur"
        .blocks=${['China’s Vice Premier He Lifeng is scheduled to meet senior U.S. officials.', 'Second paragraph.']}
      ></article-section>`,
    );
    const [first, second] = section.shadowRoot!.querySelectorAll('p');
    expect(visibleText(first!)).to.equal(
      'Kuala Lumpur, 23 October 2025 — China’s Vice Premier He Lifeng is scheduled to meet senior U.S. officials.',
    );
    expect(visibleText(second!)).to.equal('Second paragraph.');
    const time = first!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2025-10-23');
    expect(time.textContent).to.equal('23 October 2025');
    expect(first!.querySelector('[part="dateline"]')).to.exist;
    await expect(section).to.be.accessible();
  });

  it('keeps a calendar date on its day in every time zone', async () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const section = await renderSettled<ArticleSection>(
        html`<article-section
          dateline="Kuala Lumpur"
          date="2025-10-23"
          locale="en-GB"
          time-zone=${zone}
          .blocks=${['Text.']}
        ></article-section>`,
      );
      expect(section.shadowRoot!.querySelector('time')!.textContent).to.equal('23 October 2025');
    }
  });

  it('shows an instant on its day in the configured time zone and locale', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section
        dateline="Kuala Lumpur"
        date="2025-10-22T20:00:00Z"
        locale="en-GB"
        time-zone="Asia/Kuala_Lumpur"
        .blocks=${['Text.']}
      ></article-section>`,
    );
    const time = section.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2025-10-22T20:00:00Z');
    expect(time.textContent).to.equal('23 October 2025');
  });

  it('shows the place alone when there is no date', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section dateline="Kuala Lumpur" .blocks=${['Talks begin.']}></article-section>`,
    );
    expect(visibleText(section)).to.equal('Kuala Lumpur — Talks begin.');
    expect(section.shadowRoot!.querySelector('time')).to.equal(null);
  });

  it('shows the date alone when there is no place', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section date="2025-10-23" locale="en-GB" .blocks=${['Talks begin.']}></article-section>`,
    );
    expect(visibleText(section)).to.equal('23 October 2025 — Talks begin.');
  });

  it('gets a paragraph of its own when the section does not open with a paragraph', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section
        dateline="Kuala Lumpur"
        date="2025-10-23"
        locale="en-GB"
        .blocks=${[{ type: 'list', items: ['First point'] }]}
      ></article-section>`,
    );
    const paragraph = section.shadowRoot!.querySelector('p')!;
    expect(visibleText(paragraph)).to.equal('Kuala Lumpur, 23 October 2025 —');
    expect(paragraph.nextElementSibling!.localName).to.equal('bullet-list');
    await expect(section).to.be.accessible();
  });

  it('reports a date that is not ISO 8601 and still shows the place and the text', async () => {
    const errors = captureErrors();
    let section: ArticleSection;
    try {
      section = await renderSettled<ArticleSection>(
        html`<article-section dateline="Kuala Lumpur" date="23/10/2025" .blocks=${['Talks begin.']}></article-section>`,
      );
    } finally {
      errors.restore();
    }
    expect(errors.events).to.have.length(1);
    expect(errors.events[0]).to.include({ element: 'article-section', field: 'date' });
    expect(errors.messages).to.have.length(1);
    expect(errors.messages[0]).to.include('<article-section>');
    expect(section.shadowRoot!.querySelector('time')).to.equal(null);
    expect(visibleText(section)).to.equal('Kuala Lumpur — Talks begin.');
    await expect(section).to.be.accessible();
  });

  it('reports an impossible calendar date', async () => {
    const errors = captureErrors();
    try {
      await renderSettled<ArticleSection>(
        html`<article-section date="2025-02-30" .blocks=${['Text.']}></article-section>`,
      );
    } finally {
      errors.restore();
    }
    expect(errors.events.map((detail) => detail.field)).to.deep.equal(['date']);
  });

  it('reports a bad locale and time zone and falls back', async () => {
    const errors = captureErrors();
    let section: ArticleSection;
    try {
      section = await renderSettled<ArticleSection>(
        html`<article-section
          locale="not a locale!"
          time-zone="Mars/Olympus"
          date="2025-10-23"
          .blocks=${['Text.']}
        ></article-section>`,
      );
    } finally {
      errors.restore();
    }
    expect(errors.events.map((detail) => detail.field).sort()).to.deep.equal(['locale', 'time-zone']);
    expect(section.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2025-10-23');
  });
});

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
    const first = deepQuery(article, 'article-section')!;
    expect(visibleText(first.shadowRoot!.querySelector('p')!)).to.match(
      /^Kuala Lumpur, 23 October 2025 — China’s Vice Premier He Lifeng/,
    );
    const agenda = deepQuery(article, 'article-section:nth-of-type(2)')!;
    expect(headingOf(agenda)!.localName).to.equal('h2');
    expect(headingOf(agenda)!.id).to.equal('what-s-on-the-agenda');
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
