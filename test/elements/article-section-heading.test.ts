import { expect, html } from '@open-wc/testing';
import type { ArticleSection } from '../../src/index.js';
import { captureErrors, headingOf, renderSettled, settled, visibleText } from '../support/helpers.js';

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
