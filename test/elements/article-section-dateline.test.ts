import { expect, html } from '@open-wc/testing';
import type { ArticleSection } from '../../src/index.js';
import { captureErrors, renderSettled, visibleText } from '../support/helpers.js';

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

  it('shows an instant on the day written in it, in the locale, whatever the time zone', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section
        dateline="Kuala Lumpur"
        date="2025-10-23T04:00:00+08:00"
        locale="en-GB"
        time-zone="America/Los_Angeles"
        .blocks=${['Text.']}
      ></article-section>`,
    );
    const time = section.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2025-10-23T04:00:00+08:00');
    // 13:00 on 22 October in Los Angeles, but filed on the 23rd in Kuala Lumpur.
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
