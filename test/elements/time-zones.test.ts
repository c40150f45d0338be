import { expect, fixture, html } from '@open-wc/testing';
import type { LatestNews } from '../../src/index.js';
import type { ArticleData } from '../../src/data/index.js';
import { clock } from '../../src/shared/recent.js';
import { refreshRelativeTimes, relativeTimesRunning } from '../../src/shared/relative-time.js';
import { renderArticle, settled, shadowPart as partOf, textOf } from '../support/helpers.js';

/** Filed in Paris at 06:30 CEST (04:30 UTC), updated at 12:05 CEST (10:05 UTC). */
const parisStory: ArticleData = {
  headline: 'Heatwave closes schools across France',
  inLanguage: 'en-GB',
  dateline: 'Paris',
  datePublished: '2025-07-02T06:30:00+02:00',
  dateModified: '2025-07-02T12:05:00+02:00',
  author: { name: 'Claire' },
  sections: [{ blocks: ['Temperatures passed 40°C in the south.'] }],
};

/** What a reader in each zone sees in the byline (the en-GB names of these zones are their offsets). */
const bylines: Record<string, string> = {
  // 21:30 on 1 July, then 03:05 on 2 July: another day, so the update shows its date.
  'America/Los_Angeles': 'By Claire · Published 1 July 2025 at 21:30 GMT-7 · Updated 2 July 2025 at 03:05 GMT-7',
  // 12:30 and 18:05 on 2 July: the same day, so the update is a time.
  'Asia/Kuala_Lumpur': 'By Claire · Published 2 July 2025 at 12:30 GMT+8 · Updated 18:05 GMT+8',
  // UTC+14: 18:30 on 2 July, then 00:05 on 3 July.
  'Pacific/Kiritimati': 'By Claire · Published 2 July 2025 at 18:30 GMT+14 · Updated 3 July 2025 at 00:05 GMT+14',
  // UTC−11: 17:30 and 23:05 on 1 July.
  'Pacific/Pago_Pago': 'By Claire · Published 1 July 2025 at 17:30 GMT-11 · Updated 23:05 GMT-11',
};

describe('dates and times in the reader’s time zone', () => {
  for (const [timeZone, byline] of Object.entries(bylines)) {
    it(`shows the filed date in the dateline and zoned times in the byline in ${timeZone}`, async () => {
      const article = await renderArticle(
        html`<news-article time-zone=${timeZone} .article=${parisStory}></news-article>`,
      );
      // The date where the story was filed, whatever the reader's zone.
      expect(textOf(partOf(article, 'article-section-dateline'))).to.equal('Paris, 2 July 2025');
      expect(textOf(partOf(article, 'byline'))).to.equal(byline);
      const times = Array.from(partOf(article, 'byline')!.querySelectorAll('time'), (time) => time.dateTime);
      expect(times).to.deep.equal(['2025-07-02T06:30:00+02:00', '2025-07-02T12:05:00+02:00']);
      await expect(article).to.be.accessible();
    });
  }

  it('names the zone of every time in the article’s language (Paris: CEST)', async () => {
    const article = await renderArticle(
      html`<news-article time-zone="Europe/Paris" .article=${parisStory}></news-article>`,
    );
    expect(textOf(partOf(article, 'byline'))).to.equal(
      'By Claire · Published 2 July 2025 at 06:30 CEST · Updated 12:05 CEST',
    );
  });

  it('shows the filed date in a slotted section’s dateline too', async () => {
    const section = await fixture(
      html`<article-section
        lang="en-GB"
        time-zone="America/Los_Angeles"
        dateline="Paris"
        date="2025-07-02T06:30:00+02:00"
        .blocks=${['Temperatures passed 40°C.']}
      ></article-section>`,
    );
    await settled(section);
    expect(textOf(partOf(section, 'dateline'))).to.equal('Paris, 2 July 2025');
  });
});

