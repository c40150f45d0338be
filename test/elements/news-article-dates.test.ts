import { expect, html } from '@open-wc/testing';
import { demoArticle } from '../support/fixtures.js';
import { isPresent, renderArticle, settled, shadowPart as partOf, textOf, timeOf } from '../support/helpers.js';

describe('<news-article> dates', () => {
  it('shows the dateline with the date in a <time datetime="2025-10-23"> reading "23 October 2025"', async () => {
    const article = await renderArticle(html`<news-article .article=${await demoArticle()}></news-article>`);
    const time = timeOf(article, '2025-10-23')!;
    expect(time.textContent).to.equal('23 October 2025');
    const dateline = partOf(article, 'article-section-dateline')!;
    expect(dateline.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Kuala Lumpur, 23 October 2025');
    expect(textOf(partOf(article, 'body'))).to.match(/^Kuala Lumpur, 23 October 2025 — China’s Vice Premier/);
    // The dateline carries the date, so the byline does not repeat it.
    expect(isPresent(partOf(article, 'byline')!.querySelector('time'))).to.equal(false);
  });

  it('shows the published date in the byline when there is no dateline', async () => {
    const data = await demoArticle();
    delete data.dateline;
    const article = await renderArticle(html`<news-article .article=${data}></news-article>`);
    const time = partOf(article, 'byline')!.querySelector('time')!;
    expect(time.dateTime).to.equal('2025-10-23');
    expect(time.textContent).to.equal('23 October 2025');
  });

  it('shows the published date in the byline when there is a dateline but no section to carry it', async () => {
    const data = { headline: 'Talks open', dateline: 'Kuala Lumpur', datePublished: '2025-10-23', inLanguage: 'en-GB' };
    const article = await renderArticle(html`<news-article .article=${data}></news-article>`);
    expect(timeOf(article, '2025-10-23')?.textContent).to.equal('23 October 2025');
  });

  it('shows "Published … · Updated …" only when dateModified is later than datePublished', async () => {
    const data = await demoArticle();
    const later = await renderArticle(
      html`<news-article .article=${{ ...data, dateModified: '2025-10-24' }}></news-article>`,
    );
    expect(textOf(partOf(later, 'byline'))).to.equal('By Siti · Published 23 October 2025 · Updated 24 October 2025');
    expect(timeOf(later, '2025-10-24')!.textContent).to.equal('24 October 2025');
    await expect(later).to.be.accessible();

    for (const dateModified of ['2025-10-23', '2025-10-22', '2025-10-22T23:00:00Z']) {
      const notLater = await renderArticle(html`<news-article .article=${{ ...data, dateModified }}></news-article>`);
      expect(textOf(partOf(notLater, 'byline')), dateModified).to.equal('By Siti');
    }
  });

  it('formats dates for the locale attribute over inLanguage (en-US "October 23, 2025")', async () => {
    const data = await demoArticle();
    const article = await renderArticle(html`<news-article locale="en-US" .article=${data}></news-article>`);
    expect(timeOf(article, '2025-10-23')!.textContent).to.equal('October 23, 2025');
    // The content stays British English: only the formatting follows the locale.
    expect(partOf(article, 'base')!.lang).to.equal('en-GB');

    article.locale = 'de-DE';
    await settled(article);
    expect(timeOf(article, '2025-10-23')!.textContent).to.equal('23. Oktober 2025');

    article.removeAttribute('locale');
    await settled(article);
    expect(timeOf(article, '2025-10-23')!.textContent).to.equal('23 October 2025');
  });

  it('formats dates for inLanguage when there is no locale attribute', async () => {
    const article = await renderArticle(
      html`<news-article .article=${{ ...(await demoArticle()), inLanguage: 'en-US' }}></news-article>`,
    );
    expect(timeOf(article, '2025-10-23')!.textContent).to.equal('October 23, 2025');
  });

  it('shows an instant on the day and at the time of the time-zone attribute', async () => {
    const data = { headline: 'Talks open', inLanguage: 'en-GB', datePublished: '2025-10-23T23:30:00Z', author: 'Siti' };
    const kualaLumpur = await renderArticle(
      html`<news-article time-zone="Asia/Kuala_Lumpur" .article=${data}></news-article>`,
    );
    const kualaLumpurText = textOf(partOf(kualaLumpur, 'byline'));
    expect(kualaLumpurText).to.include('24 October 2025').and.include('07:30');

    const newYork = await renderArticle(
      html`<news-article time-zone="America/New_York" .article=${data}></news-article>`,
    );
    const newYorkText = textOf(partOf(newYork, 'byline'));
    expect(newYorkText).to.include('23 October 2025').and.include('19:30');

    newYork.timeZone = 'Asia/Kuala_Lumpur';
    await settled(newYork);
    expect(textOf(partOf(newYork, 'byline'))).to.equal(kualaLumpurText);
  });

  it('keeps the dateline of an instant on the day written in it, whatever the time-zone attribute', async () => {
    const data = {
      headline: 'Talks open',
      dateline: 'Kuala Lumpur',
      datePublished: '2025-10-23T23:30:00Z',
      inLanguage: 'en-GB',
      sections: [{ blocks: ['The delegation arrived.'] }],
    };
    const kualaLumpur = await renderArticle(
      html`<news-article time-zone="Asia/Kuala_Lumpur" .article=${data}></news-article>`,
    );
    expect(textOf(partOf(kualaLumpur, 'article-section-dateline'))).to.equal('Kuala Lumpur, 23 October 2025');
    // The byline's time is the zone's: the next day in Kuala Lumpur.
    expect(textOf(partOf(kualaLumpur, 'byline'))).to.equal('Published 24 October 2025 at 07:30 GMT+8');
    const honolulu = await renderArticle(
      html`<news-article time-zone="Pacific/Honolulu" .article=${data}></news-article>`,
    );
    expect(textOf(partOf(honolulu, 'article-section-dateline'))).to.equal('Kuala Lumpur, 23 October 2025');
  });

  for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
    it(`shows a date-only value as the same day in ${timeZone}`, async () => {
      const data = await demoArticle();
      const article = await renderArticle(
        html`<news-article time-zone=${timeZone} .article=${{ ...data, dateModified: '2025-10-24' }}></news-article>`,
      );
      expect(timeOf(article, '2025-10-23')!.textContent).to.equal('23 October 2025');
      expect(timeOf(article, '2025-10-24')!.textContent).to.equal('24 October 2025');
    });
  }
});