describe('relative times in the latest news', () => {
  const now = Date.parse('2025-07-02T10:30:00Z');
  const items = [
    { headline: 'Schools close', datePublished: '2025-07-02T10:05:00Z' },
    { headline: 'Heat alert raised', datePublished: '2025-07-02T06:30:00Z' },
    { headline: 'Forecast warns of heat', datePublished: '2025-07-01T09:00:00Z' },
    { headline: 'Summer timetable', datePublished: '2025-06-30' },
  ];
  const realNow = clock.now;
  let time = now;

  beforeEach(() => {
    time = now;
    clock.now = () => time;
  });
  afterEach(() => {
    clock.now = realNow;
  });

  const times = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLTimeElement>('time'));

  // First in this file: before any element has loaded the relative times' chunk.
  it('shows "25 min ago" from its first render, not a date that the relative time then replaces', async () => {
    const list = document.createElement('latest-news') as LatestNews;
    const rendered: string[][] = [];
    const host = list as unknown as { updated(changed: unknown): void };
    const updated = host.updated;
    host.updated = function (changed) {
      rendered.push(times(list).map((time) => time.textContent!));
      updated.call(this, changed);
    };
    list.locale = 'en-GB';
    list.timeZone = 'Asia/Kuala_Lumpur';
    // JSON text, as the `items` attribute gives it.
    list.items = JSON.stringify(items);
    document.body.append(list);
    try {
      await settled(list);
      expect(rendered[0]).to.deep.equal(['25 min ago', '4 hr ago', '1 Jul 2025', '30 Jun 2025']);
    } finally {
      list.remove();
    }
  });

  for (const timeZone of ['America/Los_Angeles', 'Asia/Kuala_Lumpur', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
    it(`says how long ago a story under a day old was, else its date, in ${timeZone}`, async () => {
      const list = await fixture<LatestNews>(
        html`<latest-news locale="en-GB" time-zone=${timeZone} .items=${items}></latest-news>`,
      );
      await settled(list);
      const [recent, hours, older, calendar] = times(list);
      expect(recent!.textContent).to.equal('25 min ago');
      expect(hours!.textContent).to.equal('4 hr ago');
      expect(recent!.dateTime).to.equal('2025-07-02T10:05:00Z');
      // The title has the absolute date and time, with the zone.
      const offsets: Record<string, [string, string]> = {
        'America/Los_Angeles': ['2 Jul 2025, 03:05 GMT-7', '1 Jul 2025'],
        'Asia/Kuala_Lumpur': ['2 Jul 2025, 18:05 GMT+8', '1 Jul 2025'],
        'Pacific/Kiritimati': ['3 Jul 2025, 00:05 GMT+14', '1 Jul 2025'],
        'Pacific/Pago_Pago': ['1 Jul 2025, 23:05 GMT-11', '30 Jun 2025'],
      };
      expect(recent!.title).to.equal(offsets[timeZone]![0]);
      expect(older!.textContent).to.equal(offsets[timeZone]![1]);
      expect(calendar!.textContent).to.equal('30 Jun 2025');
      await expect(list).to.be.accessible();
    });
  }

  it('refreshes the text each minute without rendering the list again, then stops', async () => {
    const list = await fixture<LatestNews>(html`<latest-news locale="en-GB" .items=${items}></latest-news>`);
    await settled(list);
    const [recent] = times(list);
    const text = Array.from(recent!.childNodes).find((node) => node.nodeType === Node.TEXT_NODE)!;
    const item = list.shadowRoot!.querySelector('li');
    let updates = 0;
    const host = list as unknown as { update(changed: unknown): void };
    const update = host.update;
    host.update = function (changed) {
      updates += 1;
      update.call(this, changed);
    };
    expect(relativeTimesRunning()).to.equal(true);

    time = now + 6 * 60_000;
    refreshRelativeTimes();
    expect(recent!.textContent).to.equal('31 min ago');
    expect(text.textContent).to.equal('31 min ago');
    expect(list.shadowRoot!.querySelector('li')).to.equal(item);
    expect(updates).to.equal(0);

    // A day after it was published, the story shows its date: then the list renders again.
    time = Date.parse('2025-07-03T10:06:00Z');
    refreshRelativeTimes();
    await list.updateComplete;
    expect(times(list)[0]!.textContent).to.equal('2 Jul 2025');
    expect(updates).to.equal(1);

    list.remove();
    expect(relativeTimesRunning()).to.equal(false);
  });

  it('says it in the article’s language, on the JSON path too', async () => {
    const article = await renderArticle(
      html`<news-article
        time-zone="Asia/Kuala_Lumpur"
        .article=${{ headline: 'Sekolah ditutup', inLanguage: 'ms', latest: items }}
      ></news-article>`,
    );
    const [recent] = Array.from(article.shadowRoot!.querySelectorAll<HTMLTimeElement>('[part~="latest-news-time"]'));
    expect(recent!.textContent)
      .to.match(/^25 min/)
      .and.not.include('ago');
    expect(recent!.title).to.equal('2 Jul 2025, 6:05 PTG MYT');
  });
});
